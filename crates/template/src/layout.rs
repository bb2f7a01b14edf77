//! The workbook's one description: its sheets in order, each sheet's columns (header, the other
//! headers also understood on import, the note a header carries, width, drop-down list), and the
//! fields of the `Plan` sheet. The writer lays the template out from it and the reader finds
//! columns by it, so the two cannot drift apart.

use std::sync::OnceLock;

use crate::labels::List;
use crate::norm::norm;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SheetId {
    Instructions,
    Plan,
    Bands,
    Objectives,
    Actions,
    Indicators,
    Values,
    Activities,
    CostCentres,
    Stages,
    Allocation,
    Execution,
    Texts,
    History,
}

/// Every column any sheet has; a sheet lists the ones it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Col {
    // Plan
    Field,
    Value,
    Explanation,
    // Semáforo
    BandId,
    BandLabel,
    BandMin,
    BandSymbol,
    BandColour,
    // Items
    Code,
    Name,
    Priority,
    Responsible,
    DeclResult,
    DeclTotal,
    DeclMet,
    DeclNotMet,
    DeclSource,
    OeiCode,
    AeiCode,
    OeiName,
    AeiName,
    // Indicators
    Unit,
    Direction,
    Cumulative,
    /// How a cumulative indicator's yearly targets are written.
    TargetSeries,
    /// How a year's value is made from its semesters.
    Aggregation,
    Relevance,
    BaseYear,
    BaseValue,
    /// Where the `Meta YYYY` columns go (one per year; see `indicator_header`).
    Targets,
    DataSource,
    Notes,
    Verdict,
    Justification,
    // Valores obtenidos
    IndicatorCode,
    IndicatorName,
    Period,
    PeriodTarget,
    Obtained,
    // Actividades
    Kind,
    CostCentre,
    PhysicalUnit,
    PhysicalProgrammed,
    PhysicalExecuted,
    FinancialProgrammed,
    FinancialExecuted,
    // Centros de costo
    AoCount,
    Programmed,
    Executed,
    DeclaredPct,
    // Etapas
    Stage,
    StageSource,
    Amount,
    Investments,
    ActivitiesCount,
    Total,
    // Asignación / Ejecución
    RowKind,
    Description,
    Financial,
    PhysicalPct,
    // Textos
    Section,
    Text,
    // Historial
    Seq,
    At,
    By,
    What,
    Old,
    New,
    Json,
}

pub struct Column {
    pub col: Col,
    pub header: &'static str,
    pub also: &'static [&'static str],
    pub note: &'static str,
    pub width: f64,
    pub list: Option<List>,
    /// False for columns only understood on import (a flat sheet's `Nombre OEI`).
    pub written: bool,
    /// Written for people and skipped on import (a name repeated for reference).
    pub reference: bool,
}

const fn c(col: Col, header: &'static str, also: &'static [&'static str], width: f64, note: &'static str) -> Column {
    Column {
        col,
        header,
        also,
        note,
        width,
        list: None,
        written: true,
        reference: false,
    }
}

impl Column {
    const fn list(mut self, list: List) -> Column {
        self.list = Some(list);
        self
    }
    const fn import_only(mut self) -> Column {
        self.written = false;
        self
    }
    const fn reference(mut self) -> Column {
        self.reference = true;
        self
    }
}

pub struct Sheet {
    pub id: SheetId,
    pub name: &'static str,
    /// Other sheet names (and words of a CSV file's name) meaning this sheet.
    pub also: &'static [&'static str],
    pub columns: &'static [Column],
}

impl Sheet {
    pub fn column(&self, col: Col) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.col == col)
    }
    pub fn written(&self) -> impl Iterator<Item = &'static Column> {
        self.columns.iter().filter(|c| c.written)
    }
    /// Whether a name (a sheet's, or a word group in a file's) names this sheet.
    pub fn named(&self, name: &str) -> bool {
        let n = norm(name);
        norm(self.name) == n || self.also.iter().any(|a| norm(a) == n)
    }
}

// Column notes say what a cell takes; they are the template's in-place help.
const CODE_OEI: &str = "Código del objetivo estratégico institucional, p. ej. OEI.01. Debe estar en la hoja OEI.";
const PRIORITY: &str = "Número entero de prioridad (1 = la más alta). Vacío = sin prioridad.";
const RESPONSIBLE: &str =
    "Unidad orgánica responsable, tal como la escribe la entidad (p. ej. «Gerencia de Planeamiento y Presupuesto»).";
const DECL_RESULT: &str = "Resultado (%) que declara la fuente (p. ej. el informe de evaluación), para compararlo con el que calcula Semáforo. Vacío = no declarado.";
const DECL_TOTAL: &str = "Número de indicadores que la fuente dice evaluar. Vacío = no declarado.";
const DECL_MET: &str = "Número de indicadores que la fuente dice que cumplieron. Vacío = no declarado.";
const DECL_NOT_MET: &str = "Número de indicadores que la fuente dice que no cumplieron. Vacío = no declarado.";
const DECL_SOURCE: &str = "Dónde lo declara la fuente, p. ej. «Sección OEI.01 del informe».";
const AMOUNT: &str =
    "Monto en soles, sin el símbolo S/; punto o coma decimal. No negativo. Vacío = sin información (no es 0).";
const AO_COUNT: &str = "Número entero de actividades operativas e inversiones. Vacío = no indicado.";
const ROW_KIND: &str = "«AEI» para la fila de una acción estratégica; «Subtotal OEI» para el subtotal de un objetivo tal como lo da la fuente (Semáforo lo compara con la suma de sus AEI).";
const ROW_CODE: &str = "Código de la AEI (fila «AEI») o del OEI (fila «Subtotal OEI»).";

pub static SHEETS: &[Sheet] = &[
    Sheet {
        id: SheetId::Instructions,
        name: "Instrucciones",
        also: &["ayuda", "leame", "instructivo"],
        columns: &[],
    },
    Sheet {
        id: SheetId::Plan,
        name: "Plan",
        also: &["datos del plan", "datos generales", "general"],
        columns: &[
            c(Col::Field, "Campo", &["dato", "campos"], 42.0, "El dato del plan. No cambie estos nombres."),
            c(Col::Value, "Valor", &["valores"], 60.0, "Escriba aquí el valor de cada dato. Vacío = no indicado."),
            c(Col::Explanation, "Nota", &["notas", "explicacion", "ayuda"], 90.0, "Qué se escribe en cada dato (solo para leer; no se importa).")
                .reference(),
        ],
    },
    Sheet {
        id: SheetId::Bands,
        name: "Semáforo",
        also: &["bandas", "colores", "semaforos"],
        columns: &[
            c(Col::BandId, "Id", &["identificador", "codigo", "clave"], 12.0, "Identificador corto del color, sin espacios (p. ej. verde). Se usa en los conteos declarados de la hoja Plan."),
            c(Col::BandLabel, "Etiqueta", &["nombre", "texto"], 16.0, "Palabra que acompaña al color (p. ej. Verde)."),
            c(Col::BandMin, "Desde (%)", &["desde", "minimo", "min", "a partir de"], 12.0, "Porcentaje mínimo (incluido) para este color. Un resultado toma el color con el mayor «Desde» que alcanza."),
            c(Col::BandSymbol, "Símbolo", &["simbolo", "signo"], 10.0, "Símbolo que acompaña al color para que no dependa solo del color (p. ej. ●, ▲, ■)."),
            c(Col::BandColour, "Color", &["colour", "color css", "color hex"], 12.0, "Color en formato CSS, p. ej. #1b7f3b."),
        ],
    },
    Sheet {
        id: SheetId::Objectives,
        name: "OEI",
        also: &["objetivos", "objetivos estrategicos", "objetivos estrategicos institucionales"],
        columns: &[
            c(Col::Code, "Código", &["cod", "codigo del oei", "oei codigo"], 12.0, "Código del objetivo, p. ej. OEI.01. Obligatorio y sin repetir."),
            c(Col::Name, "Nombre", &["denominacion", "descripcion", "enunciado", "nombre del oei", "objetivo"], 60.0, "Enunciado del objetivo estratégico institucional. Obligatorio."),
            c(Col::Priority, "Prioridad", &["prioridad del oei"], 10.0, PRIORITY),
            c(Col::Responsible, "Unidad responsable", &["responsable", "unidad organica responsable", "organo responsable"], 30.0, RESPONSIBLE),
            c(Col::DeclResult, "Resultado declarado (%)", &["resultado declarado"], 14.0, DECL_RESULT),
            c(Col::DeclTotal, "Indicadores declarados", &[], 12.0, DECL_TOTAL),
            c(Col::DeclMet, "Cumplidos declarados", &[], 12.0, DECL_MET),
            c(Col::DeclNotMet, "No cumplidos declarados", &[], 12.0, DECL_NOT_MET),
            c(Col::DeclSource, "Fuente de lo declarado", &[], 30.0, DECL_SOURCE),
        ],
    },
    Sheet {
        id: SheetId::Actions,
        name: "AEI",
        also: &["acciones", "acciones estrategicas", "acciones estrategicas institucionales"],
        columns: &[
            c(Col::OeiCode, "Código OEI", &["oei", "cod oei", "codigo del oei"], 12.0, CODE_OEI),
            c(Col::Code, "Código", &["cod", "codigo de la aei", "aei codigo", "codigo aei"], 12.0, "Código de la acción, p. ej. AEI.01.01. Obligatorio y sin repetir."),
            c(Col::Name, "Nombre", &["denominacion", "descripcion", "enunciado", "nombre de la aei", "accion"], 60.0, "Enunciado de la acción estratégica institucional. Obligatorio."),
            c(Col::Priority, "Prioridad", &["prioridad de la aei"], 10.0, PRIORITY),
            c(Col::Responsible, "Unidad responsable", &["responsable", "unidad organica responsable", "organo responsable"], 30.0, RESPONSIBLE),
            c(Col::DeclResult, "Resultado declarado (%)", &["resultado declarado"], 14.0, DECL_RESULT),
            c(Col::DeclTotal, "Indicadores declarados", &[], 12.0, DECL_TOTAL),
            c(Col::DeclMet, "Cumplidos declarados", &[], 12.0, DECL_MET),
            c(Col::DeclNotMet, "No cumplidos declarados", &[], 12.0, DECL_NOT_MET),
            c(Col::DeclSource, "Fuente de lo declarado", &[], 30.0, DECL_SOURCE),
        ],
    },
    Sheet {
        id: SheetId::Indicators,
        name: "Indicadores",
        also: &["indicador", "indicadores del pei", "matriz de indicadores"],
        columns: &[
            c(Col::OeiCode, "Código OEI", &["oei", "cod oei", "codigo del oei"], 12.0, "Código del OEI al que pertenece el indicador (p. ej. OEI.01). Puede quedar vacío si indica la AEI."),
            c(Col::AeiCode, "Código AEI", &["aei", "cod aei", "codigo de la aei"], 13.0, "Código de la AEI a la que pertenece el indicador (p. ej. AEI.01.01). Vacío = indicador del OEI."),
            c(Col::Code, "Código", &["cod", "codigo del indicador", "codigo indicador", "indicador codigo"], 20.0, "Código del indicador: IND.01.OEI.01 para uno del OEI, IND.01.AEI.01.01 para uno de la AEI. Obligatorio y sin repetir."),
            c(Col::Name, "Nombre", &["indicador", "nombre del indicador", "denominacion", "descripcion"], 50.0, "Nombre del indicador. Obligatorio."),
            c(Col::Unit, "Unidad de medida", &["unidad", "um", "u m", "unidad de medida del indicador"], 16.0, "Obligatoria. Cantidad, Número, Porcentaje, Ratio, Tasa, Índice o Tasa de variación.")
                .list(List::Unit),
            c(Col::Direction, "Sentido", &["sentido esperado", "direccion", "sentido del indicador", "tendencia"], 13.0, "Ascendente (más es mejor), Descendente (menos es mejor), Máximo (tope que no se debe pasar) o Mínimo (piso que se debe alcanzar). Vacío = Semáforo lo deduce de las metas.")
                .list(List::Direction),
            c(Col::Cumulative, "Acumulativo", &["acumulado", "es acumulativo"], 12.0, "Sí si el indicador compara sumas desde el primer año con meta; No (o vacío) si compara el valor del año.")
                .list(List::YesNo),
            c(Col::TargetSeries, "Forma de las metas", &["tipo de metas", "metas escritas como", "serie de metas", "forma de la meta"], 18.0, "Solo cuenta en los indicadores acumulativos. «Meta de cada año»: cada meta anual es lo que ese año debe sumar (2021: 10, 2022: 10 → 20 hasta 2022). «Total acumulado a la fecha»: cada meta ya es el total por alcanzar hasta ese año (2021: 10, 2022: 20). Vacío = Meta de cada año.")
                .list(List::TargetSeries),
            c(Col::Aggregation, "Agregación semestral", &["agregacion", "agregacion de semestres", "agregacion de los semestres", "valor del ano segun semestres"], 16.0, "Cómo se obtiene el valor del año a partir de los semestres: «Suma de semestres» (un flujo, S1 + S2: personas capacitadas, licencias emitidas), «Último valor» (un stock o una tasa: cobertura en %, tasa de anemia) o «Promedio de semestres». Vacío = según la unidad (Cantidad y Número se suman; porcentajes, ratios, tasas e índices toman el último valor).")
                .list(List::Aggregation),
            c(Col::Relevance, "Relevancia (1-3)", &["relevancia", "nivel de relevancia"], 11.0, "1 muy relevante, 2 relevante, 3 menos relevante. Vacío = 1. Pesa en el método «avance promedio ponderado»."),
            c(Col::BaseYear, "Línea de base: año", &["ano de linea de base", "lb ano", "ano lb", "ano de la linea de base", "linea de base ano", "linea base ano"], 12.0, "Año de la línea de base (p. ej. 2019). Vacío si no hay línea de base."),
            c(Col::BaseValue, "Línea de base: valor", &["linea de base", "lb", "valor de linea de base", "lb valor", "valor lb", "linea base", "linea base valor"], 12.0, "Valor de la línea de base, en la unidad del indicador. Vacío si no hay línea de base."),
            c(Col::Targets, "Meta AAAA", &[], 11.0, "Meta (logro esperado) del año que dice el encabezado, en la unidad del indicador. Una columna por año; el encabezado debe decir el año (p. ej. «Meta 2025»). Vacío = sin meta ese año (no es 0)."),
            c(Col::Responsible, "Unidad responsable", &["responsable", "unidad organica responsable", "organo responsable"], 30.0, RESPONSIBLE),
            c(Col::DataSource, "Fuente de datos", &["fuente", "fuente de informacion", "medio de verificacion", "fuente de datos del indicador"], 30.0, "De dónde salen los valores del indicador."),
            c(Col::Notes, "Notas", &["nota", "observaciones", "observacion", "comentarios"], 30.0, "Cualquier aclaración sobre el indicador."),
            c(Col::Verdict, "Juicio del evaluador", &["juicio", "juicio del evaluador cumplio", "dictamen"], 14.0, "Solo si el evaluador decide distinto de lo que dicen los números: Cumplió o No cumplió, con su justificación. Vacío = deciden los números.")
                .list(List::Verdict),
            c(Col::Justification, "Justificación del juicio", &["justificacion", "sustento", "sustento del juicio"], 40.0, "Por qué el evaluador decidió así (obligatoria si hay juicio)."),
            c(Col::OeiName, "Nombre OEI", &["nombre del oei", "oei nombre", "objetivo estrategico institucional", "objetivo estrategico"], 40.0, "Nombre del OEI, para crear el objetivo cuando no está en la hoja OEI.")
                .import_only(),
            c(Col::AeiName, "Nombre AEI", &["nombre de la aei", "aei nombre", "accion estrategica institucional", "accion estrategica"], 40.0, "Nombre de la AEI, para crear la acción cuando no está en la hoja AEI.")
                .import_only(),
        ],
    },
    Sheet {
        id: SheetId::Values,
        name: "Valores obtenidos",
        also: &["valores", "obtenidos", "resultados", "valores obtenidos por periodo"],
        columns: &[
            c(Col::IndicatorCode, "Código del indicador", &["codigo", "cod", "codigo indicador", "indicador codigo"], 20.0, "Código del indicador, tal como está en la hoja Indicadores."),
            c(Col::IndicatorName, "Indicador", &["nombre", "nombre del indicador"], 50.0, "Nombre del indicador, solo como referencia (no se importa).")
                .reference(),
            c(Col::Period, "Periodo", &["periodo de evaluacion", "corte", "ano"], 11.0, "Año (2022) o semestre (2022-S1, 2022-S2) del valor. Vacío = el periodo evaluado que dice la hoja Plan."),
            c(Col::PeriodTarget, "Meta del periodo", &["meta", "logro esperado", "meta del ano"], 12.0, "Meta del año, solo como referencia (no se importa; las metas van en la hoja Indicadores).")
                .reference(),
            c(Col::Obtained, "Valor obtenido", &["obtenido", "logrado", "valor logrado", "logro obtenido", "vo", "valor"], 14.0, "Valor alcanzado en el periodo, en la unidad del indicador; punto o coma decimal. Vacío = sin información (no es 0)."),
        ],
    },
    Sheet {
        id: SheetId::Activities,
        name: "Actividades",
        also: &["actividades operativas", "actividades e inversiones", "ao", "poi"],
        columns: &[
            c(Col::Code, "Código", &["cod", "codigo de la ao", "codigo ao", "codigo de actividad"], 18.0, "Código de la actividad operativa o inversión (p. ej. AOI00000100001). Obligatorio y sin repetir."),
            c(Col::Name, "Nombre", &["actividad", "nombre de la actividad", "denominacion", "descripcion"], 45.0, "Nombre de la actividad operativa o inversión. Obligatorio."),
            c(Col::Kind, "Tipo", &["tipo de actividad", "clase"], 18.0, "Actividad operativa o Inversión. Obligatorio.").list(List::Kind),
            c(Col::AeiCode, "Código AEI", &["aei", "cod aei", "codigo de la aei"], 13.0, "Código de la AEI a la que se alinea (p. ej. AEI.01.01). Obligatorio."),
            c(Col::CostCentre, "Centro de costo", &["centro de costos", "codigo del centro de costo", "cc"], 14.0, "Código del centro de costo, p. ej. 03.02.02.06."),
            c(Col::Responsible, "Unidad responsable", &["responsable", "unidad organica responsable", "organo responsable"], 30.0, "Unidad a cargo; vacío = la de su AEI (o la de su OEI)."),
            c(Col::PhysicalUnit, "Unidad de medida física", &["unidad de medida", "unidad fisica", "unidad"], 16.0, "Unidad de la meta física (p. ej. Informe, Acción)."),
            c(Col::PhysicalProgrammed, "Meta física programada", &["meta fisica", "programado fisico", "meta programada", "fisico programado"], 13.0, "Cantidad programada de la meta física; no negativa. Vacío = sin información."),
            c(Col::PhysicalExecuted, "Meta física ejecutada", &["ejecucion fisica", "ejecutado fisico", "meta ejecutada", "fisico ejecutado"], 13.0, "Cantidad ejecutada de la meta física; no negativa. Vacío = sin información (no es 0)."),
            c(Col::FinancialProgrammed, "Programado (S/)", &["programado", "monto programado", "financiero programado"], 16.0, AMOUNT),
            c(Col::FinancialExecuted, "Ejecutado – devengado (S/)", &["ejecutado", "devengado", "monto ejecutado", "ejecutado devengado", "financiero ejecutado"], 16.0, AMOUNT),
        ],
    },
    Sheet {
        id: SheetId::CostCentres,
        name: "Centros de costo",
        also: &["centros", "centro de costo", "centros de costos"],
        columns: &[
            c(Col::Code, "Código", &["cod", "codigo del centro de costo"], 14.0, "Código del centro de costo (p. ej. 03.08.04). Vacío si la fuente no lo da."),
            c(Col::Name, "Nombre", &["centro de costo", "nombre del centro de costo", "denominacion"], 40.0, "Nombre del centro de costo. Obligatorio."),
            c(Col::Responsible, "Unidad responsable", &["responsable", "unidad organica responsable"], 30.0, RESPONSIBLE),
            c(Col::AoCount, "N.° de AO", &["numero de ao", "cantidad de ao", "ao", "nro de ao", "n ao"], 10.0, AO_COUNT),
            c(Col::Programmed, "Programado (S/)", &["programado", "monto programado"], 16.0, AMOUNT),
            c(Col::Executed, "Ejecutado (S/)", &["ejecutado", "devengado", "monto ejecutado"], 16.0, AMOUNT),
            c(Col::DeclaredPct, "% declarado", &["declarado", "porcentaje declarado", "ejecucion declarada"], 12.0, "Porcentaje de ejecución tal como lo imprime la fuente; Semáforo lo compara con el que calcula."),
        ],
    },
    Sheet {
        id: SheetId::Stages,
        name: "Etapas del presupuesto",
        also: &["etapas", "presupuesto", "etapas presupuestales"],
        columns: &[
            c(Col::Stage, "Etapa", &["etapa del presupuesto", "fase"], 28.0, "POI aprobado, POI consistente con el PIA, PIM, Certificación, Compromiso, Devengado o Girado.")
                .list(List::Stage),
            c(Col::StageSource, "Fuente", &["tabla", "fuente de la cifra"], 18.0, "Tabla o documento de donde sale la cifra (p. ej. Tabla N°01). La misma etapa en dos tablas se compara."),
            c(Col::Amount, "Monto (S/)", &["monto", "importe"], 16.0, AMOUNT),
            c(Col::Investments, "Inversiones", &["n de inversiones", "numero de inversiones"], 11.0, "Número de inversiones."),
            c(Col::ActivitiesCount, "Actividades", &["actividades operativas", "n de ao", "numero de ao"], 11.0, "Número de actividades operativas (sin inversiones)."),
            c(Col::Total, "Total", &["total ao e inversiones", "total de ao e inversiones"], 11.0, "Número de actividades operativas e inversiones juntas."),
        ],
    },
    Sheet {
        id: SheetId::Allocation,
        name: "Asignación por AEI",
        also: &["asignacion", "programacion por aei", "asignacion presupuestal"],
        columns: &[
            c(Col::RowKind, "Fila", &["tipo de fila", "nivel"], 14.0, ROW_KIND).list(List::RowKind),
            c(Col::Code, "Código", &["cod", "codigo aei"], 13.0, ROW_CODE),
            c(Col::Description, "Descripción", &["nombre", "denominacion"], 50.0, "El texto de la fila en la fuente, si difiere del nombre de la AEI."),
            c(Col::AoCount, "N.° de AO e inversiones", &["n de ao", "numero de ao", "cantidad de ao", "ao", "n ao"], 12.0, AO_COUNT),
            c(Col::Programmed, "Programado (S/)", &["programado", "monto programado", "asignado"], 16.0, AMOUNT),
        ],
    },
    Sheet {
        id: SheetId::Execution,
        name: "Ejecución por AEI",
        also: &["ejecucion", "seguimiento por aei", "ejecucion fisica y financiera"],
        columns: &[
            c(Col::RowKind, "Fila", &["tipo de fila", "nivel"], 14.0, ROW_KIND).list(List::RowKind),
            c(Col::Code, "Código", &["cod", "codigo aei"], 13.0, ROW_CODE),
            c(Col::Description, "Descripción", &["nombre", "denominacion"], 50.0, "El texto de la fila en la fuente, si difiere del nombre de la AEI."),
            c(Col::Priority, "Prioridad", &[], 10.0, "Prioridad tal como la imprime la fuente en esta fila."),
            c(Col::AoCount, "N.° de AO e inversiones", &["n de ao", "numero de ao", "cantidad de ao", "ao", "n ao"], 12.0, AO_COUNT),
            c(Col::Financial, "Seguimiento financiero (S/)", &["seguimiento financiero", "financiero", "ejecutado", "devengado"], 16.0, AMOUNT),
            c(Col::PhysicalPct, "Ejecución física (%)", &["ejecucion fisica", "avance fisico", "fisico"], 12.0, "Ejecución física anual (%) que informa la fuente; no negativa (puede pasar de 100)."),
        ],
    },
    Sheet {
        id: SheetId::Texts,
        name: "Textos del informe",
        also: &["textos", "informe", "redaccion"],
        columns: &[
            c(Col::Section, "Sección", &["seccion", "apartado", "parte"], 30.0, "Contexto, Conclusiones, Recomendaciones, Medidas de mejora, o «Párrafo: OEI.01» (o «Párrafo: institucion») para un párrafo del informe escrito a mano. Un texto largo sigue en las filas siguientes con la misma sección."),
            c(Col::Text, "Texto", &["contenido", "redaccion"], 120.0, "El texto tal como debe aparecer en el informe."),
        ],
    },
    Sheet {
        id: SheetId::History,
        name: "Historial",
        also: &["historial de cambios", "cambios", "registro de cambios"],
        columns: &[
            c(Col::Seq, "N.°", &["numero", "nro", "n", "seq"], 7.0, "Número del cambio.").reference(),
            c(Col::At, "Fecha", &["cuando"], 20.0, "Cuándo se registró (hora UTC).").reference(),
            c(Col::By, "Quién", &["quien", "autor", "usuario"], 24.0, "Quién lo registró.").reference(),
            c(Col::What, "Qué", &["que", "campo"], 34.0, "Qué valor cambió.").reference(),
            c(Col::Old, "Antes", &["valor anterior"], 12.0, "Valor anterior (vacío = no había).").reference(),
            c(Col::New, "Después", &["despues", "valor nuevo"], 12.0, "Valor nuevo (vacío = se borró).").reference(),
            c(Col::Json, "Registro (JSON)", &["registro", "json"], 60.0, "El cambio completo, con su huella. Es lo que se importa: no lo edite."),
        ],
    },
];

pub fn sheet(id: SheetId) -> &'static Sheet {
    SHEETS.iter().find(|s| s.id == id).unwrap_or(&SHEETS[0])
}

/// What a header cell of a sheet means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Header {
    Col(Col),
    /// `Meta 2022`; `None` is the template's `Meta AAAA`, not yet given its year.
    Target(Option<i32>),
    /// `Meta` alone: the evaluated year's.
    TargetEvaluated,
    /// `Valor obtenido 2022` / `2022-S1`; `None` is `Valor obtenido` alone (the evaluated period).
    Obtained(Option<String>),
    Unknown,
}

/// Headers of a target column: `Meta 2022`, `Logro esperado 2022`…
pub const TARGET_PREFIXES: &[&str] = &["meta", "logro esperado", "valor esperado", "le", "meta programada"];
/// Headers of an obtained-value column on the indicators sheet.
pub const OBTAINED_PREFIXES: &[&str] = &[
    "valor obtenido",
    "obtenido",
    "logrado",
    "valor logrado",
    "logro obtenido",
    "vo",
];
/// The empty template's placeholder year.
pub const YEAR_PLACEHOLDER: &str = "AAAA";

/// The header of the target column of one year.
pub fn target_header(year: &str) -> String {
    format!("Meta {year}")
}

/// Every sheet's headers and synonyms, normalised once: headers are compared for every cell of
/// every candidate header row.
fn normalised_headers(sheet: SheetId) -> &'static [(Col, String)] {
    type Headers = Vec<(Col, String)>;
    static ALL: OnceLock<Vec<(SheetId, Headers)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        SHEETS
            .iter()
            .map(|s| {
                let names = s
                    .columns
                    .iter()
                    .filter(|c| c.col != Col::Targets)
                    .flat_map(|c| {
                        std::iter::once(c.header)
                            .chain(c.also.iter().copied())
                            .map(|h| (c.col, norm(h)))
                    })
                    .collect();
                (s.id, names)
            })
            .collect()
    });
    all.iter()
        .find(|(id, _)| *id == sheet)
        .map_or(&[], |(_, v)| v.as_slice())
}

pub fn recognize(sheet: &Sheet, raw: &str) -> Header {
    let n = norm(raw);
    if n.is_empty() {
        return Header::Unknown;
    }
    if let Some((col, _)) = normalised_headers(sheet.id).iter().find(|(_, h)| *h == n) {
        return Header::Col(*col);
    }
    if sheet.id == SheetId::Indicators {
        for p in TARGET_PREFIXES {
            if n == *p {
                return Header::TargetEvaluated;
            }
            if let Some(rest) = n.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
                if rest == norm(YEAR_PLACEHOLDER) {
                    return Header::Target(None);
                }
                if let Some(y) = year(rest) {
                    return Header::Target(Some(y));
                }
            }
        }
        for p in OBTAINED_PREFIXES {
            if n == *p {
                return Header::Obtained(None);
            }
            if let Some(rest) = n.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) {
                if let Some(k) = period_key(rest) {
                    return Header::Obtained(Some(k));
                }
            }
        }
    }
    Header::Unknown
}

fn year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A period as people write it ("2022", "2022-S1", "2022 s2", "2022S1") in the file's form.
pub fn period_key(text: &str) -> Option<String> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .collect::<String>()
        .to_uppercase();
    match compact.len() {
        4 => year(&compact).map(|y| y.to_string()),
        6 => {
            let (y, s) = compact.split_at_checked(4)?;
            let y = year(y)?;
            matches!(s, "S1" | "S2").then(|| format!("{y}-{s}"))
        }
        _ => None,
    }
}

/// The fields of the `Plan` sheet, one row each, in the order written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    EntityName,
    Level,
    Ejecutora,
    PlanName,
    StartYear,
    EndYear,
    ApprovedBy,
    PlanSource,
    EvalYear,
    EvalPeriod,
    Rollup,
    UseVerdicts,
    ExecutionAlert,
    RollupCap,
    MissingValues,
    ObjectiveIndicators,
    AeiWithoutActivities,
    ForUnit,
    Schema,
    DeclResult,
    /// One row per light id: `Conteo declarado: verde`.
    LightCount,
    DeclObjTotal,
    DeclObjMet,
    DeclSource,
    /// One row per remark: `Nota sobre la fuente`.
    SourceNote,
    AllocTitle,
    AllocCount,
    AllocAmount,
    ExecTitle,
    CostTitle,
    CostCount,
    CostProgrammed,
    CostExecuted,
    CostPct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Year,
    Count,
    /// A figure; `true` when it cannot be negative.
    Figure(bool),
    Choice(List),
}

pub struct PlanField {
    pub field: Field,
    pub label: &'static str,
    pub also: &'static [&'static str],
    pub note: &'static str,
    pub kind: FieldKind,
    pub required: bool,
}

const fn f(field: Field, label: &'static str, kind: FieldKind, required: bool, note: &'static str) -> PlanField {
    PlanField {
        field,
        label,
        also: &[],
        note,
        kind,
        required,
    }
}

impl PlanField {
    const fn also(mut self, also: &'static [&'static str]) -> PlanField {
        self.also = also;
        self
    }
}

/// `Conteo declarado: verde`: the prefix before the light id.
pub const LIGHT_COUNT_PREFIX: &str = "Conteo declarado:";

pub static PLAN_FIELDS: &[PlanField] = &[
    f(Field::EntityName, "Nombre de la entidad", FieldKind::Text, true, "Obligatorio. P. ej. «Municipalidad Distrital de Ejemplo».")
        .also(&["entidad", "nombre de la municipalidad", "institucion"]),
    f(Field::Level, "Nivel de gobierno", FieldKind::Choice(List::Level), true, "Obligatorio. Nacional, Regional, Local provincial o Local distrital.")
        .also(&["nivel"]),
    f(Field::Ejecutora, "Código de unidad ejecutora", FieldKind::Text, false, "Código de la unidad ejecutora en el SIAF (p. ej. 301498).")
        .also(&["unidad ejecutora", "codigo ejecutora", "ejecutora"]),
    f(Field::PlanName, "Nombre del plan", FieldKind::Text, true, "Obligatorio. P. ej. «Plan Estratégico Institucional 2021-2025».")
        .also(&["plan"]),
    f(Field::StartYear, "Año de inicio", FieldKind::Year, true, "Obligatorio. Primer año del plan (p. ej. 2021).")
        .also(&["ano inicial", "desde", "inicio"]),
    f(Field::EndYear, "Año de fin", FieldKind::Year, true, "Obligatorio. Último año del plan (p. ej. 2025).")
        .also(&["ano final", "hasta", "fin", "ano de termino"]),
    f(Field::ApprovedBy, "Documento de aprobación", FieldKind::Text, false, "Documento que aprueba el plan, p. ej. «Resolución de Alcaldía N° 749-2020-MPI».")
        .also(&["aprobado con", "aprobado por", "documento que aprueba"]),
    f(Field::PlanSource, "Fuente del plan", FieldKind::Text, false, "De dónde salen las cifras (informe, resolución, fecha).")
        .also(&["fuente de las cifras", "fuente"]),
    f(Field::EvalYear, "Año evaluado", FieldKind::Year, true, "Obligatorio. Año que se evalúa (p. ej. 2022).")
        .also(&["ano de evaluacion", "ejercicio", "ano del ejercicio"]),
    f(Field::EvalPeriod, "Periodo evaluado", FieldKind::Choice(List::Period), false, "Anual o Primer semestre. Vacío = Anual.")
        .also(&["periodo", "corte"]),
    f(Field::Rollup, "Método de consolidación", FieldKind::Choice(List::Rollup), false, "Cómo se pasa de los indicadores al resultado de AEI, OEI e institución. Vacío = proporción de indicadores que cumplieron (el método del informe de CEPLAN).")
        .also(&["metodo", "metodo de calculo"]),
    f(Field::UseVerdicts, "Usar juicios del evaluador", FieldKind::Choice(List::YesNo), false, "Sí: el juicio del evaluador reemplaza al cálculo donde lo hay. No: deciden solo los números (lectura estricta). Vacío = Sí.")
        .also(&["juicios del evaluador", "usar juicios"]),
    f(Field::ExecutionAlert, "Alerta de ejecución (%)", FieldKind::Figure(true), false, "Ejecuciones por encima de este porcentaje se señalan como inverosímiles. Vacío = 150.")
        .also(&["alerta de ejecucion"]),
    f(Field::RollupCap, "Tope del avance en la consolidación (%)", FieldKind::Figure(true), false, "En el método ponderado, cuánto puede contar como máximo el avance de un indicador (p. ej. 100). Vacío = sin tope.")
        .also(&["tope del avance", "tope"]),
    f(Field::MissingValues, "Indicadores sin valor obtenido", FieldKind::Choice(List::MissingValues), false, "Cómo cuenta en la consolidación un indicador sin valor obtenido (que siempre se muestra como «sin información», nunca como 0). «Cuentan como no cumplidos»: avance 0, así no informar nunca sube un resultado (la regla del informe de referencia). «Quedan fuera»: no entran en la consolidación y se cuentan aparte. Vacío = Cuentan como no cumplidos.")
        .also(&["indicadores sin valor", "indicadores sin informacion", "valores faltantes", "sin informacion"]),
    f(Field::ObjectiveIndicators, "Indicadores del resultado del OEI", FieldKind::Choice(List::ObjectiveScope), false, "Qué indicadores forman el resultado de un OEI. «Indicadores del OEI y de sus AEI» (como el informe de Ilo) o «Solo indicadores del OEI» (las AEI se evalúan aparte, como en las tablas de seguimiento de CEPLAN). Vacío = Indicadores del OEI y de sus AEI.")
        .also(&["indicadores del oei", "alcance del oei", "resultado del oei"]),
    f(Field::AeiWithoutActivities, "AEI sin actividades", FieldKind::Choice(List::EmptyAei), false, "Cómo cuenta en la ejecución física de su OEI una AEI sin AO ni inversiones. «Cuenta como 0 %»: no avanzó (así imprime esas filas la Tabla 04 del informe de referencia). «Queda fuera»: no entra en el promedio del OEI. Vacío = Cuenta como 0 %.")
        .also(&["aei sin ao", "aei sin actividades ni inversiones", "aei sin ao ni inversiones"]),
    f(Field::ForUnit, "Copia para la unidad", FieldKind::Text, false, "Solo en la copia enviada a una unidad: el nombre de esa unidad. Vacío = el plan de la oficina.")
        .also(&["copia para", "unidad de la copia"]),
    f(Field::Schema, "Esquema JSON ($schema)", FieldKind::Text, false, "Dirección del esquema JSON del archivo de plan; puede quedar vacío.")
        .also(&["schema", "esquema", "esquema json"]),
    f(Field::DeclResult, "Resultado institucional declarado (%)", FieldKind::Figure(true), false, "El resultado de la institución que declara la fuente, para compararlo con el calculado.")
        .also(&["resultado declarado", "resultado institucional declarado"]),
    f(Field::LightCount, LIGHT_COUNT_PREFIX, FieldKind::Count, false, "Cuántos OEI declara la fuente en este color (el id del color va tras los dos puntos, como en la hoja Semáforo)."),
    f(Field::DeclObjTotal, "Indicadores de OEI declarados", FieldKind::Count, false, "Cuántos indicadores de OEI (sin los de AEI) dice la fuente que se evaluaron.")
        .also(&["indicadores oei declarados"]),
    f(Field::DeclObjMet, "Indicadores de OEI cumplidos declarados", FieldKind::Count, false, "Cuántos de ellos dice la fuente que cumplieron.")
        .also(&["indicadores oei cumplidos declarados"]),
    f(Field::DeclSource, "Fuente de lo declarado", FieldKind::Text, false, "Dónde declara la fuente estas cifras (p. ej. «Resumen Ejecutivo»)."),
    f(Field::SourceNote, "Nota sobre la fuente", FieldKind::Text, false, "Una contradicción de la fuente que Semáforo no puede ver por sí mismo. Una fila por nota; repita el campo para agregar otra.")
        .also(&["nota de la fuente", "observacion sobre la fuente"]),
    f(Field::AllocTitle, "Asignación por AEI: título", FieldKind::Text, false, "Nombre de la tabla de la fuente (p. ej. «Tabla N°03»), para los mensajes.")
        .also(&["titulo de la asignacion"]),
    f(Field::AllocCount, "Asignación por AEI: total declarado de AO", FieldKind::Count, false, "Total de AO e inversiones que da la fuente para la tabla de asignación."),
    f(Field::AllocAmount, "Asignación por AEI: total declarado (S/)", FieldKind::Figure(true), false, "Monto total que da la fuente para la tabla de asignación."),
    f(Field::ExecTitle, "Ejecución por AEI: título", FieldKind::Text, false, "Nombre de la tabla de la fuente (p. ej. «Tabla N°04»).")
        .also(&["titulo de la ejecucion"]),
    f(Field::CostTitle, "Centros de costo: título", FieldKind::Text, false, "Nombre de la tabla de la fuente (p. ej. «Tabla N°05»).")
        .also(&["titulo de centros de costo"]),
    f(Field::CostCount, "Centros de costo: total declarado de AO", FieldKind::Count, false, "Total de AO que da la fuente para la tabla de centros de costo."),
    f(Field::CostProgrammed, "Centros de costo: total programado declarado (S/)", FieldKind::Figure(true), false, "Total programado que da la fuente."),
    f(Field::CostExecuted, "Centros de costo: total ejecutado declarado (S/)", FieldKind::Figure(true), false, "Total ejecutado que da la fuente."),
    f(Field::CostPct, "Centros de costo: % de ejecución declarado", FieldKind::Figure(true), false, "Porcentaje de ejecución total que da la fuente."),
];

pub fn plan_field(field: Field) -> &'static PlanField {
    PLAN_FIELDS.iter().find(|p| p.field == field).unwrap_or(&PLAN_FIELDS[0])
}

/// The field a `Campo` cell names, with the light id of a `Conteo declarado: …` row.
pub fn recognize_field(raw: &str) -> Option<(&'static PlanField, Option<String>)> {
    let n = norm(raw);
    let prefix = norm(LIGHT_COUNT_PREFIX);
    if n == prefix || n.starts_with(&format!("{prefix} ")) {
        let id = raw
            .split_once(':')
            .map(|(_, id)| id.trim().to_string())
            .unwrap_or_default();
        return Some((plan_field(Field::LightCount), Some(id)));
    }
    PLAN_FIELDS
        .iter()
        .filter(|p| p.field != Field::LightCount)
        .find(|p| norm(p.label) == n || p.also.iter().any(|a| norm(a) == n))
        .map(|p| (p, None))
}

/// The texts of the report, by their `Sección` word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Context,
    Conclusions,
    Recommendations,
    Improvement,
    /// A narrative paragraph written by hand, keyed by objective code or "institucion".
    Narrative(String),
}

pub const SECTION_CONTEXT: &str = "Contexto";
pub const SECTION_CONCLUSIONS: &str = "Conclusiones";
pub const SECTION_RECOMMENDATIONS: &str = "Recomendaciones";
pub const SECTION_IMPROVEMENT: &str = "Medidas de mejora";
pub const NARRATIVE_PREFIX: &str = "Párrafo:";

pub fn section_label(s: &Section) -> String {
    match s {
        Section::Context => SECTION_CONTEXT.into(),
        Section::Conclusions => SECTION_CONCLUSIONS.into(),
        Section::Recommendations => SECTION_RECOMMENDATIONS.into(),
        Section::Improvement => SECTION_IMPROVEMENT.into(),
        Section::Narrative(k) => format!("{NARRATIVE_PREFIX} {k}"),
    }
}

pub fn recognize_section(raw: &str) -> Option<Section> {
    let n = norm(raw);
    let prefix = norm(NARRATIVE_PREFIX);
    if n.starts_with(&format!("{prefix} ")) || n == prefix {
        let key = raw
            .split_once(':')
            .map(|(_, k)| k.trim().to_string())
            .unwrap_or_default();
        return (!key.is_empty()).then_some(Section::Narrative(key));
    }
    match n.as_str() {
        "contexto" => Some(Section::Context),
        "conclusiones" | "conclusion" => Some(Section::Conclusions),
        "recomendaciones" | "recomendacion" => Some(Section::Recommendations),
        "medidas de mejora" | "medidas para mejorar" | "mejoras" => Some(Section::Improvement),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_with_synonyms_and_years() {
        let ind = sheet(SheetId::Indicators);
        assert_eq!(recognize(ind, "UNIDAD"), Header::Col(Col::Unit));
        assert_eq!(recognize(ind, " Sentido esperado "), Header::Col(Col::Direction));
        assert_eq!(recognize(ind, "Logro esperado 2023"), Header::Target(Some(2023)));
        assert_eq!(recognize(ind, "Meta AAAA"), Header::Target(None));
        assert_eq!(recognize(ind, "Meta"), Header::TargetEvaluated);
        assert_eq!(recognize(ind, "Logrado"), Header::Obtained(None));
        assert_eq!(
            recognize(ind, "Valor obtenido 2022-S1"),
            Header::Obtained(Some("2022-S1".into()))
        );
        assert_eq!(recognize(ind, "Relevancia"), Header::Col(Col::Relevance));
        assert_eq!(recognize(ind, "forma de las metas"), Header::Col(Col::TargetSeries));
        assert_eq!(recognize(ind, "Agregación"), Header::Col(Col::Aggregation));
        assert_eq!(recognize(ind, "LB"), Header::Col(Col::BaseValue));
        assert_eq!(recognize(ind, "Meta física"), Header::Unknown);
        let values = sheet(SheetId::Values);
        assert_eq!(recognize(values, "Meta del periodo"), Header::Col(Col::PeriodTarget));
        assert_eq!(recognize(values, "Logrado"), Header::Col(Col::Obtained));
    }

    #[test]
    fn every_written_header_reads_back_as_its_column_and_sheet_names_fit_excel() {
        for s in SHEETS {
            assert!(s.name.chars().count() <= 31, "{}", s.name);
            assert!(s.named(s.name));
            for c in s.columns.iter().filter(|c| c.col != Col::Targets) {
                assert_eq!(recognize(s, c.header), Header::Col(c.col), "{} › {}", s.name, c.header);
                for a in c.also {
                    assert_eq!(recognize(s, a), Header::Col(c.col), "{} › {a}", s.name);
                }
            }
        }
        for p in PLAN_FIELDS.iter().filter(|p| p.field != Field::LightCount) {
            assert_eq!(
                recognize_field(p.label).map(|(f, _)| f.field),
                Some(p.field),
                "{}",
                p.label
            );
        }
        assert_eq!(
            recognize_field("Conteo declarado: naranja").map(|(f, id)| (f.field, id)),
            Some((Field::LightCount, Some("naranja".to_string())))
        );
    }

    #[test]
    fn periods_as_people_write_them() {
        assert_eq!(period_key("2022").as_deref(), Some("2022"));
        assert_eq!(period_key("2022-s1").as_deref(), Some("2022-S1"));
        assert_eq!(period_key(" 2022 S2 ").as_deref(), Some("2022-S2"));
        assert_eq!(period_key("2022-S3"), None);
        assert_eq!(period_key("22"), None);
        // Six bytes that are not six characters: no cut inside a character.
        assert_eq!(period_key("ñ€0"), None);
    }

    #[test]
    fn sections() {
        assert_eq!(
            recognize_section("Párrafo: OEI.01"),
            Some(Section::Narrative("OEI.01".into()))
        );
        assert_eq!(
            recognize_section("parrafo: institucion"),
            Some(Section::Narrative("institucion".into()))
        );
        assert_eq!(recognize_section("MEDIDAS DE MEJORA"), Some(Section::Improvement));
        assert_eq!(recognize_section("Otra"), None);
    }
}
