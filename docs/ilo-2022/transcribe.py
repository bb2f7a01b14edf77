#!/usr/bin/env python3
"""Writes public/ejemplos/ilo-2022.json: the Ilo 2022 PEI evaluation report, transcribed.

Source: Resolución de Alcaldía N° 850-2023-MPI, Municipalidad Provincial de Ilo, which approves
the "Informe de Evaluación de Resultados del PEI, ejercicio 2022". Figures are copied as printed
(including the report's own inconsistencies); the engine points those out. Amounts are written as
strings so they travel exactly. Run from the repository root: python3 docs/ilo-2022/transcribe.py
"""
import json
import pathlib

R = "Informe de Evaluación de Resultados del PEI 2022 (Res. de Alcaldía N° 850-2023-MPI)"

GPDSE = "Gerencia de Promoción del Desarrollo Social y Económico"
GDUA = "Gerencia de Desarrollo Urbano Ambiental"


def ind(code, name, expected, obtained, direction="ascendente", unit="porcentaje", verdict=None, notes=None):
    d = {
        "code": code,
        "name": name,
        "unit": unit,
        "direction": direction,
        "expected": {"2022": expected},
        "obtained": {"2022": obtained},
        "source": R,
    }
    if notes:
        d["notes"] = notes
    if verdict:
        d["verdict"] = {"met": True, "justification": verdict}
    return d


Q_OEI01 = ("Sección OEI.01: «Respecto al Indicador de la AEI.01 Tasa de Variación del tiempo promedio de "
           "emisión de Licencias de Funcionamiento emitidas por la MPI, debemos indicar que es el único indicador "
           "que ha logrado alcanzar la meta de avance programada para el ejercicio 2022». El mismo apartado dice "
           "después que el indicador del OEI.01 «solo logr[ó] el 50% de la meta establecida».")
Q_AEI0402 = ("Sección OEI.04: «Respecto a los Indicadores de la: AEI.04.05 [...] y la AEI.04.02 Porcentaje de "
             "constancias de posesión en zonas planificadas para uso urbano emitidas, se puede observar que han "
             "logrado alcanzar la meta de avance programada para el ejercicio 2022.»")
Q_AEI0701 = ("Sección OEI.07: «Los indicadores de la Actividad Estratégica AEI.07.01 Porcentaje de residuos sólidos "
             "adecuadamente dispuestos en la provincia de Ilo y la AEI.07.06 [...] lograron cumplir la meta "
             "programada para el ejercicio 2022.»")
Q_OEI08 = ("Sección OEI.08: «El indicador del Objetivo Estratégico Institucional OEI .08 Porcentaje de la población "
           "de la provincia de Ilo en condición de vulnerabilidad ante desastres naturales y los indicadores de las "
           "Actividades Estratégicas AEI.08.01 [...] y la AEI.08.05 [...], lograron cumplir la meta programada "
           "para el ejercicio 2022.»")


def aei(code, name, priority, indicators):
    return {"code": code, "name": name, "priority": priority, "indicators": indicators}


def declared(total, met, not_met, pct, section):
    d = {"result_pct": pct, "indicators_total": total, "indicators_met": met, "source": section}
    if not_met is not None:
        d["indicators_not_met"] = not_met
    return d


objectives = [
    {
        "code": "OEI.01", "priority": 1,
        "name": "Modernizar la gestión institucional de la Municipalidad Provincial de Ilo",
        "responsible": "Subgerencia de Planes y Desarrollo Organizacional",
        "indicators": [
            ind("IND.01.OEI.01", "Tasa de variación del tiempo promedio de emisión de Licencias de Funcionamiento emitidas por la MPI",
                "20", "10", unit="tasa_de_variacion", verdict=Q_OEI01,
                notes="Las cifras son porcentajes de reducción del tiempo: una meta de 20 % de reducción con 10 % logrado es medio camino (ascendente), como el propio informe dice en su segundo párrafo."),
        ],
        "actions": [
            aei("AEI.01.01", "Instrumentos de gestión actualizados en beneficio de la administración municipal", 1, [
                ind("IND.01.AEI.01.01", "Porcentaje de documentos de gestión administrativa (reglamentos, manuales, tarifas, etc.) de la MPI actualizados", "90", "40")]),
            aei("AEI.01.02", "Programa de gestión financiera para el logro de metas efectivamente garantizadas en la MPI", 2, [
                ind("IND.01.AEI.01.02", "Porcentaje de Tributos recaudados por la MPI en el Ejercicio", "95", "55")]),
            aei("AEI.01.03", "Gestión de la infraestructura, equipamiento e insumos adecuada y oportuna para la adecuada operatividad de la MPI", 3, [
                ind("IND.01.AEI.01.03", "Porcentaje de sistemas informáticos modernos operativo en la MPI", "85", "75")]),
            aei("AEI.01.04", "Programa de fortalecimiento de capacidades permanente del personal de la MPI", 4, [
                ind("IND.01.AEI.01.04", "Porcentaje del personal capacitado en temas de gestión municipal en la MPI", "65", "45")]),
            aei("AEI.01.05", "Procesos y procedimientos administrativos automatizados en la MPI", 5, [
                ind("IND.01.AEI.01.05", "Porcentaje de procedimientos administrativos de la MPI sistematizados en el ejercicio", "65", "60")]),
        ],
        "declared": declared(6, 1, 5, "17", "Sección OEI.01 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.02", "priority": 2,
        "name": "Fortalecer la institucionalidad de la participación ciudadana en la gestión municipal provincial de Ilo",
        "responsible": "Subgerencia de Participación Ciudadana",
        "indicators": [
            ind("IND.01.OEI.02", "Porcentaje de representantes de organizaciones sociales de la Provincia de Ilo con representación en CCL", "50", "40"),
        ],
        "actions": [
            aei("AEI.02.01", "Programa de fortalecimiento de capacidades ciudadanas permanente de la población de la provincia de Ilo", 1, [
                ind("IND.01.AEI.02.01", "Porcentaje de ciudadanos de la provincia de Ilo que participan en programas de capacitación de la MPI", "50", "75")]),
            aei("AEI.02.02", "Programa de fortalecimiento de la institucionalidad de organizaciones sociales", 2, [
                ind("IND.01.AEI.02.02", "Porcentaje de organizaciones vecinales de la provincia de Ilo formalizadas y vigentes", "50", "80")]),
            aei("AEI.02.03", "Espacios de concertación de políticas públicas efectivos para la atención de las demandas de la población", 3, [
                ind("IND.01.AEI.02.03", "Tasa de variación del número de mesas de concertación para políticas públicas provinciales organizadas por la MPI", "20", "30", unit="tasa_de_variacion")]),
        ],
        "declared": declared(4, 3, 1, "75", "Sección OEI.02 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.03", "priority": 3,
        "name": "Fortalecer la seguridad ciudadana en la Provincia de Ilo",
        "responsible": "Subgerencia de Seguridad Ciudadana",
        "indicators": [
            ind("IND.01.OEI.03", "Porcentaje de población que se percibe insegura en la Provincia de Ilo", "10", "20", direction="descendente"),
        ],
        "actions": [
            aei("AEI.03.01", "Servicio de patrullaje municipal integrado en todos los sectores del distrito de Ilo", 1, [
                ind("IND.01.AEI.03.01", "Porcentaje de ámbito provincial de Ilo que cuenta con patrullaje permanente", "80", "80")]),
            aei("AEI.03.02", "Programa de organización de la comunidad a favor de la seguridad ciudadana", 2, [
                ind("IND.01.AEI.03.02", "Porcentaje de Comités de seguridad ciudadana operativos en la provincia de Ilo", "100", "80")]),
            aei("AEI.03.03", "Sistema de seguridad ciudadana con equipamiento integral", 3, [
                ind("IND.01.AEI.03.03", "Porcentaje de equipos asignados a la seguridad ciudadana de la provincia de Ilo en estado operativo", "100", "50")]),
            aei("AEI.03.04", "Programa de prevención y atención en casos de riesgo de seguridad inmediatas a los ciudadanos", 4, [
                ind("IND.01.AEI.03.04", "Porcentaje de Casetas de Seguridad Ciudadana Instaladas y Operativas", "100", "0")]),
        ],
        "declared": declared(5, 1, 4, "20", "Sección OEI.03 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.04", "priority": 4,
        "name": "Impulsar el desarrollo planificado y ordenado del territorio de la Provincia de Ilo",
        "responsible": GDUA,
        "indicators": [
            ind("IND.01.OEI.04", "Porcentaje de la población urbana de la provincia de Ilo que vive en una zona que cuenta con ordenamiento urbano", "100", "90"),
        ],
        "actions": [
            aei("AEI.04.01", "Control urbano eficiente beneficiando a la población del distrito de Ilo", 1, [
                ind("IND.01.AEI.04.01", "Porcentaje de edificaciones de la provincia de Ilo con licencia por año", "90", "40")]),
            aei("AEI.04.02", "Planes territoriales actualizados e implementados en beneficio de la población de la Provincia de Ilo", 2, [
                ind("IND.01.AEI.04.02", "Porcentaje de constancias de posesión en zonas planificadas para uso urbano emitidas", "100", "95", verdict=Q_AEI0402)]),
            aei("AEI.04.03", "Catastro municipal actualizado en la jurisdicción de la provincia de Ilo", 3, [
                ind("IND.01.AEI.04.03", "Porcentaje de viviendas registradas en el Catastro de la MPI fiscalizadas en la provincia de Ilo", "70", "50")]),
            aei("AEI.04.04", "Servicio de saneamiento físico legal de predios municipales implementado en la provincia de Ilo", 4, [
                ind("IND.01.AEI.04.04", "Porcentaje de Predios Municipales de la provincia de Ilo con Saneamiento físico legal", "70", "60")]),
            aei("AEI.04.05", "Programa de promoción del acceso universal efectivo y gestión eficiente del agua y saneamiento de la población de la provincia de Ilo", 5, [
                ind("IND.01.AEI.04.05", "Porcentaje de la Población que accede a servicio de calidad del agua", "80", "85")]),
            aei("AEI.04.06", "Espacios públicos urbanos recuperados y priorizados en la provincia de Ilo", 6, [
                ind("IND.01.AEI.04.06", "Porcentaje de espacios públicos urbanos operativos en la provincia de Ilo", "100", "60")]),
            aei("AEI.04.07", "Mejora de sistemas de transporte urbano, rural y vecinal en la provincia de Ilo", 7, [
                ind("IND.01.AEI.04.07", "Porcentaje de Unidades de Transporte Urbano Formalizadas que operan en la provincia de Ilo", "100", "70")]),
        ],
        "declared": declared(8, 2, None, "25", "Sección OEI.04 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.05", "priority": 5,
        "name": "Impulsar el efectivo acceso universal e integral de la población a los servicios de salud y educativos en la Provincia de Ilo",
        "responsible": GPDSE,
        "indicators": [
            ind("IND.01.OEI.05", "Porcentaje de niños menores de tres años de edad que padecen de anemia en la Provincia de Ilo", "17", "20", direction="descendente"),
            ind("IND.02.OEI.05", "Porcentaje de la población en edad escolar primaria que no asiste al sistema educativo", "8", "7", direction="descendente"),
        ],
        "actions": [
            aei("AEI.05.01", "Programa de promoción cultural permanente para la población de la provincia de Ilo", 1, [
                ind("IND.01.AEI.05.01", "Porcentaje de la Población de la provincia de Ilo que accede a los Programas Culturales", "20", "25")]),
            aei("AEI.05.02", "Programa de actividades deportivas y recreativas para la población", 2, [
                ind("IND.01.AEI.05.02", "Porcentaje de la Población de la provincia de Ilo que accede a los Programas Deportivos", "20", "20")]),
            aei("AEI.05.03", "Asistencia técnica en prácticas saludables de forma constante para la población", 3, [
                ind("IND.01.AEI.05.03", "Porcentaje de población objetivo de la provincia de Ilo que acceden a los Servicios de Salud", "65", "70")]),
            aei("AEI.05.04", "Impulso del acceso a productos de primera necesidad efectivo y seguro para la población de la provincia de Ilo", 4, [
                ind("IND.01.AEI.05.04", "Porcentaje de comerciantes de la provincia de Ilo que participan en condiciones seguras ferias comerciales organizadas por la MPI", "100", "100")]),
            aei("AEI.05.05", "Programa de capacitación para el acceso a servicios educativos efectivo y oportuno a la población adulta, con habilidades especiales, pobres extremos y otros de la provincia de Ilo", 5, [
                ind("IND.01.AEI.05.05", "Tasa de variación del número de capacitaciones dirigidas a la población adulta mayor, con habilidades especiales y de pobreza extrema, entre otros para acceder a los servicios educativos", "20", "25", unit="tasa_de_variacion")]),
        ],
        "declared": declared(7, 6, 1, "86", "Sección OEI.05 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.06", "priority": 6,
        "name": "Promover los emprendimientos y el crecimiento económico sostenible de las micro, pequeñas y medianas empresas de la Provincia de Ilo",
        "responsible": "Subgerencia de Promoción del Desarrollo Económico y Turismo",
        "indicators": [
            ind("IND.01.OEI.06", "Porcentaje de emprendimientos de la provincia de Ilo consolidados y formalizados como empresas", "90", "100"),
        ],
        "actions": [
            aei("AEI.06.01", "Fortalecimiento de la asociatividad de forma permanente de las MYPES", 1, [
                ind("IND.01.AEI.06.01", "Porcentaje de empresarios formales de PYMEs de la provincia de Ilo que reciben asistencia técnica en asociatividad", "60", "100")]),
            aei("AEI.06.02", "Asistencia técnica en gestión empresarial priorizada e integral a los emprendedores y las MYPES de la provincia de Ilo", 2, [
                ind("IND.01.AEI.06.02", "Porcentaje de emprendedores y empresarios formales de PYMEs de la provincia de Ilo que reciben asistencia técnica oportuna en gestión empresarial", "60", "100")]),
            aei("AEI.06.03", "Programa de promoción de productos turísticos integral en la provincia de Ilo", 3, [
                ind("IND.01.AEI.06.03", "Porcentaje de empresas de turismo de la provincia de Ilo que participan en ferias, ruedas de negocios organizadas", "70", "60")]),
            aei("AEI.06.04", "Programa de promoción de productos locales y turísticos en los mercados de interés de forma oportuna en beneficio de la Provincia de Ilo", 4, [
                ind("IND.01.AEI.06.04", "Porcentaje de comerciantes de la provincia de Ilo que participan en ferias, ruedas de negocios organizadas", "60", "50")]),
        ],
        "declared": declared(5, 3, 2, "60", "Sección OEI.06 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.07", "priority": 7,
        "name": "Fortalecer la gestión ambiental en la Provincia de Ilo",
        "responsible": GDUA,
        "indicators": [
            ind("IND.01.OEI.07", "Porcentaje de Metas de Ecoeficiencia (Iniciativa EcoIP del MINAM) logradas por la MPI", "80", "30"),
        ],
        "actions": [
            aei("AEI.07.01", "Manejo y control de los residuos sólidos y su disposición final eficiente", 1, [
                ind("IND.01.AEI.07.01", "Porcentaje de residuos sólidos adecuadamente dispuestos en la provincia de Ilo", "100", "90", verdict=Q_AEI0701)]),
            aei("AEI.07.02", "Mantenimiento de áreas verdes integral para la población del distrito de Ilo", 2, [
                ind("IND.01.AEI.07.02", "Porcentaje de áreas verdes de uso público conservadas en la provincia de Ilo", "100", "80")]),
            aei("AEI.07.03", "Programa de promoción de la recuperación de áreas, terrenos ambientalmente degradados oportuno y participativo de la provincia de Ilo", 3, [
                ind("IND.01.AEI.07.03", "Porcentaje de áreas degradadas recuperadas en la provincia de Ilo", "80", "40")]),
            aei("AEI.07.04", "Programa de promoción del cuidado y protección del medio ambiente integral y participativa de la provincia de Ilo", 4, [
                ind("IND.01.AEI.07.04", "Porcentaje de la población capacitada en temas ambientales en la provincia de Ilo", "50", "20")]),
            aei("AEI.07.05", "Programa de promoción de la articulación institucional para la gestión ambiental participativa", 5, [
                ind("IND.01.AEI.07.05", "Porcentaje de instituciones locales que participan en ejecución de la Agenda Ambiental Local de la provincia de Ilo", "70", "50")]),
            aei("AEI.07.06", "Sistema de fiscalización y vigilancia de la contaminación ambiental oportuno y efectivo en la provincia de Ilo", 6, [
                ind("IND.01.AEI.07.06", "Porcentaje de acciones de evaluación, fiscalización y vigilancia ambiental ejecutadas en la provincia de Ilo", "80", "100")]),
        ],
        "declared": declared(7, 2, 5, "29", "Sección OEI.07 y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.08", "priority": 8,
        "name": "Mejorar la gestión de riesgos de desastres en la Provincia de Ilo",
        "responsible": "Oficina de Gestión de Riesgo de Desastres",
        "indicators": [
            ind("IND.01.OEI.08", "Porcentaje de la población de la provincia de Ilo en condición de vulnerabilidad ante desastres naturales", "40", "45", direction="descendente", verdict=Q_OEI08),
        ],
        "actions": [
            aei("AEI.08.01", "Programa de estimación de riesgo en ámbitos priorizados en la provincia de Ilo", 3, [
                ind("IND.01.AEI.08.01", "Porcentaje de viviendas evaluadas que se encuentran expuestas a peligros de contaminación ambiental, incendios, deslizamientos de tierras, inundaciones y similares, en la provincia de Ilo",
                    "37", "35", direction="descendente",
                    notes="Mide la proporción de viviendas expuestas a peligros: menos es mejor (descendente). "
                          "Así lo lee también el informe, que lo da por cumplido con 35 % frente a una meta de 37 % "
                          "(sección OEI.08).")]),
            aei("AEI.08.02", "Programa de inspecciones técnicas de seguridad en edificaciones según zonificación de uso implementado en la provincia de Ilo", 1, [
                ind("IND.01.AEI.08.02", "Porcentaje de inspecciones realizadas a edificaciones de la provincia de Ilo en el año", "85", "30")]),
            aei("AEI.08.03", "Programa de prevención y reducción del riesgo de desastre implementado y eficiente en beneficio de la población de la Provincia de Ilo", 2, [
                ind("IND.01.AEI.08.03", "Porcentaje de implementación del Plan de Contingencia en la provincia de Ilo", "75", "30")]),
            aei("AEI.08.04", "Asistencia técnica en GRD de manera integral y eficiente en beneficio de la población de la Provincia", 4, [
                ind("IND.01.AEI.08.04", "Porcentaje de pobladores de la provincia de Ilo asistidos en GRD", "85", "40")]),
            aei("AEI.08.05", "Plataforma de Defensa Civil implementada y operativa en la provincia de Ilo", 5, [
                ind("IND.01.AEI.08.05", "Porcentaje de implementación de la Plataforma de Defensa Civil de la provincia de Ilo", "80", "100")]),
        ],
        "declared": declared(6, 3, 3, "50", "Sección OEI.08 («cinco (03) no han cumplido») y Resumen Ejecutivo"),
    },
    {
        "code": "OEI.09", "priority": 9,
        "name": "Impulsar el efectivo acceso al apoyo y protección del Estado de la población socialmente vulnerable de la Provincia de Ilo",
        "responsible": "Subgerencia de Programas de Complementación Alimentaria y Protección Social",
        "indicators": [
            ind("IND.01.OEI.09", "Porcentaje de población de la provincia de Ilo en situación de vulnerabilidad social atendida", "70", "60"),
        ],
        "actions": [
            aei("AEI.09.01", "Programa de apoyo social de calidad para las poblaciones vulnerables", 1, [
                ind("IND.01.AEI.09.01", "Porcentaje de población socialmente vulnerable atendida por Programas de Apoyo Social en la provincia de Ilo", "95", "40")]),
            aei("AEI.09.02", "Programa de complementación alimentaria nutricional para las poblaciones en situación de pobreza y pobreza extrema", 2, [
                ind("IND.01.AEI.09.02", "Porcentaje de población objetivo de la provincia de Ilo que acceden a los Programas de Complementación Alimentaria", "95", "60")]),
        ],
        "declared": declared(3, 0, 3, "0", "Sección OEI.09 y Resumen Ejecutivo («00%»)"),
    },
]

# Tabla N°03 (POI modificado por OEI/AEI): (code, description, count or None, amount)
tabla03 = [
    ("OEI.01", "FORTALECER LA GESTIÓN INSTITUCIONAL DE LA MUNICIPALIDAD PROVINCIAL DE ILO", 114, "37266078.95"),
    ("AEI.01.01", "Instrumentos de gestión actualizados en beneficio de la administración municipal", 32, "2073044.59"),
    ("AEI.01.02", "Programa de gestión financiera para el logro de metas efectivamente garantizadas en la MPI", 33, "13588038.33"),
    ("AEI.01.03", "Gestión de la infraestructura equipamientos e insumos adecuada y oportuna para la adecuada operatividad de la MPI", 22, "7007613.68"),
    ("AEI.01.04", "Programa de fortalecimiento de capacidades permanente del personal de MPI", 8, "11943749.37"),
    ("AEI.01.05", "Procesos y procedimientos administrativos automatizados en la MPI", 19, "2653632.98"),
    ("OEI.02", "FORTALECER LA INSTITUCIONALIDAD DE LA PARTICIPACION CIUDADANA EN LA GESTION MUNICIPAL PROVINCIAL DE ILO", 22, "2054107.73"),
    ("AEI.02.01", "Programa de Fortalecimiento de capacidades ciudadanas permanente de la población de la Provincia de Ilo", 4, "225746.48"),
    ("AEI.02.02", "Programa de fortalecimiento de la institucionalidad de organizaciones sociales fortalecidas en la Provincia de Ilo", 4, "546941.58"),
    ("AEI.02.03", "Espacios de concertación de políticas públicas de las demandas de la población efectivos, implementados y consolidados en la Provincia de Ilo", 14, "1281419.67"),
    ("OEI.03", "FORTALECER LA SEGURIDAD CIUDADANA EN LA PROVINCIA DE ILO", 4, "1128969.46"),
    ("AEI.03.01", "Servicio de patrullaje municipal integrado en todos los distritos de la Provincia de Ilo", 4, "1128969.46"),
    ("OEI.04", "IMPULSAR EL DESARROLLO PLANIFICADO Y ORDENADO DEL TERRITORIO DE LA PROVINCIA DE ILO", 53, "45017581.73"),
    ("AEI.04.01", "Ocupación y uso urbano rural y marino costero eficiente y oportunamente controlado en la Provincia de Ilo", 11, "14505888.59"),
    ("AEI.04.02", "Planeamiento urbano rural y marino costero integral y concertado implementado en la Provincia de Ilo", 6, "1743704.94"),
    ("AEI.04.04", "Saneamiento físico legal de predios municipales implementados en la Provincia de Ilo", 6, "921054.91"),
    ("AEI.04.05", "Programa de Promoción del acceso universal efectivo y gestión eficiente del agua y saneamiento de la población de la Provincia de Ilo", 3, "8430689.21"),
    ("AEI.04.06", "Espacios públicos urbanos recuperables y priorizados en la Provincia de Ilo", 3, "4959912.74"),
    ("AEI.04.07", "Mejora de sistemas de transporte urbano, rural y vecinal de la Provincia de Ilo", 24, "14456331.34"),
    ("OEI.05", "IMPULSAR EL EFECTIVO ACCESO UNIVERSAL E INTEGRAL DE LA POBLACION A LOS SERVICIOS DE SALUD Y EDUCATIVOS EN LA PROVINCIA DE ILO", 29, "1667250.40"),
    ("AEI.05.01", "Programa de promoción cultural permanente para la población del Distrito de Ilo", 18, "253365.09"),
    ("AEI.05.02", "Programa de actividades deportivas y recreativas integral para la población del Distrito de Ilo", 6, "119558.67"),
    ("AEI.05.03", "Asistencia técnica para la prevención y el efectivo acceso a servicios integrales de salud de la población del Distrito de Ilo", 3, "563777.64"),
    ("AEI.05.05", "Programa de capacitación para el acceso a servicios educativos efectivo y oportuno a la población, con habilidades especiales, pobres extremos y otros del Distrito de Ilo", 2, "730549.00"),
    ("OEI.06", "PROMOVER LOS EMPRENDIMIENTOS Y EL CRECIMIENTO ECONOMICO SOSTENIBLE DE LAS MICRO, PEQUEÑAS Y MEDIANAS EMPRESAS DE LA PROVINCIA DE ILO", 8, "241443.72"),
    ("AEI.06.01", "Asistencia técnica en asociatividad permanente y fortalecida de las MYPES de la Provincia de Ilo", 3, "108892.00"),
    ("AEI.06.02", "Asistencia Técnica en gestión empresarial priorizada e integral a los emprendedores y las MYPES de la provincia de Ilo", 3, "0.00"),
    ("AEI.06.03", "Programa de promoción de productos turísticos integral en la Provincia de Ilo", 1, "74675.00"),
    ("AEI.06.04", "Programa de promoción en los mercados de interés oportuno y permanente de los productos locales", 1, "57876.72"),
    ("OEI.07", "MEJORAR LA GESTION AMBIENTAL EN LA PROVINCIA DE ILO", 53, "7924248.67"),
    ("AEI.07.01", "Manejo y control de los residuos sólidos y su disposición final eficiente y efectiva en la Provincia de Ilo", 4, "5883468.61"),
    ("AEI.07.02", "Mantenimiento de áreas verdes integral para la población del Distrito de Ilo", 48, "1854060.99"),
    ("AEI.07.03", "Programa de promoción de la recuperación de áreas, terrenos ambientalmente degradados oportuno y participativo de la Provincia de Ilo", None, "151719.07"),
    ("AEI.07.04", "Programa de promoción del cuidado y promoción del medio ambiente integral y participativa de la Provincia de Ilo", 1, "35000.00"),
    ("OEI.08", "MEJORAR LA GESTION DE RIESGOS DE DESASTRES EN LA PROVINCIA DE ILO", 54, "323972.72"),
    ("AEI.08.01", "Programa de estimación de riesgo en ámbitos priorizados en la Provincia de Ilo", 0, "43098.00"),
    ("AEI.08.02", "Programa de inspecciones técnicas de seguridad en edificaciones según de zonificación de uso implementado en la Provincia de Ilo", 46, "121001.10"),
    ("AEI.08.03", "Programa de prevención y reducción del riesgo de desastre implementado de manera oportuna y eficiente en la Provincia de Ilo", 1, "731.00"),
    ("AEI.08.04", "Asistencia técnica en GRD integral para la población del Distrito de Ilo", 4, "141353.22"),
    ("AEI.08.05", "Plataforma de Defensa civil implementada y operativa en la Provincia de Ilo", 3, "17789.40"),
    ("OEI.09", "IMPULSAR EL EFECTIVO ACCESO Y PROTECCION DEL ESTADO DE LA POBLACION SOCIALMENTE VULNERABLE DE LA PROVINCIA DE ILO", 31, "2348299.57"),
    ("AEI.09.01", "Programa de apoyo social de calidad para las poblaciones socialmente vulnerables de la Provincia de Ilo", 16, "947020.13"),
    ("AEI.09.02", "Programa de complementación alimentaria nutricional oportuno y efectivo para la población en situación de pobreza y pobreza extrema de la Provincia de Ilo.", 15, "1401279.44"),
]

# Tabla N°04: (code, description, priority, count, financial follow-up, physical %)
tabla04 = [
    ("OEI.01", "MODERNIZAR LA GESTIÓN INSTITUCIONAL", 1, 112, "55857226.11", "100"),
    ("AEI.01.01", "Instrumentos de gestión actualizados en beneficio de la administración municipal", 1, 32, "3236654.53", "116"),
    ("AEI.01.02", "Programa de gestión financiera para el logro de metas efectivamente garantizadas en la MPI", 2, 33, "26917179.43", "100"),
    ("AEI.01.03", "Gestión de la Infraestructura, equipamiento e insumos adecuada y oportuna para la adecuada operatividad de la MPI", 3, 22, "13919237.53", "114"),
    ("AEI.01.04", "Programa de fortalecimiento de capacidades permanente del personal de la MPI", 4, 6, "10738043.04", "99"),
    ("AEI.01.05", "Procesos y procedimientos administrativos automatizados en la MPI", 5, 19, "1046111.58", "91"),
    ("OEI.02", "FORTALECER LA INSTITUCIONALIDAD Y LA PARTICIPACIÓN CIUDADANA", 2, 20, "1948381.08", "87"),
    ("AEI.02.01", "Programa de fortalecimiento de capacidades ciudadanas permanente de la población de la provincia de Ilo", 1, 3, "250099.30", "99"),
    ("AEI.02.02", "Programa de fortalecimiento de la Institucionalidad de organizaciones sociales", 2, 3, "886124.78", "99"),
    ("AEI.02.03", "Espacios de concertación de políticas públicas efectivos para la atención de las demandas de la población", 3, 14, "812157.00", "63"),
    ("OEI.03", "FORTALECER LA SEGURIDAD CIUDADANA EN LA PROVINCIA", 3, 4, "625841.89", "33.3"),
    ("AEI.03.01", "Servicio de Patrullaje municipal e integrado en todos los sectores del Distrito de Ilo", 1, 4, "625841.89", "100"),
    ("AEI.03.02", "Programa de organización de la comunidad a favor de la seguridad ciudadana", 2, 0, "0.00", "0"),
    ("AEI.03.03", "Sistema de seguridad ciudadana con equipamiento integral", 3, 0, "0.00", "0"),
    # Printed as AEI.03.03 a second time; by its wording and priority it is AEI.03.04.
    ("AEI.03.03", "Programa de prevención y atención en casos de riesgo de seguridad inmediatas", 4, 0, "0.00", "0"),
    ("OEI.04", "IMPULSAR EL DESARROLLO PLANIFICADO Y ORDENADO DEL TERRITORIO DE LA PROVINCIA", 4, 56, "69061540.28", "82"),
    ("AEI.04.01", "Control urbano eficiente beneficiando a la población del distrito de Ilo", 1, 12, "23696609.75", "97"),
    ("AEI.04.02", "Planes territoriales actualizados e implementados en beneficio de la población de la Provincia de Ilo", 2, 7, "1393299.63", "99"),
    ("AEI.04.03", "Catastro municipal actualizado en la jurisdicción de la provincia de Ilo", 3, 0, "0.00", "0"),
    ("AEI.04.04", "Servicio de saneamiento físico legal de predios municipales implementado en la provincia de Ilo", 4, 7, "935854.91", "100"),
    ("AEI.04.05", "Programa de promoción del acceso universal efectivo y gestión eficiente del agua y saneamiento de la población de la provincia de Ilo", 5, 3, "16522049.29", "105"),
    ("AEI.04.06", "Espacios públicos urbanos recuperados y priorizados en la provincia de Ilo", 6, 3, "5542120.00", "92"),
    ("AEI.04.07", "Mejora de sistemas de transporte urbano, rural y vecinal en la provincia de Ilo", 7, 24, "20971606.70", "81"),
    ("OEI.05", "IMPULSAR EL EFECTIVO ACCESO DE LA POBLACION A LOS SERVICIOS DE SALUD Y EDUCACIÓN", 5, 30, "2060289.91", "74"),
    ("AEI.05.01", "Programa de promoción cultural permanente para la población de la provincia de Ilo", 1, 18, "405061.31", "80"),
    ("AEI.05.02", "Programa de actividades deportivas y recreativas para la población", 2, 6, "134360.00", "87"),
    ("AEI.05.03", "Asistencia Técnica en prácticas saludables de forma constante para la población", 3, 4, "662015.60", "91"),
    ("AEI.05.04", "Impulso del acceso a productos de primera necesidad efectivo y seguro para la población de la provincia de Ilo", 4, 0, "0.00", "0"),
    ("AEI.05.05", "Programa de capacitación para el acceso a servicios educativos efectivo y oportuno a la población Adulta, con habilidades especiales, pobres extremos y otros de la provincia de Ilo", 5, 2, "858853.00", "111"),
    ("OEI.06", "PROMOVER LOS EMPRENDIMIENTOS Y EL CRECIMIENTO ECONÓMICO SOSTENIBLE", 6, 8, "344564.72", "119"),
    ("AEI.06.01", "Fortalecimiento de la asociatividad de forma permanente de las MYPES", 1, 2, "163310.00", "244"),
    ("AEI.06.02", "Asistencia Técnica en gestión empresarial priorizada e integral a los emprendedores y las mypes de la provincia de Ilo", 2, 3, "0.00", "77"),
    ("AEI.06.03", "Programa de promoción de productos turísticos integral en la provincia de Ilo", 3, 1, "118175.00", "50"),
    ("AEI.06.04", "Programa de promoción de productos locales y turísticos en los mercados de interés de forma oportuna en beneficio de la Provincia de Ilo", 4, 2, "63079.72", "108"),
    ("OEI.07", "FORTALECER LA GESTIÓN AMBIENTAL EN LA PROVINCIA", 7, 16, "9020387.80", "105"),
    ("AEI.07.01", "Manejo y control de los residuos sólidos y su disposición final eficiente", 1, 4, "6711156.00", "100"),
    ("AEI.07.02", "Mantenimiento de áreas verdes integral para la población del distrito de Ilo", 2, 5, "2093474.42", "100"),
    ("AEI.07.03", "Programa de promoción de la recuperación de áreas terrenos ambientalmente degradados oportuno y participativo de la provincia de Ilo", 3, 6, "180757.38", "123"),
    ("AEI.07.04", "Programa de promoción del cuidado y protección del medio ambiente integral y participativa de la provincia de Ilo", 4, 1, "35000.00", "100"),
    ("AEI.07.05", "Programa de promoción de la articulación institucional para la gestión ambiental participativa", 5, 0, "0.00", "0"),
    ("AEI.07.06", "Sistema de fiscalización y vigilancia de la contaminación ambiental oportuno y efectivo en la provincia de Ilo", 6, 0, "0.00", "0"),
    ("OEI.08", "MEJORAR LA GESTIÓN DE RIESGOS DE DESASTRES", 8, 9, "405337.09", "80"),
    ("AEI.08.01", "Programa de estimación de riesgo en ámbitos priorizados en la provincia de Ilo", 3, 0, "43098.00", "0"),
    ("AEI.08.02", "Programa de inspecciones técnicas de seguridad en edificaciones según zonificación de uso implementado en la provincia de Ilo", 1, 1, "132296.10", "100"),
    ("AEI.08.03", "Programa de prevención y reducción del riesgo de desastre implementado y eficiente en beneficio de la población de la Provincia de Ilo", 2, 1, "796.00", "111"),
    ("AEI.08.04", "Asistencia técnica en GRD de manera integral y eficiente en beneficio de la población de la Provincia", 4, 4, "180430.99", "89"),
    ("AEI.08.05", "Plataforma de Defensa Civil implementada y operativa en la provincia de Ilo.", 5, 3, "48716.00", "100"),
    ("OEI.09", "FORTALECER LA PROTECCIÓN SOCIAL DE LAS POBLACIONES VULNERABLES", 9, 26, "3221736.58", "100"),
    ("AEI.09.01", "Programa de apoyo social de calidad para las poblaciones vulnerables", 1, 12, "1046772.02", "101"),
    ("AEI.09.02", "Programa de Complementación alimentaria nutricional para las poblaciones en situación de pobreza y pobreza extrema", 2, 14, "2174964.56", "100"),
]

# Tabla N°05: (code or None, name, count or None, programmed or None, executed or None, printed %)
tabla05 = [
    ("01.01", "COMISION DE REGIDORES", 4, "271633.70", "267327.00", "98"),
    ("01.02", "ALCALDIA", 3, "234963.75", "304719.37", "130"),
    ("02.02", "ORGANO DE CONTROL INSTITUCIONAL", 5, "237608.40", "202897.30", "85"),
    ("02.03", "PROCURADURIA PUBLICA MUNICIPAL", 2, "436470.51", "383712.34", "88"),
    ("02.04", "SECRETARIA GENERAL", 4, "740853.02", "777492.06", "105"),
    ("02.04.02", "TRAMITE DOCUMENTARIO", 2, "31380.77", "32086.45", "102"),
    ("02.04.03", "RELACIONES PUBLICAS", 3, "270596.86", "265540.34", "98"),
    ("02.05", "ASESORIA TECNICA DE ALCALDIA", 2, "122995.25", "132665.44", "107"),
    ("03.01", "GERENCIA MUNICIPAL", 2, "397237.44", "383697.35", "96"),
    ("03.02", "OFICINA DE SUPERVISION Y LIQUIDACION DE PROYECTOS DE INVERSION", 22, "1505039.71", "3012278.41", "200"),
    ("03.02.02", "GERENCIA DE ADMINISTRACION FINANCIERA", 2, "598384.01", "357915.64", "60"),
    ("03.02.02.02", "SUBGERENCIA DE CONTABILIDAD", 5, "339426.99", "508398.17", "150"),
    ("03.02.02.03", "SUBGERENCIA DE TESORERIA", 5, "474605.24", "422502.33", "89"),
    ("03.02.02.04", "SUBGERENCIA DE LOGISTICA", 4, "2953728.29", "3502211.59", "118"),
    ("03.02.02.05", "SUBGERENCIA DE RECURSOS HUMANOS", 8, "10375986.83", "4784664.34", "46"),
    ("03.02.02.06", "SUBGERENCIA DE INFORMATICA", 8, "1094809.29", "623914.83", "57"),
    ("03.03", "GERENCIA DE ASESORIA JURIDICA", 4, "417074.11", "469088.72", "112"),
    (None, "OFICINA DE PROGRAMACION MULTIANUAL DE INVERSIONES", 6, "577281.28", "242557.12", "42"),
    ("03.05", "OFICINA DE GESTION DE RIESGOS DE DESASTRES", 8, "383772.19", "322224.08", "84"),
    ("03.06", "GERENCIA DE PLANEAMIENTO ESTRATEGICO", 8, "1203139.69", "156518.90", "13"),
    ("03.06.02", "SUBGERENCIA DE PLANES Y DESARROLLO ORGANIZACIONAL", 6, "591020.25", "472166.12", "80"),
    ("03.06.03", "SUBGERENCIA DE GESTION PRESUPUESTAL", 8, "296100.88", "874923.78", "295"),
    ("03.07", "GERENCIA DE RENTAS", 2, "274495.61", "235643.67", "86"),
    ("03.07.02", "SUBGERENCIA DE REGISTRO Y DETERMINACION TRIBUTARIA", 6, "620506.21", "379188.42", "61"),
    ("03.07.03", "SUBGERENCIA DE RECAUDACION", 5, "980034.23", "379035.09", "69"),
    ("03.07.04", "SUBGERENCIA DE FISCALIZACION", 2, "645669.58", "707472.44", "109"),
    ("03.07.05", "SUBGERENCIA DE EJECUCION COACTIVA", 4, "473430.00", "457515.12", "97"),
    ("03.07.07", "FISCALIZACION ADMINISTRATIVA", None, "33022.00", None, "0"),
    ("03.08", "GERENCIA DE SERVICIOS A LA CIUDAD", 4, "1125911.00", "1002877.31", "89"),
    ("03.08.01.01", "SERVICIO DE CONTROL CANINO", 3, "48740.00", None, "0"),
    ("03.08.01.02", "REGISTRO CIVIL", 1, "15140.93", "22974.81", "152"),
    ("03.08.02", "SUBGERENCIA DE LIMPIEZA PUBLICA Y MANTENIMIENTO DE AREAS VERDES", 3, "2475629.17", "5404077.34", "218"),
    ("03.08.02.01", "PROGRAMA ENTIDADES CON SISTEMA DE GESTIÓN INTEGRAL DE RESIDUOS SOLIDOS", None, "3330822.00", None, "0"),
    ("03.08.03", "SUBGERENCIA DE COMERCIALIZACIÓN Y ABASTECIMIENTOS", 6, "1657172.01", "2049659.98", "123"),
    ("03.08.03.02", "SERVICIOS DEL CAMAL", None, "111658.30", None, "0"),
    ("03.08.04", "SUBGERENCIA DE SEGURIDAD CIUDADANA", 6, "1177531.63", "123713.26", "10"),
    ("03.09", "GERENCIA DE PROMOCION DEL DESARROLLO SOCIAL Y ECONOMICO", 3, "323184.77", "403623.77", "125"),
    ("03.09.02", "SUBGERENCIA DE PROMOCION DEL DESARROLLO SOCIAL", 4, "652316.45", "505162.00", "77"),
    ("03.09.02.01", "ADMINISTRACION DEL SERVICIO DE DEMUNA", None, "376071.66", None, "0"),
    ("03.09.02.02", "ATENCION Y ASISTENCIA A LA PERSONA CON DISCAPACIDAD", None, "41130.27", None, "0"),
    ("03.09.02.03", "GESTION DE EDUCACION CULTURA RECREACION Y DEPORTE", None, "282206.81", None, "0"),
    ("03.09.02.04", "PROGRAMA PERSONAS ADULTAS MAYORES ATENDIDOS INVOLUCRANDO AL ENTORNO FAMILIAR", None, "95605.60", None, "0"),
    ("03.09.02.05", "PROGRAMA POBLACION OBJETIVO ACCEDE A MASIFICACION OBJETIVA", None, "37367.00", None, "0"),
    ("03.09.03", "SUBGERENCIA DE PROGRAMAS DE COMPLEMENTACION ALIMENTARIA Y PROTECCION SOCIAL", 6, "437922.39", "2247897.61", "513"),
    ("03.09.03.01", "ADMINISTRACION DE COMEDORES", None, "1400480.75", None, "0"),
    ("03.09.03.02", "ASISTENCIA ALIMENTARIA PARA GRUPOS EN RIESGO", None, "3740.10", None, "0"),
    ("03.09.03.04", "PROGRAMA PANTBC", None, "320506.62", None, "0"),
    ("03.09.03.05", "PROGRAMA VASO DE LECHE", None, "490387.48", None, "0"),
    ("03.09.03.06", "UNIDAD LOCAL DE EMPADRONAMIENTO SISFOH", None, "142030.61", None, "0"),
    ("03.09.03.07", "GESTION DE PROGRAMAS DE PLAYAS LOCALES", None, "761781.00", None, "0"),
    ("03.09.03.08", "LICENCIAS Y CERTIFICACIONES", None, "124343.78", None, "0"),
    ("03.09.04", "SUBGERENCIA DE PROMOCION DEL DESARROLLO ECONOMICO Y TURISMO", 8, "233787.18", "572982.50", "245"),
    ("03.09.05", "SUBGERENCIA DE PARTICIPACION CIUDADANA", 6, "332806.54", "777556.62", "233"),
    ("03.09.06", "ANIVERSARIO DE ILO", None, "138441.00", None, "0"),
    ("03.10", "GERENCIA DEL DESARROLLO URBANO AMBIENTAL", 8, "806300.71", "2427843.58", "301"),
    ("03.10.02", "SUBGERENCIA DE ORDENAMIENTO URBANO Y CATASTRO", 7, "1961644.59", "1066156.25", "54"),
    ("03.10.03", "SUBGERENCIA DE ECOLOGIA Y CALIDAD AMBIENTAL", 6, "181708.66", "168952.89", "93"),
    ("03.10.05", "SUBGERENCIA DE TRANSPORTE Y SEGURIDAD VIAL", 11, "802034.92", "300884.92", "37"),
    ("03.11", "GERENCIA DE INVERSION PUBLICA", 3, "163295.38", "88405600.21", "54"),
    ("03.11.02", "SUBGERENCIA DE FORMULACION Y ESTUDIOS DE PROYECTOS DE INVERSION PUBLICA", 28, "2306721.44", "2656911.53", "115"),
    ("03.11.03", "SUBGERENCIA DE EJECUCION DE PROYECTOS DE INVERSION PUBLICA", 36, "80917039.28", "86284954.48", "106"),
    ("3.11.03.04", "PROGRAMA DE ACTIVIDADES DE MANTENIMIENTO DE INFRAESTRUCTURA PUBLICA-PAMIP", 1, None, "6150652.29", "100"),
    ("03.12", "ORGANO DESCONCENTRADO AGENCIA MUNICIPAL", 6, "1113802.42", "849722.59", "76"),
    ("03.13", "ORGANO DESCONCENTRADO ADMINISTRACION DE MAQUINARIA Y EQUIPO PESADO", 6, "2138943.75", "821787.70", "38"),
    ("03.14", "ORGANO DESCONCENTRADO GRIFO MUNICIPAL", 5, "8275494.45", "6457950.77", "78"),
    ("03.15", "ORGANO DESCONCENTRADO TERMINAL TERRESTRE", 2, "447526.00", "182647.75", "41"),
    ("03.16", "ORGANO DESCONCENTRADO PROYECTOS ESPECIALES Y COOPERACION TECNICA FINANCIERA", 6, "1447155.61", "1670307.37", "115"),
    ("03.17", "CONTRALORIA GENERAL DE LA REPUBLICA", 1, None, "109312.74", "100"),
]


def strip_none(d):
    return {k: v for k, v in d.items() if v is not None}


plan = {
    "format_version": 2,
    "entity": {"name": "Municipalidad Provincial de Ilo", "ejecutora_code": "301498", "level": "local_provincial"},
    "plan": {
        "name": "Plan Estratégico Institucional 2021-2025",
        "start_year": 2021,
        "end_year": 2025,
        "approved_by": "Resolución de Alcaldía N° 749-2020-A-MPI",
        "source": "Informe de Evaluación de Resultados del PEI, ejercicio 2022, aprobado con Resolución de Alcaldía N° 850-2023-MPI (Ilo, 02 de octubre de 2023)",
    },
    "evaluation": {"year": 2022, "period": "anual"},
    "settings": {
        # The report does not state its bands; these reproduce its counts (verde at 75 % and
        # 86 %, naranja at 50 % and 60 %, rojo at 29 % and below).
        "bands": [
            {"id": "verde", "label": "Verde", "min_pct": "75", "symbol": "●", "colour": "#1b7f3b"},
            {"id": "naranja", "label": "Naranja", "min_pct": "50", "symbol": "▲", "colour": "#c25e00"},
            {"id": "rojo", "label": "Rojo", "min_pct": "0", "symbol": "■", "colour": "#c0392b"},
        ],
        "rollup": "share_met",
        "use_evaluator_verdicts": True,
        "execution_alert_pct": "150",
        "rollup_cap_pct": "100",
        # Conclusión 7.6: the report counts unreported data as not met ("no se ha reportado
        # información" explains a 0 %).
        "missing_values": "counted_as_not_met",
        # Each OEI's result counts its own indicators and its AEI's (OEI.01: 1 of 6).
        "objective_indicators": "oei_and_aei",
        # Tabla N°04 prints AEI without AO as 0 % and averages them in.
        "aei_without_activities": "counted_as_zero",
    },
    "objectives": objectives,
    "poi": {
        "allocation": {
            "title": "Tabla N°03: Modificaciones del POI según OEI y AEI del PEI",
            "rows": [strip_none({"aei": c, "description": d, "ao_count": n, "programmed": a}) for c, d, n, a in tabla03 if c.startswith("AEI")],
            "declared_objectives": [{"oei": c, "ao_count": n, "programmed": a} for c, d, n, a in tabla03 if c.startswith("OEI")],
            "declared_total": {"ao_count": 383, "amount": "143405654.45"},
        },
        "execution": {
            "title": "Tabla N°04: Índice de gestión institucional y ejecución del POI modificado, por elementos del PEI",
            "rows": [{"aei": c, "description": d, "priority": p, "ao_count": n, "financial": f, "physical_pct": x} for c, d, p, n, f, x in tabla04 if c.startswith("AEI")],
            "declared_objectives": [{"oei": c, "priority": p, "ao_count": n, "financial": f, "physical_pct": x} for c, d, p, n, f, x in tabla04 if c.startswith("OEI")],
        },
        "cost_centres": {
            "title": "Tabla N°05: Ejecución física del POI modificado por centro de costo",
            "rows": [strip_none({"code": c, "name": n, "ao_count": k, "programmed": p, "executed": x, "declared_pct": pc}) for c, n, k, p, x, pc in tabla05],
            "declared_total": {"ao_count": 333, "programmed": "143405654.45", "executed": "231322566.69", "pct": "84.8"},
        },
        "budget_stages": [
            {"stage": "poi_aprobado", "source": "Tabla N°01", "amount": "143405654.45", "investments": 14, "activities": 198, "total": 212},
            {"stage": "poi_consistente_pia", "source": "Tabla N°01", "amount": "102014066.00", "investments": 38, "activities": 207, "total": 245},
            {"stage": "poi_consistente_pia", "source": "Tabla N°02", "amount": "102014066.00", "investments": 38, "total": 207},
            {"stage": "pim", "source": "Tabla N°02", "amount": "293677627.52", "investments": 42, "total": 341},
        ],
    },
    "declared": {
        "result_pct": "40.2",
        "light_counts": {"verde": 2, "naranja": 2, "rojo": 5},
        "objective_indicators_total": 10,
        "objective_indicators_met": 3,
        "source": "Resumen Ejecutivo y Conclusión 7.5",
    },
    "source_notes": [
        "Sección OEI.01: el indicador IND.01.OEI.01 se da primero como «el único indicador que ha logrado alcanzar la meta» y luego como uno de los que «solo lograron el 50% de la meta».",
        "Sección OEI.08: «tres (03) han logrado alcanzar la meta […] y cinco (03) no han cumplido»; con seis indicadores, son tres y tres.",
        "Sección 4: «el incremento de actividades operativas/inversiones de 245 a 383»; la Tabla N°02 da 341 AO e inversiones para el PIM y 383 es el total de la Tabla N°03.",
        "Conclusión 7.6: atribuye el 0 % del OEI.09 a que «no se ha reportado información», pero la sección OEI.09 reporta valores para sus tres indicadores (60 %, 40 % y 60 %).",
        "Resumen Ejecutivo: dice que el OEI.05 «logró el 86% de la meta del indicador»; el 86 % es la proporción de indicadores que cumplieron, y el indicador propio del OEI.05 (anemia) no cumplió.",
        "Resumen Ejecutivo: el promedio se da como «40%» y la Conclusión 7.5 como «40.2%»; el promedio exacto de los nueve resultados es 40.11 %.",
        "Sección OEI.09: dice desarrollar «25 acciones operativas»; la Tabla N°03 da 31 y la Tabla N°04 da 26 para el OEI.09.",
        "Introducción de la Tabla N°05: habla de «seguimiento financiero registrado al segundo semestre 2021» en un informe del ejercicio 2022.",
        "Los nombres de los OEI cambian entre secciones y tablas (p. ej. OEI.01 «Modernizar» en el Resumen Ejecutivo y «Fortalecer» en la Tabla N°03; OEI.07 «Mejorar» y «Fortalecer»).",
        "Tabla N°04: el segundo «AEI.03.03» («Programa de prevención y atención en casos de riesgo de seguridad inmediatas», prioridad 4) corresponde por su nombre a la AEI.03.04.",
    ],
}

out = pathlib.Path("public/ejemplos/ilo-2022.json")
out.write_text(json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out}")
