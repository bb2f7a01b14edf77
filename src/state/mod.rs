//! What the app holds, in four parts a component asks for separately (`use_document`,
//! `use_navigation`, `use_notices`, `use_draft_slot`), so each sees only what it works with:
//! the plan with its edits and evaluation, the screen on view, the message at the top, and the
//! draft the plan is kept in. Everything shown is derived from these by the engine.

mod document;
mod draft_slot;
mod navigation;
mod notices;

use leptos::prelude::*;
use semaforo_engine::Plan;

pub use document::{Document, EditEffect, RowDiagnostics, Step};
pub use draft_slot::{DraftSlot, PendingImport};
pub use navigation::{Navigation, Tab};
pub use notices::{Notice, Notices};

/// The four parts together, for what spans them: opening or closing a plan, and the session's
/// file and draft handling (`session`, `sharing`).
#[derive(Clone, Copy)]
pub struct AppState {
    pub document: Document,
    pub navigation: Navigation,
    pub notices: Notices,
    pub draft_slot: DraftSlot,
}

impl AppState {
    pub fn new() -> Self {
        let notices = Notices::new();
        AppState {
            document: Document::new(notices),
            navigation: Navigation::new(),
            notices,
            draft_slot: DraftSlot::new(),
        }
    }

    /// Makes each part, and the whole, available to the components below.
    pub fn provide(self) {
        provide_context(self);
        provide_context(self.document);
        provide_context(self.navigation);
        provide_context(self.notices);
        provide_context(self.draft_slot);
    }

    /// Puts a different plan on screen, kept in the draft `draft_id`.
    pub fn open(&self, plan: Plan, draft_id: String) {
        self.document.replace(Some(plan));
        self.draft_slot.draft_id.set(Some(draft_id));
        self.navigation.welcome.set(false);
    }

    /// Leaves no plan on screen (its draft was deleted).
    pub fn close(&self) {
        self.document.replace(None);
        self.draft_slot.draft_id.set(None);
        self.draft_slot.saved_at.set(None);
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

pub fn use_document() -> Document {
    expect_context::<Document>()
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

pub fn use_draft_slot() -> DraftSlot {
    expect_context::<DraftSlot>()
}
