//! One change to the plan's structure that a returned file makes (a target, a name, an indicator
//! added or removed): the plan keeps its own unless the office accepts the file's.

use std::collections::BTreeSet;

use leptos::prelude::*;
use semaforo_engine::structure::incoming::StructureChange;

#[component]
pub fn StructureChoice(
    change: StructureChange,
    /// Its position in the preview's list.
    index: usize,
    /// Positions of the changes the office accepts.
    taken: RwSignal<BTreeSet<usize>>,
) -> impl IntoView {
    let id = format!("estructura-fusion-{index}");
    let note =
        (!change.logged).then_some(" El historial del archivo no registra este cambio: se hizo fuera de Semáforo.");
    view! {
        <fieldset class="conflicto" data-testid="cambio-estructura">
            <legend>{format!("{} — propuesto por «{}»", change.item, change.file)}</legend>
            <ul>{change.changes.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
            <p class="campo-nota">"Si no lo acepta, el plan queda como está."{note}</p>
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || taken.with(|t| t.contains(&index))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    taken.update(|t| { if on { t.insert(index); } else { t.remove(&index); } });
                }
            />
            <label for=id>{format!("Aceptar este cambio de «{}»", change.file)}</label>
        </fieldset>
    }
}
