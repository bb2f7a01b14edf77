//! Reads a plan's text with the engine and shows either the plan or why it could not be read.

use leptos::prelude::*;
use semaforo_engine::load_plan;

use super::{LoadErrorNotice, ObjectiveList, PlanHeader};

#[component]
pub fn PlanPage(
    /// The plan file's JSON text.
    source: String,
) -> impl IntoView {
    // The text lives in a signal so that opening another file later only has to set it.
    let (text, _set_text) = signal(source);
    let loaded = Memo::new(move |_| text.with(|text| load_plan(text)));

    // Keep the browser tab's title in step with the plan on screen.
    Effect::new(move |_| {
        let title = match loaded.get() {
            Ok(plan) => format!("{} · Semáforo", plan.entity.name),
            Err(_) => "Semáforo".to_string(),
        };
        document().set_title(&title);
    });

    move || match loaded.get() {
        Ok(plan) => view! {
            <PlanHeader entity=plan.entity.name plan=plan.plan.name year=plan.evaluation.year/>
            <ObjectiveList objectives=plan.objectives/>
        }
        .into_any(),
        Err(error) => view! { <LoadErrorNotice error/> }.into_any(),
    }
}
