//! The plan on screen, when it was saved, the strict reading switch, export, and the screens.

use leptos::prelude::*;

use super::{LightBadge, PeriodPicker, UndoButtons, UserNameField};
use crate::format;
use crate::session;
use crate::state::{use_app, use_document, use_draft_slot, use_navigation, use_trial, Tab};

pub(crate) const TABS: [(Tab, &str); 9] = [
    (Tab::Resumen, "Resumen"),
    (Tab::Indicadores, "Indicadores"),
    (Tab::Estructura, "Estructura"),
    (Tab::Presupuesto, "Presupuesto"),
    (Tab::Diagnosticos, "Diagnósticos"),
    (Tab::Metodo, "Método"),
    (Tab::Informe, "Informe"),
    (Tab::Compartir, "Compartir"),
    (Tab::Borradores, "Borradores y archivos"),
];

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let navigation = use_navigation();
    let draft_slot = use_draft_slot();
    let trial = use_trial();
    let title = move || {
        doc.plan.with(|p| {
            p.as_ref()
                .map(|p| (p.entity.name.clone(), p.plan.name.clone()))
                .unwrap_or_default()
        })
    };
    // "…" while the checks' code is on its way (src/review.rs): no count rather than a wrong one.
    let diag_count = move || {
        if !doc.review_here() {
            return "…".to_string();
        }
        doc.evaluation
            .with(|e| e.as_ref().map(|e| e.diagnostics.len()).unwrap_or(0))
            .to_string()
    };
    // The badge is redrawn only when the light changes.
    // A practice hides every result, and the ways to them, until the participant asks.
    let practising = move || doc.plan.with(|p| p.as_ref().is_some_and(|p| p.exercise));
    let light = Memo::new(move |_| doc.evaluation.with(|e| e.as_ref().map(|e| e.institution.light.clone())));
    view! {
        <section class="barra no-imprimir" aria-label="Plan en pantalla">
            <div class="barra-plan">
                {move || session::is_example(state).then(|| view! {
                    <p class="etiqueta-ejemplo" data-testid="etiqueta-ejemplo">"Ejemplo — no es el plan de su entidad"</p>
                })}
                <h2>{move || title().0}</h2>
                <p>{move || title().1}" · "<PeriodPicker/></p>
                <p class="guardado" data-testid="guardado" aria-live="polite">
                    {move || match draft_slot.saved_at.get() {
                        _ if trial.is_on() => "Modo taller: los cambios no se guardan en el borrador".to_string(),
                        Some(t) => format!("Borrador guardado en este navegador: {t}"),
                        None => "Borrador aún no guardado".to_string(),
                    }}
                </p>
            </div>
            <div class="barra-acciones">
                <button type="button" aria-pressed=move || if navigation.welcome.get() { "true" } else { "false" } on:click=move |_| navigation.welcome.update(|w| *w = !*w)>
                    "Inicio"
                </button>
                <label class="interruptor">
                    <input
                        type="checkbox"
                        prop:checked=move || doc.strict.get()
                        on:change=move |ev| doc.strict.set(event_target_checked(&ev))
                    />
                    " Lectura estricta (solo los números, sin juicios del evaluador)"
                </label>
                <Show when=move || !practising()>
                <button
                    type="button"
                    aria-pressed=move || if trial.is_on() { "true" } else { "false" }
                    title="Cambios de prueba que no tocan el borrador, con el antes y el después"
                    on:click=move |_| if trial.is_on() { state.end_trial() } else { state.begin_trial() }
                >
                    "Probar cambios (modo taller)"
                </button>
                <button
                    type="button"
                    id="abrir-paso-a-paso"
                    title="Cómo se llega a cada resultado, paso a paso, en letra grande para un proyector"
                    on:click=move |_| navigation.presenting.set(Some(semaforo_engine::narrative::INSTITUTION_KEY.to_string()))
                >
                    "Paso a paso (proyector)"
                </button>
                </Show>
                <UndoButtons/>
                <UserNameField/>
                <button type="button" on:click=move |_| session::export(state)>"Guardar el plan en un archivo"</button>
            </div>
        </section>
        <nav class="pestanas" aria-label="Pantallas" hidden=practising>
                {TABS
                    .into_iter()
                    .map(|(tab, label)| {
                        let text = move || {
                            if tab == Tab::Diagnosticos { format!("{label} ({})", diag_count()) } else { label.to_string() }
                        };
                        view! {
                            <button
                                type="button"
                                class="pestana"
                                aria-current=move || (navigation.tab.get() == tab).then_some("page")
                                on:click=move |_| {
                                    // Choosing a screen is choosing where to start.
                                    navigation.welcome.set(false);
                                    navigation.tab.set(tab);
                                }
                            >
                                {text}
                            </button>
                        }
                    })
                    .collect_view()}
                // The figure every edit moves, kept in sight on every screen while scrolling.
                <span class="pestanas-cifra" data-testid="barra-institucion" title="Resultado institucional">
                    <span class="solo-lectores">"Resultado institucional: "</span>
                    <strong>{move || doc.evaluation.with(|e| e.as_ref().map(|e| format::pct(e.institution.result_pct)))}</strong>
                    " "
                    {move || light.get().map(|light| view! { <LightBadge light/> })}
                </span>
            </nav>
    }
}
