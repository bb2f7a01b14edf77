//! Reading an item's fields for the structure screen, and turning a typed field into an edit.
//! Every rule (what is a valid code, unit, target) is the engine's; here a field is only read
//! and handed over.

use leptos::prelude::*;
use semaforo_engine::edit;
use semaforo_engine::structure::{self, Item, ItemRef, Parent, PlanEdit};
use semaforo_engine::{Action, Activity, BudgetStage, CostCentre, Indicator, Objective, Plan};

use crate::state::Document;

/// One item as the plan holds it, borrowed.
pub enum Found<'a> {
    Objective(&'a Objective),
    Action(&'a Action),
    Indicator(&'a Indicator),
    Activity(&'a Activity),
    CostCentre(&'a CostCentre),
    Stage(&'a BudgetStage),
}

pub fn find<'a>(plan: &'a Plan, r: &ItemRef) -> Option<Found<'a>> {
    match r {
        ItemRef::Objective(c) => plan.objectives.iter().find(|o| o.code == *c).map(Found::Objective),
        ItemRef::Action(c) => plan
            .objectives
            .iter()
            .flat_map(|o| &o.actions)
            .find(|a| a.code == *c)
            .map(Found::Action),
        ItemRef::Indicator(c) => edit::indicator(plan, c).map(Found::Indicator),
        ItemRef::Activity(c) => plan.poi.activities.iter().find(|a| a.code == *c).map(Found::Activity),
        ItemRef::CostCentre(i) => plan
            .poi
            .cost_centres
            .as_ref()
            .and_then(|t| t.rows.get(*i))
            .map(Found::CostCentre),
        ItemRef::Stage(i) => plan.poi.budget_stages.get(*i).map(Found::Stage),
    }
}

/// The kinds of item a field editor works on: found borrowed in the plan, or inside an `Item`.
pub trait Part: Sized + 'static {
    /// "un objetivo", for the message when a field meets the wrong kind of item.
    const WHAT: &'static str;
    fn found(f: Found<'_>) -> Option<&Self>;
    fn inside(item: &mut Item) -> Option<&mut Self>;
}

macro_rules! part {
    ($t:ty, $v:ident, $what:literal) => {
        impl Part for $t {
            const WHAT: &'static str = $what;
            fn found(f: Found<'_>) -> Option<&Self> {
                match f {
                    Found::$v(x) => Some(x),
                    _ => None,
                }
            }
            fn inside(item: &mut Item) -> Option<&mut Self> {
                match item {
                    Item::$v(x) => Some(x),
                    _ => None,
                }
            }
        }
    };
}

part!(Objective, Objective, "un objetivo");
part!(Action, Action, "una acción");
part!(Indicator, Indicator, "un indicador");
part!(Activity, Activity, "una actividad");
part!(CostCentre, CostCentre, "un centro de costo");
part!(BudgetStage, Stage, "una etapa del presupuesto");

/// The item found, if it is of kind `T`.
pub fn part<T: Part>(f: Found<'_>) -> Option<&T> {
    T::found(f)
}

/// Changes the `T` inside an item; `set` may refuse the change.
pub fn try_on<T: Part>(item: &mut Item, set: impl FnOnce(&mut T) -> Result<(), String>) -> Result<(), String> {
    match T::inside(item) {
        Some(x) => set(x),
        None => Err(format!("Ese campo es de {}.", T::WHAT)),
    }
}

/// Changes the `T` inside an item.
pub fn on<T: Part>(item: &mut Item, set: impl FnOnce(&mut T)) -> Result<(), String> {
    try_on(item, |x| {
        set(x);
        Ok(())
    })
}

/// A field of an item, followed as the plan changes ("" when the item is gone).
pub fn field(doc: Document, r: ItemRef, read: fn(Found) -> String) -> Signal<String> {
    Signal::derive(move || {
        doc.plan
            .with(|p| p.as_ref().and_then(|p| find(p, &r)).map(read).unwrap_or_default())
    })
}

/// Changes one field: the item as it is now, with `change` applied, replaces it (checked,
/// logged, undoable).
pub fn change(doc: Document, r: &ItemRef, change: impl FnOnce(&mut Item) -> Result<(), String>) -> Result<(), String> {
    let mut item = doc
        .plan
        .with_untracked(|p| p.as_ref().map(|p| structure::item(p, r)))
        .unwrap_or_else(|| Err("No hay plan abierto.".into()))?;
    change(&mut item)?;
    doc.apply(PlanEdit::Replace(r.clone(), item))
}

/// A callback for a field editor that changes one field of one item.
pub fn committer(
    doc: Document,
    r: ItemRef,
    set: fn(&mut Item, String) -> Result<(), String>,
) -> Callback<String, Result<(), String>> {
    Callback::new(move |typed: String| change(doc, &r, |item| set(item, typed)))
}

/// "" → None, anything else trimmed.
pub fn optional(text: String) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// A whole number typed in a field, or why not.
pub fn whole(text: &str, what: &str) -> Result<Option<i64>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| format!("{what}: escriba un número entero (se escribió «{t}»)."))
}

/// Adds an indicator with the typed name to an objective (its own) or an action, with the next
/// free code in CEPLAN's pattern.
pub fn add_indicator(doc: Document, parent: Parent) -> Callback<String, Result<(), String>> {
    Callback::new(move |name: String| {
        let code = doc
            .plan
            .with_untracked(|p| p.as_ref().map(|p| structure::next_indicator_code(p, &parent)))
            .unwrap_or_default();
        doc.append(parent.clone(), Item::Indicator(structure::new_indicator(code, name)))
    })
}
