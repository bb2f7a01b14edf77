//! One value two sources disagree on: each candidate side by side (value, unit, when, file), and
//! the user picks one. Nothing is written until the merge is confirmed.

use std::collections::BTreeMap;

use leptos::prelude::*;
use semaforo_engine::field::FieldRef;
use semaforo_engine::merge::{Choice, Conflict};

use crate::format;

#[component]
pub fn ConflictChoice(conflict: Conflict, choices: RwSignal<BTreeMap<FieldRef, Choice>>) -> impl IntoView {
    let name = format!("conflicto-{}", conflict.field).replace(['/', ' ', '.'], "-");
    let field = conflict.field.clone();
    let option = move |choice: Choice, text: String, testid: String| {
        let field = field.clone();
        let field2 = field.clone();
        let name = name.clone();
        view! {
            <label class="opcion-conflicto" data-testid=testid>
                <input
                    type="radio"
                    name=name
                    prop:checked=move || choices.with(|c| c.get(&field2) == Some(&choice))
                    on:change=move |_| choices.update(|c| {
                        c.insert(field.clone(), choice);
                    })
                />
                {text}
            </label>
        }
    };
    let current = format!(
        "Mantener el valor actual: {}{}",
        format::plain(conflict.current),
        match (&conflict.current_by, &conflict.current_at) {
            (Some(b), Some(a)) => format!(" (último cambio: {b}, {})", crate::format::when(a)),
            _ => " (del archivo del plan)".to_string(),
        }
    );
    let proposals = conflict
        .proposals
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let who = p.author.clone().unwrap_or_else(|| "unidad sin nombre".into());
            let when = p
                .authored_at
                .as_deref()
                .map(|t| format!(", {}", crate::format::when(t)))
                .unwrap_or_default();
            let outside = p
                .outside_note(conflict.responsible.as_deref())
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            let text = format!(
                "{} — de «{}» ({who}{when}){outside}",
                format::plain(p.value),
                p.files.join("», «")
            );
            option(Choice::Take(i), text, format!("opcion-{i}"))
        })
        .collect_view();
    view! {
        <fieldset class="conflicto" data-testid=format!("conflicto-{}", conflict.field)>
            <legend>{semaforo_engine::merge::with_name(&conflict.label, conflict.name.as_deref())}</legend>
            {option(Choice::KeepCurrent, current, "opcion-actual".into())}
            {proposals}
        </fieldset>
    }
}
