//! A workshop trial (*Probar cambios*): the plan on screen becomes a scratch copy whose edits
//! never reach the draft, and the plan as it was stays at hand to compare with and to go back to.

use std::sync::Arc;

use leptos::prelude::*;
use semaforo_engine::Plan;

#[derive(Clone, Copy)]
pub struct Trial {
    /// The plan as it was when the trial began; `None` when no trial is on. While it is on, this
    /// is what the draft holds, and what is saved if anything is (see `session::autosave`).
    pub start: RwSignal<Option<Arc<Plan>>>,
}

impl Trial {
    pub fn new() -> Self {
        Trial {
            start: RwSignal::new(None),
        }
    }

    /// Whether a trial is on (tracked).
    pub fn is_on(&self) -> bool {
        self.start.with(Option::is_some)
    }
}

impl Default for Trial {
    fn default() -> Self {
        Self::new()
    }
}
