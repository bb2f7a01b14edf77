//! "Evolución": the institution's figure in every period with values, as a chart and a table
//! of the institution and its OEI (*Resumen* and the report, each under its own heading).

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::{Bar, BarChart, TrendRows, TrendTable};
use crate::format;
use crate::state::use_document;

#[component]
pub fn TrendView(
    /// Element id prefix, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let doc = use_document();
    let single = Memo::new(move |_| doc.trend.with(|t| t.as_ref().and_then(|t| t.single_period_note())));
    let chart = move || {
        doc.trend.with(|t| {
            let t = t.as_ref().filter(|t| t.compares())?;
            let bars = t
                .columns
                .iter()
                .zip(&t.institution.cells)
                .map(|(c, cell)| Bar {
                    label: c.label.clone(),
                    value: cell.pct.unwrap_or(Decimal::ZERO),
                    text: format!("{} {} {}", format::pct(cell.pct), cell.light.symbol, cell.light.label),
                    colour: cell.light.colour.to_string(),
                })
                .collect();
            Some(view! {
                <BarChart
                    id=format!("{id}-grafico")
                    title="Resultado institucional por periodo".to_string()
                    description="Una barra por año o semestre con valores, calculada con las reglas actuales del plan.".to_string()
                    bars
                    max=Decimal::ONE_HUNDRED
                />
                <TrendTable id=format!("{id}-tabla") caption="Resultado de la institución y de cada OEI por periodo".to_string() which=TrendRows::Institution/>
            })
        })
    };
    view! {
        <div class="evolucion" data-testid=id>
            <p class="explicacion" hidden=move || single.with(Option::is_none)>{move || single.get()}</p>
            {chart}
        </div>
    }
}
