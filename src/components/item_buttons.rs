//! Move up, move down and delete, for one item of the structure. Deleting an item that holds
//! others (an objective with actions, an action with indicators) asks first; every one of them
//! can be undone.

use leptos::prelude::*;
use semaforo_engine::structure::{ItemRef, PlanEdit, Step};

use crate::state::{use_document, use_notices};

#[component]
pub fn ItemButtons(
    /// The item.
    item: ItemRef,
    /// Its name for people, e.g. "OEI.01".
    name: String,
    /// What deleting it also deletes, e.g. "2 acciones y 5 indicadores"; empty when nothing.
    holds: String,
) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let asking = RwSignal::new(false);
    let run = {
        let item = item.clone();
        move |edit: fn(ItemRef) -> PlanEdit| {
            if let Err(e) = doc.apply(edit(item.clone())) {
                notices.warn(e);
            }
        }
    };
    let (up, down, gone, sure) = (run.clone(), run.clone(), run.clone(), run);
    let holds_nothing = holds.is_empty();
    let delete = move |_| {
        if holds_nothing {
            gone(PlanEdit::Remove);
        } else {
            asking.set(true);
        }
    };
    let n1 = name.clone();
    view! {
        <span class="item-botones">
            <button type="button" class="boton-secundario" aria-label=format!("Subir {name}") on:click=move |_| up(|r| PlanEdit::Move(r, Step::Up))>"↑"</button>
            <button type="button" class="boton-secundario" aria-label=format!("Bajar {name}") on:click=move |_| down(|r| PlanEdit::Move(r, Step::Down))>"↓"</button>
            <button type="button" class="boton-secundario" on:click=delete>{format!("Eliminar {n1}")}</button>
            <Show when=move || asking.get()>
                <span class="confirmar" role="alertdialog" aria-label="Confirmar la eliminación">
                    {format!("¿Eliminar {name} con {holds}? Se puede deshacer.")}
                    <button type="button" on:click={
                        let sure = sure.clone();
                        move |_| { asking.set(false); sure(PlanEdit::Remove); }
                    }>"Sí, eliminar"</button>
                    <button type="button" class="boton-secundario" on:click=move |_| asking.set(false)>"Cancelar"</button>
                </span>
            </Show>
        </span>
    }
}
