//! The *Método* screen: every rule the plan's figures follow, where each comes from, and what the
//! institution's figure would be under each alternative. Choosing an option changes the plan
//! (logged, undoable, saved in the file) like any other edit.

use leptos::prelude::*;
use semaforo_engine::method;

use super::{BandsEditor, BandsLegend, MethodRule};
use crate::state::use_document;

#[component]
pub fn MethodView() -> impl IntoView {
    let doc = use_document();
    // Worked out only while this screen is drawn: each alternative is a roll-up of its own.
    let rules = Memo::new(move |_| doc.plan.with(|p| p.as_ref().map(method::rules).unwrap_or_default()));
    view! {
        <section id="metodo" aria-labelledby="metodo-titulo">
            <h2 id="metodo-titulo">"Método de evaluación"</h2>
            <p>
                "Las reglas con que se calculan las cifras de este plan, de dónde viene cada una y qué cifra daría cada alternativa. "
                "Cambiar una regla es un cambio del plan: queda en el historial, se puede deshacer y se guarda en el archivo."
            </p>
            {move || doc.strict.get().then(|| view! {
                <p class="aviso-metodo" role="note">
                    "La lectura estricta está activa en pantalla; las cifras de este panel siguen la regla del plan sobre el juicio del evaluador."
                </p>
            })}
            <BandsLegend/>
            <BandsEditor/>
            {move || rules.get().into_iter().map(|rule| view! { <MethodRule rule/> }).collect_view()}
        </section>
    }
}
