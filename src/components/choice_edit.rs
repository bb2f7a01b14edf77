//! One choice of the plan's structure (unit, direction, level…), from a fixed list.

use leptos::prelude::*;

#[component]
pub fn ChoiceEdit(
    /// Visible label.
    label: String,
    /// The item's code, added for screen readers ("Nombre de OEI.01"): many items share a label.
    #[prop(optional, into)]
    of: Option<String>,
    /// Element id, unique on the page.
    id: String,
    /// (value, words shown) for each option.
    options: Vec<(&'static str, String)>,
    /// The value the plan holds now.
    #[prop(into)]
    value: Signal<String>,
    /// Tries the chosen value; `Err` is said beside the field.
    on_commit: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let msg_id = format!("{id}-msg");
    let select = view! {
            <select
                id=id.clone()
                aria-describedby=msg_id.clone()
                on:change=move |ev| error.set(on_commit.run(event_target_value(&ev)).err())
            >
                {options
                    .into_iter()
                    .map(|(v, words)| view! { <option value=v selected=move || value.get() == v>{words}</option> })
                    .collect_view()}
            </select>
    };
    super::text_edit::framed(label, of, id, msg_id, error, select)
}
