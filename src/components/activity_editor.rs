//! The POI's activities and investments one by one, to add or correct them: code, name, kind,
//! the AEI it serves, cost centre, physical unit and programmed goal and amount. What was
//! executed is filled in on *Presupuesto*.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::edit;
use semaforo_engine::structure::{self, Item, ItemRef, Parent, PlanEdit};
use semaforo_engine::{Activity, ActivityKind};

use super::{page_range, AddItem, ChoiceEdit, ItemButtons, NumberField, Pager, TextEdit};
use crate::state::use_app;
use crate::structure_edit::{self as se, Found};

/// Rows drawn at once.
const PAGE: usize = 50;

fn ao(f: Found<'_>) -> Option<&Activity> {
    match f {
        Found::Activity(a) => Some(a),
        _ => None,
    }
}

fn on_activity(item: &mut Item, set: impl FnOnce(&mut Activity)) -> Result<(), String> {
    match item {
        Item::Activity(a) => {
            set(a);
            Ok(())
        }
        _ => Err("Ese campo es de una actividad.".into()),
    }
}

#[component]
fn ActivityFields(code: String) -> impl IntoView {
    let state = use_app();
    let r = ItemRef::Activity(code.clone());
    let id = |what: &str| format!("est-ao-{code}-{what}");
    let text = |label: &str,
                what: &str,
                read: fn(Found) -> String,
                set: fn(&mut Item, String) -> Result<(), String>| {
        view! { <TextEdit of=code.clone() label=label.to_string() id=id(what) value=se::field(state, r.clone(), read) on_commit=se::committer(state, r.clone(), set)/> }
    };
    let amount = |label: String,
                  what: &str,
                  read: fn(&Activity) -> Option<Decimal>,
                  set: fn(&mut Activity, Option<Decimal>)| {
        let initial = state
            .plan
            .with_untracked(|p| p.as_ref().and_then(|p| se::find(p, &r)).and_then(ao).and_then(read));
        let r = r.clone();
        let on_commit = Callback::new(move |v: Option<Decimal>| {
            if let Err(e) = se::change(state, &r, |item| on_activity(item, |a| set(a, v))) {
                state.warn(e);
            }
        });
        let check = Callback::new(|t: String| edit::read_typed_amount(&t));
        view! { <span class="campo"><span class="etiqueta">{label.clone()}</span><NumberField label id=id(what) initial check on_commit/></span> }
    };
    view! {
        <li class="est-actividad">
            {text("Código", "codigo", |f| ao(f).map(|a| a.code.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.code = t))}
            {text("Nombre", "nombre", |f| ao(f).map(|a| a.name.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.name = t))}
            <ChoiceEdit of=code.clone() label="Tipo".to_string() id=id("tipo")
                options=vec![("ao", "Actividad operativa".to_string()), ("inversion", "Inversión".to_string())]
                value=se::field(state, r.clone(), |f| if ao(f).is_some_and(|a| a.kind == ActivityKind::Inversion) { "inversion".into() } else { "ao".into() })
                on_commit=se::committer(state, r.clone(), |it, t| on_activity(it, |a| a.kind = if t == "inversion" { ActivityKind::Inversion } else { ActivityKind::ActividadOperativa }))/>
            {text("AEI a la que se alinea", "aei", |f| ao(f).map(|a| a.aei.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.aei = t))}
            {text("Centro de costo", "centro", |f| ao(f).and_then(|a| a.cost_centre.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.cost_centre = se::optional(t)))}
            {text("Unidad responsable", "responsable", |f| ao(f).and_then(|a| a.responsible.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.responsible = se::optional(t)))}
            {text("Unidad de medida física", "unidad", |f| ao(f).and_then(|a| a.physical_unit.clone()).unwrap_or_default(), |it, t| on_activity(it, |a| a.physical_unit = se::optional(t)))}
            {amount(format!("Meta física programada de {code}"), "fisica", |a| a.physical_programmed, |a, v| a.physical_programmed = v)}
            {amount(format!("Monto programado (S/) de {code}"), "monto", |a| a.financial_programmed, |a, v| a.financial_programmed = v)}
            <ItemButtons item=r.clone() name=code.clone() holds=String::new()/>
        </li>
    }
}

#[component]
pub fn ActivityEditor(
    /// Codes of the plan's activities, in order.
    codes: Vec<String>,
) -> impl IntoView {
    let state = use_app();
    let page = RwSignal::new(0usize);
    let total = codes.len();
    let codes = StoredValue::new(codes);
    let add = Callback::new(move |name: String| {
        let code = state
            .plan
            .with_untracked(|p| p.as_ref().map(structure::next_activity_code))
            .unwrap_or_default();
        // A new activity serves the plan's first AEI until the planner says which.
        let aei = state
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
        state.apply(PlanEdit::Insert {
            parent: Parent::Plan,
            index: usize::MAX,
            item: Item::Activity(Activity {
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
        })
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
