//! A lasting problem with the browser's storage, with what the user can do about it right there:
//! export the plan when nothing can be saved, download a damaged draft's text, or choose between
//! this tab's changes and another tab's.

use leptos::prelude::*;

use crate::session::{self, use_storage_status, StorageProblem};
use crate::state::{use_app, use_draft_slot, use_navigation, Tab};

#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_app();
    let navigation = use_navigation();
    let draft_slot = use_draft_slot();
    let status = use_storage_status();
    let dismiss = move |_| status.problem.set(None);
    move || {
        status.problem.get().map(|problem| {
            let (title, text, actions) = match problem {
                StorageProblem::Unavailable => (
                    "Los borradores no se guardarán",
                    "Este navegador no permite guardar datos de la página (almacenamiento desactivado o modo privado). Puede trabajar con normalidad, pero al cerrar o recargar la página se perderán los cambios: exporte el plan a un archivo antes de salir.".to_string(),
                    view! {
                        <button type="button" on:click=move |_| session::export(state)>"Exportar el plan a un archivo"</button>
                    }
                    .into_any(),
                ),
                StorageProblem::Full { versions_dropped } => (
                    "El almacenamiento del navegador está lleno",
                    format!(
                        "El último cambio no se pudo guardar en este navegador{}. El borrador guardado antes{} sigue intacto. Exporte el plan a un archivo ahora para no perder lo que cambió, o elimine borradores que ya no necesite.",
                        if versions_dropped > 0 {
                            format!(" ({} para intentar hacer espacio, sin lograrlo)", session::versions_dropped_text(versions_dropped))
                        } else {
                            String::new()
                        },
                        draft_slot.saved_at.get_untracked().map(|t| format!(" (el {t})")).unwrap_or_default()
                    ),
                    view! {
                        <button type="button" on:click=move |_| session::export(state)>"Exportar el plan a un archivo"</button>
                        <button type="button" class="boton-secundario" on:click=move |_| navigation.tab.set(Tab::Borradores)>"Ver borradores"</button>
                    }
                    .into_any(),
                ),
                StorageProblem::Damaged { id, name, reason } => (
                    "Un borrador no se pudo abrir",
                    format!(
                        "El borrador «{name}» no se puede leer: {reason} Su texto original se conserva sin cambios en este navegador hasta que usted lo elimine; puede descargarlo para revisarlo o enviarlo a soporte."
                    ),
                    view! {
                        <button type="button" on:click=move |_| session::download_raw(state, &id)>"Descargar el texto original"</button>
                        <button type="button" class="boton-secundario" on:click=move |_| navigation.tab.set(Tab::Borradores)>"Ver borradores"</button>
                    }
                    .into_any(),
                ),
                StorageProblem::Conflict { .. } => (
                    "Este borrador se cambió en otra pestaña",
                    "Otra pestaña guardó este mismo borrador después de su último cambio aquí. Para no sobrescribir ese trabajo, los cambios de esta pestaña ya no se están guardando. Elija qué hacer:".to_string(),
                    view! {
                        <button type="button" on:click=move |_| session::keep_mine_as_copy(state, status)>"Conservar la mía como copia"</button>
                        <button type="button" on:click=move |_| session::load_other_tab(state, status)>"Cargar la versión de la otra pestaña"</button>
                    }
                    .into_any(),
                ),
            };
            view! {
                <div class="aviso aviso-error aviso-almacenamiento" role="alert" data-testid="aviso-almacenamiento">
                    <div>
                        <p><strong>{title}</strong></p>
                        <p>{text}</p>
                        <div class="acciones">{actions}</div>
                    </div>
                    <button type="button" class="boton-secundario" on:click=dismiss>"Cerrar aviso"</button>
                </div>
            }
        })
    }
}
