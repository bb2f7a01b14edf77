//! The root component: loads the built-in example plan and shows it.

use leptos::prelude::*;
use semaforo_engine::examples::ILO_2022;

use crate::components::{PlanPage, SiteHeader};

/// The whole page. Starts with the Municipalidad Provincial de Ilo's 2022 evaluation loaded.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <SiteHeader/>
        <main id="contenido">
            <PlanPage source=ILO_2022.to_string()/>
        </main>
    }
}
