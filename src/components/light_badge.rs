//! A traffic light as colour, symbol and word together, so colour is never the only signal.

use leptos::prelude::*;
use semaforo_engine::light::Light;

#[component]
pub fn LightBadge(light: Light) -> impl IntoView {
    let style = format!("--luz: {}", light.colour);
    view! {
        <span class=format!("luz luz-{}", light.id) style=style>
            <span class="luz-simbolo" aria-hidden="true">{light.symbol.clone()}</span>
            " "
            <span class="luz-texto">{light.label.clone()}</span>
        </span>
    }
}
