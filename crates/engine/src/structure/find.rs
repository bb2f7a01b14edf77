//! Finding an item of the structure by its reference, and taking it out, putting it back or
//! swapping it with its neighbour. An item whose code repeats (a diagnosed error) is found by its
//! first occurrence, as everywhere else in the engine.

use super::{Item, ItemRef, Parent, Step};
use crate::model::{Indicator, Objective, Plan};

fn gone(r: &ItemRef) -> String {
    match r {
        ItemRef::Objective(c) => format!("El objetivo {c} ya no está en el plan."),
        ItemRef::Action(c) => format!("La acción {c} ya no está en el plan."),
        ItemRef::Indicator(c) => format!("El indicador {c} ya no está en el plan."),
        ItemRef::Activity(c) => format!("La actividad {c} ya no está en el plan."),
        ItemRef::CostCentre(i) => format!("El centro de costo de la fila {} ya no está en el plan.", i + 1),
        ItemRef::Stage(i) => format!("La etapa del presupuesto de la fila {} ya no está en el plan.", i + 1),
    }
}

pub(super) fn objective_mut<'a>(plan: &'a mut Plan, code: &str) -> Result<&'a mut Objective, String> {
    plan.objectives
        .iter_mut()
        .find(|o| o.code == code)
        .ok_or_else(|| gone(&ItemRef::Objective(code.to_string())))
}

/// The indicator list of an objective (its own) or of an action.
pub(super) fn indicators_of_mut<'a>(plan: &'a mut Plan, parent: &Parent) -> Result<&'a mut Vec<Indicator>, String> {
    match parent {
        Parent::Objective(c) => Ok(&mut objective_mut(plan, c)?.indicators),
        Parent::Action(c) => plan
            .objectives
            .iter_mut()
            .flat_map(|o| o.actions.iter_mut())
            .find(|a| a.code == *c)
            .map(|a| &mut a.indicators)
            .ok_or_else(|| gone(&ItemRef::Action(c.clone()))),
        Parent::Plan => Err("Un indicador pertenece a un objetivo o a una acción.".into()),
    }
}

/// Where an item sits: its parent and its position there.
pub(super) fn locate(plan: &Plan, r: &ItemRef) -> Result<(Parent, usize), String> {
    let found = match r {
        ItemRef::Objective(c) => plan
            .objectives
            .iter()
            .position(|o| o.code == *c)
            .map(|i| (Parent::Plan, i)),
        ItemRef::Action(c) => plan.objectives.iter().find_map(|o| {
            o.actions
                .iter()
                .position(|a| a.code == *c)
                .map(|i| (Parent::Objective(o.code.clone()), i))
        }),
        ItemRef::Indicator(c) => plan.objectives.iter().find_map(|o| {
            let own = o
                .indicators
                .iter()
                .position(|i| i.code == *c)
                .map(|i| (Parent::Objective(o.code.clone()), i));
            own.or_else(|| {
                o.actions.iter().find_map(|a| {
                    a.indicators
                        .iter()
                        .position(|i| i.code == *c)
                        .map(|i| (Parent::Action(a.code.clone()), i))
                })
            })
        }),
        ItemRef::Activity(c) => plan
            .poi
            .activities
            .iter()
            .position(|a| a.code == *c)
            .map(|i| (Parent::Plan, i)),
        ItemRef::CostCentre(i) => plan
            .poi
            .cost_centres
            .as_ref()
            .filter(|t| *i < t.rows.len())
            .map(|_| (Parent::Plan, *i)),
        ItemRef::Stage(i) => (*i < plan.poi.budget_stages.len()).then_some((Parent::Plan, *i)),
    };
    found.ok_or_else(|| gone(r))
}

/// A copy of the item.
pub(super) fn get(plan: &Plan, r: &ItemRef) -> Result<Item, String> {
    let (parent, i) = locate(plan, r)?;
    let item = match (r, &parent) {
        (ItemRef::Objective(_), _) => Item::Objective(plan.objectives[i].clone()),
        (ItemRef::Action(_), Parent::Objective(o)) => Item::Action(
            plan.objectives
                .iter()
                .find(|x| x.code == *o)
                .map(|x| x.actions[i].clone())
                .ok_or_else(|| gone(r))?,
        ),
        (ItemRef::Indicator(_), p) => {
            let list = indicators_of(plan, p).ok_or_else(|| gone(r))?;
            Item::Indicator(list[i].clone())
        }
        (ItemRef::Activity(_), _) => Item::Activity(plan.poi.activities[i].clone()),
        (ItemRef::CostCentre(_), _) => Item::CostCentre(
            plan.poi
                .cost_centres
                .as_ref()
                .map(|t| t.rows[i].clone())
                .ok_or_else(|| gone(r))?,
        ),
        (ItemRef::Stage(_), _) => Item::Stage(plan.poi.budget_stages[i].clone()),
        _ => return Err(gone(r)),
    };
    Ok(item)
}

fn indicators_of<'a>(plan: &'a Plan, parent: &Parent) -> Option<&'a Vec<Indicator>> {
    match parent {
        Parent::Objective(c) => plan.objectives.iter().find(|o| o.code == *c).map(|o| &o.indicators),
        Parent::Action(c) => plan
            .objectives
            .iter()
            .flat_map(|o| &o.actions)
            .find(|a| a.code == *c)
            .map(|a| &a.indicators),
        Parent::Plan => None,
    }
}

/// Takes the item out: where it was and what it was.
pub(super) fn take(plan: &mut Plan, r: &ItemRef) -> Result<(Parent, usize, Item), String> {
    let item = get(plan, r)?;
    let (parent, i) = locate(plan, r)?;
    match (&item, &parent) {
        (Item::Objective(_), _) => {
            plan.objectives.remove(i);
        }
        (Item::Action(_), Parent::Objective(o)) => {
            objective_mut(plan, o)?.actions.remove(i);
        }
        (Item::Indicator(_), p) => {
            indicators_of_mut(plan, p)?.remove(i);
        }
        (Item::Activity(_), _) => {
            plan.poi.activities.remove(i);
        }
        (Item::CostCentre(_), _) => {
            if let Some(t) = plan.poi.cost_centres.as_mut() {
                t.rows.remove(i);
            }
        }
        (Item::Stage(_), _) => {
            plan.poi.budget_stages.remove(i);
        }
        _ => return Err(gone(r)),
    }
    Ok((parent, i, item))
}

/// Puts `item` where `r` is; returns its reference afterwards (a code may have changed).
pub(super) fn put(plan: &mut Plan, r: &ItemRef, item: Item) -> Result<ItemRef, String> {
    let (parent, i) = locate(plan, r)?;
    let new_ref = match (item, &parent) {
        (Item::Objective(o), _) => {
            let code = o.code.clone();
            plan.objectives[i] = o;
            ItemRef::Objective(code)
        }
        (Item::Action(a), Parent::Objective(o)) => {
            let code = a.code.clone();
            objective_mut(plan, o)?.actions[i] = a;
            ItemRef::Action(code)
        }
        (Item::Indicator(x), p) => {
            let code = x.code.clone();
            indicators_of_mut(plan, p)?[i] = x;
            ItemRef::Indicator(code)
        }
        (Item::Activity(a), _) => {
            let code = a.code.clone();
            plan.poi.activities[i] = a;
            ItemRef::Activity(code)
        }
        (Item::CostCentre(c), _) => {
            if let Some(t) = plan.poi.cost_centres.as_mut() {
                t.rows[i] = c;
            }
            ItemRef::CostCentre(i)
        }
        (Item::Stage(s), _) => {
            plan.poi.budget_stages[i] = s;
            ItemRef::Stage(i)
        }
        _ => return Err(gone(r)),
    };
    Ok(new_ref)
}

/// Swaps the item with its neighbour; returns (from, to, the item's reference afterwards).
pub(super) fn swap(plan: &mut Plan, r: &ItemRef, step: Step) -> Result<(usize, usize, ItemRef), String> {
    let (parent, i) = locate(plan, r)?;
    let len = match (r, &parent) {
        (ItemRef::Objective(_), _) => plan.objectives.len(),
        (ItemRef::Action(_), Parent::Objective(o)) => objective_mut(plan, o)?.actions.len(),
        (ItemRef::Indicator(_), p) => indicators_of_mut(plan, p)?.len(),
        (ItemRef::Activity(_), _) => plan.poi.activities.len(),
        (ItemRef::CostCentre(_), _) => plan.poi.cost_centres.as_ref().map_or(0, |t| t.rows.len()),
        (ItemRef::Stage(_), _) => plan.poi.budget_stages.len(),
        _ => return Err(gone(r)),
    };
    let j = match step {
        Step::Up if i > 0 => i - 1,
        Step::Down if i + 1 < len => i + 1,
        Step::Up => return Err("Ya es el primero de su lista.".into()),
        Step::Down => return Err("Ya es el último de su lista.".into()),
    };
    match (r, &parent) {
        (ItemRef::Objective(_), _) => plan.objectives.swap(i, j),
        (ItemRef::Action(_), Parent::Objective(o)) => objective_mut(plan, o)?.actions.swap(i, j),
        (ItemRef::Indicator(_), p) => indicators_of_mut(plan, p)?.swap(i, j),
        (ItemRef::Activity(_), _) => plan.poi.activities.swap(i, j),
        (ItemRef::CostCentre(_), _) => {
            if let Some(t) = plan.poi.cost_centres.as_mut() {
                t.rows.swap(i, j)
            }
        }
        (ItemRef::Stage(_), _) => plan.poi.budget_stages.swap(i, j),
        _ => return Err(gone(r)),
    }
    let moved = match r {
        ItemRef::CostCentre(_) => ItemRef::CostCentre(j),
        ItemRef::Stage(_) => ItemRef::Stage(j),
        other => other.clone(),
    };
    Ok((i, j, moved))
}

/// A new code for an objective or action is carried to everything that names it: the POI's
/// rows and activities, and the report's paragraph for an objective.
pub(super) fn rename_references(plan: &mut Plan, old: &Item, from: &str, to: &str) {
    let poi = &mut plan.poi;
    match old {
        Item::Objective(_) => {
            if let Some(text) = plan.report.narratives.remove(from) {
                plan.report.narratives.insert(to.to_string(), text);
            }
            for d in poi.allocation.iter_mut().flat_map(|t| t.declared_objectives.iter_mut()) {
                if d.oei == from {
                    d.oei = to.to_string();
                }
            }
            for d in poi.execution.iter_mut().flat_map(|t| t.declared_objectives.iter_mut()) {
                if d.oei == from {
                    d.oei = to.to_string();
                }
            }
        }
        Item::Action(_) => {
            for a in poi.activities.iter_mut().filter(|a| a.aei == from) {
                a.aei = to.to_string();
            }
            for r in poi.allocation.iter_mut().flat_map(|t| t.rows.iter_mut()) {
                if r.aei == from {
                    r.aei = to.to_string();
                }
            }
            for r in poi.execution.iter_mut().flat_map(|t| t.rows.iter_mut()) {
                if r.aei == from {
                    r.aei = to.to_string();
                }
            }
        }
        _ => {}
    }
}
