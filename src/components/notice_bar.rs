//! The latest message for the user; errors are announced to screen readers.

use leptos::prelude::*;

use crate::state::use_notices;

#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    move || {
        notices.notice.get().map(|n| {
            let class = if n.error { "aviso aviso-error" } else { "aviso aviso-info" };
            let role = if n.error { "alert" } else { "status" };
            view! {
                <div class=class role=role>
                    <p>{n.text}</p>
                    <button type="button" class="boton-secundario" on:click=move |_| notices.notice.set(None)>"Cerrar mensaje"</button>
                </div>
            }
        })
    }
}
