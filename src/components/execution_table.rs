//! Physical execution and financial follow-up per OEI and AEI. Rows of a source table can be
//! edited; rows are drawn once per plan so a field keeps its focus while figures update.

use leptos::prelude::*;
use semaforo_engine::budget::ExecutionLine;
use semaforo_engine::edit;
use semaforo_engine::field::FieldRef;

use super::{ColumnHeads, DiagMark, NumberField};
use crate::format;
use crate::state::use_document;

#[component]
pub fn ExecutionTable() -> impl IntoView {
    let doc = use_document();
    // (objective index, code, name, number of lines) — the shape, fixed until another plan opens.
    let shape = Memo::new(move |_| {
        doc.plan_rev.get();
        doc.evaluation.with_untracked(|e| {
            e.as_ref().and_then(|e| e.budget.execution.as_ref()).map(|x| {
                (
                    x.title.clone(),
                    x.objectives
                        .iter()
                        .map(|o| (o.code.clone(), o.name.clone(), o.actions.len()))
                        .collect::<Vec<_>>(),
                )
            })
        })
    });
    let objective = move |oi: usize| {
        doc.evaluation.with(|e| {
            e.as_ref()
                .and_then(|e| e.budget.execution.as_ref())
                .and_then(|x| x.objectives.get(oi).cloned())
        })
    };
    let line =
        move |oi: usize, li: usize| -> Option<ExecutionLine> { objective(oi).and_then(|o| o.actions.get(li).cloned()) };
    move || {
        shape.get().map(|(title, objectives)| {
            let body = objectives
                .into_iter()
                .enumerate()
                .map(|(oi, (code, name, n))| {
                    let lines = (0..n)
                        .map(|li| {
                            let first = line(oi, li);
                            let code = first.as_ref().map(|l| l.code.clone()).unwrap_or_default();
                            let row_index = first.as_ref().and_then(|l| l.row_index);
                            let physical_cell = match row_index {
                                Some(idx) => {
                                    let check = Callback::new(|t: String| edit::read_typed_amount(&t));
                                    let current = doc.reader(FieldRef::ExecutionRow(idx));
                                    let on_commit = Callback::new(move |v| doc.record(&FieldRef::ExecutionRow(idx), v));
                                    view! {
                                        <NumberField
                                            label=format!("Ejecución física (%) de {code}, fila {}", idx + 1)
                                            id=format!("fisica-{idx}")
                                            initial=first.as_ref().and_then(|l| l.physical_pct)
                                            check
                                            on_commit
                                            current
                                            printed=format::pct
                                        />
                                    }
                                    .into_any()
                                }
                                None => view! { <span>{move || format::pct(line(oi, li).and_then(|l| l.physical_pct))}</span> }.into_any(),
                            };
                            view! {
                                <tr id=format!("ex-{code}") class="fila-aei">
                                    <th scope="row">{code.clone()}<DiagMark anchor=format!("ex-{code}")/></th>
                                    <td>{first.as_ref().map(|l| l.name.clone()).unwrap_or_default()}</td>
                                    <td class="num">{move || format::count(line(oi, li).and_then(|l| l.count))}</td>
                                    <td class="num">{move || format::amount(line(oi, li).and_then(|l| l.financial))}</td>
                                    <td class="num">
                                        {physical_cell}
                                        {move || line(oi, li).and_then(|l| match (l.physical_pct, l.physical_in_mean) {
                                            (Some(_), None) => Some(view! { <small class="nota-regla">" fuera del promedio"</small> }),
                                            (None, Some(_)) => Some(view! { <small class="nota-regla">" cuenta como 0 %"</small> }),
                                            _ => None,
                                        })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr id=format!("ex-{code}") class="fila-oei">
                            <th scope="row">{code.clone()}<DiagMark anchor=format!("ex-{code}")/></th>
                            <td>{name}</td>
                            <td class="num">{move || objective(oi).map(|o| o.count.to_string()).unwrap_or_default()}</td>
                            <td class="num">{move || format::amount(objective(oi).map(|o| o.financial))}</td>
                            <td class="num" data-testid=format!("fisica-{code}")>{move || format::pct(objective(oi).and_then(|o| o.physical_pct))}</td>
                        </tr>
                        {lines}
                    }
                })
                .collect_view();
            view! {
                <table class="tabla">
                    <caption>{title.unwrap_or_else(|| "Ejecución física y financiera por OEI y AEI".into())}</caption>
                    <thead>
                        <ColumnHeads names=&["OEI / AEI", "Descripción", "N° AO / inversiones", "Seguimiento financiero (S/)", "Ejecución física"]/>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            }
        })
    }
}
