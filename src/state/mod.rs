//! What the app holds, in five parts a component asks for separately (`use_document`,
//! `use_navigation`, `use_notices`, `use_draft_slot`, `use_trial`), so each sees only what it
//! works with: the plan with its edits and evaluation, the screen on view, the message at the
//! top, the draft the plan is kept in, and the workshop trial that keeps edits out of it. Everything shown is derived from these by the engine.

mod document;
mod draft_slot;
mod navigation;
mod notices;
mod trial;

use leptos::prelude::*;
use semaforo_engine::Plan;

pub use document::{Document, EditEffect, RowDiagnostics, Step};
pub use draft_slot::{DraftSlot, PendingImport};
pub use navigation::{Navigation, Tab};
pub use notices::{Notice, Notices};
pub use trial::Trial;

/// The parts together, for what spans them: opening or closing a plan, and the session's
/// file and draft handling (`session`, `sharing`).
#[derive(Clone, Copy)]
pub struct AppState {
    pub document: Document,
    pub navigation: Navigation,
    pub notices: Notices,
    pub draft_slot: DraftSlot,
    pub trial: Trial,
}

impl AppState {
    pub fn new() -> Self {
        let notices = Notices::new();
        AppState {
            document: Document::new(notices),
            navigation: Navigation::new(),
            notices,
            draft_slot: DraftSlot::new(),
            trial: Trial::new(),
        }
    }

    /// Makes each part, and the whole, available to the components below.
    pub fn provide(self) {
        provide_context(self);
        provide_context(self.document);
        provide_context(self.navigation);
        provide_context(self.notices);
        provide_context(self.draft_slot);
        provide_context(self.trial);
    }

    /// Puts a different plan on screen, kept in the draft `draft_id`. A trial on the plan that
    /// was on screen ends: its scratch copy goes, its draft was never touched.
    pub fn open(&self, plan: Plan, draft_id: String) {
        self.trial.start.set(None);
        self.document.replace(Some(plan));
        self.draft_slot.draft_id.set(Some(draft_id));
        self.navigation.welcome.set(false);
    }

    /// Starts a trial: from now on edits go to a scratch copy, and the draft keeps the plan as
    /// it is now.
    pub fn begin_trial(&self) {
        if let Some(plan) = self.document.plan.get_untracked() {
            self.trial.start.set(Some(std::sync::Arc::new(plan)));
        }
    }

    /// Puts the plan back as it was when the trial began; the trial goes on (*Restablecer*).
    pub fn reset_trial(&self) {
        if let Some(start) = self.trial.start.get_untracked() {
            self.document.replace(Some((*start).clone()));
        }
    }

    /// Ends the trial: the plan as it was when it began is back on screen.
    pub fn end_trial(&self) {
        self.reset_trial();
        self.trial.start.set(None);
    }

    /// Leaves no plan on screen (its draft was deleted).
    pub fn close(&self) {
        self.trial.start.set(None);
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

pub fn use_trial() -> Trial {
    expect_context::<Trial>()
}
