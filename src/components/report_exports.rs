//! Getting the report out: print (or save as PDF), the Excel workbook, one CSV per table, and
//! the evaluation summary as JSON. File names carry the entity, plan and year.

use leptos::prelude::*;
use semaforo_engine::json_text::indent;
use semaforo_engine::{Evaluation, Plan};

use crate::browser;
use crate::state::{use_app, AppState};

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Runs `f` with the plan and its evaluation, and reports a failure to the user.
fn with_both(state: AppState, f: impl FnOnce(&Plan, &Evaluation) -> Result<(), String>) {
    let result = state.plan.with_untracked(|p| {
        state.evaluation.with_untracked(|e| match (p, e) {
            (Some(p), Some(e)) => f(p, e),
            _ => Ok(()),
        })
    });
    if let Err(err) = result {
        state.warn(format!("No se pudo exportar: {err}"));
    }
}

#[component]
pub fn ReportExports() -> impl IntoView {
    let state = use_app();
    let summary = move |_| {
        with_both(state, |p, e| {
            let s = semaforo_engine::summary::summarize(p, e, None);
            let text = serde_json::to_string(&s)
                .map(|t| indent(&t))
                .map_err(|e| e.to_string())?;
            browser::download(
                &semaforo_export::file_name(p, "evaluacion", "json"),
                "application/json",
                &text,
            )
        })
    };
    let busy = RwSignal::new(false);
    let workbook = move |_| {
        let request = state.plan.with_untracked(|p| {
            p.as_ref().map(|p| {
                (
                    semaforo_plan_json::to_json(p),
                    semaforo_export::file_name(p, "evaluacion", "xlsx"),
                )
            })
        });
        let Some((Ok(json), name)) = request else { return };
        busy.set(true);
        crate::export_worker::build_xlsx(json, state.strict.get_untracked(), move |result| {
            busy.set(false);
            if let Err(err) = result.and_then(|bytes| browser::download_bytes(&name, XLSX_MIME, &bytes)) {
                state.warn(format!("No se pudo exportar: {err}"));
            }
        });
    };
    let table_ids: Vec<(&'static str, &'static str)> = semaforo_export::tables::TABLE_IDS
        .iter()
        .map(|id| (*id, semaforo_export::sheet_name(id)))
        .collect();
    view! {
        <div class="exportar no-imprimir" role="group" aria-label="Exportar el informe">
            <div class="acciones">
                <button type="button" on:click=move |_| { window().print().ok(); }>"Imprimir o guardar como PDF"</button>
                <button type="button" on:click=workbook disabled=move || busy.get()>
                    {move || if busy.get() { "Preparando el archivo Excel…" } else { "Descargar Excel (.xlsx)" }}
                </button>
                <button type="button" on:click=summary>"Resumen de la evaluación (JSON)"</button>
            </div>
            <details>
                <summary>"Descargar tablas en CSV (una por tabla)"</summary>
                <div class="acciones">
                    {table_ids.into_iter().map(|(id, title)| view! {
                        <button type="button" class="boton-secundario" on:click=move |_| with_both(state, |p, e| {
                            let table = semaforo_export::tables(p, e).into_iter().find(|t| t.id == id).ok_or("tabla desconocida")?;
                            browser::download(&semaforo_export::file_name(p, id, "csv"), "text/csv;charset=utf-8", &semaforo_export::to_csv(&table))
                        })>{format!("CSV: {title}")}</button>
                    }).collect_view()}
                </div>
            </details>
        </div>
    }
}
