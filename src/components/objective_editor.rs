//! One objective (OEI) of the structure: its fields, its own indicators, its actions, and adding
//! either.

use leptos::prelude::*;
use semaforo_engine::structure::{self, Item, ItemRef, Parent};
use semaforo_engine::Action;

use super::{ActionEditor, AddItem, IndicatorEditor, ItemButtons, TextEdit};
use crate::state::use_document;
use crate::structure_edit as se;

fn count(n: usize, one: &str, many: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    }
}

#[component]
pub fn ObjectiveEditor(
    /// The objective's code.
    code: String,
    /// Codes of its own indicators, in order.
    indicators: Vec<String>,
    /// Its actions' codes, each with its indicators' codes.
    actions: Vec<(String, Vec<String>)>,
    /// Years of the plan.
    years: Vec<i32>,
) -> impl IntoView {
    let doc = use_document();
    let r = ItemRef::Objective(code.clone());
    let id = |what: &str| format!("est-{code}-{what}");
    let all_indicators = indicators.len() + actions.iter().map(|(_, i)| i.len()).sum::<usize>();
    let holds = [
        count(actions.len(), "acción", "acciones"),
        count(all_indicators, "indicador", "indicadores"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" y ");
    let add_indicator = se::add_indicator(doc, Parent::Objective(code.clone()));
    let add_action = {
        let code = code.clone();
        Callback::new(move |name: String| {
            let new_code = doc
                .plan
                .with_untracked(|p| p.as_ref().map(|p| structure::next_action_code(p, &code)))
                .unwrap_or_default();
            doc.append(
                Parent::Objective(code.clone()),
                Item::Action(Action {
                    code: new_code,
                    name,
                    priority: None,
                    responsible: None,
                    indicators: Vec::new(),
                    declared: None,
                }),
            )
        })
    };
    let y2 = years.clone();
    view! {
        <li class="est-objetivo" id=format!("est-{code}")>
            <div class="est-cabecera">
                <TextEdit of=code.clone() label="Código del OEI".to_string() id=id("codigo")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Objective>(f).map(|o| o.code.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Objective>(it, |o| o.code = t))/>
                <TextEdit of=code.clone() label="Nombre".to_string() id=id("nombre")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Objective>(f).map(|o| o.name.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Objective>(it, |o| o.name = t))/>
                <TextEdit of=code.clone() label="Prioridad".to_string() id=id("prioridad") kind="number"
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Objective>(f).and_then(|o| o.priority).map(|p| p.to_string()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| {
                        let p = se::whole(&t, "La prioridad")?.map(|p| u32::try_from(p).map_err(|_| "La prioridad es un número desde 1.")).transpose()?;
                        se::on::<semaforo_engine::Objective>(it, |o| o.priority = p)
                    })/>
                <TextEdit of=code.clone() label="Unidad responsable".to_string() id=id("responsable")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Objective>(f).and_then(|o| o.responsible.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Objective>(it, |o| o.responsible = se::optional(t)))/>
                <ItemButtons item=r.clone() name=code.clone() holds/>
            </div>
            <ul class="est-indicadores" aria-label=format!("Indicadores propios de {code}")>
                {indicators.into_iter().map(|c| view! { <IndicatorEditor code=c years=years.clone()/> }).collect_view()}
            </ul>
            <AddItem action=format!("Añadir indicador a {code}") id=id("nuevo-indicador") on_add=add_indicator/>
            <ul class="est-acciones" aria-label=format!("Acciones de {code}")>
                {actions.into_iter().map(|(c, inds)| view! { <ActionEditor code=c indicators=inds years=y2.clone()/> }).collect_view()}
            </ul>
            <AddItem action=format!("Añadir AEI a {code}") id=id("nueva-aei") on_add=add_action/>
        </li>
    }
}
