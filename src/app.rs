//! The root component: the app's state, drafts kept in step, and the page.

use leptos::prelude::*;

use crate::components::{ImportDialog, NoticeBar, SiteHeader, StorageNotice, Workspace};
use crate::session;
use crate::state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let storage = session::start(state);
    session::autosave(state, storage);

    // Keep the browser tab's title in step with the plan on screen.
    Effect::new(move |_| {
        let title = state
            .plan
            .with(|p| p.as_ref().map(|p| format!("{} · Semáforo", p.entity.name)))
            .unwrap_or_else(|| "Semáforo".to_string());
        document().set_title(&title);
    });

    view! {
        <SiteHeader/>
        <main id="contenido">
            <NoticeBar/>
            <StorageNotice/>
            <ImportDialog/>
            <Workspace/>
        </main>
    }
}
