//! Building a plan and changing its structure: objectives, actions, indicators, activities, cost
//! centres and budget stages added, changed, moved and removed; the plan's own data; and values.
//!
//! Every change is one [`PlanEdit`]. [`apply`] checks it with the engine's rules, makes it, logs
//! it in the plan's change log, and returns the edit that undoes it: the app's undo and redo are
//! just more edits, and an undone change is logged like any other (the log says what happened,
//! it is never rewritten).

mod codes;
mod describe;
mod find;
pub mod incoming;
mod rules;

pub use codes::{next_action_code, next_activity_code, next_indicator_code, next_objective_code};
pub use describe::field_label;

use rust_decimal::Decimal;

use crate::field::FieldRef;
use crate::history::{self, Change, Stamp};
use crate::model::{
    Action, Activity, BudgetStage, CostCentre, CostCentreTable, Entity, EvaluationPeriod, Indicator, Objective, Origin,
    Plan, PlanInfo, Settings,
};

/// One item of the structure. Cost centres and budget stages have no reliable code, so they are
/// addressed by position.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Objective(String),
    Action(String),
    Indicator(String),
    Activity(String),
    CostCentre(usize),
    Stage(usize),
}

/// An item's content. In [`PlanEdit::Replace`], an objective or action brings only its own fields
/// (its actions and indicators stay), and an indicator, activity or cost centre only its
/// definition (obtained and executed values, and verdicts, are values: they stay).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Objective(Objective),
    Action(Action),
    Indicator(Indicator),
    Activity(Activity),
    CostCentre(CostCentre),
    Stage(BudgetStage),
}

/// Where an item is inserted: objectives, activities, cost centres and stages into the plan;
/// actions into an objective; indicators into an objective (its own) or an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parent {
    Plan,
    Objective(String),
    Action(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
}

/// Who the plan is for and what is evaluated.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub entity: Entity,
    pub plan: PlanInfo,
    pub evaluation: EvaluationPeriod,
}

impl Header {
    pub fn of(plan: &Plan) -> Header {
        Header {
            entity: plan.entity.clone(),
            plan: plan.plan.clone(),
            evaluation: plan.evaluation.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanEdit {
    Insert {
        parent: Parent,
        index: usize,
        item: Item,
    },
    Remove(ItemRef),
    Replace(ItemRef, Item),
    Move(ItemRef, Step),
    Header(Box<Header>),
    /// The method's settings: roll-up, bands, rules (the *Método* panel).
    Settings(Box<Settings>),
    /// A value someone fills in (obtained value, executed amount…).
    Value(FieldRef, Option<Decimal>),
}

/// What applying an edit did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// Applying this puts the plan back as it was.
    pub undo: PlanEdit,
    /// For people: "Se eliminó el objetivo OEI.02 «…»".
    pub summary: String,
}

/// The names of the method's rules that differ between two sets of settings ("bandas del
/// semáforo", "resultado de cada OEI"…), for saying that two figures were made under other rules.
pub fn rule_differences(a: &Settings, b: &Settings) -> Vec<String> {
    describe::settings_changes(a, b)
        .into_iter()
        .map(|(field, _)| field.strip_prefix("método/").unwrap_or(&field).to_string())
        .collect()
}

/// A new, empty plan: the entity, the plan's years and the evaluated period, CEPLAN's default
/// settings, nothing else.
pub fn new_plan(header: Header) -> Result<Plan, String> {
    let header = rules::header(header)?;
    Ok(Plan::with_parts(
        header.entity,
        header.plan,
        header.evaluation,
        Settings::default(),
        Vec::new(),
    ))
}

/// A new indicator: a number until the planner says otherwise, its direction left to its
/// targets, very relevant.
pub fn new_indicator(code: String, name: String) -> Indicator {
    Indicator {
        code,
        name,
        unit: crate::model::Unit::Numero,
        direction: None,
        cumulative: false,
        targets: Default::default(),
        aggregation: None,
        relevance: 1,
        baseline: None,
        expected: Default::default(),
        obtained: Default::default(),
        responsible: None,
        source: None,
        notes: None,
        verdict: None,
    }
}

/// A copy of an item as the plan holds it now.
pub fn item(plan: &Plan, r: &ItemRef) -> Result<Item, String> {
    find::get(plan, r)
}

/// Checks and makes one change, logs it, and returns how to undo it. On error nothing changed.
pub fn apply(plan: &mut Plan, edit: PlanEdit, stamp: &Stamp) -> Result<Applied, String> {
    match edit {
        PlanEdit::Insert { parent, index, item } => insert(plan, parent, index, item, stamp),
        PlanEdit::Remove(r) => remove(plan, r, stamp),
        PlanEdit::Replace(r, item) => replace(plan, r, item, stamp),
        PlanEdit::Move(r, step) => move_item(plan, r, step, stamp),
        PlanEdit::Header(h) => apply_header(plan, *h, stamp),
        PlanEdit::Settings(s) => set_settings(plan, *s, stamp),
        PlanEdit::Value(field, value) => apply_value(plan, field, value, stamp),
    }
}

/// `apply` for a typed value alone: what a page needs on its first screens, without the code
/// of structural edits (which it may fetch later; see also `apply_header`).
pub fn apply_value(plan: &mut Plan, field: FieldRef, value: Option<Decimal>, stamp: &Stamp) -> Result<Applied, String> {
    let old = field
        .read(plan)
        .ok_or_else(|| format!("{} ya no está en el plan.", field.item(plan)))?;
    history::record(plan, &field, value, stamp, Origin::Typed);
    let summary = format!("Se cambió {}.", field.label(plan));
    Ok(Applied {
        undo: PlanEdit::Value(field, old),
        summary,
    })
}

fn logged(plan: &mut Plan, field: String, change: Change, stamp: &Stamp) {
    history::log(plan, field, change, stamp, Origin::Typed);
}

fn insert(plan: &mut Plan, parent: Parent, index: usize, item: Item, stamp: &Stamp) -> Result<Applied, String> {
    let item = rules::item(plan, item, None)?;
    let (what, field) = (describe::item(&item), describe::item_field(&item, index));
    let undo = match (&parent, item) {
        (Parent::Plan, Item::Objective(o)) => {
            let code = o.code.clone();
            let list = &mut plan.objectives;
            list.insert(index.min(list.len()), o);
            ItemRef::Objective(code)
        }
        (Parent::Objective(p), Item::Action(a)) => {
            let code = a.code.clone();
            let list = &mut find::objective_mut(plan, p)?.actions;
            list.insert(index.min(list.len()), a);
            ItemRef::Action(code)
        }
        (Parent::Objective(_) | Parent::Action(_), Item::Indicator(i)) => {
            let code = i.code.clone();
            let list = find::indicators_of_mut(plan, &parent)?;
            list.insert(index.min(list.len()), i);
            ItemRef::Indicator(code)
        }
        (Parent::Plan, Item::Activity(a)) => {
            let code = a.code.clone();
            let list = &mut plan.poi.activities;
            list.insert(index.min(list.len()), a);
            ItemRef::Activity(code)
        }
        (Parent::Plan, Item::CostCentre(c)) => {
            let list = &mut plan.poi.cost_centres.get_or_insert_with(CostCentreTable::default).rows;
            let at = index.min(list.len());
            list.insert(at, c);
            ItemRef::CostCentre(at)
        }
        (Parent::Plan, Item::Stage(s)) => {
            let list = &mut plan.poi.budget_stages;
            let at = index.min(list.len());
            list.insert(at, s);
            ItemRef::Stage(at)
        }
        _ => return Err("Ese elemento no puede ir ahí.".into()),
    };
    logged(plan, field, Change::Text(None, Some(what.clone())), stamp);
    Ok(Applied {
        undo: PlanEdit::Remove(undo),
        summary: format!("Se agregó {what}."),
    })
}

fn remove(plan: &mut Plan, r: ItemRef, stamp: &Stamp) -> Result<Applied, String> {
    let (parent, index, item) = find::take(plan, &r)?;
    let what = describe::item(&item);
    logged(
        plan,
        describe::item_field(&item, index),
        Change::Text(Some(what.clone()), None),
        stamp,
    );
    Ok(Applied {
        undo: PlanEdit::Insert { parent, index, item },
        summary: format!("Se eliminó {what}."),
    })
}

fn replace(plan: &mut Plan, r: ItemRef, with: Item, stamp: &Stamp) -> Result<Applied, String> {
    let old = find::get(plan, &r)?;
    let new = rules::item(plan, rules::keep_what_stays(&old, with)?, Some(&r))?;
    if new == old {
        return Ok(Applied {
            undo: PlanEdit::Replace(r, old),
            summary: "Sin cambios.".into(),
        });
    }
    let changes = describe::changes(&old, &new);
    let summary = format!("Se modificó {}.", describe::item(&new));
    let renamed = match (describe::code(&old), describe::code(&new)) {
        (Some(from), Some(to)) if from != to => Some((from.to_string(), to.to_string())),
        _ => None,
    };
    let new_ref = find::put(plan, &r, new)?;
    if let Some((from, to)) = renamed {
        find::rename_references(plan, &old, &from, &to);
    }
    for (field, change) in changes {
        logged(plan, field, change, stamp);
    }
    Ok(Applied {
        undo: PlanEdit::Replace(new_ref, old),
        summary,
    })
}

fn move_item(plan: &mut Plan, r: ItemRef, step: Step, stamp: &Stamp) -> Result<Applied, String> {
    let (from, to, moved) = find::swap(plan, &r, step)?;
    let back = match step {
        Step::Up => Step::Down,
        Step::Down => Step::Up,
    };
    let what = describe::item(&find::get(plan, &moved)?);
    logged(
        plan,
        format!("{}/posición", describe::item_field(&find::get(plan, &moved)?, to)),
        Change::Text(Some((from + 1).to_string()), Some((to + 1).to_string())),
        stamp,
    );
    Ok(Applied {
        undo: PlanEdit::Move(moved, back),
        summary: format!("Se movió {what} a la posición {}.", to + 1),
    })
}

/// `apply` for the plan's data alone (the evaluated year and period are chosen from a page's
/// toolbar, so a page needs this with `apply_value` on its first screens).
pub fn apply_header(plan: &mut Plan, h: Header, stamp: &Stamp) -> Result<Applied, String> {
    let h = rules::header(h)?;
    let old = Header::of(plan);
    let changes = describe::header_changes(&old, &h);
    plan.entity = h.entity;
    plan.plan = h.plan;
    plan.evaluation = h.evaluation;
    for (field, change) in changes {
        logged(plan, field, change, stamp);
    }
    Ok(Applied {
        undo: PlanEdit::Header(Box::new(old)),
        summary: "Se modificaron los datos del plan.".into(),
    })
}

fn set_settings(plan: &mut Plan, s: Settings, stamp: &Stamp) -> Result<Applied, String> {
    let s = rules::settings(s)?;
    let changes = describe::settings_changes(&plan.settings, &s);
    let summary = match changes.as_slice() {
        [] => "No cambió ninguna regla del método.".to_string(),
        [(field, _)] => format!(
            "Se cambió la regla del método «{}».",
            field.rsplit('/').next().unwrap_or(field)
        ),
        _ => "Se cambiaron reglas del método.".to_string(),
    };
    let old = std::mem::replace(&mut plan.settings, s);
    for (field, change) in changes {
        logged(plan, field, change, stamp);
    }
    Ok(Applied {
        undo: PlanEdit::Settings(Box::new(old)),
        summary,
    })
}

#[cfg(test)]
mod tests;
