//! A free-text section of the report (context, conclusions…), kept with the draft.

use leptos::prelude::*;
use semaforo_engine::edit::{self, ReportSection};

use crate::state::use_document;

#[component]
pub fn ReportText(section: ReportSection, id: String, placeholder: String) -> impl IntoView {
    let title = section.title();
    let doc = use_document();
    let text = RwSignal::new(
        doc.plan
            .with_untracked(|p| p.as_ref().map(|p| section.text(p).to_string()))
            .unwrap_or_default(),
    );
    let refused = RwSignal::new(None::<String>);
    let area_id = format!("{id}-texto");
    let labelled_by = id.clone();
    view! {
        // Empty, it prints nothing rather than a bare heading.
        <section class="informe-seccion" class:vacia=move || text.with(|t| t.trim().is_empty()) aria-labelledby=labelled_by>
            <h2 id=id>{title}</h2>
            <label class="no-imprimir" for=area_id.clone()>{format!("Texto de «{title}»")}</label>
            <textarea
                class="no-imprimir"
                id=area_id
                rows="6"
                placeholder=placeholder
                prop:value=move || text.get()
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    text.set(t.clone());
                    let mut result = Ok(());
                    doc.edit(|p| result = edit::set_report_text(p, section, t));
                    refused.set(result.err());
                }
            ></textarea>
            {move || refused.get().map(|e| view! { <p class="campo-error no-imprimir" role="alert">{e}</p> })}
            <p class="solo-impresion texto-libre">{move || text.get()}</p>
        </section>
    }
}
