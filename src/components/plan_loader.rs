//! Three ways to bring a plan in: pick a file, drop it, or paste its JSON.

use leptos::prelude::*;

use crate::session;
use crate::state::{use_app, use_notices};

#[component]
pub fn PlanLoader() -> impl IntoView {
    let state = use_app();
    let notices = use_notices();
    let (dragging, set_dragging) = signal(false);
    let pasted = RwSignal::new(String::new());

    let on_pick = move |ev: leptos::ev::Event| session::import_picked(state, &ev);
    // The page opens a file dropped anywhere (see `App`); the zone only shows where to drop.
    let on_drop = move |_: leptos::ev::DragEvent| set_dragging.set(false);
    let on_paste_load = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            notices.warn("Pegue primero el contenido JSON del plan.");
        } else {
            session::import_text(state, text, "texto pegado");
        }
    };

    view! {
        <div class="cargador">
            <label class="boton-archivo">
                "Abrir archivo de plan (.json)"
                <input type="file" accept=".json,application/json" aria-label="Abrir archivo de plan" on:change=on_pick/>
            </label>
            <div
                class="zona-soltar"
                class:arrastrando=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                "… o suelte aquí el archivo"
            </div>
            <details class="pegar">
                <summary>"Pegar el contenido de un archivo de plan"</summary>
                <label for="pegar-json">"Texto del archivo de plan (copiado de un editor o de un correo)"</label>
                <textarea
                    id="pegar-json"
                    rows="6"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" on:click=on_paste_load>"Abrir lo pegado"</button>
            </details>
        </div>
    }
}
