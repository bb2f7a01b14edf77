//! One action (AEI) of the structure: its fields, its indicators, and adding one.

use leptos::prelude::*;
use semaforo_engine::structure::{ItemRef, Parent};

use super::{AddItem, IndicatorEditor, ItemButtons, TextEdit};
use crate::state::use_document;
use crate::structure_edit as se;

#[component]
pub fn ActionEditor(
    /// The action's code.
    code: String,
    /// Codes of its indicators, in order.
    indicators: Vec<String>,
    /// Years of the plan.
    years: Vec<i32>,
) -> impl IntoView {
    let doc = use_document();
    let r = ItemRef::Action(code.clone());
    let id = |what: &str| format!("est-{code}-{what}");
    let holds = match indicators.len() {
        0 => String::new(),
        1 => "1 indicador".to_string(),
        n => format!("{n} indicadores"),
    };
    let add = se::add_indicator(doc, Parent::Action(code.clone()));
    view! {
        <li class="est-accion" id=format!("est-{code}")>
            <div class="est-cabecera">
                <TextEdit of=code.clone() label="Código de la AEI".to_string() id=id("codigo")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Action>(f).map(|a| a.code.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Action>(it, |a| a.code = t))/>
                <TextEdit of=code.clone() label="Nombre".to_string() id=id("nombre")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Action>(f).map(|a| a.name.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Action>(it, |a| a.name = t))/>
                <TextEdit of=code.clone() label="Unidad responsable".to_string() id=id("responsable")
                    value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Action>(f).and_then(|a| a.responsible.clone()).unwrap_or_default())
                    on_commit=se::committer(doc, r.clone(), |it, t| se::on::<semaforo_engine::Action>(it, |a| a.responsible = se::optional(t)))/>
                <ItemButtons item=r.clone() name=code.clone() holds/>
            </div>
            <ul class="est-indicadores" aria-label=format!("Indicadores de {code}")>
                {indicators.into_iter().map(|c| view! { <IndicatorEditor code=c years=years.clone()/> }).collect_view()}
            </ul>
            <AddItem action=format!("Añadir indicador a {code}") id=id("nuevo-indicador") on_add=add/>
        </li>
    }
}
