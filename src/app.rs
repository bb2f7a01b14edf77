//! The root component: the app's state, drafts kept in step, and the page.

use leptos::prelude::*;

use crate::components::{ImportDialog, NoticeBar, SiteHeader, StorageNotice, Workspace};
use crate::session;
use crate::state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    state.provide();
    let storage = session::start(state);
    session::autosave(state, storage);
    // A plan handed over in the page's address opens beside the drafts, at start and when a link
    // is pasted into this tab.
    crate::plan_link::open_from_address(state);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        crate::plan_link::open_from_address(state)
    });

    // Keep the browser tab's title in step with the plan on screen.
    Effect::new(move |_| {
        let title = state
            .document
            .plan
            .with(|p| p.as_ref().map(|p| format!("{} · Semáforo", p.entity.name)))
            .unwrap_or_else(|| "Semáforo".to_string());
        document().set_title(&title);
    });

    // A plan file dropped anywhere on the page opens (file fields, and any element that handles
    // its own drop, keep theirs; the browser must not navigate away to show the file).
    let _ = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        if ev.default_prevented() {
            return;
        }
        let on_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some();
        if on_field {
            return;
        }
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            session::read_and_import(state, file);
        }
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
