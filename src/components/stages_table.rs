//! Budget stages as the sources state them (POI approved, consistent with PIA, PIM…).

use leptos::prelude::*;

use crate::format;
use crate::state::use_app;

#[component]
pub fn StagesTable() -> impl IntoView {
    let state = use_app();
    let stages = move || {
        state
            .evaluation
            .with(|e| e.as_ref().map(|e| e.budget.stages.clone()).unwrap_or_default())
    };
    view! {
        <Show when=move || !stages().is_empty()>
            <table class="tabla" id="etapas">
                <caption>"Etapas del presupuesto"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Etapa"</th>
                        <th scope="col">"Fuente"</th>
                        <th scope="col">"Monto (S/)"</th>
                        <th scope="col">"Inversiones"</th>
                        <th scope="col">"AO"</th>
                        <th scope="col">"AO e inversiones"</th>
                    </tr>
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
