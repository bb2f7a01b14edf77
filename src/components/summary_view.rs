//! The plan's state at a glance: institution figure and light, lights per objective, and the
//! objectives table.

use leptos::prelude::*;

use super::{BandsLegend, DiagMark, LightBadge, ObjectiveTable, PeriodNote, TrendView};
use semaforo_engine::rollup::InstitutionResult;

use crate::format;
use crate::state::{use_document, Tab};

#[component]
pub fn SummaryView() -> impl IntoView {
    let doc = use_document();
    // The card is drawn once; each part reads the institution result on its own, so an edit
    // changes the figures in place (the whole card used to be rebuilt on every keystroke).
    let institution = move |f: &dyn Fn(&InstitutionResult) -> String| {
        doc.evaluation
            .with(|e| e.as_ref().map(|e| f(&e.institution)).unwrap_or_default())
    };
    let shown = Memo::new(move |_| doc.evaluation.with(Option::is_some));
    // The badge is redrawn only when the light changes.
    let light = Memo::new(move |_| doc.evaluation.with(|e| e.as_ref().map(|e| e.institution.light.clone())));
    let counts = move || {
        let bands = doc
            .plan
            .with(|p| p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default());
        semaforo_engine::light::all(&bands)
            .into_iter()
            .map(|light| {
                let id = light.id.to_string();
                let n = doc
                    .evaluation
                    .with(|e| {
                        e.as_ref()
                            .and_then(|e| e.institution.objective_lights.get(&id).copied())
                    })
                    .unwrap_or(0);
                let label = light.label.to_string();
                view! { <li data-testid=format!("conteo-{id}")>{label}": "<strong>{n}</strong>" OEI"</li> }
            })
            .collect_view()
    };
    let text = move |f: fn(&InstitutionResult) -> String| move || institution(&f);
    view! {
        <section id="resumen" aria-labelledby="resumen-titulo">
            <h2 id="resumen-titulo">"Resumen de la evaluación"</h2>
            <PeriodNote/>
            {move || shown.get().then(|| view! {
                <div class="tarjeta-institucion">
                    <p class="cifra-grande">
                        <span data-testid="institucion-resultado">{text(|i| format::pct(i.result_pct))}</span>
                    </p>
                    <p>
                        "Resultado institucional "
                        {move || light.get().map(|light| view! { <LightBadge light/> })}
                        <DiagMark anchor="resumen".to_string()/>
                    </p>
                    <p class="explicacion">{text(|i| i.explanation.clone())}</p>
                    <p>
                        {text(|i| {
                            let undetermined = match i.counts.sentido_por_definir {
                                0 => String::new(),
                                n => format!(", {n} con sentido por definir"),
                            };
                            use semaforo_engine::words::count;
                            format!(
                                "{}: {}, {}, {} sin información, {}{undetermined}.",
                                count(i.counts.total, "indicador", "indicadores"),
                                count(i.counts.met, "cumplió", "cumplieron"),
                                count(i.counts.not_met, "no cumplió", "no cumplieron"),
                                i.counts.sin_informacion,
                                count(i.counts.no_calculable, "no calculable", "no calculables")
                            )
                        })}
                    </p>
                    <h3>"OEI por color del semáforo"</h3>
                    <ul class="conteo-luces">
                        {counts}
                    </ul>
                    <BandsLegend/>
                </div>
            })}
            <ObjectiveTable/>
            <section aria-labelledby="resumen-evolucion-titulo">
                <h3 id="resumen-evolucion-titulo">"Evolución"</h3>
                <TrendView id="resumen-evolucion" screen=Tab::Resumen/>
            </section>
        </section>
    }
}
