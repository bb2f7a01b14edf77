//! The draft the plan on screen is kept in, and a file waiting to be opened.

use leptos::prelude::*;
use semaforo_engine::Plan;

/// A plan read from a file while another is open: waiting for the user to replace or keep both.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub plan: Plan,
    pub file_name: String,
    /// Said once the file is opened, e.g. that it was migrated from an older format.
    pub note: Option<String>,
}

#[derive(Clone, Copy)]
pub struct DraftSlot {
    pub draft_id: RwSignal<Option<String>>,
    pub saved_at: RwSignal<Option<String>>,
    pub pending: RwSignal<Option<PendingImport>>,
    /// Bumped whenever the list of drafts changes.
    pub drafts_changed: RwSignal<u64>,
}

impl DraftSlot {
    pub fn new() -> Self {
        DraftSlot {
            draft_id: RwSignal::new(None),
            saved_at: RwSignal::new(None),
            pending: RwSignal::new(None),
            drafts_changed: RwSignal::new(0),
        }
    }
}

impl Default for DraftSlot {
    fn default() -> Self {
        Self::new()
    }
}
