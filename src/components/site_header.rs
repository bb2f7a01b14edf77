//! The product banner shown on every page.

use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <h1>"Semáforo"</h1>
            <p class="tagline">"Evaluación de planes estratégicos municipales (PEI/POI)"</p>
        </header>
    }
}
