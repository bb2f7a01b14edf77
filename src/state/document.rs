//! The plan on screen with the user's edits, and what is derived from it: the evaluation, the
//! trend, diagnostics by row. Every change goes through here, so undo, the change log and the
//! evaluation's reused part stay in step.

use std::collections::HashMap;

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::evaluation::evaluate_figures;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history::Stamp;
use semaforo_engine::structure::{self, PlanEdit};
use semaforo_engine::trend::{self, Trend};
use semaforo_engine::{Evaluation, Options, Plan};

use super::Notices;
use crate::components::Unavailable;
use crate::{identity, review};

/// The figures an obtained value's edit moves, as they were before it; the figures after it are
/// the evaluation on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct EditEffect {
    pub indicator: String,
    pub objective: String,
    pub objective_before: Option<Decimal>,
    pub institution_before: Option<Decimal>,
}

/// One step of undo or redo: the edit that takes it back, and what it was, for the button's title.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub edit: PlanEdit,
    pub summary: String,
}

/// Diagnostic messages by row id, from the POI's part and from the rest of the evaluation.
#[derive(Clone, Copy)]
pub struct RowDiagnostics {
    budget_rows: Memo<HashMap<String, Vec<String>>>,
    value_rows: Memo<HashMap<String, Vec<String>>>,
}

impl RowDiagnostics {
    /// The messages about one row (tracked: a row's mark follows every edit).
    pub fn of(&self, anchor: &str) -> Vec<String> {
        let mut out = self.value_rows.with(|m| m.get(anchor).cloned().unwrap_or_default());
        self.budget_rows
            .with(|m| out.extend(m.get(anchor).into_iter().flatten().cloned()));
        out
    }
}

#[derive(Clone, Copy)]
pub struct Document {
    /// The plan on screen, with the user's edits. The only copy of the user's data in memory.
    /// Read-only outside this file: every change goes through `replace`, `apply`, `record` or
    /// `edit`, which keep undo, the log and the evaluation's reused part in step.
    pub plan: ReadSignal<Option<Plan>>,
    write_plan: WriteSignal<Option<Plan>>,
    /// Changes when a different plan is opened (not on edits), so rows and fields re-create.
    pub plan_rev: RwSignal<u64>,
    /// Ignore evaluator verdicts: the numbers alone decide.
    pub strict: RwSignal<bool>,
    /// The evaluation of the plan on screen.
    pub evaluation: Memo<Option<Evaluation>>,
    /// Every period with values, for the trend. Read only where the trend is drawn, so an edit
    /// elsewhere never pays for evaluating every year.
    pub trend: Memo<Option<Trend>>,
    /// The person's or unit's name, logged with every value they change.
    pub user_name: RwSignal<String>,
    /// Diagnostic messages by the id of the row they concern, so each row finds its own without
    /// scanning every diagnostic (a large plan has tens of thousands).
    pub diagnostics_by_row: RowDiagnostics,
    /// Edits that undo the session's last changes, newest last; and those that redo undone ones.
    pub undo: RwSignal<Vec<Step>>,
    pub redo: RwSignal<Vec<Step>>,
    /// Bumped by each undo and redo: fields that keep their own typed text read the plan again.
    pub stepped: RwSignal<u64>,
    /// The figures as they were before the value last typed, so *Indicadores* can show what
    /// the edit moved without leaving the row.
    pub last_effect: RwSignal<Option<EditEffect>>,
    /// Bumped by every change except typing an obtained value, so the POI's part of the
    /// evaluation is reused while values are typed.
    poi_rev: RwSignal<u64>,
    /// Whether the code of the budget and the checks is here (src/review.rs).
    review_here: RwSignal<bool>,
    /// Where a refused edit or an undo is reported.
    notices: Notices,
}

/// Steps kept for undo: a session's worth of work, without holding deleted objectives forever.
const UNDO_DEPTH: usize = 200;

impl Document {
    pub fn new(notices: Notices) -> Self {
        let (plan, write_plan) = signal(None::<Plan>);
        let strict = RwSignal::new(false);
        let poi_rev = RwSignal::new(0u64);
        // The POI's figures and diagnostics are recomputed only when something other than an
        // obtained value changes: on a regional plan they are most of an evaluation's work.
        // The POI's budget figures and diagnostics are recomputed only when something other than
        // an obtained value changes: on a regional plan they are most of an evaluation's work.
        // The first figures are drawn before their code is here (src/review.rs).
        let review_here = RwSignal::new(!cfg!(feature = "split"));
        let without_values = Memo::new(move |_| {
            poi_rev.track();
            if !review_here.get() {
                return None;
            }
            plan.with_untracked(|p| p.as_ref().and_then(review::without_values))
        });
        let evaluation = Memo::new(move |_| {
            let strict = strict.get();
            plan.with(|p| {
                let p = p.as_ref()?;
                without_values.with(|part| {
                    let budget = part.as_ref().map(|w| w.budget.clone()).unwrap_or_default();
                    let mut evaluation = evaluate_figures(p, Options { strict }, budget);
                    if let Some(w) = part {
                        review::complete(p, &mut evaluation, w.diagnostics.clone());
                    }
                    Some(evaluation)
                })
            })
        });
        let trend = Memo::new(move |_| {
            let strict = strict.get();
            plan.with(|p| p.as_ref().map(|p| trend::trend(p, Options { strict })))
        });
        // Indexed in two parts like the evaluation: the POI's many diagnostics once per POI
        // change, the rest on every edit.
        let index = |list: &[semaforo_engine::Diagnostic]| {
            let mut map: HashMap<String, Vec<String>> = HashMap::new();
            for d in list {
                map.entry(crate::format::anchor(&d.row()))
                    .or_default()
                    .push(d.message.clone());
            }
            map
        };
        let budget_rows =
            Memo::new(move |_| without_values.with(|w| w.as_ref().map(|w| index(&w.diagnostics)).unwrap_or_default()));
        let value_rows = Memo::new(move |_| {
            evaluation.with(|e| e.as_ref().map(|e| index(e.diagnostics.by_values())).unwrap_or_default())
        });
        let diagnostics_by_row = RowDiagnostics {
            budget_rows,
            value_rows,
        };
        Document {
            plan,
            write_plan,
            plan_rev: RwSignal::new(0),
            strict,
            evaluation,
            trend,
            user_name: RwSignal::new(identity::load_name()),
            diagnostics_by_row,
            undo: RwSignal::new(Vec::new()),
            redo: RwSignal::new(Vec::new()),
            stepped: RwSignal::new(0),
            last_effect: RwSignal::new(None),
            poi_rev,
            review_here,
            notices,
        }
    }

    /// Whether the evaluation on screen carries its budget figures and diagnostics (tracked):
    /// false until their code has come (see `fetch_review`).
    pub fn review_here(&self) -> bool {
        self.review_here.get()
    }

    /// Downloads the code of the budget and the checks (once); from then on the evaluation
    /// carries both.
    pub async fn fetch_review(self) -> Result<(), Unavailable> {
        if !self.review_here.get_untracked() {
            review::fetch().await?;
            self.review_here.try_set(true);
        }
        Ok(())
    }

    /// Puts a different plan on screen, or none: undo and the last edit's effect belonged to
    /// the plan they were made on, and go with it.
    pub fn replace(&self, plan: Option<Plan>) {
        self.write_plan.set(plan);
        self.poi_rev.update(|r| *r += 1);
        self.plan_rev.update(|r| *r += 1);
        self.last_effect.set(None);
        self.undo.set(Vec::new());
        self.redo.set(Vec::new());
    }

    /// Applies an edit to the plan on screen.
    pub fn edit(&self, f: impl FnOnce(&mut Plan)) {
        self.edit_values(f);
        self.poi_rev.update(|r| *r += 1);
    }

    /// An edit that changes obtained values only (the POI's evaluation is kept).
    fn edit_values(&self, f: impl FnOnce(&mut Plan)) {
        self.write_plan.update(|p| {
            if let Some(p) = p.as_mut() {
                f(p)
            }
        });
    }

    /// Who and when, for the change log.
    pub fn stamp(&self) -> Stamp {
        let name = self.user_name.get_untracked();
        Stamp {
            by: if name.trim().is_empty() {
                identity::UNNAMED.to_string()
            } else {
                name.trim().to_string()
            },
            at: identity::now_iso(),
        }
    }

    /// Sets a value the user typed and logs who changed it, from what, when (undoable).
    pub fn record(&self, field: &FieldRef, value: Option<Decimal>) {
        if let FieldRef::Obtained { indicator, .. } = field {
            // Keystrokes into one field are one edit: its "before" is from before the first.
            let same = self
                .last_effect
                .with_untracked(|e| e.as_ref().is_some_and(|e| e.indicator == *indicator));
            if !same {
                let before = self.evaluation.with_untracked(|e| {
                    let e = e.as_ref()?;
                    let objective = e.indicator(indicator)?.objective.to_string();
                    Some(EditEffect {
                        indicator: indicator.clone(),
                        objective_before: e.objective(&objective).and_then(|o| o.result_pct),
                        objective,
                        institution_before: e.institution.result_pct,
                    })
                });
                self.last_effect.set(before);
            }
        }
        if let Err(e) = self.apply(PlanEdit::Value(field.clone(), value)) {
            self.notices.warn(e);
        }
    }

    /// The value of a field in the plan on screen, read when asked (not tracked).
    pub fn reader(&self, field: FieldRef) -> Callback<(), Option<Decimal>> {
        let plan = self.plan;
        Callback::new(move |_| plan.with_untracked(|p| p.as_ref().and_then(|p| field.read(p)).flatten()))
    }

    /// Adds `item` at the end of `parent`'s list, as one checked, logged, undoable edit.
    pub fn append(&self, parent: structure::Parent, item: structure::Item) -> Result<(), String> {
        self.apply(PlanEdit::Insert {
            parent,
            index: usize::MAX,
            item,
        })
    }

    /// Makes one change to the plan on screen through the engine (checked, logged) and keeps
    /// its undo. Keystrokes into one field are one step: the first one's undo is kept.
    pub fn apply(&self, edit: PlanEdit) -> Result<(), String> {
        let values_only = matches!(&edit, PlanEdit::Value(FieldRef::Obtained { .. }, _));
        let same_field = match &edit {
            PlanEdit::Value(f, _) => self
                .undo
                .with_untracked(|u| matches!(u.last(), Some(Step { edit: PlanEdit::Value(g, _), .. }) if g == f)),
            _ => false,
        };
        let step = self.change(edit, values_only)?;
        if !same_field {
            self.undo.update(|u| {
                u.push(step);
                if u.len() > UNDO_DEPTH {
                    u.remove(0);
                }
            });
        }
        self.redo.update(|r| r.clear());
        Ok(())
    }

    fn change(&self, edit: PlanEdit, values_only: bool) -> Result<Step, String> {
        let stamp = self.stamp();
        let mut result = Err("No hay plan abierto.".to_string());
        let cutoff = |plan: &ReadSignal<Option<Plan>>| plan.with_untracked(|p| p.as_ref().map(Plan::cutoff_key));
        let before = cutoff(&self.plan);
        let apply = |p: &mut Plan| result = crate::plan_edits::apply(p, edit, &stamp);
        if values_only {
            self.edit_values(apply);
        } else {
            self.edit(apply);
        }
        if cutoff(&self.plan) != before {
            // Every value field is bound to the period it was drawn for: another period draws
            // them again, so nothing typed lands in the period no longer on screen.
            self.plan_rev.update(|r| *r += 1);
            self.last_effect.set(None);
        }
        result.map(|a| Step {
            edit: a.undo,
            summary: a.summary,
        })
    }

    /// Takes back the last change (`redo == false`) or puts back the last undone one.
    pub fn step_back(&self, redo: bool) {
        let (from, to) = if redo {
            (self.redo, self.undo)
        } else {
            (self.undo, self.redo)
        };
        let Some(step) = from.try_update(|s| s.pop()).flatten() else {
            return;
        };
        self.last_effect.set(None);
        let values_only = matches!(&step.edit, PlanEdit::Value(FieldRef::Obtained { .. }, _));
        let result = self.change(step.edit, values_only);
        self.stepped.update(|n| *n += 1);
        match result {
            Ok(back) => {
                self.notices.say(if redo {
                    format!("Rehecho: {}", step.summary)
                } else {
                    format!("Deshecho: {}", step.summary)
                });
                to.update(|s| {
                    s.push(Step {
                        edit: back.edit,
                        summary: step.summary,
                    })
                });
            }
            Err(e) => self.notices.warn(format!("No se pudo deshacer: {e}")),
        }
    }
}
