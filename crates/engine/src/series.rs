//! Which two figures an indicator's verdict compares: the value and the target at the cut-off,
//! made from semesters and past years by the rules the plan states (issue 14, points 4 and 5).
//!
//! - A year's value from its semesters follows the indicator's aggregation: a flow adds S1 + S2,
//!   a stock or rate takes the latest, a mean averages what was reported. Undeclared, the unit
//!   decides: cantidad and número add up, every other unit takes the latest.
//! - A first-semester cut-off compares with the semester target when there is one, else with
//!   the annual target, and says so.
//! - An annual cut-off with only the first semester reported is judged on it and says "solo
//!   primer semestre".
//! - Cumulative indicators add every year's value from the first year with a target to the
//!   cut-off. Targets written per period are added the same way; targets written as running
//!   totals are taken as they are. A past year with a target but no value counts as 0 and is
//!   named; a value in a year without a target is added and named; a value before the first
//!   target is not added and is named.

use rust_decimal::Decimal;

use crate::decimal_util::sum;
use crate::model::{Aggregation, Indicator, PeriodKind, Plan, TargetSeries, Unit};

/// Something the reader of a result must know about how its figures were made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Semester values were combined into a year's value (says how).
    Combined,
    /// A first-semester cut-off compared with the annual target.
    AnnualTargetForSemester,
    /// A year's value rests on its first semester alone.
    OnlyFirstSemester,
    /// A year's value rests on its second semester alone, for a flow or a mean.
    OnlySecondSemester,
    /// A cumulative indicator lacks a past year's value: it counts as 0.
    MissingYearCountedAsZero,
    /// A cumulative indicator has a value in a year without a target: it is added.
    ValueWithoutTarget,
    /// A value before the first year with a target: not added.
    ValueBeforeFirstTarget,
}

impl NoteKind {
    /// Whether the note points at data that may be incomplete (a warning), rather than at how
    /// complete data were read (a note).
    pub fn is_gap(self) -> bool {
        matches!(
            self,
            NoteKind::OnlyFirstSemester | NoteKind::OnlySecondSemester | NoteKind::MissingYearCountedAsZero
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SeriesNote {
    pub kind: NoteKind,
    /// Spanish, a full sentence.
    pub text: String,
}

/// The two figures compared, or why each could not be had, and what was decided on the way.
pub struct Inputs {
    pub expected: Result<Decimal, String>,
    pub obtained: Result<Decimal, String>,
    pub notes: Vec<SeriesNote>,
}

/// The aggregation in force and whether the plan declared it.
pub fn aggregation(ind: &Indicator) -> (Aggregation, bool) {
    match ind.aggregation {
        Some(a) => (a, true),
        None => match ind.unit {
            Unit::Cantidad | Unit::Numero => (Aggregation::Sum, false),
            _ => (Aggregation::Last, false),
        },
    }
}

pub fn aggregation_label(a: Aggregation) -> &'static str {
    match a {
        Aggregation::Sum => "suma de semestres (flujo)",
        Aggregation::Last => "último valor (stock o tasa)",
        Aggregation::Mean => "promedio de semestres",
    }
}

/// The period keys of one evaluation, written once for all its indicators.
pub struct Keys {
    pub year: i32,
    pub period: PeriodKind,
    pub year_key: String,
    pub s1: String,
    pub s2: String,
}

impl Keys {
    pub fn new(plan: &Plan) -> Keys {
        let y = plan.evaluation.year;
        Keys {
            year: y,
            period: plan.evaluation.period,
            year_key: y.to_string(),
            s1: format!("{y}-S1"),
            s2: format!("{y}-S2"),
        }
    }
}

fn note(notes: &mut Vec<SeriesNote>, kind: NoteKind, text: String) {
    notes.push(SeriesNote { kind, text });
}

/// One year's value: the annual figure, or its semesters combined by the aggregation.
fn year_value(ind: &Indicator, year: i32, agg: Aggregation, notes: &mut Vec<SeriesNote>) -> Option<Decimal> {
    if let Some(v) = ind.obtained.get(&year.to_string()) {
        return Some(*v);
    }
    let s1 = ind.obtained.get(&format!("{year}-S1")).copied();
    let s2 = ind.obtained.get(&format!("{year}-S2")).copied();
    match (s1, s2) {
        (Some(a), Some(b)) => {
            let v = match agg {
                Aggregation::Sum => a.checked_add(b),
                Aggregation::Last => Some(b),
                Aggregation::Mean => a.checked_add(b).and_then(|x| x.checked_div(Decimal::TWO)),
            };
            let how = match agg {
                Aggregation::Sum => format!("S1 + S2 = {} + {}", a.normalize(), b.normalize()),
                Aggregation::Last => format!("el del S2, {}", b.normalize()),
                Aggregation::Mean => format!("(S1 + S2) ÷ 2 = ({} + {}) ÷ 2", a.normalize(), b.normalize()),
            };
            note(
                notes,
                NoteKind::Combined,
                format!(
                    "Valor de {year} a partir de sus semestres ({}): {how}.",
                    aggregation_label(agg)
                ),
            );
            v
        }
        (Some(a), None) => {
            note(
                notes,
                NoteKind::OnlyFirstSemester,
                format!(
                    "Solo primer semestre: {year} no tiene valor anual ni del S2; se evalúa con el del S1 ({}).",
                    a.normalize()
                ),
            );
            Some(a)
        }
        (None, Some(b)) => {
            if agg != Aggregation::Last {
                note(
                    notes,
                    NoteKind::OnlySecondSemester,
                    format!(
                        "Solo segundo semestre: {year} no tiene valor del S1; con {} se usa el del S2 ({}).",
                        aggregation_label(agg),
                        b.normalize()
                    ),
                );
            }
            Some(b)
        }
        (None, None) => None,
    }
}

/// The value at the cut-off of a non-cumulative indicator.
fn value_at(ind: &Indicator, keys: &Keys, agg: Aggregation, notes: &mut Vec<SeriesNote>) -> Option<Decimal> {
    match keys.period {
        PeriodKind::Semestre1 => ind.obtained.get(&keys.s1).copied(),
        PeriodKind::Anual => year_value(ind, keys.year, agg, notes),
    }
}

/// The year's target at the cut-off: for a first semester, the semester's own when the plan has
/// one, else the annual one (said in a note).
fn target_at(ind: &Indicator, keys: &Keys, notes: &mut Vec<SeriesNote>) -> Result<Decimal, String> {
    if keys.period == PeriodKind::Semestre1 {
        if let Some(t) = ind.expected.get(&keys.s1) {
            return Ok(*t);
        }
    }
    let t = ind
        .expected
        .get(&keys.year_key)
        .copied()
        .ok_or_else(|| format!("no hay logro esperado para {}", keys.year))?;
    if keys.period == PeriodKind::Semestre1 {
        note(
            notes,
            NoteKind::AnnualTargetForSemester,
            format!(
                "No hay meta del primer semestre: se compara con la meta anual de {} ({}).",
                keys.year,
                t.normalize()
            ),
        );
    }
    Ok(t)
}

/// First year with an annual target; the plan's first year when there is none.
fn first_year(ind: &Indicator, plan: &Plan) -> i32 {
    ind.expected
        .keys()
        .filter_map(|k| k.parse::<i32>().ok())
        .min()
        .unwrap_or(plan.plan.start_year)
}

fn missing_value(plan: &Plan) -> String {
    format!("no se reportó valor obtenido para {}", plan.cutoff_key())
}

pub fn inputs(ind: &Indicator, plan: &Plan, keys: &Keys) -> Inputs {
    let mut notes = Vec::new();
    let (agg, _) = aggregation(ind);
    if !ind.cumulative {
        let expected = target_at(ind, keys, &mut notes);
        let obtained = value_at(ind, keys, agg, &mut notes).ok_or_else(|| missing_value(plan));
        return Inputs {
            expected,
            obtained,
            notes,
        };
    }
    let year = keys.year;
    let from = first_year(ind, plan);
    let has_target = |y: i32| ind.expected.contains_key(&y.to_string());

    let expected = target_at(ind, keys, &mut notes).and_then(|current| match ind.targets {
        TargetSeries::RunningTotal => Ok(current),
        TargetSeries::PerPeriod => {
            let past = (from..year).filter_map(|y| ind.expected.get(&y.to_string()).copied());
            sum(past.chain(std::iter::once(current)))
                .ok_or_else(|| "la suma de metas excede la capacidad numérica".to_string())
        }
    });

    let current = value_at(ind, keys, agg, &mut notes);
    let mut parts = Vec::new();
    for y in from..year {
        match year_value(ind, y, agg, &mut notes) {
            Some(v) => {
                if !has_target(y) {
                    note(
                        &mut notes,
                        NoteKind::ValueWithoutTarget,
                        format!("El valor de {y} se suma aunque ese año no tiene meta."),
                    );
                }
                parts.push(v);
            }
            None if has_target(y) => note(
                &mut notes,
                NoteKind::MissingYearCountedAsZero,
                format!("Falta el valor obtenido de {y}: se suma como 0 (no reportar no suma)."),
            ),
            None => {}
        }
    }
    let earlier: Vec<String> = ind
        .obtained
        .keys()
        .filter(|k| k.get(..4).and_then(|y| y.parse::<i32>().ok()).is_some_and(|y| y < from))
        .cloned()
        .collect();
    if !earlier.is_empty() {
        note(
            &mut notes,
            NoteKind::ValueBeforeFirstTarget,
            format!(
                "No se suma lo reportado antes de la primera meta ({from}): {}.",
                earlier.join(", ")
            ),
        );
    }
    let obtained = match current {
        None => Err(missing_value(plan)),
        Some(c) => {
            parts.push(c);
            sum(parts).ok_or_else(|| "la suma de valores excede la capacidad numérica".to_string())
        }
    };
    Inputs {
        expected,
        obtained,
        notes,
    }
}
