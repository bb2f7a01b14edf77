//! How the page applies an edit. A typed value and the plan's data (the toolbar's year and
//! period) are applied by code in the first load; the code of structural edits (adding,
//! removing, replacing, moving items, the method's rules), which only *Estructura* and *Método*
//! make, is a split point fetched with those screens (issue 19), so the first figures do not
//! wait for it.
//!
//! An undo of a structural edit needs that code too; it is here, since the edit being undone
//! needed it.

use semaforo_engine::history::Stamp;
use semaforo_engine::structure::{self, Applied, PlanEdit};
use semaforo_engine::Plan;

use crate::components::{ready_now, split_call, Unavailable};

type Apply = fn(&mut Plan, PlanEdit, &Stamp) -> Result<Applied, String>;

/// The engine's whole `structure::apply`, from the piece that holds it.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(edicion, wasm_split_path = ::leptos::wasm_split, preload(fetch_piece), fallible)
)]
fn structural() -> Result<Apply, Unavailable> {
    Ok(structure::apply)
}

/// Downloads the code of structural edits (called before *Estructura* or *Método* is drawn).
pub async fn fetch() -> Result<(), Unavailable> {
    #[cfg(feature = "split")]
    fetch_piece().await?;
    Ok(())
}

/// Checks and makes one change, as `structure::apply` does.
pub fn apply(plan: &mut Plan, edit: PlanEdit, stamp: &Stamp) -> Result<Applied, String> {
    match edit {
        PlanEdit::Value(field, value) => structure::apply_value(plan, field, value, stamp),
        // The year and period are chosen from the toolbar, on every screen.
        PlanEdit::Header(h) => structure::apply_header(plan, *h, stamp),
        edit => {
            // Here already (see the module's note).
            match ready_now(async { split_call!(structural()) }) {
                Ok(apply) => apply(plan, edit, stamp),
                Err(Unavailable) => Err(
                    "Esta edición necesita una parte de Semáforo que aún no se ha descargado. \
                          Revise la conexión e inténtelo de nuevo."
                        .to_string(),
                ),
            }
        }
    }
}
