//! The plan on screen: toolbar and the chosen screen.

use leptos::prelude::*;

use super::{BudgetView, DiagnosticsView, DraftsView, IndicatorsView, ReportView, StartPanel, SummaryView, Toolbar};
use crate::state::{use_app, Tab};

#[component]
pub fn Workspace() -> impl IntoView {
    let state = use_app();
    let has_plan = move || state.plan.with(|p| p.is_some());
    view! {
        <Show when=has_plan fallback=|| view! { <StartPanel/> }>
            <Toolbar/>
            // Drawn anew whenever a different plan is opened, so no field keeps a value typed
            // for the previous plan. Within one plan each screen is drawn once and only hidden
            // when not chosen, so typed values and scroll positions survive moving between screens.
            {move || {
                state.plan_rev.get();
                view! {
                    <div class="no-imprimir" hidden=move || state.tab.get() != Tab::Resumen><SummaryView/></div>
                    <div class="no-imprimir" hidden=move || state.tab.get() != Tab::Indicadores><IndicatorsView/></div>
                    <div class="no-imprimir" hidden=move || state.tab.get() != Tab::Presupuesto><BudgetView/></div>
                    <div class="no-imprimir" hidden=move || state.tab.get() != Tab::Diagnosticos><DiagnosticsView/></div>
                    // The report is only drawn while it is chosen: it repeats every table.
                    <Show when=move || state.tab.get() == Tab::Informe><ReportView/></Show>
                    <div class="no-imprimir" hidden=move || state.tab.get() != Tab::Borradores><DraftsView/></div>
                }
            }}
        </Show>
    }
}
