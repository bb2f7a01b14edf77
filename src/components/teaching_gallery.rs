//! *Ejemplos para aprender*: the small plans in `public/ejemplos/taller/`, each isolating one idea
//! of the method, listed from their index with what to look at, plus Ilo 2022 as the real case.
//! A trainer opens one in a click; it opens like any plan file (a draft the user worked on is
//! never replaced without asking). Fetched with the page's files, or read from the single file's
//! data blocks (scripts/single-file.mjs), so it works offline and from a USB stick.

use leptos::prelude::*;
use serde::Deserialize;

use crate::published::published;
use crate::session;
use crate::state::{use_app, Tab};

const FOLDER: &str = "ejemplos/taller/";

#[derive(Deserialize, Clone)]
struct Index {
    ejemplos: Vec<Lesson>,
}

#[derive(Deserialize, Clone)]
struct Lesson {
    archivo: String,
    titulo: String,
    que_mirar: String,
}

#[component]
pub fn TeachingGallery() -> impl IntoView {
    let state = use_app();
    // None while the index is on its way.
    let index = RwSignal::new(None::<Result<Vec<Lesson>, String>>);
    leptos::task::spawn_local(async move {
        let read = published(&format!("{FOLDER}indice.json")).await.and_then(|text| {
            serde_json::from_str::<Index>(&text)
                .map(|i| i.ejemplos)
                .map_err(|e| format!("El índice de ejemplos no se pudo leer: {e}"))
        });
        index.try_set(Some(read));
    });
    // A lesson opens as it is, or as a practice (its results hidden until asked for).
    let open_lesson = move |lesson: Lesson, practice: bool| {
        leptos::task::spawn_local(async move {
            match published(&format!("{FOLDER}{}", lesson.archivo)).await {
                Ok(text) => {
                    if practice {
                        session::open_beside_as_practice(state, text, &lesson.titulo).await;
                    } else {
                        session::open_beside(state, text, &lesson.titulo).await;
                    }
                    state.navigation.welcome.set(false);
                }
                Err(e) => state.notices.warn(e),
            }
        });
    };
    let open_ilo = move |_| {
        session::open_example(state);
        state.navigation.welcome.set(false);
        state.navigation.tab.set(Tab::Resumen);
    };
    view! {
        <section class="galeria" aria-labelledby="galeria-titulo" data-testid="galeria">
            <h2 id="galeria-titulo">"Ejemplos para aprender"</h2>
            <p class="campo-nota">
                "Planes pequeños, cada uno con una sola idea del método. Ábralos, cambie valores y mire qué pasa: "
                "se abren como cualquier archivo de plan y no tocan el borrador en que usted trabaja sin preguntarle."
            </p>
            {move || match index.get() {
                None => view! { <p class="cargando" role="status">"Cargando…"</p> }.into_any(),
                Some(Err(e)) => view! { <p class="aviso aviso-error" role="alert">{e}</p> }.into_any(),
                Some(Ok(lessons)) => view! {
                    <ul class="galeria-lista">
                        {lessons
                            .into_iter()
                            .map(|lesson| {
                                let label = format!("Abrir «{}»", lesson.titulo);
                                let practice_label = format!("Practicar con «{}»", lesson.titulo);
                                let for_practice = lesson.clone();
                                let (titulo, que_mirar) = (lesson.titulo.clone(), lesson.que_mirar.clone());
                                let testid = format!("ejemplo-{}", lesson.archivo.trim_end_matches(".json"));
                                view! {
                                    <li data-testid=testid>
                                        <h3>{titulo}</h3>
                                        <p>{que_mirar}</p>
                                        <div class="galeria-botones">
                                            <button type="button" on:click=move |_| open_lesson(lesson.clone(), false)>{label}</button>
                                            <button type="button" class="boton-secundario" title="Los resultados quedan ocultos: se calculan a mano y se comprueban" on:click=move |_| open_lesson(for_practice.clone(), true)>{practice_label}</button>
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()}
                        <li data-testid="ejemplo-ilo">
                            <h3>"El caso real: Ilo 2022"</h3>
                            <p>
                                "La evaluación del PEI 2022 de la Municipalidad Provincial de Ilo, con sus cifras reales: "
                                "todos los casos juntos, y las diferencias con el informe publicado en Diagnósticos."
                            </p>
                            <button type="button" on:click=open_ilo>"Abrir «Ilo 2022»"</button>
                        </li>
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}
