//! The plan's state at a glance: institution figure and light, lights per objective, and the
//! objectives table.

use leptos::prelude::*;

use super::{DiagMark, LightBadge, ObjectiveTable};
use crate::format;
use crate::state::use_app;

#[component]
pub fn SummaryView() -> impl IntoView {
    let state = use_app();
    let institution = move || state.evaluation.with(|e| e.as_ref().map(|e| e.institution.clone()));
    let bands = move || {
        state
            .plan
            .with(|p| p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default())
    };
    view! {
        <section id="resumen" aria-labelledby="resumen-titulo">
            <h2 id="resumen-titulo">"Resumen de la evaluación"</h2>
            {move || institution().map(|i| {
                let counts = semaforo_engine::light::ids(&bands())
                    .into_iter()
                    .map(|id| {
                        let n = i.objective_lights.get(&id).copied().unwrap_or(0);
                        let label = bands().iter().find(|b| b.id == id).map(|b| b.label.clone()).unwrap_or_else(|| "Sin información".into());
                        view! { <li data-testid=format!("conteo-{id}")>{label}": "<strong>{n}</strong>" OEI"</li> }
                    })
                    .collect_view();
                view! {
                    <div class="tarjeta-institucion">
                        <p class="cifra-grande">
                            <span data-testid="institucion-resultado">{format::pct(i.result_pct)}</span>
                        </p>
                        <p>"Resultado institucional " <LightBadge light=i.light.clone()/> <DiagMark anchor="resumen".to_string()/></p>
                        <p class="explicacion">{i.explanation.clone()}</p>
                        <p>
                            {format!(
                                "{} indicadores: {} cumplieron, {} no cumplieron, {} sin información, {} no calculables.",
                                i.indicators_total, i.indicators_met, i.indicators_not_met, i.indicators_sin_informacion, i.indicators_no_calculable
                            )}
                        </p>
                        <h3>"OEI por color del semáforo"</h3>
                        <ul class="conteo-luces">{counts}</ul>
                    </div>
                }
            })}
            <ObjectiveTable/>
        </section>
    }
}
