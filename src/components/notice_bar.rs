//! The latest message for the user; errors are announced to screen readers.

use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = use_app();
    move || {
        state.notice.get().map(|n| {
            let class = if n.error { "aviso aviso-error" } else { "aviso aviso-info" };
            let role = if n.error { "alert" } else { "status" };
            view! {
                <div class=class role=role>
                    <p>{n.text}</p>
                    <button type="button" class="boton-secundario" on:click=move |_| state.notice.set(None)>"Cerrar mensaje"</button>
                </div>
            }
        })
    }
}
