//! "Evolución": the institution's figure in every period with values, as a chart and a table
//! of the institution and its OEI (*Resumen* and the report, each under its own heading).

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::{Bar, BarChart, TrendRows, TrendTable};
use crate::format;
use crate::state::{use_document, use_navigation, Tab};

#[component]
pub fn TrendView(
    /// Element id prefix, unique on the page.
    id: &'static str,
    /// The screen it is drawn on. Screens stay in the page while hidden, and the trend evaluates
    /// every period: read only while its screen is on view (or printed), an edit elsewhere never
    /// pays for it (on the 10,000-indicator plan it made each edit ~8× slower, docs/benchmarks.md).
    screen: Tab,
) -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let on_view = move || navigation.tab.get().printed() == screen;
    let single = Memo::new(move |_| {
        on_view()
            .then(|| doc.trend.with(|t| t.as_ref().and_then(|t| t.single_period_note())))
            .flatten()
    });
    let chart = move || {
        if !on_view() {
            return None;
        }
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
