//! Why a plan file could not be read, in Spanish, announced to screen readers.

use leptos::prelude::*;
use semaforo_engine::LoadError;

#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    let place = describe_place(&error);
    view! {
        <section class="load-error" role="alert">
            <h2>"No se pudo leer el plan"</h2>
            <p class="load-error-message">{error.message}</p>
            {place.map(|place| view! { <p class="load-error-place">{place}</p> })}
        </section>
    }
}

/// "En `path`, línea 3, columna 7", with whatever parts are known.
fn describe_place(error: &LoadError) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(path) = &error.path {
        parts.push(format!("en {path}"));
    }
    if let Some(line) = error.line {
        parts.push(format!("línea {line}"));
    }
    if let Some(column) = error.column {
        parts.push(format!("columna {column}"));
    }
    if parts.is_empty() {
        None
    } else {
        let text = parts.join(", ");
        let mut chars = text.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect())
    }
}
