//! Codes suggested for new items, in CEPLAN's usual pattern: OEI.01, AEI.01.01, IND.01.OEI.01,
//! IND.01.AEI.01.01. A suggestion is never a code already in use; existing codes are never
//! changed (renumbering is the planner's choice, made by editing a code).

use super::Parent;
use crate::model::Plan;

/// The first free `prefix` + two-digit number from `from` on.
fn first_free(taken: &[&str], prefix: &str, suffix: &str, from: usize) -> String {
    (from..)
        .map(|n| format!("{prefix}{n:02}{suffix}"))
        .find(|c| !taken.contains(&c.as_str()))
        .unwrap_or_default()
}

/// The number an objective's code carries ("OEI.03" → "03"), or its position when its code does
/// not follow the pattern.
fn objective_number(plan: &Plan, code: &str) -> String {
    match code.strip_prefix("OEI.") {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => {
            let at = plan.objectives.iter().position(|o| o.code == code).unwrap_or(0);
            format!("{:02}", at + 1)
        }
    }
}

pub fn next_objective_code(plan: &Plan) -> String {
    let taken: Vec<&str> = plan.objectives.iter().map(|o| o.code.as_str()).collect();
    first_free(&taken, "OEI.", "", plan.objectives.len() + 1)
}

pub fn next_action_code(plan: &Plan, objective: &str) -> String {
    let taken: Vec<&str> = plan
        .objectives
        .iter()
        .flat_map(|o| &o.actions)
        .map(|a| a.code.as_str())
        .collect();
    let count = plan
        .objectives
        .iter()
        .find(|o| o.code == objective)
        .map_or(0, |o| o.actions.len());
    let n = objective_number(plan, objective);
    first_free(&taken, &format!("AEI.{n}."), "", count + 1)
}

pub fn next_indicator_code(plan: &Plan, parent: &Parent) -> String {
    let taken: Vec<&str> = plan.indicators_in_order().map(|(_, _, i)| i.code.as_str()).collect();
    let (owner, count) = match parent {
        Parent::Objective(c) => (
            c.clone(),
            plan.objectives
                .iter()
                .find(|o| o.code == *c)
                .map_or(0, |o| o.indicators.len()),
        ),
        Parent::Action(c) => (
            c.clone(),
            plan.objectives
                .iter()
                .flat_map(|o| &o.actions)
                .find(|a| a.code == *c)
                .map_or(0, |a| a.indicators.len()),
        ),
        Parent::Plan => (String::from("PLAN"), 0),
    };
    first_free(&taken, "IND.", &format!(".{owner}"), count + 1)
}

/// Activities follow no single national pattern in the files we have seen: the next number after
/// the plan's own, as AO.01, AO.02….
pub fn next_activity_code(plan: &Plan) -> String {
    let taken: Vec<&str> = plan.poi.activities.iter().map(|a| a.code.as_str()).collect();
    first_free(&taken, "AO.", "", plan.poi.activities.len() + 1)
}
