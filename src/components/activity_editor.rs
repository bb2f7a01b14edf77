//! The POI's activities and investments one by one, to add or correct them: code, name, kind,
//! the AEI it serves, cost centre, physical unit and programmed goal and amount. What was
//! executed is filled in on *Presupuesto*.

use leptos::prelude::*;
use semaforo_engine::structure::{self, Item, Parent};
use semaforo_engine::{Activity, ActivityKind};

use super::{page_range, ActivityFields, AddItem, Pager};
use crate::state::use_document;

/// Rows drawn at once.
const PAGE: usize = 50;

#[component]
pub fn ActivityEditor(
    /// Codes of the plan's activities, in order.
    codes: Vec<String>,
) -> impl IntoView {
    let doc = use_document();
    let page = RwSignal::new(0usize);
    let total = codes.len();
    let codes = StoredValue::new(codes);
    let add = Callback::new(move |name: String| {
        let code = doc
            .plan
            .with_untracked(|p| p.as_ref().map(structure::next_activity_code))
            .unwrap_or_default();
        // A new activity serves the plan's first AEI until the planner says which.
        let aei = doc
            .plan
            .with_untracked(|p| {
                p.as_ref().and_then(|p| {
                    p.objectives
                        .iter()
                        .flat_map(|o| &o.actions)
                        .next()
                        .map(|a| a.code.clone())
                })
            })
            .unwrap_or_default();
        doc.append(
            Parent::Plan,
            Item::Activity(Activity {
                code,
                name,
                kind: ActivityKind::ActividadOperativa,
                aei,
                responsible: None,
                cost_centre: None,
                physical_unit: None,
                physical_programmed: None,
                physical_executed: None,
                financial_programmed: None,
                financial_executed: None,
            }),
        )
    });
    view! {
        <h3>"Actividades operativas e inversiones (POI)"</h3>
        <p class="campo-nota">"Lo ejecutado de cada una se registra en «Presupuesto»."</p>
        <Pager total=Signal::derive(move || total) page size=PAGE what="actividades"/>
        <ul class="est-actividades">
            {move || {
                let r = page_range(total, page.get(), PAGE);
                codes.with_value(|c| c[r].to_vec()).into_iter().map(|code| view! { <ActivityFields code/> }).collect_view()
            }}
        </ul>
        <AddItem action="Añadir actividad".to_string() id="est-nueva-ao".to_string() on_add=add/>
    }
}
