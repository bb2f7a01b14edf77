//! The plan's bands as a legend, next to every list of lights: which figure earns which colour.

use leptos::prelude::*;
use semaforo_engine::light;

use super::LightBadge;
use crate::state::use_document;

#[component]
pub fn BandsLegend() -> impl IntoView {
    let doc = use_document();
    // A plain closure, not a keyed list: the legend is a handful of items redrawn only when the
    // plan's bands change, and each keyed-list type costs the page its own generic code.
    let items = move || {
        doc.plan.with(|p| {
            p.as_ref().map(|p| {
                light::legend(&p.settings.bands)
                    .into_iter()
                    .map(|(light, range)| view! { <span class="leyenda-banda"><LightBadge light/>" "{range}</span> })
                    .collect_view()
            })
        })
    };
    view! {
        <p class="leyenda-bandas" data-testid="leyenda-bandas">
            <span class="leyenda-titulo">"Bandas del plan: "</span>
            {items}
        </p>
    }
}
