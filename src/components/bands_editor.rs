//! The plan's band thresholds, typed and applied together (one logged, undoable change), so a
//! half-typed threshold never recolours the plan.

use leptos::prelude::*;
use semaforo_engine::method;
use semaforo_engine::structure::PlanEdit;

use crate::state::use_document;

#[component]
pub fn BandsEditor() -> impl IntoView {
    let doc = use_document();
    let bands = move || {
        doc.plan
            .with(|p| p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default())
    };
    // What is typed, one text per band in the plan's order; refilled when the bands change
    // (an option chosen above, an undo).
    let typed = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| typed.set(bands().iter().map(|b| b.min_pct.normalize().to_string()).collect()));
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = bands();
        let result = method::bands_from_typed(&current, &typed.get_untracked()).and_then(|b| {
            let mut s = doc
                .plan
                .with_untracked(|p| p.as_ref().map(|p| p.settings.clone()))
                .unwrap_or_default();
            s.bands = b;
            doc.apply(PlanEdit::Settings(Box::new(s)))
        });
        problem.set(result.err());
    };
    let fields = move || {
        bands()
            .into_iter()
            .enumerate()
            .map(|(i, b)| {
                let id = format!("banda-{}", b.id);
                view! {
                    <span class="campo-banda">
                        <label for=id.clone()>{format!("{} desde (%)", b.label)}</label>
                        <input
                            type="text"
                            inputmode="decimal"
                            id=id
                            prop:value=move || typed.with(|t| t.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                typed.update(|t| if let Some(x) = t.get_mut(i) { *x = v });
                            }
                        />
                    </span>
                }
            })
            .collect_view()
    };
    view! {
        <form class="editor-bandas" on:submit=submit aria-label="Umbrales de las bandas">
            {fields}
            <button type="submit">"Aplicar bandas"</button>
            {move || problem.get().map(|p| view! { <p class="campo-error" role="alert">{p}</p> })}
        </form>
    }
}
