//! Budget stages as the sources state them (POI approved, consistent with PIA, PIM…).

use leptos::prelude::*;

use super::ColumnHeads;

use crate::format;
use crate::state::use_document;

#[component]
pub fn StagesTable() -> impl IntoView {
    let doc = use_document();
    let stages = move || {
        doc.evaluation
            .with(|e| e.as_ref().map(|e| e.budget.stages.clone()).unwrap_or_default())
    };
    view! {
        <Show when=move || !stages().is_empty()>
            <table class="tabla" id="etapas">
                <caption>"Etapas del presupuesto"</caption>
                <thead>
                    <ColumnHeads names=&["Etapa", "Fuente", "Monto (S/)", "Inversiones", "AO", "AO e inversiones"]/>
                </thead>
                <tbody>
                    {move || stages().into_iter().map(|s| view! {
                        <tr>
                            <th scope="row">{s.stage.label()}</th>
                            <td>{s.source.clone().unwrap_or_default()}</td>
                            <td class="num">{format::amount(s.amount)}</td>
                            <td class="num">{format::count(s.investments)}</td>
                            <td class="num">{format::count(s.activities)}</td>
                            <td class="num">{format::count(s.total)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}
