//! Where to start: shown over the example on a first visit and from *Inicio*. Three ways in —
//! the entity's own plan, a file received, or the example — so nobody mistakes Ilo's plan for
//! their own.

use leptos::prelude::*;

use super::{LazyScreen, Rare};
use crate::session;
use crate::state::{use_app, use_navigation, Tab};

#[component]
pub fn WelcomePanel() -> impl IntoView {
    let state = use_app();
    let navigation = use_navigation();
    let go = move |tab: Tab| {
        navigation.welcome.set(false);
        navigation.tab.set(tab);
    };
    let on_pick = move |ev: leptos::ev::Event| session::import_picked(state, &ev);
    let gallery = RwSignal::new(false);
    view! {
        <section class="bienvenida" aria-labelledby="bienvenida-titulo" data-testid="bienvenida">
            <h2 id="bienvenida-titulo">"¿Por dónde empezar?"</h2>
            {move || session::is_example(state).then(|| view! {
                <p>"En pantalla hay un " <strong>"ejemplo"</strong> ": el plan de la Municipalidad Provincial de Ilo, evaluación 2022, con sus cifras reales. Puede explorarlo sin miedo: sus cambios quedan en este navegador y no afectan a nadie."</p>
            })}
            <ul class="bienvenida-opciones">
                <li>
                    <button type="button" on:click=move |_| go(Tab::Estructura)>"Evaluar el plan de mi entidad"</button>
                    <span class="campo-nota">" Créelo aquí (objetivos, acciones, indicadores y metas) o "</span>
                    <button type="button" class="enlace" on:click=move |_| go(Tab::Borradores)>"tráigalo desde la plantilla de Excel"</button>
                    "."
                </li>
                <li>
                    <label class="boton-archivo">
                        "Abrir un archivo recibido"
                        <input type="file" accept=".json,application/json" aria-label="Abrir un archivo recibido" on:change=on_pick/>
                    </label>
                    <span class="campo-nota">" El archivo de plan (.json) que le envió la oficina de planeamiento o una unidad. También puede soltarlo en cualquier parte de la página."</span>
                </li>
                <li>
                    <button type="button" on:click=move |_| go(Tab::Resumen)>"Ver el ejemplo (Ilo 2022)"</button>
                    <span class="campo-nota">" Resultados, semáforos, presupuesto y el informe de un plan real."</span>
                </li>
                <li>
                    <button type="button" aria-expanded=move || gallery.get().to_string() on:click=move |_| gallery.update(|g| *g = !*g)>"Ejemplos para aprender"</button>
                    <span class="campo-nota">" Planes pequeños para capacitar, cada uno con una sola idea del método y qué mirar en él."</span>
                </li>
            </ul>
            <Show when=move || gallery.get()><LazyScreen screen=Rare::Ejemplos/></Show>
        </section>
    }
}
