//! A report paragraph: generated from the figures, or the user's own words when edited. The
//! edit is kept with the draft and travels in the exported JSON.

use leptos::prelude::*;
use semaforo_engine::{edit, narrative};

use crate::state::use_document;

#[component]
pub fn NarrativeEditor(
    /// Objective code, or `narrative::INSTITUTION_KEY`.
    key: String,
) -> impl IntoView {
    let doc = use_document();
    let shown = {
        let key = key.clone();
        move || {
            doc.plan.with(|p| {
                doc.evaluation.with(|e| match (p, e) {
                    (Some(p), Some(e)) => narrative::text_for(p, e, &key),
                    _ => String::new(),
                })
            })
        }
    };
    let edited = {
        let key = key.clone();
        move || {
            doc.plan
                .with(|p| p.as_ref().is_some_and(|p| p.report.narratives.contains_key(&key)))
        }
    };
    let draft = RwSignal::new(
        doc.plan
            .with_untracked(|p| p.as_ref().and_then(|p| p.report.narratives.get(&key).cloned()))
            .unwrap_or_default(),
    );
    let refused = RwSignal::new(None::<String>);
    let area_id = format!("narrativa-{key}");
    let (k1, k2) = (key.clone(), key.clone());
    view! {
        <div class="narrativa">
            <p class="narrativa-texto" data-testid=format!("narrativa-{key}")>{shown.clone()}</p>
            <details class="no-imprimir">
                <summary>{move || if edited() { "Editar el texto (editado por usted)" } else { "Editar el texto (generado con las cifras)" }}</summary>
                <label for=area_id.clone()>"Texto del párrafo"</label>
                <textarea
                    id=area_id
                    rows="5"
                    prop:value=move || { let d = draft.get(); if d.is_empty() { shown() } else { d } }
                    on:input=move |ev| {
                        let t = event_target_value(&ev);
                        draft.set(t.clone());
                        let mut result = Ok(());
                        doc.edit(|p| result = edit::set_narrative(p, &k1, Some(t)));
                        refused.set(result.err());
                    }
                ></textarea>
                {move || refused.get().map(|e| view! { <p class="campo-error" role="alert">{e}</p> })}
                <button type="button" class="boton-secundario" on:click=move |_| {
                    draft.set(String::new());
                    refused.set(None);
                    // Clearing always succeeds.
                    doc.edit(|p| { let _ = edit::set_narrative(p, &k2, None); });
                }>"Volver al texto generado"</button>
            </details>
        </div>
    }
}
