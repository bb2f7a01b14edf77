//! The objectives table: one row per OEI (see `ObjectiveRow`).

use leptos::prelude::*;

use super::{ColumnHeads, ObjectiveRow};
use crate::state::use_document;

#[component]
pub fn ObjectiveTable() -> impl IntoView {
    let doc = use_document();
    // Each row follows its own result: a changed figure updates its own cells.
    let codes = Memo::new(move |_| {
        doc.evaluation.with(|e| {
            e.as_ref()
                .map(|e| e.objectives.iter().map(|o| o.code.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <table class="tabla">
            <caption>"Resultado por objetivo estratégico institucional (OEI)"</caption>
            <thead>
                <ColumnHeads names=&["OEI", "Nombre", "Indicadores", "Cumplieron", "Resultado", "Declarado en la fuente", "Semáforo"]/>
            </thead>
            <tbody>
                // Redrawn only when the list of OEI changes (another plan), not on an edit.
                {move || codes.get().into_iter().enumerate().map(|(at, code)| view! { <ObjectiveRow code at/> }).collect_view()}
            </tbody>
        </table>
    }
}
