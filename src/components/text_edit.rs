//! One text field of the plan's structure: shows what the plan holds, and commits what was typed
//! when the field is left (or Enter is pressed). A refused entry stays in the field with the
//! reason; the plan keeps its last good value.

use leptos::prelude::*;

#[component]
pub fn TextEdit(
    /// Visible label.
    label: String,
    /// The item's code, added for screen readers ("Nombre de OEI.01"): many items share a label.
    #[prop(optional, into)]
    of: Option<String>,
    /// Element id, unique on the page.
    id: String,
    /// What the plan holds now.
    #[prop(into)]
    value: Signal<String>,
    /// Tries the typed text; `Err` is said beside the field.
    on_commit: Callback<String, Result<(), String>>,
    /// `number` for years and counts; text otherwise.
    #[prop(optional)]
    kind: Option<&'static str>,
    /// Shown in an empty field, e.g. "p. ej. OEI.01".
    #[prop(optional, into)]
    placeholder: Option<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let msg_id = format!("{id}-msg");
    let input = view! {
            <input
                id=id.clone()
                type=kind.unwrap_or("text")
                maxlength="2000"
                placeholder=placeholder.unwrap_or_default()
                aria-describedby=msg_id.clone()
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get()
                on:change=move |ev| error.set(on_commit.run(event_target_value(&ev)).err())
            />
    };
    framed(label, of, id, msg_id, error, input)
}

/// A structure field's frame: its label (with the item's code for screen readers), the control,
/// and the line where a refusal is said.
pub(super) fn framed(
    label: String,
    of: Option<String>,
    id: String,
    msg_id: String,
    error: RwSignal<Option<String>>,
    control: impl IntoView,
) -> impl IntoView {
    view! {
        <span class="campo">
            <label for=id>{label}{of.map(|c| view! { <span class="solo-lectores">{format!(" de {c}")}</span> })}</label>
            {control}
            <span id=msg_id class="campo-error" role="status">{move || error.get()}</span>
        </span>
    }
}
