//! Getting the report out: print (or save as PDF), the Excel workbook, one CSV per table, and
//! the evaluation summary as JSON. File names carry the entity, plan and year.

use leptos::prelude::*;

use semaforo_engine::edit::ReportSection;

use crate::browser;
use crate::state::{use_document, use_notices};

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn ReportExports() -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    // Which file is being prepared (its button's label), while the worker builds it.
    let busy = RwSignal::new(None::<String>);
    // Files are written by the export worker (src/export_worker.rs): their code stays out of the
    // page's download. `what` is the worker's name for the file.
    let ask = move |what: String, label: String, suffix: String, ext: &'static str, mime: &'static str| {
        let request = doc.plan.with_untracked(|p| {
            p.as_ref().map(|p| {
                (
                    semaforo_plan_json::to_json(p),
                    semaforo_export::file_name(p, &suffix, ext),
                )
            })
        });
        let Some((plan, name)) = request else { return };
        let plan = match plan {
            Ok(plan) => plan,
            Err(e) => return notices.warn(format!("No se pudo exportar: {e}")),
        };
        busy.set(Some(label));
        crate::export_worker::build(what, plan, doc.strict.get_untracked(), move |result| {
            busy.set(None);
            if let Err(err) = result.and_then(|bytes| browser::download_bytes(&name, mime, &bytes)) {
                notices.warn(format!("No se pudo exportar: {err}"));
            }
        });
    };
    let idle = move || busy.with(Option::is_none);
    // The office's own sections still empty: they print nothing, so it is said before printing.
    let empty_sections = move || {
        doc.plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    ReportSection::empty(p)
                        .into_iter()
                        .map(|s| format!("«{}»", s.title()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let file_button =
        move |what: String, label: String, suffix: &'static str, ext: &'static str, mime: &'static str| {
            let text = label.clone();
            view! {
                <button type="button" class=if ext == "csv" { "boton-secundario" } else { "" } disabled=move || !idle()
                    on:click=move |_| ask(what.clone(), label.clone(), suffix.to_string(), ext, mime)>
                    {text}
                </button>
            }
        };
    let table_ids: Vec<(&'static str, &'static str)> = semaforo_export::tables::TABLE_IDS
        .iter()
        .map(|id| (*id, semaforo_export::sheet_name(id)))
        .collect();
    // Inside the report, the whole report is drawn before the print dialog opens.
    let parts = use_context::<super::report_view::ReportParts>();
    let print = move || match parts {
        Some(parts) => parts.print(),
        None => {
            window().print().ok();
        }
    };
    view! {
        <div class="exportar no-imprimir" role="group" aria-label="Exportar el informe">
            <div class="acciones">
                <button type="button" on:click=move |_| print()>"Imprimir o guardar como PDF"</button>
                {file_button("xlsx".into(), "Descargar Excel (.xlsx)".into(), "evaluacion", "xlsx", XLSX_MIME)}
                {file_button("resumen".into(), "Resumen de la evaluación (JSON)".into(), "evaluacion", "json", "application/json")}
            </div>
            {move || {
                let empty = empty_sections();
                (!empty.is_empty()).then(|| view! {
                    <p class="aviso-vacias" data-testid="secciones-vacias">
                        {format!(
                            "Antes de imprimir: {} {} vacía{} y no se imprimirá{}. Escríbala{} más abajo, en el informe.",
                            semaforo_engine::words::join_y(&empty),
                            if empty.len() == 1 { "está" } else { "están" },
                            if empty.len() == 1 { "" } else { "s" },
                            if empty.len() == 1 { "" } else { "n" },
                            if empty.len() == 1 { "" } else { "s" },
                        )}
                    </p>
                })
            }}
            <p class="campo-nota" role="status">
                {move || busy.get().map(|label| format!("Preparando «{label}»…"))}
            </p>
            <details>
                <summary>"Descargar tablas en CSV (una por tabla)"</summary>
                <div class="acciones">
                    {table_ids.into_iter().map(|(id, title)| {
                        file_button(format!("csv:{id}"), format!("CSV: {title}"), id, "csv", "text/csv;charset=utf-8")
                    }).collect_view()}
                </div>
            </details>
        </div>
    }
}
