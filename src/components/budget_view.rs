//! Budget: allocation per OEI/AEI, physical and financial execution, cost centres, stages.

use leptos::prelude::*;

use super::{ActivityTable, AllocationTable, CostCentreTable, ExecutionTable, StagesTable};
use crate::state::use_document;

#[component]
pub fn BudgetView() -> impl IntoView {
    let doc = use_document();
    let rule = move || {
        doc.evaluation
            .with(|e| e.as_ref().map(|e| e.budget.physical_rule.clone()).unwrap_or_default())
    };
    let has_activities = move || {
        doc.plan
            .with(|p| p.as_ref().is_some_and(|p| !p.poi.activities.is_empty()))
    };
    view! {
        <section aria-labelledby="presupuesto-titulo">
            <h2 id="presupuesto-titulo">"Presupuesto y ejecución"</h2>
            <StagesTable/>
            <AllocationTable/>
            <ExecutionTable/>
            <p class="explicacion">{rule}</p>
            <Show when=has_activities>
                <ActivityTable/>
            </Show>
            <CostCentreTable/>
        </section>
    }
}
