//! Which period of the plan is evaluated: any year of the PEI, the whole year or its first
//! semester. A plan file holds targets and values for every year; an evaluation reads one period,
//! the one the file names (`evaluation`), which the user can change.
//!
//! An evaluator's verdict is given for one period and decides no other (`EvaluatorVerdict::period`).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::evaluation::{Evaluation, Options};
use crate::model::{PeriodKind, Plan};

/// Gives every verdict without a period the period the plan evaluates: a file written before
/// verdicts had a period gave them for that one.
pub fn pin_verdicts(plan: &mut Plan) {
    let cutoff = plan.cutoff_key();
    for o in &mut plan.objectives {
        let indicators = o
            .indicators
            .iter_mut()
            .chain(o.actions.iter_mut().flat_map(|a| a.indicators.iter_mut()));
        for v in indicators.filter_map(|i| i.verdict.as_mut()) {
            if v.period.is_none() {
                v.period = Some(cutoff.clone());
            }
        }
    }
}

/// A PEI spans a handful of years; a range wider than this is a typing error, not a plan.
const MAX_YEARS: i32 = 30;

/// The years a period can be chosen from: the plan's, and the evaluated one if it is outside.
pub fn years(plan: &Plan) -> Vec<i32> {
    let (a, b) = (
        plan.plan.start_year.min(plan.plan.end_year),
        plan.plan.start_year.max(plan.plan.end_year),
    );
    let mut out: Vec<i32> = if b.saturating_sub(a) <= MAX_YEARS {
        (a..=b).collect()
    } else {
        Vec::new()
    };
    if !out.contains(&plan.evaluation.year) {
        out.push(plan.evaluation.year);
        crate::sorting::sort(&mut out);
    }
    out
}

/// The plan set to evaluate another period; everything else is kept.
pub fn at(plan: &Plan, year: i32, period: PeriodKind) -> Plan {
    let mut p = plan.clone();
    p.evaluation.year = year;
    p.evaluation.period = period;
    p
}

/// "2024", "el primer semestre de 2024".
pub fn label(year: i32, period: PeriodKind) -> String {
    match period {
        PeriodKind::Anual => year.to_string(),
        PeriodKind::Semestre1 => format!("el primer semestre de {year}"),
    }
}

/// Whether the period is a follow-up (seguimiento) rather than the year's evaluation.
pub fn is_follow_up(plan: &Plan) -> bool {
    plan.evaluation.period == PeriodKind::Semestre1
}

/// The period in a heading: "evaluación 2022", "seguimiento al primer semestre de 2023".
pub fn heading(plan: &Plan) -> String {
    let year = plan.evaluation.year;
    if is_follow_up(plan) {
        format!("seguimiento al primer semestre de {year}")
    } else {
        format!("evaluación {year}")
    }
}

/// The report's title: an annual evaluation, or a first-semester follow-up.
pub fn report_title(plan: &Plan) -> String {
    let year = plan.evaluation.year;
    if is_follow_up(plan) {
        format!(
            "Informe de seguimiento del {} al primer semestre de {year}",
            plan.plan.name
        )
    } else {
        format!(
            "Informe de evaluación de resultados del {}, ejercicio {year}",
            plan.plan.name
        )
    }
}

/// What the report says first about its period.
pub fn report_scope(plan: &Plan) -> String {
    let year = plan.evaluation.year;
    if is_follow_up(plan) {
        format!("Seguimiento: muestra el avance a junio de {year}, comparado con las metas del primer semestre cuando el plan las tiene y, si no, con las del año. No es la evaluación anual, que se hace con los valores de todo {year}.")
    } else {
        format!("Evaluación anual: compara los valores obtenidos en {year} con las metas de ese año.")
    }
}

/// What a planner should know about the period on screen before reading its figures: no target
/// at all for it, or no value obtained yet.
pub fn note(plan: &Plan, ev: &Evaluation) -> Option<String> {
    let total = ev.indicators.len();
    if total == 0 {
        return None;
    }
    let when = label(plan.evaluation.year, plan.evaluation.period);
    let with_target = ev.indicators.iter().filter(|i| i.expected.is_some()).count();
    let with_value = ev.indicators.iter().filter(|i| i.obtained.is_some()).count();
    if with_target == 0 {
        return Some(format!(
            "Ningún indicador tiene meta para {when}: no hay nada que evaluar en ese periodo. Elija otro año o escriba las metas en «Estructura»."
        ));
    }
    if with_value == 0 {
        return Some(format!(
            "Todavía no hay valores obtenidos para {when}: los {total} indicadores están sin información. Escríbalos en «Indicadores»."
        ));
    }
    let without_target = total - with_target;
    (without_target > 0).then(|| {
        format!(
            "{} sin meta para {when}.",
            crate::words::count(without_target as u64, "indicador está", "indicadores están")
        )
    })
}

/// One OEI's figure in one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearFigure {
    pub year: i32,
    /// The OEI's code, or `None` for the institution.
    pub objective: Option<String>,
    pub result_pct: Option<Decimal>,
    pub light: String,
    /// How many of the figure's indicators carry a value that year.
    pub indicators_with_value: usize,
}

/// Every year of the plan evaluated under the plan's rules: the institution's figure and each
/// OEI's, one row each, for the trend and `semaforo evaluate --all-years`.
pub fn by_year(plan: &Plan, period: PeriodKind, options: Options) -> Vec<YearFigure> {
    let mut out = Vec::new();
    for year in years(plan) {
        let ev = crate::trend::rolled_at(plan, year, period, options);
        let with_value = |code: Option<&str>| {
            ev.indicators
                .iter()
                .filter(|i| code.is_none_or(|c| *i.objective == *c) && i.obtained.is_some())
                .count()
        };
        out.push(YearFigure {
            year,
            objective: None,
            result_pct: ev.institution.result_pct,
            light: ev.institution.light.id.to_string(),
            indicators_with_value: with_value(None),
        });
        for o in &ev.objectives {
            out.push(YearFigure {
                year,
                objective: Some(o.code.clone()),
                result_pct: o.result_pct,
                light: o.light.id.to_string(),
                indicators_with_value: with_value(Some(&o.code)),
            });
        }
    }
    out
}
