//! Execution per cost centre, sortable by any column, with the executed amount editable when the
//! figures come from a source table.

use leptos::prelude::*;
use semaforo_engine::budget::{CostCentreLine, FigureSource};
use semaforo_engine::edit;
use semaforo_engine::field::FieldRef;
use semaforo_engine::sorting;

use super::{DiagMark, NumberField};
use crate::format;
use crate::state::use_document;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Table,
    Code,
    Name,
    Programmed,
    Executed,
    Pct,
}

fn sorted(mut rows: Vec<CostCentreLine>, by: SortBy, desc: bool) -> Vec<CostCentreLine> {
    match by {
        SortBy::Table => {}
        SortBy::Code => sorting::sort_by(&mut rows, |a, b| a.key.cmp(&b.key)),
        SortBy::Name => sorting::sort_by(&mut rows, |a, b| a.name.cmp(&b.name)),
        SortBy::Programmed => sorting::sort_by_key(&mut rows, |r| r.programmed),
        SortBy::Executed => sorting::sort_by_key(&mut rows, |r| r.executed),
        SortBy::Pct => sorting::sort_by_key(&mut rows, |r| r.execution_pct),
    }
    if desc {
        rows.reverse();
    }
    rows
}

#[component]
pub fn CostCentreTable() -> impl IntoView {
    let doc = use_document();
    let data = move || {
        doc.evaluation
            .with(|e| e.as_ref().and_then(|e| e.budget.cost_centres.clone()))
    };
    let sort = RwSignal::new((SortBy::Table, false));
    let header = move |by: SortBy, label: &'static str| {
        let aria = move || match sort.get() {
            (b, false) if b == by => "ascending",
            (b, true) if b == by => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="ordenar" on:click=move |_| sort.update(|(b, d)| {
                    if *b == by { *d = !*d } else { *b = by; *d = false }
                })>{label}</button>
            </th>
        }
    };
    let line = move |key: &str| {
        doc.evaluation.with(|e| {
            e.as_ref()
                .and_then(|e| e.budget.cost_centres.as_ref())
                .and_then(|c| c.rows.iter().find(|r| r.key == key).cloned())
        })
    };
    view! {
        <Show when=move || data().is_some()>
            <table class="tabla">
                <caption>{move || data().and_then(|c| c.title).unwrap_or_else(|| "Ejecución por centro de costo".into())}</caption>
                <thead>
                    <tr>
                        {header(SortBy::Code, "Código")}
                        {header(SortBy::Name, "Centro de costo")}
                        <th scope="col">"N° AO"</th>
                        {header(SortBy::Programmed, "Programado (S/)")}
                        {header(SortBy::Executed, "Ejecutado (S/)")}
                        {header(SortBy::Pct, "Ejecución")}
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || {
                            let (by, desc) = sort.get();
                            sorted(data().map(|c| c.rows).unwrap_or_default(), by, desc)
                        }
                        key=move |r| format!("{}:{}", doc.plan_rev.get_untracked(), r.key)
                        children=move |r: CostCentreLine| {
                            let key = r.key.clone();
                            let from_table = data().is_some_and(|c| c.source == FigureSource::Table);
                            let executed_cell = if from_table {
                                let field = FieldRef::CostCentre(key.clone());
                                let check = Callback::new(|t: String| edit::read_typed_amount(&t));
                                let current = doc.reader(field.clone());
                                let on_commit = Callback::new(move |v| doc.record(&field, v));
                                view! {
                                    <NumberField label=format!("Ejecutado de {} {}", r.key, r.name) id=format!("ejecutado-{}", r.key) initial=r.executed check on_commit current printed=format::amount/>
                                }.into_any()
                            } else {
                                let k = key.clone();
                                view! { <span>{move || format::amount(line(&k).and_then(|l| l.executed))}</span> }.into_any()
                            };
                            let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
                            view! {
                                <tr id=format!("cc-{key}")>
                                    <th scope="row">{r.code.clone().unwrap_or_else(|| format!("(sin código, {key})"))}<DiagMark anchor=format!("cc-{key}")/></th>
                                    <td>{r.name.clone()}</td>
                                    <td class="num">{move || format::count(line(&k1).and_then(|l| l.count))}</td>
                                    <td class="num">{move || format::amount(line(&k2).and_then(|l| l.programmed))}</td>
                                    <td class="num">{executed_cell}</td>
                                    <td class="num">{move || format::pct(line(&k3).and_then(|l| l.execution_pct))}</td>
                                </tr>
                            }
                        }
                    />
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">"Total (suma de las filas)"<DiagMark anchor="cc-total".to_string()/></th>
                        <td class="num">{move || data().map(|c| c.total_count.to_string()).unwrap_or_default()}</td>
                        <td class="num">{move || format::amount(data().map(|c| c.total_programmed))}</td>
                        <td class="num" data-testid="cc-total-ejecutado">{move || format::amount(data().map(|c| c.total_executed))}</td>
                        <td class="num" data-testid="cc-total-porcentaje">{move || format::pct(data().and_then(|c| c.total_pct))}</td>
                    </tr>
                </tfoot>
            </table>
        </Show>
    }
}
