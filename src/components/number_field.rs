//! A number typed by a person: checked as typed, and an invalid entry never replaces the last
//! good value — it stays in the field with the reason next to it.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::edit::TypedValue;

#[component]
pub fn NumberField(
    /// Accessible name, e.g. "Valor obtenido 2022 de IND.01.OEI.02".
    label: String,
    /// Element id, unique on the page.
    id: String,
    initial: Option<Decimal>,
    /// Reads what was typed (the engine's parser and range check).
    check: Callback<String, TypedValue>,
    /// Called with each good value (or `None` when cleared).
    on_commit: Callback<Option<Decimal>>,
    /// Reads the value the plan holds now: after an undo or redo the field shows it.
    #[prop(optional)]
    current: Option<Callback<(), Option<Decimal>>>,
    /// Shown but not editable (another unit's value in a unit's copy, until unlocked).
    #[prop(optional, into)]
    read_only: Signal<bool>,
    /// How the value reads on paper (an amount with its thousands separators…); plain otherwise.
    #[prop(optional)]
    printed: Option<fn(Option<Decimal>) -> String>,
) -> impl IntoView {
    let printed = printed.unwrap_or(crate::format::plain);
    let text = RwSignal::new(initial.map(|d| d.to_string()).unwrap_or_default());
    let message = RwSignal::new(None::<(bool, String)>);
    let committed = RwSignal::new(initial);
    if let (Some(current), Some(doc)) = (current, use_context::<crate::state::Document>()) {
        // Only undo and redo change a value behind the field's back; typing is the field's own.
        Effect::new(move |_| {
            doc.stepped.track();
            let now = current.run(());
            if now != committed.get_untracked() {
                committed.set(now);
                text.set(now.map(|d| d.to_string()).unwrap_or_default());
                message.set(None);
            }
        });
    }
    let msg_id = format!("{id}-msg");
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        match check.run(typed) {
            TypedValue::Cleared => {
                message.set(None);
                committed.set(None);
                on_commit.run(None);
            }
            TypedValue::Accepted { value, note } => {
                message.set(note.map(|n| (false, n)));
                committed.set(Some(value));
                on_commit.run(Some(value));
            }
            TypedValue::Refused(why) => message.set(Some((true, format!("{why} Se mantiene el último valor válido.")))),
        }
    };
    view! {
        <span class="campo-numero">
            <input
                type="text"
                inputmode="decimal"
                id=id
                aria-label=label
                aria-describedby=msg_id.clone()
                aria-invalid=move || message.with(|m| m.as_ref().is_some_and(|(e, _)| *e).to_string())
                prop:value=move || text.get()
                prop:readOnly=move || read_only.get()
                on:input=on_input
            />
            // Paper shows the value as text, formatted, not an input box.
            <span class="solo-impresion valor-impreso">{move || printed(committed.get())}</span>
            <span id=msg_id class=move || message.with(|m| match m {
                Some((true, _)) => "campo-error",
                _ => "campo-nota",
            })>
                {move || message.get().map(|(_, m)| m)}
            </span>
        </span>
    }
}
