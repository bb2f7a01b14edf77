//! A name and a button to add an item to the structure; the code is suggested and can be changed
//! afterwards.

use leptos::prelude::*;

#[component]
pub fn AddItem(
    /// Button text, e.g. "Añadir objetivo".
    action: String,
    /// Element id of the name field, unique on the page.
    id: String,
    /// Adds an item with the typed name; `Err` is said beside the field.
    on_add: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || match on_add.run(name.get_untracked()) {
        Ok(()) => {
            name.set(String::new());
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    let label = format!("Nombre para «{action}»");
    view! {
        <span class="agregar">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                maxlength="2000"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
                on:keydown=move |ev| if ev.key() == "Enter" { add() }
            />
            <button type="button" on:click=move |_| add()>{action}</button>
            <span class="campo-error" role="status">{move || error.get()}</span>
        </span>
    }
}
