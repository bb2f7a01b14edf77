//! Drafts kept in this browser (open, rename, duplicate, delete) and bringing plans in or out.

use leptos::prelude::*;

use super::{DraftVersions, NewYearPanel, PlanLoader, TemplatePanel};
use crate::drafts::{self, DraftMeta};
use crate::session;
use crate::state::{use_app, use_draft_slot, use_navigation, use_notices, Tab};

#[component]
pub fn DraftsView() -> impl IntoView {
    let state = use_app();
    let navigation = use_navigation();
    let notices = use_notices();
    let draft_slot = use_draft_slot();
    let status = session::use_storage_status();
    let list = move || {
        draft_slot.drafts_changed.get();
        // Which drafts cannot be read: each is parsed, so only while this screen is shown.
        let damaged = if navigation.tab.get() == Tab::Borradores {
            drafts::damaged()
        } else {
            Vec::new()
        };
        drafts::list_or_rebuild()
            .into_iter()
            .map(|m| {
                let reason = damaged.iter().find(|(d, _)| d.id == m.id).map(|(_, r)| r.clone());
                (m, reason)
            })
            .collect::<Vec<_>>()
    };
    let open = move |id: String| match drafts::open(&id) {
        Ok(plan) => {
            state.open(plan, id);
            navigation.tab.set(Tab::Resumen);
        }
        Err(e) => notices.warn(e),
    };
    let refresh = move || draft_slot.drafts_changed.update(|n| *n += 1);
    view! {
        <section aria-labelledby="borradores-titulo">
            <h2 id="borradores-titulo">"Borradores y archivos"</h2>
            <p>"Cada cambio se guarda solo en este navegador (nada sale de su computadora). Para compartir el plan con otra unidad, expórtelo como archivo JSON."</p>
            <div class="acciones">
                <button type="button" on:click=move |_| session::export(state)>"Guardar el plan en un archivo"</button>
                <button type="button" on:click=move |_| session::offer_example(state)>"Abrir el ejemplo de Ilo 2022"</button>
            </div>
            <p>
                <a href="ejemplos/ilo-2022.json" download="ilo-2022.json">"Descargar el plan de ejemplo (Ilo 2022)"</a>
                " · "
                <a href="plan.schema.json" download="plan.schema.json">"Esquema JSON del formato de plan"</a>
            </p>
            <NewYearPanel/>
            <h3>"Abrir un plan"</h3>
            <PlanLoader/>
            <TemplatePanel/>
            <h3>"Borradores en este navegador"</h3>
            <ul class="borradores">
                {move || list().into_iter().map(|(m, damaged): (DraftMeta, Option<String>)| {
                    let current = draft_slot.draft_id.get().as_deref() == Some(m.id.as_str());
                    let name = RwSignal::new(m.name.clone());
                    let (id1, id2, id3, id4, id5) = (m.id.clone(), m.id.clone(), m.id.clone(), m.id.clone(), m.id.clone());
                    let input_id = format!("nombre-{}", m.id);
                    view! {
                        <li class:actual=current>
                            <label for=input_id.clone()>{if current { "Nombre (borrador en pantalla)" } else { "Nombre" }}</label>
                            <input id=input_id type="text" maxlength="200" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                            <span class="guardado">{format!("guardado {}", m.saved_at)}</span>
                            {damaged.clone().map(|reason| view! {
                                <p class="borrador-danado" role="note">{format!("Dañado: {reason} Su texto se conserva tal cual hasta que lo elimine.")}</p>
                            })}
                            <button type="button" on:click=move |_| {
                                if let Err(e) = drafts::rename(&id1, &name.get_untracked()) { notices.warn(e) }
                                refresh();
                            }>"Renombrar"</button>
                            <button type="button" disabled=current || damaged.is_some() on:click=move |_| open(id2.clone())>"Abrir"</button>
                            <button type="button" on:click=move |_| {
                                match drafts::duplicate(&id3) { Ok(_) => notices.say("Borrador duplicado."), Err(e) => notices.warn(e) }
                                refresh();
                            }>"Duplicar"</button>
                            <button type="button" on:click=move |_| session::download_raw(state, &id5)>
                                {if damaged.is_some() { "Descargar el texto original" } else { "Descargar" }}
                            </button>
                            <button type="button" class="boton-peligro" on:click=move |_| {
                                let sure = window().confirm_with_message("¿Eliminar este borrador? No se puede deshacer.").unwrap_or(false);
                                if sure {
                                    if let Err(e) = drafts::delete(&id4) { notices.warn(e) }
                                    if matches!(status.problem.get_untracked(), Some(session::StorageProblem::Damaged { ref id, .. }) if *id == id4) {
                                        status.problem.set(None);
                                    }
                                    if draft_slot.draft_id.get_untracked().as_deref() == Some(id4.as_str()) {
                                        state.close();
                                    }
                                    refresh();
                                }
                            }>"Eliminar"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <DraftVersions/>
        </section>
    }
}
