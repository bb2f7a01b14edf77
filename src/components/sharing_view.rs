//! The "Compartir" screen: units and their copies, merging returned files, the change log, and
//! comparing versions.

use leptos::prelude::*;

use super::{ComparePanel, HistoryLog, LinkShare, MergePanel, UnitAssignments};

#[component]
pub fn SharingView() -> impl IntoView {
    view! {
        <section aria-labelledby="compartir-titulo">
            <h2 id="compartir-titulo">"Compartir con las unidades"</h2>
            <UnitAssignments/>
            <MergePanel/>
            <HistoryLog/>
            <ComparePanel/>
            <LinkShare/>
        </section>
    }
}
