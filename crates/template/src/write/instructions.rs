//! The `Instrucciones` sheet: how to fill the template, for a planner who never saw it.

use crate::layout::{LIGHT_COUNT_PREFIX, NARRATIVE_PREFIX};

pub fn lines() -> Vec<String> {
    let mut v: Vec<String> = vec![
        "Plantilla de plan para Semáforo (evaluación de planes PEI y POI, método CEPLAN)".into(),
        String::new(),
        "Cómo usar esta plantilla".into(),
        "1. Llene las hojas de izquierda a derecha. Cada hoja tiene en su primera fila los encabezados: no los borre. Cada encabezado tiene una nota (pase el ratón por encima) que dice qué va en la columna.".into(),
        "2. Una fila por elemento: un OEI por fila en la hoja OEI, una AEI por fila en la hoja AEI, un indicador por fila en la hoja Indicadores, y así.".into(),
        "3. Guarde el libro como .xlsx (o .ods) e impórtelo en Semáforo con «Importar desde Excel o CSV». Si hay errores, Semáforo los lista todos a la vez, con hoja, fila y columna, y no importa nada hasta que estén corregidos.".into(),
        "   También se pueden importar las hojas guardadas como CSV (una hoja por archivo): Semáforo reconoce cada archivo por sus encabezados o por su nombre.".into(),
        String::new(),
        "Las hojas".into(),
        "• Plan: los datos generales, uno por fila (columna «Valor»). Obligatorios: nombre de la entidad, nivel de gobierno, nombre del plan, año de inicio, año de fin y año evaluado.".into(),
        format!("  Las filas «{LIGHT_COUNT_PREFIX} …» y «Nota sobre la fuente» son optativas; repita «Nota sobre la fuente» para agregar más notas."),
        "  Las reglas del método (método de consolidación, juicios del evaluador, indicadores sin valor obtenido, indicadores del resultado del OEI, AEI sin actividades) se eligen de una lista; vacías, rige lo que dice la nota de cada una.".into(),
        "• Semáforo: los colores y desde qué porcentaje se gana cada uno. Si no la cambia, rigen los de CEPLAN.".into(),
        "• OEI: los objetivos estratégicos institucionales. Códigos con el patrón OEI.01, OEI.02…".into(),
        "• AEI: las acciones estratégicas institucionales, cada una con el código de su OEI. Códigos con el patrón AEI.01.01 (la AEI 01 del OEI.01).".into(),
        "• Indicadores: uno por fila, con el código de su OEI y, si es de una AEI, el de su AEI. Códigos con el patrón IND.01.OEI.01 (indicador del OEI) o IND.01.AEI.01.01 (indicador de la AEI).".into(),
        "  Hay una columna «Meta AAAA» por año del plan. En la plantilla vacía, cambie AAAA por el año (p. ej. «Meta 2025») en cada encabezado que use; agregue o quite columnas «Meta …» según los años de su plan. Las columnas «Meta AAAA» vacías se ignoran.".into(),
        "  En un indicador acumulativo, «Forma de las metas» dice si cada meta es la de su año o ya el total acumulado a la fecha. «Agregación semestral» dice cómo se obtiene el valor del año con los semestres (suma, último valor o promedio); vacía, según la unidad.".into(),
        "  Si prefiere una sola hoja, la hoja Indicadores también acepta las columnas «Nombre OEI» y «Nombre AEI» (para crear los objetivos y acciones que no estén en sus hojas) y «Valor obtenido» (el del periodo evaluado) o «Valor obtenido 2022».".into(),
        "• Valores obtenidos: el valor alcanzado por cada indicador en cada periodo (2022, o 2022-S1 y 2022-S2 por semestre). Llene la última columna; las columnas «Indicador» y «Meta del periodo» son solo de referencia.".into(),
        "• Actividades: actividades operativas (AO) e inversiones una por una, cada una con su AEI.".into(),
        "• Centros de costo, Etapas del presupuesto, Asignación por AEI y Ejecución por AEI: las tablas del POI cuando la fuente solo da cifras agregadas, con los totales que declara (los totales van en la hoja Plan). En Asignación y Ejecución, la columna «Fila» dice si la fila es de una AEI o el subtotal de un OEI.".into(),
        format!("• Textos del informe: contexto, conclusiones, recomendaciones, medidas de mejora y los párrafos escritos a mano («{NARRATIVE_PREFIX} OEI.01»). Una celda admite 32 767 caracteres: un texto más largo sigue en las filas siguientes con la misma sección."),
        "• Historial: el registro de cambios de los valores, con su huella. Es de solo lectura: no lo edite (Semáforo detecta cualquier cambio hecho a mano).".into(),
        String::new(),
        "Cómo escribir los datos".into(),
        "• Números: con punto o con coma decimal (12.5 o 12,5); también 1,234.50 o 1.234,50. Sin el símbolo S/ (aunque se acepta). Las cifras en soles no pueden ser negativas.".into(),
        "• Celda vacía = sin información. Nunca escriba 0 para decir «no hay dato»: 0 es un valor y se evalúa como tal.".into(),
        "• Las listas (unidad de medida, sentido, tipo, etapa, Sí/No…) ofrecen sus valores en la celda; también se aceptan sin tildes o en mayúsculas.".into(),
        "• Unidades de medida: Cantidad, Número, Porcentaje, Ratio, Tasa, Índice o Tasa de variación. Un porcentaje va de 0 a 100; una cantidad o un número no tienen decimales; una tasa de variación no baja de -100.".into(),
        "• Años, prioridades y conteos son números enteros.".into(),
        "• Las columnas que la plantilla no conoce se ignoran (Semáforo avisa cuáles). El orden de las columnas no importa; los encabezados se reconocen aunque cambien mayúsculas o tildes.".into(),
        String::new(),
        "Semáforo no envía esta plantilla a ningún lado: todo se lee en su computadora.".into(),
    ];
    v.shrink_to_fit();
    v
}
