//! Where a value came from — typed here, or merged from a unit's file — and its change log.

use leptos::prelude::*;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history;

use crate::format;
use crate::state::use_document;

/// One line of the log for people: "25/11/2026 10:05 · Rentas: 40 → 55" (local time).
fn entry_line(e: &semaforo_engine::HistoryEntry) -> String {
    format!(
        "{} · {}: {} → {}",
        format::when(&e.at),
        e.by,
        format::plain(e.old),
        format::plain(e.new)
    )
}

#[component]
pub fn ValueOrigin(field: FieldRef) -> impl IntoView {
    let doc = use_document();
    let f2 = field.clone();
    let origin = move || {
        doc.plan.with(|p| {
            let Some(p) = p else { return String::new() };
            match history::provenance(p, &field) {
                Some(e) => format!("Origen del valor: {}.", format::entry_sentence(e)),
                None => "Origen del valor: el archivo del plan tal como se cargó (sin cambios registrados).".into(),
            }
        })
    };
    let log = Memo::new(move |_| {
        doc.plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    history::entries_for(p, &f2)
                        .into_iter()
                        .map(entry_line)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div class="origen">
            <p data-testid="origen">{origin}</p>
            <Show when=move || log.with(|l| !l.is_empty())>
                <p>"Historial de este valor:"</p>
                <ol class="historial-item">
                    {move || log.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ol>
            </Show>
        </div>
    }
}
