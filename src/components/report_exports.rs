//! Getting the report out: print (or save as PDF) and the evaluation summary as JSON.

use leptos::prelude::*;

use crate::browser;
use crate::state::use_app;

#[component]
pub fn ReportExports() -> impl IntoView {
    let state = use_app();
    let summary = move |_| {
        state.plan.with_untracked(|p| {
            state.evaluation.with_untracked(|e| {
                let (Some(p), Some(e)) = (p, e) else { return };
                let stem = browser::file_stem(&p.entity.name, &p.plan.name, p.evaluation.year);
                let s = semaforo_engine::summary::summarize(p, e, None);
                let result = serde_json::to_string_pretty(&s)
                    .map_err(|e| e.to_string())
                    .and_then(|t| browser::download(&format!("{stem}_evaluacion.json"), "application/json", &t));
                if let Err(err) = result {
                    state.warn(format!("No se pudo exportar el resumen: {err}"));
                }
            })
        })
    };
    view! {
        <div class="acciones no-imprimir" role="group" aria-label="Exportar el informe">
            <button type="button" on:click=move |_| { window().print().ok(); }>"Imprimir o guardar como PDF"</button>
            <button type="button" on:click=summary>"Resumen de la evaluación (JSON)"</button>
        </div>
    }
}
