//! Structure changes that come back in a unit's file: a target, a name, a unit of measure, an
//! indicator added or removed. A unit fills values; the plan's structure is the planning office's
//! to decide. So no structure change from a file is ever applied by itself: each one is offered
//! as a decision (take the file's version, or keep the plan's), and keeping the plan's is what
//! happens unless the user says otherwise.
//!
//! Which side changed an item is read from the logs: entries after the history both plans share.
//! An item the office changed since the file left (and the file did not) is the office's: not
//! offered. An item the file changed, or that differs with no log entry on either side (edited by
//! hand), is offered.

use std::collections::BTreeSet;

use super::describe::{self, field_label};
use super::{find, Item, ItemRef, Parent, PlanEdit};
use crate::history::Change;
use crate::model::Plan;

/// One structure change a file proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct StructureChange {
    /// The file that proposes it.
    pub file: String,
    /// The item, for people: "el indicador IND.01.OEI.02 «…»".
    pub item: String,
    /// What differs, for people: "IND.01.OEI.02 · meta 2022: 50 → 40".
    pub changes: Vec<String>,
    /// Whether the file's log records the change (false: edited outside Semáforo).
    pub logged: bool,
    /// Taking the file's version.
    pub edit: PlanEdit,
}

/// The code of the item a log address speaks of, for structure entries.
pub fn item_of_field(field: &str) -> Option<&str> {
    if let Some(rest) = field.strip_prefix("meta/") {
        return rest.rsplit_once('/').map(|(code, _)| code);
    }
    if let Some(code) = field.strip_prefix("linea-base/") {
        return Some(code);
    }
    let rest = field.strip_prefix("estructura/")?;
    match rest.rsplit_once('/') {
        Some((code, attr)) if describe::is_attr(attr) => Some(code),
        _ => Some(rest),
    }
}

/// Codes of items changed in `plan`'s log after its first `from` entries.
fn changed_since(plan: &Plan, from: usize) -> BTreeSet<&str> {
    plan.history
        .iter()
        .skip(from)
        .filter_map(|e| item_of_field(&e.field))
        .collect()
}

fn said(changes: Vec<(String, Change)>) -> Vec<String> {
    let show = |c: &Change| -> (String, String) {
        let text = |t: &Option<String>| t.clone().unwrap_or_else(|| "—".into());
        let num =
            |d: &Option<rust_decimal::Decimal>| d.map(|d| d.normalize().to_string()).unwrap_or_else(|| "—".into());
        match c {
            Change::Text(a, b) => (text(a), text(b)),
            Change::Figure(a, b) => (num(a), num(b)),
        }
    };
    changes
        .into_iter()
        .map(|(field, change)| {
            let (a, b) = show(&change);
            format!("{}: {a} → {b}", field_label(&field).unwrap_or(field))
        })
        .collect()
}

/// Every item of the structure, with where it sits, in plan order.
fn items(plan: &Plan) -> Vec<(ItemRef, Parent, Item)> {
    let mut out = Vec::new();
    for o in &plan.objectives {
        out.push((
            ItemRef::Objective(o.code.clone()),
            Parent::Plan,
            Item::Objective(o.clone()),
        ));
        for i in &o.indicators {
            out.push((
                ItemRef::Indicator(i.code.clone()),
                Parent::Objective(o.code.clone()),
                Item::Indicator(i.clone()),
            ));
        }
        for a in &o.actions {
            out.push((
                ItemRef::Action(a.code.clone()),
                Parent::Objective(o.code.clone()),
                Item::Action(a.clone()),
            ));
            for i in &a.indicators {
                out.push((
                    ItemRef::Indicator(i.code.clone()),
                    Parent::Action(a.code.clone()),
                    Item::Indicator(i.clone()),
                ));
            }
        }
    }
    for a in &plan.poi.activities {
        out.push((
            ItemRef::Activity(a.code.clone()),
            Parent::Plan,
            Item::Activity(a.clone()),
        ));
    }
    out
}

/// The item's own definition, without what is a value or a child (see `Item`).
fn definition(item: &Item) -> Item {
    match item {
        Item::Objective(o) => Item::Objective(crate::model::Objective {
            indicators: Vec::new(),
            actions: Vec::new(),
            ..o.clone()
        }),
        Item::Action(a) => Item::Action(crate::model::Action {
            indicators: Vec::new(),
            ..a.clone()
        }),
        Item::Indicator(i) => Item::Indicator(crate::model::Indicator {
            obtained: Default::default(),
            verdict: None,
            ..i.clone()
        }),
        Item::Activity(a) => Item::Activity(crate::model::Activity {
            physical_executed: None,
            financial_executed: None,
            ..a.clone()
        }),
        other => other.clone(),
    }
}

/// The structure changes `file` (named `name`) proposes to `current`; `shared` is how many log
/// entries both plans have in common.
pub fn proposals(current: &Plan, file: &Plan, name: &str, shared: usize) -> Vec<StructureChange> {
    let by_office = changed_since(current, shared);
    let by_file = changed_since(file, shared);
    let mine = items(current);
    let theirs = items(file);
    // Looked up by reference: a regional plan has tens of thousands of items on each side.
    let mine_at: std::collections::HashMap<&ItemRef, usize> =
        mine.iter().enumerate().map(|(i, (r, _, _))| (r, i)).collect();
    let theirs_has: std::collections::HashSet<&ItemRef> = theirs.iter().map(|(r, _, _)| r).collect();
    let mut out = Vec::new();
    let offer = |code: &str| by_file.contains(code) || !by_office.contains(code);
    for (r, parent, item) in &theirs {
        let code = describe::code(item).unwrap_or_default();
        match mine_at.get(r).map(|&i| &mine[i]) {
            Some((_, _, now)) => {
                let (a, b) = (definition(now), definition(item));
                if a != b && offer(code) {
                    out.push(StructureChange {
                        file: name.to_string(),
                        item: describe::item(now),
                        changes: said(describe::changes(&a, &b)),
                        logged: by_file.contains(code),
                        edit: PlanEdit::Replace(r.clone(), item.clone()),
                    });
                }
            }
            None if offer(code) => {
                // Where the file has it, as far as the plan on screen allows.
                let index = find::locate(file, r).map_or(usize::MAX, |(_, i)| i);
                let item = match item {
                    // An objective or action comes with its children only through their own
                    // proposals; the shell arrives first.
                    Item::Objective(_) | Item::Action(_) => definition(item),
                    Item::Indicator(i) => Item::Indicator(crate::model::Indicator {
                        obtained: i.obtained.clone(),
                        ..i.clone()
                    }),
                    other => other.clone(),
                };
                out.push(StructureChange {
                    file: name.to_string(),
                    item: describe::item(&item),
                    changes: vec!["lo agrega".into()],
                    logged: by_file.contains(code),
                    edit: PlanEdit::Insert {
                        parent: parent.clone(),
                        index,
                        item,
                    },
                });
            }
            None => {}
        }
    }
    for (r, _, item) in &mine {
        let code = describe::code(item).unwrap_or_default();
        if theirs_has.contains(r) {
            continue;
        }
        // Removing an objective or action removes what it holds: one proposal, not one per child.
        let parent_gone = match r {
            ItemRef::Indicator(_) | ItemRef::Action(_) => find::locate(current, r).ok().is_some_and(|(p, _)| match p {
                Parent::Objective(c) => !theirs
                    .iter()
                    .any(|(t, _, _)| matches!(t, ItemRef::Objective(x) if *x == c)),
                Parent::Action(c) => !theirs
                    .iter()
                    .any(|(t, _, _)| matches!(t, ItemRef::Action(x) if *x == c)),
                Parent::Plan => false,
            }),
            _ => false,
        };
        if !parent_gone && offer(code) {
            out.push(StructureChange {
                file: name.to_string(),
                item: describe::item(item),
                changes: vec!["lo elimina".into()],
                logged: by_file.contains(code),
                edit: PlanEdit::Remove(r.clone()),
            });
        }
    }
    out
}
