//! Shown when no plan is open: the built-in example, or the user's own file.

use leptos::prelude::*;

use super::{DraftsView, NewPlanForm, PlanLoader};
use crate::session;
use crate::state::use_app;

#[component]
pub fn StartPanel() -> impl IntoView {
    let state = use_app();
    view! {
        <section class="inicio" aria-labelledby="inicio-titulo">
            <h2 id="inicio-titulo">"Empezar"</h2>
            <p>"Abra el ejemplo de la Municipalidad Provincial de Ilo (evaluación del PEI 2022) o su propio plan en JSON."</p>
            <button type="button" on:click=move |_| session::open_example(state)>"Abrir el ejemplo de Ilo 2022"</button>
            <PlanLoader/>
        </section>
        <NewPlanForm/>
        <DraftsView/>
    }
}
