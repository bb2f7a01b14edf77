//! *Compartir por enlace*: the plan on screen inside an address, for handing one exercise to a
//! room (issue 20). Whoever opens the address gets the same plan as a new draft.

use leptos::prelude::*;

use crate::plan_link;
use crate::state::use_document;

#[component]
pub fn LinkShare() -> impl IntoView {
    let doc = use_document();
    // None until asked; then the address or why there is none.
    let made = RwSignal::new(None::<Result<String, String>>);
    let make = move |_| {
        let json = doc.plan.with_untracked(|p| p.as_ref().map(semaforo_plan_json::to_json));
        match json {
            Some(Ok(json)) => leptos::task::spawn_local(async move {
                made.try_set(Some(plan_link::address(&json).await));
            }),
            Some(Err(e)) => made.set(Some(Err(e.to_string()))),
            None => {}
        }
    };
    view! {
        <section class="enlace-plan" aria-labelledby="enlace-titulo">
            <h3 id="enlace-titulo">"Compartir por enlace (para un taller)"</h3>
            <p class="campo-nota">
                "Pone este plan dentro de un enlace: quien lo abra recibe el mismo plan, con sus valores, como un borrador "
                "nuevo (no reemplaza ninguno de los suyos). El plan va después del signo #, una parte del enlace que el "
                "navegador no envía a ningún servidor. Sirve para planes pequeños, como los ejemplos para aprender."
            </p>
            <button type="button" on:click=make>"Crear enlace"</button>
            {move || made.get().map(|made| match made {
                Ok(address) => {
                    let note = format!(
                        "{} caracteres. Cópielo y envíelo por correo o chat, o muéstrelo en el proyector.",
                        address.chars().count()
                    );
                    view! {
                        <label class="campo">
                            "Enlace al plan"
                            <input type="text" readonly data-testid="enlace-plan" prop:value=address
                                on:focus=|ev| {
                                    let input: web_sys::HtmlInputElement = event_target(&ev);
                                    input.select();
                                }/>
                        </label>
                        <p class="campo-nota">{note}</p>
                    }
                    .into_any()
                }
                Err(why) => view! { <p class="aviso aviso-error" role="alert">{why}</p> }.into_any(),
            })}
        </section>
    }
}
