//! Semáforo's web app: Leptos components over the pure `semaforo-engine`.
//!
//! Everything runs in the visitor's browser; the app never talks to a server. All figures come
//! from the engine so the page and the command line can never disagree.

pub mod app;
pub mod browser;
pub mod components;
pub mod drafts;
pub mod export_worker;
pub mod format;
pub mod identity;
pub mod plan_edits;
pub mod plan_link;
pub mod published;
pub mod reading;
pub mod review;
pub mod session;
pub mod sharing;
pub mod state;
pub mod store;
pub mod structure_edit;
