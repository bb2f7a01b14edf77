//! Undo and redo of the session's changes to the plan, as buttons and as Ctrl+Z / Ctrl+Y
//! (Ctrl+Shift+Z too). Inside a text field the keys keep their usual meaning for the text.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::typing_in_a_field;
use crate::state::use_document;

#[component]
pub fn UndoButtons() -> impl IntoView {
    let doc = use_document();
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || typing_in_a_field(&ev) {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = key == "y" || (key == "z" && ev.shift_key());
        if key == "z" || redo {
            ev.prevent_default();
            doc.step_back(redo);
        }
    });
    on_cleanup(move || handle.remove());
    let last = move |redo: bool| {
        let list = if redo { doc.redo } else { doc.undo };
        list.with(|s| s.last().map(|s| s.summary.clone()))
    };
    view! {
        <span class="deshacer" role="group" aria-label="Deshacer y rehacer">
            <button
                type="button"
                class="boton-secundario"
                disabled=move || last(false).is_none()
                title=move || last(false).map(|s| format!("Deshacer: {s} (Ctrl+Z)")).unwrap_or_default()
                on:click=move |_| doc.step_back(false)
            >"↶ Deshacer"</button>
            <button
                type="button"
                class="boton-secundario"
                disabled=move || last(true).is_none()
                title=move || last(true).map(|s| format!("Rehacer: {s} (Ctrl+Y)")).unwrap_or_default()
                on:click=move |_| doc.step_back(true)
            >"↷ Rehacer"</button>
        </span>
    }
}
