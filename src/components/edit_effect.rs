//! On *Indicadores*, kept in sight under the tabs: what the value last typed did to its
//! objective's result and to the institution's, before → after.

use leptos::prelude::*;

use crate::format;
use crate::state::use_document;

#[component]
pub fn EditEffect() -> impl IntoView {
    let doc = use_document();
    let text = move || {
        let effect = doc.last_effect.get()?;
        doc.evaluation.with(|e| {
            let e = e.as_ref()?;
            let objective_after = e.objective(&effect.objective).and_then(|o| o.result_pct);
            let change = |before, after| {
                if before == after {
                    format!("{} (sin cambio)", format::pct(after))
                } else {
                    format!("{} → {}", format::pct(before), format::pct(after))
                }
            };
            Some((
                format!("Efecto de su último cambio ({}): ", effect.indicator),
                format!(
                    "{} {}",
                    effect.objective,
                    change(effect.objective_before, objective_after)
                ),
                format!(
                    "Institución {}",
                    change(effect.institution_before, e.institution.result_pct)
                ),
            ))
        })
    };
    move || {
        text().map(|(what, objective, institution)| {
            view! {
                <p class="efecto-edicion no-imprimir" data-testid="efecto-edicion" aria-live="polite">
                    {what}<strong data-testid="efecto-oei">{objective}</strong>" · "<strong data-testid="efecto-institucion">{institution}</strong>
                </p>
            }
        })
    }
}
