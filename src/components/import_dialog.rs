//! Loading a file while a plan is open never overwrites silently: replace, or keep both.

use leptos::prelude::*;

use crate::session;
use crate::state::{use_app, use_draft_slot};

#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = use_app();
    let draft_slot = use_draft_slot();
    move || {
        draft_slot.pending.get().map(|p| {
            let what = format!(
                "Abrió «{}» ({} · {} {}). ¿Qué hacemos con el borrador que tiene en pantalla?",
                p.file_name, p.plan.entity.name, p.plan.plan.name, p.plan.evaluation.year
            );
            view! {
                <div class="dialogo" role="dialog" aria-modal="true" aria-labelledby="dialogo-titulo">
                    <h2 id="dialogo-titulo">"Abrir otro plan"</h2>
                    <p>{what}</p>
                    <div class="acciones">
                        <button type="button" on:click=move |_| session::keep_both(state)>"Conservar ambos"</button>
                        <button type="button" class="boton-peligro" on:click=move |_| session::replace_current(state)>"Reemplazar el borrador actual"</button>
                        <button type="button" class="boton-secundario" on:click=move |_| draft_slot.pending.set(None)>"Cancelar"</button>
                    </div>
                </div>
            }
        })
    }
}
