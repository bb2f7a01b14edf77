//! One row per OEI: result, light, counts, and how the result was computed.

use leptos::prelude::*;

use super::{DiagMark, LightBadge};
use crate::format;
use crate::state::use_app;

#[component]
pub fn ObjectiveTable() -> impl IntoView {
    let state = use_app();
    let rows = move || {
        state
            .evaluation
            .with(|e| e.as_ref().map(|e| e.objectives.clone()).unwrap_or_default())
    };
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
                {move || rows()
                    .into_iter()
                    .map(|o| {
                        let stated = state.plan.with(|p| p.as_ref().map(|p| format::declared_result(p, &o.code)));
                        view! {
                            <tr id=format!("oei-{}", o.code) data-testid=format!("oei-{}", o.code)>
                                <th scope="row">{o.code.clone()}<DiagMark anchor=format!("oei-{}", o.code)/></th>
                                <td>{o.name.clone()}</td>
                                <td class="num">{o.indicators_total}</td>
                                <td class="num">{o.indicators_met}</td>
                                <td class="num" data-testid="oei-resultado">
                                    {format::pct(o.result_pct)}
                                    <details class="como">
                                        <summary>"¿Cómo?"</summary>
                                        <p>{o.explanation.clone()}</p>
                                    </details>
                                </td>
                                <td class="num">{stated}</td>
                                <td><LightBadge light=o.light.clone()/></td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
