//! The plan on screen: toolbar and the chosen screen.

use leptos::prelude::*;

use super::{BudgetView, DiagnosticsView, DraftsView, IndicatorsView, StartPanel, SummaryView, Toolbar};
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
                    <div hidden=move || state.tab.get() != Tab::Resumen><SummaryView/></div>
                    <div hidden=move || state.tab.get() != Tab::Indicadores><IndicatorsView/></div>
                    <div hidden=move || state.tab.get() != Tab::Presupuesto><BudgetView/></div>
                    <div hidden=move || state.tab.get() != Tab::Diagnosticos><DiagnosticsView/></div>
                    <div hidden=move || state.tab.get() != Tab::Borradores><DraftsView/></div>
                }
            }}
        </Show>
    }
}
