//! The checks behind *Diagnósticos*: a split point (issue 19). The first figures are drawn
//! without them; their code follows in the background once a plan is on screen (and before
//! *Diagnósticos* or *Informe* is drawn), and then every evaluation on screen carries its
//! diagnostics. Until then the evaluation has none and `Document::checks_here` says why.

use std::sync::Arc;

use semaforo_engine::budget::Budget;
use semaforo_engine::evaluation::{add_diagnostics, check_without_values};
use semaforo_engine::{Diagnostic, Evaluation, Plan};

use crate::components::{ready_now, split_call, Unavailable};

type WithoutValues = fn(&Plan, &Budget) -> Vec<Diagnostic>;
type Complete = fn(&Plan, &mut Evaluation, Arc<Vec<Diagnostic>>);

/// The engine's checks, from the piece that holds them.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(diagnostico, wasm_split_path = ::leptos::wasm_split, preload(fetch_piece), fallible)
)]
fn checks() -> Result<(WithoutValues, Complete), Unavailable> {
    Ok((check_without_values, add_diagnostics))
}

/// Downloads the checks' code.
pub async fn fetch() -> Result<(), Unavailable> {
    #[cfg(feature = "split")]
    fetch_piece().await?;
    Ok(())
}

/// The diagnostics of the plan's POI and structure, if the checks' code is here.
pub fn without_values(plan: &Plan, budget: &Budget) -> Option<Vec<Diagnostic>> {
    ready_now(async { split_call!(checks()) })
        .ok()
        .map(|(check, _)| check(plan, budget))
}

/// Adds an evaluation's diagnostics (`without_values` from the same POI); false if the checks'
/// code is not here.
pub fn complete(plan: &Plan, evaluation: &mut Evaluation, without_values: Arc<Vec<Diagnostic>>) -> bool {
    match ready_now(async { split_call!(checks()) }) {
        Ok((_, add)) => {
            add(plan, evaluation, without_values);
            true
        }
        Err(Unavailable) => false,
    }
}
