//! Which entity and which plan is on screen.

use leptos::prelude::*;

#[component]
pub fn PlanHeader(
    /// Entity name, e.g. "Municipalidad Provincial de Ilo".
    entity: String,
    /// Plan name, e.g. "Plan Estratégico Institucional 2021-2025".
    plan: String,
    /// Year under evaluation.
    year: i32,
) -> impl IntoView {
    view! {
        <section class="plan-header" aria-labelledby="plan-entity">
            <h2 id="plan-entity">{entity}</h2>
            <p class="plan-name">{plan}</p>
            <p class="plan-year">"Evaluación del año " {year}</p>
        </section>
    }
}
