//! Set or clear the evaluator's own verdict on an indicator; a justification is required.

use leptos::prelude::*;
use semaforo_engine::edit;

use crate::state::{use_document, use_notices};

#[component]
pub fn VerdictEditor(code: String) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let (stored, cutoff) = {
        let code = code.clone();
        doc.plan.with_untracked(|p| {
            let verdict = p
                .as_ref()
                .and_then(|p| edit::indicator(p, &code))
                .and_then(|i| i.verdict.clone());
            (verdict, p.as_ref().map(|p| p.cutoff_key()).unwrap_or_default())
        })
    };
    // A verdict decides only the period it was given for; one for another period is said, not
    // shown as this period's (the plan keeps one verdict per indicator).
    let (current, elsewhere) = match stored {
        Some(v) if v.applies_to(&cutoff) => (Some(v), None),
        other => (None, other),
    };
    let elsewhere = elsewhere.map(|v| {
        format!(
            "Hay un juicio del evaluador para {} («{}»): no decide {cutoff}. Guardar uno para {cutoff} lo reemplaza.",
            v.period.unwrap_or_default(),
            if v.met { "cumplió" } else { "no cumplió" }
        )
    });
    let choice = RwSignal::new(match &current {
        None => "ninguno",
        Some(v) if v.met => "cumplio",
        Some(_) => "no_cumplio",
    });
    let justification = RwSignal::new(current.map(|v| v.justification).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let select_id = format!("juicio-{code}");
    let text_id = format!("justificacion-{code}");
    let save = {
        let code = code.clone();
        move |_| {
            let verdict = match choice.get_untracked() {
                "cumplio" => Some((true, justification.get_untracked())),
                "no_cumplio" => Some((false, justification.get_untracked())),
                _ => None,
            };
            let mut result = Ok(());
            doc.edit(|p| result = edit::set_verdict(p, &code, verdict));
            match result {
                Ok(()) => {
                    error.set(None);
                    notices.say(format!("Juicio del evaluador de {code} guardado."));
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    view! {
        <fieldset class="juicio">
            <legend>"Juicio del evaluador"</legend>
            {elsewhere.map(|t| view! { <p class="campo-nota" data-testid="juicio-otro-periodo">{t}</p> })}
            <label for=select_id.clone()>"Veredicto"</label>
            <select id=select_id on:change=move |ev| {
                choice.set(match event_target_value(&ev).as_str() {
                    "cumplio" => "cumplio",
                    "no_cumplio" => "no_cumplio",
                    _ => "ninguno",
                })
            }>
                <option value="ninguno" selected=move || choice.get() == "ninguno">"Sin juicio (deciden los números)"</option>
                <option value="cumplio" selected=move || choice.get() == "cumplio">"Cumplió"</option>
                <option value="no_cumplio" selected=move || choice.get() == "no_cumplio">"No cumplió"</option>
            </select>
            <label for=text_id.clone()>"Justificación (obligatoria)"</label>
            <textarea id=text_id rows="2" prop:value=move || justification.get() on:input=move |ev| justification.set(event_target_value(&ev))></textarea>
            <button type="button" on:click=save>"Guardar juicio"</button>
            {move || error.get().map(|e| view! { <p class="campo-error" role="alert">{e}</p> })}
        </fieldset>
    }
}
