//! Every inconsistency the engine found, each linking to the row it concerns.

use leptos::prelude::*;
use semaforo_engine::{Diagnostic, Severity};

use super::{page_range, Pager};
use crate::format;

/// Observations listed at once; a large plan can have tens of thousands.
const PAGE: usize = 200;
use crate::state::{use_document, use_navigation};

#[component]
pub fn DiagnosticsView() -> impl IntoView {
    let navigation = use_navigation();
    let doc = use_document();
    let filter = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);
    let shown = move |d: &&Diagnostic| filter.with(|f| f.is_empty() || d.severity.label() == f);
    let total = Signal::derive(move || {
        doc.evaluation.with(|e| {
            e.as_ref()
                .map(|e| e.diagnostics.iter().filter(shown).count())
                .unwrap_or(0)
        })
    });
    let list = move || {
        let range = page_range(total.get(), page.get(), PAGE);
        doc.evaluation.with(|e| {
            e.as_ref()
                .map(|e| {
                    let page = e.diagnostics.iter().filter(shown).skip(range.start).take(range.len());
                    page.cloned().collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let count = move |s: Severity| {
        doc.evaluation.with(|e| {
            e.as_ref()
                .map(|e| e.diagnostics.iter().filter(|d| d.severity == s).count())
                .unwrap_or(0)
        })
    };
    let notes = move || {
        doc.plan
            .with(|p| p.as_ref().map(|p| p.source_notes.clone()).unwrap_or_default())
    };
    view! {
        <section aria-labelledby="diagnosticos-titulo">
            <h2 id="diagnosticos-titulo">"Diagnósticos: inconsistencias de los datos"</h2>
            <p>
                {move || {
                    use semaforo_engine::words::count as n;
                    format!(
                        "{}, {} y {}.",
                        n(count(Severity::Error) as u64, "error", "errores"),
                        n(count(Severity::Warning) as u64, "aviso", "avisos"),
                        n(count(Severity::Info) as u64, "nota", "notas")
                    )
                }}
            </p>
            <label class="no-imprimir" for="filtro-severidad">"Mostrar"</label>
            <select id="filtro-severidad" on:change=move |ev| {
                filter.set(event_target_value(&ev));
                page.set(0);
            }>
                <option value="">"Todos"</option>
                <option value="Error">"Solo errores"</option>
                <option value="Aviso">"Solo avisos"</option>
                <option value="Nota">"Solo notas"</option>
            </select>
            <Pager total page size=PAGE what="observaciones"/>
            <ol class="diagnosticos" start=move || (page.get() * PAGE + 1).to_string()>
                {move || list().into_iter().map(|d| {
                    let anchor = format::anchor(&d.row());
                    let code = d.code.name();
                    let sev = d.severity.label();
                    let place = semaforo_engine::diagnostic::place(&d.path);
                    view! {
                        <li class=format!("diag diag-{}", sev.to_lowercase())>
                            <strong>{sev}</strong>" "
                            <a href=format!("#{anchor}") on:click=move |ev| {
                                ev.prevent_default();
                                format::go_to(navigation, anchor.clone());
                            }>{place}</a>
                            <p>{d.message.clone()}</p>
                            // The code and path are for IT staff and scripts (the CLI prints them too).
                            <details class="detalle-ti no-imprimir">
                                <summary>"Detalle técnico"</summary>
                                <code>{code}</code>" · "<code>{d.path.clone()}</code>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Show when=move || !notes().is_empty()>
                <h3>"Observaciones sobre la fuente"</h3>
                <ul>{move || notes().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </Show>
        </section>
    }
}
