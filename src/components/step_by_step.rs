//! *Paso a paso*: a presentation view for a projector. For the institution or one OEI, the
//! steps from the data to the result and its light, walked with Siguiente / Anterior or the
//! keyboard (→ ← PageDown PageUp, Inicio Fin, Esc to leave), in large type and without the
//! editing screens around it. The steps come from the engine (`walk`).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use semaforo_engine::narrative::INSTITUTION_KEY;
use semaforo_engine::walk::{self, Walk};

use super::LightBadge;
use crate::browser::typing_in_a_field;
use crate::state::{use_document, use_navigation};

#[component]
pub fn StepByStep() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let subject = navigation.presenting;
    let at = RwSignal::new(0usize);
    let walk = Memo::new(move |_| {
        let key = subject.get()?;
        doc.plan.with(|p| {
            let p = p.as_ref()?;
            doc.evaluation.with(|e| {
                let e = e.as_ref()?;
                if key == INSTITUTION_KEY {
                    Some(walk::institution(p, e))
                } else {
                    walk::objective(p, e, &key)
                }
            })
        })
    });
    let len = move || walk.with(|w| w.as_ref().map_or(0, |w| w.steps.len()));
    let go = move |to: usize| at.set(to.min(len().saturating_sub(1)));
    let leave = move || {
        subject.set(None);
        // Back to the button that opened it, so a keyboard user carries on where they were.
        if let Some(b) = document().get_element_by_id("abrir-paso-a-paso") {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&b).focus();
        }
    };
    let handle = window_event_listener(ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            ev.prevent_default();
            leave();
            return;
        }
        if typing_in_a_field(&ev) {
            return;
        }
        let now = at.get_untracked();
        let to = match key.as_str() {
            "ArrowRight" | "PageDown" => now + 1,
            "ArrowLeft" | "PageUp" => now.saturating_sub(1),
            "Home" => 0,
            "End" => usize::MAX,
            _ => return,
        };
        ev.prevent_default();
        go(to);
    });
    on_cleanup(move || handle.remove());
    // Keys work at once: the view takes the focus when it opens.
    let frame = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(f) = frame.get() {
            let _ = f.focus();
        }
    });
    let choices = move || {
        doc.evaluation.with(|e| {
            let mut v = vec![(INSTITUTION_KEY.to_string(), "Institución".to_string())];
            if let Some(e) = e {
                v.extend(
                    e.objectives
                        .iter()
                        .map(|o| (o.code.clone(), format!("{} {}", o.code, o.name))),
                );
            }
            v
        })
    };
    view! {
        <div class="presentacion" role="dialog" aria-modal="true" aria-labelledby="paso-titulo" tabindex="-1" node_ref=frame data-testid="paso-a-paso">
            <header class="presentacion-cabecera">
                <h2 id="paso-titulo">"Paso a paso"</h2>
                <label>
                    "Qué explicar "
                    <select on:change=move |ev| {
                        subject.set(Some(event_target_value(&ev)));
                        at.set(0);
                    }>
                        {move || choices().into_iter().map(|(key, label)| {
                            let chosen = subject.with(|s| s.as_deref() == Some(key.as_str()));
                            view! { <option value=key selected=chosen>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" on:click=move |_| leave()>"Salir (Esc)"</button>
            </header>
            {move || walk.with(|w| w.as_ref().map(|w| shown(w, at.get())))}
            <footer class="presentacion-pie">
                <button type="button" disabled=move || at.get() == 0 on:click=move |_| go(at.get_untracked().saturating_sub(1))>"← Anterior"</button>
                <p role="status" data-testid="paso-numero">{move || format!("Paso {} de {}", at.get() + 1, len())}</p>
                <button type="button" disabled=move || { at.get() + 1 >= len() } on:click=move |_| go(at.get_untracked() + 1)>"Siguiente →"</button>
            </footer>
        </div>
    }
}

/// One step of a walk, large.
fn shown(w: &Walk, at: usize) -> impl IntoView {
    let step = w.steps.get(at).cloned();
    view! {
        <p class="presentacion-tema">{w.subject.clone()}</p>
        {step.map(|s| view! {
            <article class="paso" data-testid="paso">
                <h3>{s.heading}</h3>
                {s.figure.map(|(figure, light)| view! {
                    <p class="paso-cifra" data-testid="paso-cifra"><strong>{figure}</strong>" "<LightBadge light/></p>
                })}
                {s.lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                {s.table.map(|t| {
                    let marked = t.marked;
                    view! {
                        <table class="tabla">
                            <thead><tr>{t.heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {t.rows.into_iter().enumerate().map(|(n, row)| {
                                    let mut cells = row.into_iter();
                                    view! {
                                        <tr class:paso-marcado=marked == Some(n) aria-current=(marked == Some(n)).then_some("true")>
                                            <th scope="row">{cells.next()}</th>
                                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }
                })}
            </article>
        })}
    }
}
