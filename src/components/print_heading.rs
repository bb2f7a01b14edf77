//! What heads a printed screen (the report has its own cover): whose plan, which screen, and
//! where the full report is printed from.

use leptos::prelude::*;

use super::toolbar::TABS;
use crate::state::{use_document, use_navigation, Tab};

#[component]
pub fn PrintHeading() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let text = move || {
        let tab = navigation.tab.get();
        if tab == Tab::Informe {
            return None;
        }
        let printed = tab.printed();
        let screen = TABS.iter().find(|(t, _)| *t == printed).map(|(_, name)| *name)?;
        doc.plan.with(|p| {
            p.as_ref().map(|p| {
                (
                    format!(
                        "{} — {} · {}",
                        p.entity.name,
                        p.plan.name,
                        semaforo_engine::period::heading(p)
                    ),
                    format!(
                        "Pantalla «{screen}» de Semáforo. El informe completo se imprime desde la pantalla «Informe»."
                    ),
                )
            })
        })
    };
    move || {
        text().map(|(plan, screen)| {
            view! {
                <header class="solo-impresion encabezado-impreso" data-testid="encabezado-impreso">
                    <p class="encabezado-plan">{plan}</p>
                    <p class="encabezado-pantalla">{screen}</p>
                </header>
            }
        })
    }
}
