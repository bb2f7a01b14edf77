//! One rule of the method: what the plan applies, where it comes from, and — for a rule the plan
//! chooses — each option with the figure it would give, chosen with a radio button.

use leptos::prelude::*;
use semaforo_engine::method::Rule;
use semaforo_engine::structure::PlanEdit;

use crate::state::{use_document, use_notices};

#[component]
pub fn MethodRule(rule: Rule) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let key = rule.key;
    let title = rule.title;
    let options = (!rule.options.is_empty()).then(|| {
        let items = rule
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let id = format!("regla-{key}-{i}");
                let settings = o.settings.clone();
                let choose = move |_| {
                    if let Err(e) = doc.apply(PlanEdit::Settings(Box::new(settings.clone()))) {
                        notices.warn(e);
                    }
                };
                let outcome = rule.option_outcome(o);
                view! {
                    <li>
                        <input type="radio" id=id.clone() name=format!("regla-{key}") checked=o.in_force on:change=choose/>
                        <label for=id>
                            {o.label.clone()}
                            {o.in_force.then_some(" (en uso)")}
                        </label>
                        " — "
                        <span class="prediccion" data-testid=format!("prediccion-{key}-{i}")>{outcome}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <fieldset class="regla-opciones">
                <legend>{format!("Opciones: {title}")}</legend>
                <ul>{items}</ul>
            </fieldset>
        }
    });
    view! {
        <section class="regla" data-testid=format!("regla-{key}") aria-labelledby=format!("regla-{key}-titulo")>
            <h3 id=format!("regla-{key}-titulo")>{title}</h3>
            <p>{rule.in_force}</p>
            <p class="fuente">"Fuente: "{rule.source}</p>
            {options}
        </section>
    }
}
