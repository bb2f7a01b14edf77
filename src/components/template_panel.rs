//! The Excel template: download it empty or with the plan on screen, and bring a filled one (or
//! CSV files saved from it) back in. Reading happens in the export worker; before anything
//! changes, a preview says what would be created and lists every problem with its sheet, row and
//! column. A file with errors imports nothing.

use leptos::prelude::*;
use semaforo_engine::load_plan_report;

use crate::browser;
use crate::session;
use crate::sharing::picked_files;
use crate::state::{use_app, use_document, use_notices, PendingImport};

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What the worker found in the files.
#[derive(Clone)]
struct Preview {
    files: String,
    plan: Option<semaforo_engine::Plan>,
    problems: Vec<(bool, String)>,
    counts: String,
}

/// The worker's answer (crates/export-worker, `import_report`): counts, problems, the plan.
fn read_report(files: String, bytes: &[u8]) -> Result<Preview, String> {
    let text = String::from_utf8_lossy(bytes);
    let (head, plan) = match text.split_once("\nPLAN\n") {
        Some((head, plan)) => (head, Some(load_plan_report(plan).map_err(|e| e.message)?.plan)),
        None => (text.as_ref(), None),
    };
    let mut lines = head.lines();
    let counts = lines.next().unwrap_or_default().to_string();
    let problems = lines
        .filter_map(|l| l.split_once('\t'))
        .map(|(kind, sentence)| (kind == "E", sentence.to_string()))
        .collect::<Vec<_>>();
    // Errors first: they are what stands between the file and the plan.
    let (mut problems, warnings): (Vec<_>, Vec<_>) = problems.into_iter().partition(|(e, _)| *e);
    problems.extend(warnings);
    Ok(Preview {
        files,
        plan,
        problems,
        counts,
    })
}

#[component]
pub fn TemplatePanel() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let notices = use_notices();
    let busy = RwSignal::new(None::<&'static str>);
    let preview = RwSignal::new(None::<Preview>);
    let download = move |with_plan: bool| {
        let plan = if with_plan {
            match doc.plan.with_untracked(|p| p.as_ref().map(semaforo_plan_json::to_json)) {
                Some(Ok(text)) => text,
                _ => return notices.warn("No hay un plan en pantalla para exportar."),
            }
        } else {
            String::new()
        };
        let name = if with_plan {
            doc.plan
                .with_untracked(|p| p.as_ref().map(|p| semaforo_export::file_name(p, "plantilla", "xlsx")))
                .unwrap_or_default()
        } else {
            "plantilla-semaforo.xlsx".to_string()
        };
        busy.set(Some(if with_plan {
            "Preparando la plantilla con el plan…"
        } else {
            "Preparando la plantilla…"
        }));
        let what = if with_plan { "plantilla-plan" } else { "plantilla" };
        crate::export_worker::build(what.into(), plan, false, move |result| {
            busy.set(None);
            match result.and_then(|b| browser::download_bytes(&name, XLSX_MIME, &b)) {
                Ok(()) => notices.say(format!(
                    "Se descargó «{name}» (en la carpeta de descargas del navegador)."
                )),
                Err(e) => notices.warn(format!("No se pudo preparar la plantilla: {e}")),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let picked = picked_files(&input);
        input.set_value("");
        if picked.is_empty() {
            return;
        }
        preview.set(None);
        busy.set(Some("Leyendo el archivo…"));
        leptos::task::spawn_local(async move {
            let mut files = Vec::new();
            for f in picked {
                let name = f.name();
                match browser::read_bytes(f).await {
                    Ok(bytes) => files.push((name, bytes)),
                    Err(e) => {
                        busy.set(None);
                        return notices.warn(e);
                    }
                }
            }
            let names = files
                .iter()
                .map(|(n, _)| format!("«{n}»"))
                .collect::<Vec<_>>()
                .join(", ");
            crate::export_worker::import(files, move |result| {
                busy.set(None);
                match result.and_then(|b| read_report(names, &b)) {
                    Ok(p) => preview.set(Some(p)),
                    Err(e) => notices.warn(format!("No se pudo leer el archivo: {e}")),
                }
            });
        });
    };
    let confirm = move |_| {
        let Some(p) = preview.get_untracked() else { return };
        let Some(plan) = p.plan else { return };
        preview.set(None);
        session::offer_import(
            state,
            PendingImport {
                plan,
                file_name: p.files,
                note: Some("Importado desde la plantilla Excel.".into()),
            },
        );
    };
    view! {
        <section class="plantilla" aria-labelledby="plantilla-titulo">
            <h3 id="plantilla-titulo">"Plantilla Excel"</h3>
            <p>
                "Para llenar el plan en Excel: descargue la plantilla (una hoja por tabla: datos del plan, OEI, AEI, indicadores con una columna por año, "
                "valores obtenidos, actividades, centros de costo, etapas del presupuesto), llénela y vuelva a importarla aquí. "
                "También se aceptan archivos .ods y CSV guardados desde Excel (separados por punto y coma, con coma decimal)."
            </p>
            <div class="acciones">
                <button type="button" disabled=move || busy.with(Option::is_some) on:click=move |_| download(false)>"Descargar plantilla vacía (.xlsx)"</button>
                <button type="button" class="boton-secundario" disabled=move || busy.with(Option::is_some) on:click=move |_| download(true)>"Exportar a Excel (plantilla) el plan en pantalla"</button>
                <label class="boton-archivo">
                    "Importar desde Excel o CSV"
                    <input type="file" multiple accept=".xlsx,.ods,.csv,text/csv" aria-label="Importar plan desde Excel o CSV" on:change=on_pick/>
                </label>
            </div>
            <p class="campo-nota" aria-live="polite">{move || busy.get()}</p>
            {move || preview.get().map(|p| {
                let errors = p.problems.iter().filter(|(e, _)| *e).count();
                let warnings = p.problems.len() - errors;
                let ok = p.plan.is_some();
                let head = if ok {
                    format!("{}: se creará un plan con {}.", p.files, p.counts)
                } else {
                    let n = if errors == 1 { "1 error".to_string() } else { format!("{errors} errores") };
                    format!("{}: {n}; no se importa nada. Corríjalos en el archivo y vuelva a elegirlo (se leyeron {}).", p.files, p.counts)
                };
                view! {
                    <div class="vista-previa" data-testid="vista-previa-importacion" role="region" aria-label="Vista previa de la importación">
                        <p class:campo-error=!ok><strong>{head}</strong></p>
                        <Show when=move || warnings != 0>
                            <p>{if warnings == 1 { "1 aviso (no impide importar):".to_string() } else { format!("{warnings} avisos (no impiden importar):") }}</p>
                        </Show>
                        <ul data-testid="problemas-importacion">
                            {p.problems.into_iter().map(|(e, t)| view! { <li class:campo-error=e>{t}</li> }).collect_view()}
                        </ul>
                        <div class="acciones">
                            <Show when=move || ok>
                                <button type="button" class="boton-principal" on:click=confirm>"Importar"</button>
                            </Show>
                            <button type="button" class="boton-secundario" on:click=move |_| preview.set(None)>"Cancelar"</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
