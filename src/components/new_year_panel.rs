//! *Nuevo ejercicio*: next year's evaluation started from the plan on screen, as a new draft
//! (the draft on screen is left as it is, so nothing can be lost).

use leptos::prelude::*;
use semaforo_engine::new_year;

use crate::session;
use crate::state::{use_app, use_document};

#[component]
pub fn NewYearPanel() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let next = Memo::new(move |_| {
        doc.plan
            .with(|p| p.as_ref().map(|p| (p.evaluation.year, new_year::next_year_of(p))))
    });
    let text = move || {
        match next.get() {
        Some((year, Ok(next))) => format!(
            "Empieza la evaluación de {next} a partir de este plan, en un borrador nuevo: conserva la estructura, las metas, las líneas base, los valores de todos los años y el historial. Los valores de {next} empiezan sin información; el POI de {year} y los textos de su informe quedan guardados en el archivo como historia. Este borrador no cambia."
        ),
        Some((_, Err(why))) => why,
        None => String::new(),
    }
    };
    let label = move || match next.get() {
        Some((_, Ok(next))) => format!("Empezar el ejercicio {next}"),
        _ => "Empezar el ejercicio siguiente".to_string(),
    };
    view! {
        <section aria-labelledby="nuevo-ejercicio-titulo">
            <h3 id="nuevo-ejercicio-titulo">"Nuevo ejercicio"</h3>
            <p id="nuevo-ejercicio-texto">{text}</p>
            <button
                type="button"
                aria-describedby="nuevo-ejercicio-texto"
                disabled=move || !matches!(next.get(), Some((_, Ok(_))))
                on:click=move |_| session::start_next_year(state)
            >
                {label}
            </button>
        </section>
    }
}
