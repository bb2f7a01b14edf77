//! The evaluation as a machine-readable document (what `semaforo evaluate` prints and the app
//! exports). Percentages and amounts are decimal strings rounded to 2 places; the engine keeps
//! full precision internally. Field names are part of the public contract: add, never rename.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::budget::Budget;
use crate::decimal_util::round;
use crate::diagnostic::Diagnostic;
use crate::evaluation::{Evaluation, ReadingDifference};
use crate::indicator_eval::Status;
use crate::model::Plan;
use crate::status_counts::StatusCounts;

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub format_version: u32,
    pub entity: String,
    pub plan: String,
    pub cutoff: String,
    /// True when evaluator verdicts were ignored (`--strict`).
    pub strict: bool,
    pub institution: InstitutionSummary,
    pub objectives: Vec<GroupSummary>,
    pub actions: Vec<GroupSummary>,
    pub indicators: Vec<IndicatorSummary>,
    pub budget: Budget,
    pub diagnostics: Vec<Diagnostic>,
    /// Only with `--compare`: what changes between the reading with verdicts and the strict one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading_differences: Option<Vec<ReadingDifference>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstitutionSummary {
    pub result_pct: Option<Decimal>,
    pub light: String,
    /// Objectives per light id.
    pub light_counts: BTreeMap<String, u32>,
    pub objectives_total: u32,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupSummary {
    pub code: String,
    pub name: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
    /// Unreported indicators counted as not met by the plan's rule.
    pub missing_counted_as_not_met: u32,
    pub result_pct: Option<Decimal>,
    pub light: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorSummary {
    pub code: String,
    pub objective: String,
    pub action: Option<String>,
    pub direction: crate::model::Direction,
    pub expected: Option<Decimal>,
    pub obtained: Option<Decimal>,
    pub advance_pct: Option<Decimal>,
    pub advance_from_baseline_pct: Option<Decimal>,
    pub computed_status: Status,
    pub status: Status,
    pub verdict_applied: bool,
    pub light: String,
}

/// Exports carry exactly two decimals ("75.00"), rounded half away from zero.
fn r2(x: Option<Decimal>) -> Option<Decimal> {
    x.map(|v| {
        let mut r = round(v, 2);
        r.rescale(2);
        r
    })
}

pub fn summarize(plan: &Plan, ev: &Evaluation, differences: Option<Vec<ReadingDifference>>) -> Summary {
    let group = |g: &crate::rollup::GroupResult| GroupSummary {
        code: g.code.clone(),
        name: g.name.clone(),
        counts: g.counts,
        missing_counted_as_not_met: g.missing_counted_as_not_met,
        result_pct: r2(g.result_pct),
        light: g.light.id.to_string(),
    };
    let i = &ev.institution;
    Summary {
        format_version: crate::model::FORMAT_VERSION,
        entity: plan.entity.name.clone(),
        plan: plan.plan.name.clone(),
        cutoff: ev.cutoff.clone(),
        strict: ev.strict,
        institution: InstitutionSummary {
            result_pct: r2(i.result_pct),
            light: i.light.id.to_string(),
            light_counts: i.objective_lights.clone(),
            objectives_total: i.objectives_total,
            counts: i.counts,
        },
        objectives: ev.objectives.iter().map(group).collect(),
        actions: ev.actions.iter().map(group).collect(),
        indicators: ev
            .indicators
            .iter()
            .map(|x| IndicatorSummary {
                code: x.code.clone(),
                objective: x.objective.to_string(),
                action: x.action.as_deref().map(str::to_string),
                direction: x.direction.direction,
                expected: x.expected,
                obtained: x.obtained,
                advance_pct: r2(x.advance_pct),
                advance_from_baseline_pct: r2(x.advance_from_baseline().ok()),
                computed_status: x.computed_status,
                status: x.status,
                verdict_applied: x.verdict_applied,
                light: x.light.id.to_string(),
            })
            .collect(),
        budget: rounded_budget(&ev.budget),
        diagnostics: ev.diagnostics.to_vec(),
        reading_differences: differences,
    }
}

/// Percentages in the budget rounded for export; amounts are already exact cents.
fn rounded_budget(b: &Budget) -> Budget {
    let mut b = b.clone();
    if let Some(a) = &mut b.allocation {
        for o in &mut a.objectives {
            o.share_pct = r2(o.share_pct);
            for l in &mut o.actions {
                l.share_pct = r2(l.share_pct);
                l.share_of_objective_pct = r2(l.share_of_objective_pct);
            }
        }
    }
    if let Some(e) = &mut b.execution {
        e.physical_pct = r2(e.physical_pct);
        for o in &mut e.objectives {
            o.physical_pct = r2(o.physical_pct);
        }
    }
    if let Some(c) = &mut b.cost_centres {
        c.total_pct = r2(c.total_pct);
        for r in &mut c.rows {
            r.execution_pct = r2(r.execution_pct);
        }
    }
    b
}
