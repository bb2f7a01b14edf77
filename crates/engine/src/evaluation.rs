//! The whole evaluation of a plan: a pure function of the plan and the reading chosen.

use std::sync::Arc;

use serde::Serialize;

use crate::budget::{self, Budget};
use crate::checks;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::indicator_eval::{self, IndicatorResult};
use crate::model::{ObjectiveScope, Plan, Settings};
use crate::rollup::{self, GroupHeader, GroupResult, InstitutionResult};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Ignore evaluator verdicts: the numbers alone decide.
    pub strict: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Period evaluated, e.g. "2022".
    pub cutoff: String,
    /// True when evaluator verdicts were ignored.
    pub strict: bool,
    /// Every indicator, in plan order (OEI's own first, then each AEI's).
    pub indicators: Vec<IndicatorResult>,
    /// Every AEI, in plan order.
    pub actions: Vec<GroupResult>,
    pub objectives: Vec<GroupResult>,
    pub institution: InstitutionResult,
    /// Shared with the `WithoutValues` it came from: typing a value does not copy 50,000 AO lines.
    pub budget: Arc<Budget>,
    pub diagnostics: Diagnostics,
}

/// A difference between the reading with evaluator verdicts and the strict one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadingDifference {
    pub path: String,
    pub code: String,
    /// Spanish, with both figures.
    pub message: String,
}

impl Evaluation {
    pub fn indicator(&self, code: &str) -> Option<&IndicatorResult> {
        self.indicators.iter().find(|i| i.code == code)
    }

    pub fn objective(&self, code: &str) -> Option<&GroupResult> {
        self.objectives.iter().find(|o| o.code == code)
    }

    pub fn action(&self, code: &str) -> Option<&GroupResult> {
        self.actions.iter().find(|a| a.code == code)
    }

    /// The indicators a group (an AEI or an OEI) counted, in plan order.
    pub fn members(&self, group: &GroupResult) -> &[IndicatorResult] {
        self.indicators.get(group.indicators_at.clone()).unwrap_or(&[])
    }

    /// A group's indicators by status (met first), each status present once with its
    /// indicators in plan order: "which failed" for an OEI's "¿Cómo?".
    pub fn members_by_status(&self, group: &GroupResult) -> Vec<(crate::Status, Vec<&IndicatorResult>)> {
        let members = self.members(group);
        crate::Status::ALL
            .into_iter()
            .map(|s| (s, members.iter().filter(|i| i.status == s).collect::<Vec<_>>()))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    /// The indicator `code`, looked for first at position `at` (where a screen found it when
    /// it drew the row), so thousands of rows do not each search the list on every edit.
    pub fn indicator_at(&self, at: Option<usize>, code: &str) -> Option<&IndicatorResult> {
        at.and_then(|i| self.indicators.get(i))
            .filter(|r| r.code == code)
            .or_else(|| self.indicator(code))
    }

    /// The OEI `code`, looked for first at position `at` (see [`Evaluation::indicator_at`]).
    pub fn objective_at(&self, at: Option<usize>, code: &str) -> Option<&GroupResult> {
        at.and_then(|i| self.objectives.get(i))
            .filter(|o| o.code == code)
            .or_else(|| self.objective(code))
    }
}

/// The part of an evaluation that obtained values do not change: the budget figures, and the
/// diagnostics of the POI, the plan's structure and the indicators' targets and directions. An
/// app recomputes it only when something other than an obtained value changes and passes it to
/// `evaluate_reusing`.
#[derive(Debug, Clone, PartialEq)]
pub struct WithoutValues {
    pub budget: Arc<Budget>,
    pub diagnostics: Arc<Vec<Diagnostic>>,
}

pub fn evaluate_without_values(plan: &Plan) -> WithoutValues {
    let budget = budget::compute(plan);
    let diagnostics = checks::without_values(plan, &budget);
    WithoutValues {
        budget: Arc::new(budget),
        diagnostics: Arc::new(diagnostics),
    }
}

pub fn evaluate(plan: &Plan, options: Options) -> Evaluation {
    evaluate_reusing(plan, options, &evaluate_without_values(plan))
}

/// The evaluation, reusing a `WithoutValues` computed from this plan's current POI.
pub fn evaluate_reusing(plan: &Plan, options: Options, part: &WithoutValues) -> Evaluation {
    let mut evaluation = evaluate_figures(plan, options, part.budget.clone());
    add_diagnostics(plan, &mut evaluation, part.diagnostics.clone());
    evaluation
}

/// The evaluation's figures (every result, and the budget given), with no diagnostics yet: what
/// a page shows first, while the code of the budget and the checks is still on its way (it
/// passes `Budget::default()` then). `add_diagnostics` completes it.
pub fn evaluate_figures(plan: &Plan, options: Options, budget: Arc<Budget>) -> Evaluation {
    let use_verdicts = plan.settings.use_evaluator_verdicts && !options.strict;
    let rolled = roll_up(plan, &plan.settings, use_verdicts);
    Evaluation {
        cutoff: plan.cutoff_key(),
        strict: !use_verdicts,
        indicators: rolled.indicators,
        actions: rolled.actions,
        objectives: rolled.objectives,
        institution: rolled.institution,
        budget,
        diagnostics: Diagnostics::default(),
    }
}

/// Completes an evaluation of `plan` from `evaluate_figures` with its diagnostics: those that
/// depend on the values, and `without_values` (the diagnostics of a `WithoutValues` of the
/// same POI).
pub fn add_diagnostics(plan: &Plan, evaluation: &mut Evaluation, without_values: Arc<Vec<Diagnostic>>) {
    let by_values = checks::on_values(plan, evaluation);
    evaluation.diagnostics = Diagnostics::new(by_values, without_values);
}

/// Indicators judged and rolled up to AEI, OEI and the institution.
pub struct Rolled {
    pub indicators: Vec<IndicatorResult>,
    pub actions: Vec<GroupResult>,
    pub objectives: Vec<GroupResult>,
    pub institution: InstitutionResult,
}

/// The plan's indicators judged and rolled up under `settings` — the plan's own, or another
/// choice of rules when the *Método* panel asks what the figure would be under it.
pub fn roll_up(plan: &Plan, settings: &Settings, use_verdicts: bool) -> Rolled {
    let ctx = indicator_eval::Context::with_bands(plan, &settings.bands, use_verdicts);
    let rules = rollup::Rules::of(settings, ctx.lights());
    let oei_only = settings.objective_indicators == ObjectiveScope::OeiOnly;

    let mut indicators = evaluate_indicators(plan, &ctx);
    let mut actions = Vec::new();
    let mut objectives = Vec::new();
    let mut next = 0;
    for o in &plan.objectives {
        let first = next;
        next += o.indicators.len();
        let own_end = next;
        for a in &o.actions {
            let start = next;
            next += a.indicators.len();
            let own: Vec<&IndicatorResult> = indicators[start..next].iter().collect();
            let header = GroupHeader {
                code: &a.code,
                name: &a.name,
                path: format!("{}/{}", o.code, a.code),
                responsible: a.responsible.as_deref(),
                priority: a.priority,
            };
            let mut result = rollup::group(header, &own, &rules);
            result.indicators_at = start..next;
            actions.push(result);
        }
        let end = if oei_only { own_end } else { next };
        let counted: Vec<&IndicatorResult> = indicators[first..end].iter().collect();
        let header = GroupHeader {
            code: &o.code,
            name: &o.name,
            path: o.code.clone(),
            responsible: o.responsible.as_deref(),
            priority: o.priority,
        };
        let mut result = if oei_only && counted.is_empty() {
            rollup::without_own_indicators(header, &rules)
        } else {
            rollup::group(header, &counted, &rules)
        };
        // Which indicators were counted is a rule of the plan: the explanation says it first.
        let scope = if oei_only {
            "Cuenta solo los indicadores propios del OEI (regla del plan; sus AEI se evalúan aparte)."
        } else {
            "Cuenta los indicadores del OEI y los de sus AEI (regla del plan)."
        };
        result.explanation = format!("{scope} {}", result.explanation);
        result.indicators_at = first..end;
        objectives.push(result);
    }
    // An indicator without its own responsible unit answers to its AEI's, else its OEI's
    // (walked in plan order, as the results are listed).
    for ((o, action, _), r) in plan.indicators_in_order().zip(indicators.iter_mut()) {
        r.responsible = crate::assign::responsible(r.responsible.as_ref(), action, o);
    }
    let institution = rollup::institution(&objectives, &indicators, settings.rollup, &settings.bands);
    Rolled {
        indicators,
        actions,
        objectives,
        institution,
    }
}

/// Every indicator's result, in plan order (each OEI's own indicators, then each of its AEI's):
/// the step of an evaluation that decides met / not met. Roll-ups and diagnostics come after.
pub fn evaluate_indicators(plan: &Plan, ctx: &indicator_eval::Context) -> Vec<IndicatorResult> {
    let mut out = Vec::with_capacity(plan.indicators_in_order().count());
    for o in &plan.objectives {
        let objective: Arc<str> = o.code.as_str().into();
        for ind in &o.indicators {
            out.push(indicator_eval::evaluate(ind, &objective, None, ctx));
        }
        for a in &o.actions {
            let action: Arc<str> = a.code.as_str().into();
            for ind in &a.indicators {
                out.push(indicator_eval::evaluate(ind, &objective, Some(&action), ctx));
            }
        }
    }
    out
}

/// The plan read with evaluator verdicts and strictly, and every figure that changes.
pub fn compare_readings(with_verdicts: &Evaluation, strict: &Evaluation) -> Vec<ReadingDifference> {
    let mut out = Vec::new();
    for (a, b) in with_verdicts.indicators.iter().zip(&strict.indicators) {
        if a.status != b.status {
            out.push(ReadingDifference {
                path: a.path(),
                code: a.code.clone(),
                message: format!(
                    "{}: con el juicio del evaluador «{}», con los números «{}».",
                    a.code,
                    a.status.label(),
                    b.status.label()
                ),
            });
        }
    }
    let pct_or = crate::decimal_util::pct_or_not_calculable;
    for (a, b) in with_verdicts.objectives.iter().zip(&strict.objectives) {
        if a.result_pct != b.result_pct {
            out.push(ReadingDifference {
                path: a.path.clone(),
                code: a.code.clone(),
                message: format!(
                    "{}: {} con el juicio del evaluador ({} de {} cumplieron), {} con los números ({} de {}).",
                    a.code,
                    pct_or(a.result_pct),
                    a.counts.met,
                    a.judged(),
                    pct_or(b.result_pct),
                    b.counts.met,
                    b.judged()
                ),
            });
        }
    }
    let (a, b) = (&with_verdicts.institution, &strict.institution);
    if a.result_pct != b.result_pct {
        out.push(ReadingDifference {
            path: "institución".into(),
            code: "institución".into(),
            message: format!(
                "Institución: {} con el juicio del evaluador, {} con los números.",
                pct_or(a.result_pct),
                pct_or(b.result_pct)
            ),
        });
    }
    out
}
