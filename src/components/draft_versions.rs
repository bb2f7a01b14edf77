//! The earlier versions of the draft on screen, each with when it was saved and "Restaurar".

use leptos::prelude::*;

use crate::drafts;
use crate::session;
use crate::state::{use_app, use_draft_slot, use_navigation, Tab};

#[component]
pub fn DraftVersions() -> impl IntoView {
    let state = use_app();
    let navigation = use_navigation();
    let draft_slot = use_draft_slot();
    // Read from storage only while the screen is shown (the list is parsed, not cheap to redo on
    // every keystroke).
    let versions = move || {
        draft_slot.drafts_changed.get();
        if navigation.tab.get() != Tab::Borradores {
            return Vec::new();
        }
        draft_slot
            .draft_id
            .get()
            .map(|id| drafts::versions(&id))
            .unwrap_or_default()
    };
    view! {
        <h3>"Versiones anteriores del borrador en pantalla"</h3>
        <p>{format!(
            "Se guardan hasta {} versiones: al abrir o reemplazar el borrador y, mientras edita, una cada minuto como máximo. Restaurar una no borra nada: lo que había pasa a ser otra versión.",
            drafts::MAX_VERSIONS
        )}</p>
        {move || {
            let list = versions();
            if list.is_empty() {
                return view! { <p class="guardado" data-testid="sin-versiones">"Aún no hay versiones anteriores de este borrador."</p> }.into_any();
            }
            view! {
                <ul class="versiones" data-testid="versiones">
                    {list.into_iter().enumerate().map(|(i, v)| {
                        let when = v.saved_at.clone();
                        view! {
                            <li>
                                <span>{format!("Guardada el {}", v.saved_at)}</span>
                                <button
                                    type="button"
                                    aria-label=format!("Restaurar la versión guardada el {}", v.saved_at)
                                    on:click=move |_| session::restore_version(state, i, &when)
                                >"Restaurar"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
