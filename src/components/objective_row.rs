//! One OEI of the objectives table. Each cell follows the evaluation on its own, so an edit
//! rewrites figures in place (the whole table used to be rebuilt on every keystroke).

use leptos::prelude::*;
use semaforo_engine::rollup::GroupResult;

use super::{DiagMark, LightBadge, TrendRows, TrendTable};
use crate::format;
use crate::state::{use_document, use_navigation};

#[component]
pub fn ObjectiveRow(
    code: String,
    /// Where the evaluation lists this objective (checked against the code).
    #[prop(optional)]
    at: Option<usize>,
) -> impl IntoView {
    let navigation = use_navigation();
    let doc = use_document();
    // Cells read the evaluation directly rather than through a memo of the whole row: each memo
    // type costs the page's download several KB.
    let find = {
        let code = code.clone();
        move |f: &dyn Fn(&GroupResult) -> String| {
            doc.evaluation.with(|e| {
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
            doc.evaluation.with(|e| {
                e.as_ref()
                    .and_then(|e| e.objective_at(at, &code))
                    .map(|o| o.light.clone())
            })
        })
    };
    let stated = {
        let code = code.clone();
        move || doc.plan.with(|p| p.as_ref().map(|p| format::declared_result(p, &code)))
    };
    let open = RwSignal::new(false);
    let explained_id = format!("oei-{code}-como");
    // Which indicators met and which did not, each a link to its row on Indicadores.
    let members = {
        let code = code.clone();
        move || {
            doc.evaluation.with(|e| {
                let e = e.as_ref()?;
                let o = e.objective_at(at, &code)?;
                Some(
                    e.members_by_status(o)
                        .into_iter()
                        .map(|(status, list)| {
                            let n = list.len();
                            let links = list
                                .into_iter()
                                .map(|i| {
                                    let anchor = format!("ind-{}", i.code);
                                    let title = format!("{} — {}", i.code, i.name);
                                    view! {
                                        <a href=format!("#{anchor}") title=title on:click=move |ev| {
                                            ev.prevent_default();
                                            format::go_to(navigation, anchor.clone());
                                        }>{i.code.clone()}</a>
                                        " "
                                    }
                                })
                                .collect_view();
                            view! { <li><strong>{format!("{} ({n})", status.heading())}</strong>": "{links}</li> }
                        })
                        .collect_view(),
                )
            })
        }
    };
    view! {
        <tr id=format!("oei-{code}") data-testid=format!("oei-{code}")>
            <th scope="row">{code.clone()}<DiagMark anchor=format!("oei-{code}")/></th>
            <td>{cell(|o| o.name.clone())}</td>
            <td class="num" data-testid="oei-indicadores">{cell(|o| o.informed_text())}</td>
            <td class="num">{cell(|o| o.counts.met.to_string())}</td>
            <td class="num" data-testid="oei-resultado">
                {cell(|o| format::pct(o.result_pct))}
                " "
                <button
                    type="button"
                    class="como-boton no-imprimir"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=explained_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "¿Cómo?"
                </button>
            </td>
            <td class="num">{stated}</td>
            <td>{move || light.get().map(|light| view! { <LightBadge light/> })}</td>
        </tr>
        // The explanation takes a row of its own, the table's width, so opening it never widens
        // the page; drawn only while open.
        <tr id=explained_id class="como-fila no-imprimir" hidden=move || !open.get()>
            <td colspan="7">
                {move || open.get().then(|| view! {
                    <p>{cell(|o| o.explanation.clone())}</p>
                    <ul class="como-indicadores">{members.clone()}</ul>
                    {
                        let code = code.clone();
                        move || doc.trend.with(|t| t.as_ref().is_some_and(|t| t.compares())).then(|| view! {
                            <TrendTable id=format!("evolucion-{code}") caption=format!("{code} y sus indicadores por periodo") which=TrendRows::Objective(code.clone())/>
                        })
                    }
                })}
            </td>
        </tr>
    }
}
