//! The objectives table: one row per OEI (see `ObjectiveRow`).

use leptos::prelude::*;

use super::ObjectiveRow;
use crate::state::use_app;

#[component]
pub fn ObjectiveTable() -> impl IntoView {
    let state = use_app();
    // Each row follows its own result: a changed figure updates its own cells.
    let codes = Memo::new(move |_| {
        state.evaluation.with(|e| {
            e.as_ref()
                .map(|e| e.objectives.iter().map(|o| o.code.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <table class="tabla">
            <caption>"Resultado por objetivo estratégico institucional (OEI)"</caption>
            <thead>
                <tr>
                    <th scope="col">"OEI"</th>
                    <th scope="col">"Nombre"</th>
                    <th scope="col">"Indicadores"</th>
                    <th scope="col">"Cumplieron"</th>
                    <th scope="col">"Resultado"</th>
                    <th scope="col">"Declarado en la fuente"</th>
                    <th scope="col">"Semáforo"</th>
                </tr>
            </thead>
            <tbody>
                // Redrawn only when the list of OEI changes (another plan), not on an edit.
                {move || codes.get().into_iter().enumerate().map(|(at, code)| view! { <ObjectiveRow code at/> }).collect_view()}
            </tbody>
        </table>
    }
}
