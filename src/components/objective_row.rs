//! One OEI of the objectives table. Each cell follows the evaluation on its own, so an edit
//! rewrites figures in place (the whole table used to be rebuilt on every keystroke).

use leptos::prelude::*;
use semaforo_engine::rollup::GroupResult;

use super::{DiagMark, LightBadge};
use crate::format;
use crate::state::use_app;

#[component]
pub fn ObjectiveRow(
    code: String,
    /// Where the evaluation lists this objective (checked against the code).
    #[prop(optional)]
    at: Option<usize>,
) -> impl IntoView {
    let state = use_app();
    // Cells read the evaluation directly rather than through a memo of the whole row: each memo
    // type costs the page's download several KB.
    let find = {
        let code = code.clone();
        move |f: &dyn Fn(&GroupResult) -> String| {
            state.evaluation.with(|e| {
                e.as_ref()
                    .and_then(|e| e.objective_at(at, &code))
                    .map(f)
                    .unwrap_or_default()
            })
        }
    };
    let cell = move |f: fn(&GroupResult) -> String| {
        let find = find.clone();
        move || find(&f)
    };
    // The badge is redrawn only when the light changes.
    let light = {
        let code = code.clone();
        Memo::new(move |_| {
            state.evaluation.with(|e| {
                e.as_ref()
                    .and_then(|e| e.objective_at(at, &code))
                    .map(|o| o.light.clone())
            })
        })
    };
    let stated = {
        let code = code.clone();
        move || {
            state
                .plan
                .with(|p| p.as_ref().map(|p| format::declared_result(p, &code)))
        }
    };
    view! {
        <tr id=format!("oei-{code}") data-testid=format!("oei-{code}")>
            <th scope="row">{code.clone()}<DiagMark anchor=format!("oei-{code}")/></th>
            <td>{cell(|o| o.name.clone())}</td>
            <td class="num">{cell(|o| o.indicators_total.to_string())}</td>
            <td class="num">{cell(|o| o.indicators_met.to_string())}</td>
            <td class="num" data-testid="oei-resultado">
                {cell(|o| format::pct(o.result_pct))}
                <details class="como">
                    <summary>"¿Cómo?"</summary>
                    <p>{cell(|o| o.explanation.clone())}</p>
                </details>
            </td>
            <td class="num">{stated}</td>
            <td>{move || light.get().map(|light| view! { <LightBadge light/> })}</td>
        </tr>
    }
}
