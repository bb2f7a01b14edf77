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
    // A practice link carries a copy marked as an exercise; the plan on screen is not changed.
    let practice = RwSignal::new(false);
    let make = move |_| {
        let as_practice = practice.get_untracked();
        let json = doc.plan.with_untracked(|p| {
            p.as_ref().map(|p| {
                if as_practice && !p.exercise {
                    let mut copy = p.clone();
                    copy.exercise = true;
                    semaforo_plan_json::to_json(&copy)
                } else {
                    semaforo_plan_json::to_json(p)
                }
            })
        });
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
            <label class="interruptor">
                <input type="checkbox" on:change=move |ev| { practice.set(event_target_checked(&ev)); made.set(None); }/>
                " Como práctica: quien lo abra ve los datos y calcula los resultados; los resultados quedan ocultos hasta que los pida"
            </label>
            <button type="button" on:click=make>"Crear enlace"</button>
            {move || made.get().map(|made| match made {
                Ok(address) => {
                    let qr_address = address.clone();
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
                        <QrFigure address=qr_address/>
                    }
                    .into_any()
                }
                Err(why) => view! { <p class="aviso aviso-error" role="alert">{why}</p> }.into_any(),
            })}
        </section>
    }
}

/// The link as a QR code a room can scan from the projector, larger on request; or why a link
/// this long cannot be one.
#[component]
fn QrFigure(address: String) -> impl IntoView {
    let large = RwSignal::new(false);
    match semaforo_engine::qr::encode(&address) {
        Ok(qr) => {
            let view_box = format!("0 0 {0} {0}", qr.side);
            view! {
                <figure class="enlace-qr" class:enlace-qr-grande=move || large.get()>
                    <svg viewBox=view_box role="img" aria-label="Código QR del enlace al plan" data-testid="enlace-qr"
                        shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                        <rect width="100%" height="100%" fill="#fff"/>
                        <path d=qr.path fill="#000"/>
                    </svg>
                    <figcaption>
                        "Para abrirlo con la cámara de un teléfono. "
                        <button type="button" aria-pressed=move || if large.get() { "true" } else { "false" } on:click=move |_| large.update(|l| *l = !*l)>
                            "Código QR en grande"
                        </button>
                    </figcaption>
                </figure>
            }
            .into_any()
        }
        Err(why) => view! { <p class="campo-nota" data-testid="enlace-qr-no">{why}</p> }.into_any(),
    }
}
