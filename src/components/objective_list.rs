//! The plan's strategic objectives (OEI), code and name.

use leptos::prelude::*;
use semaforo_engine::Objective;

#[component]
pub fn ObjectiveList(objectives: Vec<Objective>) -> impl IntoView {
    let count = objectives.len();
    let items = objectives
        .into_iter()
        .map(|objective| {
            view! {
                <li class="objective">
                    <span class="objective-code">{objective.code}</span>
                    " "
                    <span class="objective-name">{objective.name}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="objectives" aria-labelledby="objectives-title">
            <h3 id="objectives-title">"Objetivos estratégicos institucionales (" {count} ")"</h3>
            {if count == 0 {
                Some(view! { <p class="empty">"El plan no tiene objetivos registrados."</p> })
            } else {
                None
            }}
            <ul class="objective-list">{items}</ul>
        </section>
    }
}
