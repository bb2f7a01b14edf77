//! What the first figures do without: the POI's budget figures and the checks behind
//! *Diagnósticos* (the engine's `WithoutValues` and `add_diagnostics`), a split point (issue 19).
//! The first figures are drawn without them; their code follows at once in the background when a
//! plan is on screen, and before *Presupuesto*, *Diagnósticos*, *Informe* or *Estructura* (the
//! screens that show the budget or the diagnostics) is drawn. From then on every evaluation on
//! screen carries both. Until then its budget is empty, its diagnostics none, and
//! `Document::review_here` says so.

use std::sync::Arc;

use semaforo_engine::evaluation::add_diagnostics;
use semaforo_engine::{evaluate_without_values, Diagnostic, Evaluation, Plan, WithoutValues};

use crate::components::{ready_now, split_call, Unavailable};

type Part = fn(&Plan) -> WithoutValues;
type Complete = fn(&Plan, &mut Evaluation, Arc<Vec<Diagnostic>>);

/// The engine's budget and checks, from the piece that holds them.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(revision, wasm_split_path = ::leptos::wasm_split, preload(fetch_piece), fallible)
)]
fn review() -> Result<(Part, Complete), Unavailable> {
    Ok((evaluate_without_values, add_diagnostics))
}

/// Downloads the code.
pub async fn fetch() -> Result<(), Unavailable> {
    #[cfg(feature = "split")]
    fetch_piece().await?;
    Ok(())
}

/// The engine's two functions, if their code is here.
fn here() -> Option<(Part, Complete)> {
    ready_now(async { split_call!(review()) }).ok()
}

/// The POI's budget figures and the diagnostics of the POI and the structure, if the code is here.
pub fn without_values(plan: &Plan) -> Option<WithoutValues> {
    here().map(|(part, _)| part(plan))
}

/// Adds an evaluation's diagnostics (`without_values` from the same POI); false if the code is
/// not here.
pub fn complete(plan: &Plan, evaluation: &mut Evaluation, without_values: Arc<Vec<Diagnostic>>) -> bool {
    here().map(|(_, add)| add(plan, evaluation, without_values)).is_some()
}
