//! Which unit answers for which item, and the copy of the plan sent to each unit.
//!
//! An indicator without its own responsible unit answers to its AEI's, else its OEI's; an AO to
//! its AEI's (else that AEI's OEI's). Cost centres name their own.

use std::collections::BTreeMap;

use crate::budget::cost_centre_key;
use crate::field::FieldRef;
use crate::model::{Action, Activity, Objective, Plan, Sharing};

/// The items one unit answers for, by code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnitItems {
    pub unit: String,
    pub indicators: Vec<String>,
    pub activities: Vec<String>,
    pub cost_centres: Vec<String>,
}

impl UnitItems {
    pub fn total(&self) -> usize {
        self.indicators.len() + self.activities.len() + self.cost_centres.len()
    }
}

fn clean(s: Option<&String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The unit an item answers to: its own, else its AEI's, else its OEI's. A blank name is no name.
/// The one home of this rule: the evaluation's rows, unit copies and merges all ask here.
pub fn responsible(own: Option<&String>, action: Option<&Action>, objective: &Objective) -> Option<String> {
    clean(own)
        .or_else(|| action.and_then(|a| clean(a.responsible.as_ref())))
        .or_else(|| clean(objective.responsible.as_ref()))
}

/// The unit an AEI answers to (its own, else its OEI's).
fn action_unit(plan: &Plan, aei: &str) -> Option<String> {
    plan.objectives.iter().find_map(|o| {
        o.actions
            .iter()
            .find(|a| a.code == aei)
            .map(|a| responsible(None, Some(a), o))
    })?
}

/// The unit an indicator answers to.
pub fn indicator_unit(plan: &Plan, code: &str) -> Option<String> {
    plan.indicators_in_order()
        .find(|(_, _, i)| i.code == code)
        .and_then(|(o, a, i)| responsible(i.responsible.as_ref(), a, o))
}

/// The unit an AO answers to: its own, else its AEI's.
pub fn activity_unit(plan: &Plan, activity: &Activity) -> Option<String> {
    clean(activity.responsible.as_ref()).or_else(|| action_unit(plan, &activity.aei))
}

/// The unit that fills in a value: its indicator's, AO's, cost centre's or (an execution row)
/// its AEI's.
pub fn field_unit(plan: &Plan, field: &FieldRef) -> Option<String> {
    match field {
        FieldRef::Obtained { indicator, .. } => indicator_unit(plan, indicator),
        FieldRef::ActivityPhysical(c) | FieldRef::ActivityFinancial(c) => plan
            .poi
            .activities
            .iter()
            .find(|a| a.code == *c)
            .and_then(|a| activity_unit(plan, a)),
        FieldRef::CostCentre(k) => crate::field::cost_centre(plan, k).and_then(|r| clean(r.responsible.as_ref())),
        FieldRef::ExecutionRow(_) => action_unit(plan, &field.item(plan)),
    }
}

/// Whether a unit's copy changed a value another unit answers for (`Some(that unit)`). A value
/// nobody answers for is nobody else's.
pub fn outside_unit(plan: &Plan, field: &FieldRef, copy_for: &str) -> Option<String> {
    field_unit(plan, field).filter(|u| !u.trim().eq_ignore_ascii_case(copy_for.trim()))
}

/// Every unit named in the plan with the items it answers for, by name.
pub fn units(plan: &Plan) -> Vec<UnitItems> {
    let mut map: BTreeMap<String, UnitItems> = BTreeMap::new();
    fn entry(map: &mut BTreeMap<String, UnitItems>, unit: String) -> &mut UnitItems {
        map.entry(unit.clone()).or_insert_with(|| UnitItems {
            unit,
            ..Default::default()
        })
    }
    for (o, a, i) in plan.indicators_in_order() {
        if let Some(u) = responsible(i.responsible.as_ref(), a, o) {
            entry(&mut map, u).indicators.push(i.code.clone());
        }
    }
    for a in &plan.poi.activities {
        if let Some(u) = activity_unit(plan, a) {
            entry(&mut map, u).activities.push(a.code.clone());
        }
    }
    if let Some(t) = &plan.poi.cost_centres {
        for (i, r) in t.rows.iter().enumerate() {
            if let Some(u) = clean(r.responsible.as_ref()) {
                entry(&mut map, u)
                    .cost_centres
                    .push(cost_centre_key(r.code.as_deref(), i));
            }
        }
    }
    map.into_values().collect()
}

/// The copy of the plan to send to one unit: the whole plan, marked as that unit's.
pub fn for_unit(plan: &Plan, unit: &str) -> Plan {
    let mut copy = plan.clone();
    copy.sharing = Some(Sharing {
        for_unit: unit.trim().to_string(),
    });
    copy
}

/// Whether an item's unit is the one this copy was sent to.
pub fn is_for_this_unit(plan: &Plan, unit: Option<&str>) -> bool {
    match (plan.sharing.as_ref(), unit) {
        (Some(s), Some(u)) => s.for_unit.trim().eq_ignore_ascii_case(u.trim()),
        _ => false,
    }
}

/// What a responsible unit is set on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignee {
    Objective(String),
    Action(String),
    Indicator(String),
    Activity(String),
    /// Cost-centre key (code or "fila N").
    CostCentre(String),
}

/// Names (or clears, with an empty text) the unit in charge of an item. False if not found.
pub fn set_responsible(plan: &mut Plan, who: &Assignee, unit: &str) -> bool {
    let value = Some(unit.trim().to_string()).filter(|u| !u.is_empty());
    let slot: Option<&mut Option<String>> = match who {
        Assignee::Objective(c) => plan
            .objectives
            .iter_mut()
            .find(|o| o.code == *c)
            .map(|o| &mut o.responsible),
        Assignee::Action(c) => plan
            .objectives
            .iter_mut()
            .flat_map(|o| o.actions.iter_mut())
            .find(|a| a.code == *c)
            .map(|a| &mut a.responsible),
        Assignee::Indicator(c) => crate::edit::indicator_mut(plan, c).map(|i| &mut i.responsible),
        Assignee::Activity(c) => plan
            .poi
            .activities
            .iter_mut()
            .find(|a| a.code == *c)
            .map(|a| &mut a.responsible),
        Assignee::CostCentre(k) => plan.poi.cost_centres.as_mut().and_then(|t| {
            t.rows
                .iter_mut()
                .enumerate()
                .find(|(i, r)| cost_centre_key(r.code.as_deref(), *i) == *k)
                .map(|(_, r)| &mut r.responsible)
        }),
    };
    match slot {
        Some(s) => {
            *s = value;
            true
        }
        None => false,
    }
}
