//! Consistency diagnostics: every place where the plan contradicts itself or a stated figure
//! differs from the computed one. Both figures are always given.

mod activities;
mod allocation;
mod cost_centres;
mod declared;
mod execution;
mod indicators;
mod structure;

use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;

use crate::budget::{cost_centre_key, Budget, FigureSource};
use crate::decimal_util::pct_or_not_calculable as pct_text;
use crate::decimal_util::{fmt_amount, fmt_pct, fmt_plain, pct, stated_matches, sum};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::direction::{self, DirectionSource};
use crate::evaluation::Evaluation;
use crate::indicator_eval::Status;
use crate::light;
use crate::model::Plan;
use crate::sorting;
use crate::unit_range;

use activities::{activities, stages};
use allocation::allocation_table;
use cost_centres::cost_centre_table;
use declared::declared_results;
use execution::execution_table;
use indicators::{indicator_targets, indicator_values};
use structure::{duplicates, objectives_without_own_indicators, poi_duplicates, settings, structure};

/// Diagnostics that obtained values decide (and the settings'): they change when a value is typed.
pub fn on_values(plan: &Plan, ev: &Evaluation) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    settings(plan, &mut out);
    indicator_values(plan, ev, &mut out);
    declared_results(plan, ev, &mut out);
    objectives_without_own_indicators(plan, &mut out);
    out
}

/// Diagnostics about the plan's structure (repeated codes included), the indicators' targets and
/// directions, the POI and its budget tables: they do not depend on obtained values, so an app can keep them while only values are typed.
pub fn without_values(plan: &Plan, budget: &Budget) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicates(plan, &mut out);
    indicator_targets(plan, &mut out);
    structure(plan, &mut out);
    poi_duplicates(plan, &mut out);
    allocation_table(plan, budget, &mut out);
    execution_table(plan, budget, &mut out);
    cost_centre_table(plan, budget, &mut out);
    activities(plan, &mut out);
    stages(plan, &mut out);
    out
}

fn warn(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Warning, path, msg)
}

fn error(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Error, path, msg)
}

fn info(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Info, path, msg)
}

/// A stated percentage that differs from the computed one: a warning, unless the source merely
/// truncated instead of rounding (then a note, so real differences stand out).
fn pct_mismatch(
    path: String,
    what: String,
    stated: Decimal,
    computed: Option<Decimal>,
    detail: String,
) -> Option<Diagnostic> {
    if computed.is_some_and(|c| stated_matches(stated, c)) {
        return None;
    }
    let truncated = computed.is_some_and(|c| c.trunc_with_scale(stated.scale()) == stated);
    let (severity, tail) = if truncated {
        (
            Severity::Info,
            " El documento trunca el decimal en lugar de redondearlo.",
        )
    } else {
        (Severity::Warning, "")
    };
    Some(
        Diagnostic::new(
            Code::DeclaredPctMismatch,
            severity,
            path,
            format!(
                "{what}: el documento declara {} %, {detail} da {}.{tail}",
                fmt_plain(stated),
                pct_text(computed)
            ),
        )
        .figures(format!("{} %", fmt_plain(stated)), pct_text(computed)),
    )
}

fn amount_mismatch(code: Code, path: String, what: String, stated: Decimal, computed: Decimal) -> Option<Diagnostic> {
    if stated_matches(stated, computed) {
        return None;
    }
    let diff = computed.checked_sub(stated).map(fmt_amount).unwrap_or_default();
    Some(
        warn(
            code,
            path,
            format!(
                "{what}: el documento declara S/ {}, la suma de sus filas da S/ {} (diferencia {diff}).",
                fmt_amount(stated),
                fmt_amount(computed)
            ),
        )
        .figures(fmt_amount(stated), fmt_amount(computed)),
    )
}

fn count_mismatch(code: Code, path: String, what: String, stated: u32, computed: u32) -> Option<Diagnostic> {
    (stated != computed).then(|| {
        warn(
            code,
            path,
            format!("{what}: el documento declara {stated} AO/inversiones, la suma de sus filas da {computed}."),
        )
        .figures(stated.to_string(), computed.to_string())
    })
}
