//! The Spanish words a planner reads and writes for each coded value of the plan file, and the
//! other words (the file's own ids, common variants) also understood on import.

use semaforo_engine::{
    ActivityKind, Aggregation, Direction, EmptyAei, GovernmentLevel, MissingValues, ObjectiveScope, PeriodKind,
    RollupMethod, StageKind, TargetSeries, Unit,
};

use crate::norm::norm;

pub struct Choice<T: 'static> {
    pub value: T,
    /// Written in the template and offered in the cell's drop-down list.
    pub label: &'static str,
    /// Also accepted on import.
    pub also: &'static [&'static str],
}

const fn ch<T>(value: T, label: &'static str, also: &'static [&'static str]) -> Choice<T> {
    Choice { value, label, also }
}

pub static UNITS: &[Choice<Unit>] = &[
    ch(Unit::Cantidad, "Cantidad", &[]),
    ch(Unit::Numero, "Número", &["nro", "n"]),
    ch(Unit::Porcentaje, "Porcentaje", &["%", "por ciento", "porcentual"]),
    ch(Unit::Ratio, "Ratio", &["razon"]),
    ch(Unit::Tasa, "Tasa", &[]),
    ch(Unit::Indice, "Índice", &[]),
    ch(
        Unit::TasaDeVariacion,
        "Tasa de variación",
        &["variacion", "tasa variacion"],
    ),
];

pub static DIRECTIONS: &[Choice<Direction>] = &[
    ch(
        Direction::Ascendente,
        "Ascendente",
        &["creciente", "positivo", "aumentar"],
    ),
    ch(
        Direction::Descendente,
        "Descendente",
        &["decreciente", "negativo", "disminuir", "reducir"],
    ),
    ch(Direction::Maximo, "Máximo", &["tope", "techo"]),
    ch(Direction::Minimo, "Mínimo", &["piso", "mantener"]),
];

pub static LEVELS: &[Choice<GovernmentLevel>] = &[
    ch(GovernmentLevel::Nacional, "Nacional", &["gobierno nacional"]),
    ch(GovernmentLevel::Regional, "Regional", &["gobierno regional"]),
    ch(
        GovernmentLevel::LocalProvincial,
        "Local provincial",
        &["provincial", "municipalidad provincial", "gobierno local provincial"],
    ),
    ch(
        GovernmentLevel::LocalDistrital,
        "Local distrital",
        &["distrital", "municipalidad distrital", "gobierno local distrital"],
    ),
];

pub static PERIODS: &[Choice<PeriodKind>] = &[
    ch(PeriodKind::Anual, "Anual", &["ano", "ano completo"]),
    ch(
        PeriodKind::Semestre1,
        "Primer semestre",
        &[
            "semestre 1",
            "semestre1",
            "s1",
            "i semestre",
            "1er semestre",
            "primer semestre",
        ],
    ),
];

pub static ROLLUPS: &[Choice<RollupMethod>] = &[
    ch(
        RollupMethod::ShareMet,
        "Proporción de indicadores que cumplieron",
        &[
            "share met",
            "proporcion",
            "proporcion de indicadores cumplidos",
            "indicadores cumplidos",
        ],
    ),
    ch(
        RollupMethod::WeightedAdvance,
        "Avance promedio ponderado por relevancia",
        &[
            "weighted advance",
            "promedio ponderado",
            "avance ponderado",
            "avance promedio ponderado",
        ],
    ),
];

pub static MISSING_VALUES: &[Choice<MissingValues>] = &[
    ch(
        MissingValues::CountedAsNotMet,
        "Cuentan como no cumplidos",
        &[
            "counted as not met",
            "no cumplidos",
            "como no cumplidos",
            "cuentan como no cumplido",
            "cuenta como no cumplido",
        ],
    ),
    ch(
        MissingValues::LeftOut,
        "Quedan fuera",
        &[
            "left out",
            "fuera",
            "excluidos",
            "se excluyen",
            "quedan afuera",
            "no cuentan",
        ],
    ),
];

pub static OBJECTIVE_SCOPES: &[Choice<ObjectiveScope>] = &[
    ch(
        ObjectiveScope::OeiAndAei,
        "Indicadores del OEI y de sus AEI",
        &[
            "oei and aei",
            "oei y aei",
            "del oei y de sus aei",
            "indicadores del oei y aei",
        ],
    ),
    ch(
        ObjectiveScope::OeiOnly,
        "Solo indicadores del OEI",
        &[
            "oei only",
            "solo oei",
            "solo del oei",
            "solo los del oei",
            "solo indicadores oei",
        ],
    ),
];

pub static EMPTY_AEIS: &[Choice<EmptyAei>] = &[
    ch(
        EmptyAei::CountedAsZero,
        "Cuenta como 0 %",
        &[
            "counted as zero",
            "cuenta como 0",
            "como 0",
            "0",
            "0 %",
            "cero",
            "cuenta como cero",
        ],
    ),
    ch(
        EmptyAei::LeftOut,
        "Queda fuera",
        &[
            "left out",
            "fuera",
            "excluida",
            "se excluye",
            "queda afuera",
            "no cuenta",
        ],
    ),
];

pub static TARGET_SERIES: &[Choice<TargetSeries>] = &[
    ch(
        TargetSeries::PerPeriod,
        "Meta de cada año",
        &[
            "per period",
            "meta anual",
            "metas anuales",
            "del ano",
            "meta del ano",
            "cada ano",
        ],
    ),
    ch(
        TargetSeries::RunningTotal,
        "Total acumulado a la fecha",
        &[
            "running total",
            "total acumulado",
            "acumulado",
            "acumulada",
            "meta acumulada",
            "metas acumuladas",
        ],
    ),
];

pub static AGGREGATIONS: &[Choice<Aggregation>] = &[
    ch(
        Aggregation::Sum,
        "Suma de semestres",
        &["sum", "suma", "flujo", "suma de los semestres", "s1 + s2"],
    ),
    ch(
        Aggregation::Last,
        "Último valor",
        &[
            "last",
            "ultimo",
            "stock",
            "valor mas reciente",
            "el ultimo",
            "ultimo semestre",
        ],
    ),
    ch(
        Aggregation::Mean,
        "Promedio de semestres",
        &["mean", "promedio", "media", "promedio de los semestres"],
    ),
];

pub static KINDS: &[Choice<ActivityKind>] = &[
    ch(
        ActivityKind::ActividadOperativa,
        "Actividad operativa",
        &["ao", "actividad", "aoi"],
    ),
    ch(
        ActivityKind::Inversion,
        "Inversión",
        &["proyecto", "proyecto de inversion", "pi"],
    ),
];

pub static STAGES: &[Choice<StageKind>] = &[
    ch(StageKind::PoiAprobado, "POI aprobado", &["poi aprobado"]),
    ch(
        StageKind::PoiConsistentePia,
        "POI consistente con el PIA",
        &["poi consistente pia", "poi consistente", "pia"],
    ),
    ch(StageKind::Pim, "PIM", &[]),
    ch(StageKind::Certificacion, "Certificación", &[]),
    ch(StageKind::Compromiso, "Compromiso", &[]),
    ch(StageKind::Devengado, "Devengado", &[]),
    ch(StageKind::Girado, "Girado", &[]),
];

pub static YES_NO: &[Choice<bool>] = &[
    ch(true, "Sí", &["s", "x", "verdadero", "true", "1"]),
    ch(false, "No", &["n", "falso", "false", "0"]),
];

pub static VERDICTS: &[Choice<bool>] = &[
    ch(true, "Cumplió", &["cumplio", "cumplido", "cumple", "si"]),
    ch(false, "No cumplió", &["no cumplio", "no cumplido", "no cumple", "no"]),
];

/// Whether a row of the aggregate tables is an AEI's or the OEI subtotal the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Action,
    ObjectiveSubtotal,
}

pub static ROW_KINDS: &[Choice<RowKind>] = &[
    ch(RowKind::Action, "AEI", &["accion", "fila aei"]),
    ch(
        RowKind::ObjectiveSubtotal,
        "Subtotal OEI",
        &["oei", "subtotal", "total oei", "subtotal del oei"],
    ),
];

/// Which list a column or field takes (for the drop-down and the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Unit,
    Direction,
    Level,
    Period,
    Rollup,
    MissingValues,
    ObjectiveScope,
    EmptyAei,
    TargetSeries,
    Aggregation,
    Kind,
    Stage,
    YesNo,
    Verdict,
    RowKind,
}

pub fn labels(list: List) -> Vec<&'static str> {
    fn of<T>(c: &[Choice<T>]) -> Vec<&'static str> {
        c.iter().map(|c| c.label).collect()
    }
    match list {
        List::Unit => of(UNITS),
        List::Direction => of(DIRECTIONS),
        List::Level => of(LEVELS),
        List::Period => of(PERIODS),
        List::Rollup => of(ROLLUPS),
        List::MissingValues => of(MISSING_VALUES),
        List::ObjectiveScope => of(OBJECTIVE_SCOPES),
        List::EmptyAei => of(EMPTY_AEIS),
        List::TargetSeries => of(TARGET_SERIES),
        List::Aggregation => of(AGGREGATIONS),
        List::Kind => of(KINDS),
        List::Stage => of(STAGES),
        List::YesNo => of(YES_NO),
        List::Verdict => of(VERDICTS),
        List::RowKind => of(ROW_KINDS),
    }
}

/// The label of a value (the first choice holding it).
pub fn label<T: PartialEq + Copy>(choices: &[Choice<T>], value: T) -> &'static str {
    choices.iter().find(|c| c.value == value).map_or("", |c| c.label)
}

/// The value a typed word names, whatever its case and accents; the file's own ids
/// ("tasa_de_variacion") are understood too, since their underscores normalise to spaces.
pub fn parse<T: Copy>(choices: &[Choice<T>], text: &str) -> Option<T> {
    let n = norm(text);
    if n.is_empty() {
        // "%" alone normalises to nothing; it is still a word some lists accept.
        let t = text.trim();
        return choices
            .iter()
            .find(|c| c.also.contains(&t) || c.label == t)
            .map(|c| c.value);
    }
    choices
        .iter()
        .find(|c| norm(c.label) == n || c.also.iter().any(|a| norm(a) == n))
        .map(|c| c.value)
}

/// "Cantidad, Número, …" for a message.
pub fn accepted(choices_labels: &[&str]) -> String {
    choices_labels
        .iter()
        .map(|l| format!("«{l}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn choices_text<T>(choices: &[Choice<T>]) -> String {
    accepted(&choices.iter().map(|c| c.label).collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_ids_and_variants_are_understood() {
        assert_eq!(parse(UNITS, "tasa_de_variacion"), Some(Unit::TasaDeVariacion));
        assert_eq!(parse(UNITS, " NUMERO "), Some(Unit::Numero));
        assert_eq!(parse(UNITS, "%"), Some(Unit::Porcentaje));
        assert_eq!(parse(UNITS, "kg"), None);
        assert_eq!(
            parse(LEVELS, "local_provincial"),
            Some(GovernmentLevel::LocalProvincial)
        );
        assert_eq!(parse(PERIODS, "semestre1"), Some(PeriodKind::Semestre1));
        assert_eq!(parse(ROLLUPS, "weighted_advance"), Some(RollupMethod::WeightedAdvance));
        assert_eq!(
            parse(KINDS, "actividad_operativa"),
            Some(ActivityKind::ActividadOperativa)
        );
        assert_eq!(parse(STAGES, "poi_consistente_pia"), Some(StageKind::PoiConsistentePia));
        assert_eq!(parse(YES_NO, "SI"), Some(true));
        assert_eq!(parse(VERDICTS, "No cumplio"), Some(false));
        assert_eq!(parse(DIRECTIONS, "maximo"), Some(Direction::Maximo));
        assert_eq!(parse(MISSING_VALUES, "left_out"), Some(MissingValues::LeftOut));
        assert_eq!(
            parse(MISSING_VALUES, "counted_as_not_met"),
            Some(MissingValues::CountedAsNotMet)
        );
        assert_eq!(parse(OBJECTIVE_SCOPES, "oei_only"), Some(ObjectiveScope::OeiOnly));
        assert_eq!(parse(OBJECTIVE_SCOPES, "oei_and_aei"), Some(ObjectiveScope::OeiAndAei));
        assert_eq!(parse(EMPTY_AEIS, "counted_as_zero"), Some(EmptyAei::CountedAsZero));
        assert_eq!(parse(EMPTY_AEIS, "CUENTA COMO 0%"), Some(EmptyAei::CountedAsZero));
        assert_eq!(parse(TARGET_SERIES, "running_total"), Some(TargetSeries::RunningTotal));
        assert_eq!(parse(TARGET_SERIES, "per_period"), Some(TargetSeries::PerPeriod));
        assert_eq!(parse(AGGREGATIONS, "ULTIMO VALOR"), Some(Aggregation::Last));
        assert_eq!(parse(AGGREGATIONS, "mean"), Some(Aggregation::Mean));
        assert_eq!(parse(AGGREGATIONS, "según la unidad"), None);
    }

    #[test]
    fn every_label_reads_back_as_its_value() {
        for s in [
            StageKind::PoiAprobado,
            StageKind::PoiConsistentePia,
            StageKind::Pim,
            StageKind::Certificacion,
            StageKind::Compromiso,
            StageKind::Devengado,
            StageKind::Girado,
        ] {
            assert_eq!(label(STAGES, s), s.label());
            assert_eq!(parse(STAGES, s.label()), Some(s));
        }
        for c in UNITS {
            assert_eq!(parse(UNITS, c.label), Some(c.value));
        }
        fn all_read_back<T: Copy + PartialEq + std::fmt::Debug>(choices: &[Choice<T>]) {
            for c in choices {
                assert_eq!(parse(choices, c.label), Some(c.value), "{}", c.label);
                for a in c.also {
                    assert_eq!(parse(choices, a), Some(c.value), "{a}");
                }
            }
        }
        all_read_back(MISSING_VALUES);
        all_read_back(OBJECTIVE_SCOPES);
        all_read_back(EMPTY_AEIS);
        all_read_back(TARGET_SERIES);
        all_read_back(AGGREGATIONS);
    }
}
