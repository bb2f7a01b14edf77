//! What the period on screen lacks (no targets, no values yet), said before its figures.

use leptos::prelude::*;
use semaforo_engine::period;

use crate::state::use_document;

#[component]
pub fn PeriodNote() -> impl IntoView {
    let doc = use_document();
    let note = Memo::new(move |_| {
        doc.plan.with(|p| {
            doc.evaluation
                .with(|e| p.as_ref().zip(e.as_ref()).and_then(|(p, e)| period::note(p, e)))
        })
    });
    view! {
        <p class="nota-periodo" data-testid="nota-periodo" role="status" hidden=move || note.with(Option::is_none)>
            {move || note.get()}
        </p>
    }
}
