//! The report's annex on the method: every rule in force, its source and what each alternative
//! would give — so a reader of the printed report can tell why each figure is what it is.

use leptos::prelude::*;
use semaforo_engine::method;

use super::BandsLegend;
use crate::state::use_document;

#[component]
pub fn ReportMethod() -> impl IntoView {
    let doc = use_document();
    let rules = Memo::new(move |_| doc.plan.with(|p| p.as_ref().map(method::rules).unwrap_or_default()));
    view! {
        <section class="informe-seccion salto" aria-labelledby="informe-metodo" data-testid="informe-metodo">
            <h2 id="informe-metodo">"Anexo: método de evaluación"</h2>
            <BandsLegend/>
            {move || rules.get().into_iter().map(|r| {
                let options = r.options.iter().map(|o| {
                    let mark = if o.in_force { " (en uso)" } else { "" };
                    view! { <li>{format!("{}{mark} — {}", o.label, r.option_outcome(o))}</li> }
                }).collect_view();
                view! {
                    <h3>{r.title}</h3>
                    <p>{r.in_force}</p>
                    <p class="fuente">"Fuente: "{r.source}</p>
                    <ul>{options}</ul>
                }
            }).collect_view()}
        </section>
    }
}
