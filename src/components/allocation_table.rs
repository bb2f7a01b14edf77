//! Programmed amount and number of AO per OEI and AEI, with each one's share.

use leptos::prelude::*;

use super::{ColumnHeads, DiagMark};
use crate::format;
use crate::state::use_document;

#[component]
pub fn AllocationTable() -> impl IntoView {
    let doc = use_document();
    let alloc = move || {
        doc.evaluation
            .with(|e| e.as_ref().and_then(|e| e.budget.allocation.clone()))
    };
    move || {
        alloc().map(|a| {
            let title = a.title.clone().unwrap_or_else(|| "Asignación por OEI y AEI".into());
            let rows = a
                .objectives
                .iter()
                .map(|o| {
                    let actions = o
                        .actions
                        .iter()
                        .map(|l| view! {
                            <tr id=format!("al-{}", l.code) class="fila-aei">
                                <th scope="row">{l.code.clone()}<DiagMark anchor=format!("al-{}", l.code)/></th>
                                <td>{l.name.clone()}</td>
                                <td class="num">{format::count(l.count)}</td>
                                <td class="num">{format::amount(Some(l.programmed))}</td>
                                <td class="num">{format::pct(l.share_of_objective_pct)}</td>
                                <td class="num">{format::pct(l.share_pct)}</td>
                            </tr>
                        })
                        .collect_view();
                    view! {
                        <tr id=format!("al-{}", o.code) class="fila-oei">
                            <th scope="row">{o.code.clone()}<DiagMark anchor=format!("al-{}", o.code)/></th>
                            <td>{o.name.clone()}</td>
                            <td class="num">{o.count}</td>
                            <td class="num">{format::amount(Some(o.programmed))}</td>
                            <td class="num">"100.00 %"</td>
                            <td class="num" data-testid=format!("participacion-{}", o.code)>{format::pct(o.share_pct)}</td>
                        </tr>
                        {actions}
                    }
                })
                .collect_view();
            view! {
                <table class="tabla" id="al-total">
                    <caption>{title}</caption>
                    <thead>
                        <ColumnHeads names=&["OEI / AEI", "Descripción", "N° AO / inversiones", "Programado (S/)", "Parte del OEI", "Parte del total"]/>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="2">"Total (suma de las filas)"<DiagMark anchor="al-total".to_string()/></th>
                            <td class="num">{a.total_count}</td>
                            <td class="num">{format::amount(Some(a.total_programmed))}</td>
                            <td></td>
                            <td class="num">"100.00 %"</td>
                        </tr>
                    </tfoot>
                </table>
            }
        })
    }
}
