//! The trend as a table: the institution and its OEI, or one OEI and its indicators, one column
//! per period with values. The period on screen is marked.

use leptos::prelude::*;
use semaforo_engine::trend::{Row, Trend};

use crate::state::use_document;

/// Which rows the table shows.
#[derive(Debug, Clone, PartialEq)]
pub enum TrendRows {
    /// The institution and every OEI.
    Institution,
    /// One OEI and its indicators.
    Objective(String),
}

fn rows(t: &Trend, which: &TrendRows) -> Vec<(String, Row)> {
    match which {
        TrendRows::Institution => std::iter::once(("Institución".to_string(), t.institution.clone()))
            .chain(t.objectives.iter().map(|r| (r.code.clone(), r.clone())))
            .collect(),
        TrendRows::Objective(code) => t
            .objective(code)
            .map(|r| (r.code.clone(), r.clone()))
            .into_iter()
            .chain(t.indicators_of(code).map(|r| (r.code.clone(), r.clone())))
            .collect(),
    }
}

#[component]
pub fn TrendTable(
    /// Element id, unique on the page.
    id: String,
    caption: String,
    which: TrendRows,
) -> impl IntoView {
    let doc = use_document();
    move || {
        doc.trend.with(|t| {
            let t = t.as_ref()?;
            let head = t
                .columns
                .iter()
                .map(|c| {
                    let mark = if c.current { " (en pantalla)" } else { "" };
                    view! { <th scope="col" class="num">{format!("{}{mark}", c.label)}</th> }
                })
                .collect_view();
            let body = rows(t, &which)
                .into_iter()
                .map(|(head, row)| {
                    let cells = row
                        .cells
                        .iter()
                        .map(|c| view! { <td class="num">{c.words()}" "<span class="luz-simbolo" style=format!("color: {}", c.light.colour) title=c.light.label.to_string()>{c.light.symbol.to_string()}</span></td> })
                        .collect_view();
                    view! { <tr><th scope="row" title=row.name.clone()>{head}</th>{cells}</tr> }
                })
                .collect_view();
            Some(view! {
                <table class="tabla tabla-evolucion" id=id.clone() data-testid=id.clone()>
                    <caption>{caption.clone()}</caption>
                    <thead><tr><th scope="col">"Periodo"</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
                {t.notes.iter().map(|n| view! { <p class="explicacion">{n.clone()}</p> }).collect_view()}
            })
        })
    }
}
