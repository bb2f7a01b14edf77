//! The name every change is logged under, typed once and remembered by this browser.

use leptos::prelude::*;

use crate::identity;
use crate::state::use_document;

#[component]
pub fn UserNameField() -> impl IntoView {
    let doc = use_document();
    view! {
        <span class="usuario">
            <label for="usuario-nombre">"Su nombre o unidad"</label>
            <input
                id="usuario-nombre"
                type="text"
                maxlength="120"
                autocomplete="organization"
                placeholder="p. ej. Subgerencia de Rentas"
                aria-describedby="usuario-ayuda"
                prop:value=move || doc.user_name.get()
                on:change=move |ev| {
                    let name = event_target_value(&ev);
                    identity::save_name(&name);
                    doc.user_name.set(name.trim().to_string());
                }
            />
            <span id="usuario-ayuda" class="campo-nota">"Queda registrado con cada valor que cambie."</span>
        </span>
    }
}
