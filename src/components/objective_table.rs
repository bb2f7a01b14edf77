//! The objectives table: one row per OEI (see `ObjectiveRow`).

use leptos::prelude::*;

use super::ObjectiveRow;
use crate::state::use_app;

#[component]
pub fn ObjectiveTable() -> impl IntoView {
    let state = use_app();
    // Rows are kept by code: a changed figure updates its own cells, nothing is rebuilt.
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
                <For
                    each=move || codes.get().into_iter().enumerate()
                    key=|(_, code)| code.clone()
                    children=move |(at, code)| view! { <ObjectiveRow code at/> }
                />
            </tbody>
        </table>
    }
}
