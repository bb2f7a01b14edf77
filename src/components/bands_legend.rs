//! The plan's bands as a legend, next to every list of lights: which figure earns which colour.

use leptos::prelude::*;
use semaforo_engine::light;

use super::LightBadge;
use crate::state::use_app;

#[component]
pub fn BandsLegend() -> impl IntoView {
    let state = use_app();
    let legend = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    light::legend(&p.settings.bands)
                        .into_iter()
                        .map(|(l, range)| (l.id.to_string(), l, range))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <p class="leyenda-bandas" data-testid="leyenda-bandas">
            <span class="leyenda-titulo">"Bandas del plan: "</span>
            <For each=move || legend.get() key=|(id, _, range)| (id.clone(), range.clone()) let:item>
                <span class="leyenda-banda"><LightBadge light=item.1/>" "{item.2}</span>
            </For>
        </p>
    }
}
