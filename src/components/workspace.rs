//! The plan on screen: toolbar and the chosen screen.

use leptos::prelude::*;

use super::{fetch_in_background, LazyScreen, PrintHeading, Rare, SummaryView, Toolbar, WelcomePanel};
use crate::state::{use_document, use_navigation, use_trial, Tab};

#[component]
pub fn Workspace() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let trial = use_trial();
    let has_plan = move || doc.plan.with(|p| p.is_some());
    let practising = move || doc.plan.with(|p| p.as_ref().is_some_and(|p| p.exercise));
    // The kept screens are drawn the first time they are chosen, not at start: the example's
    // figures reach the screen sooner, and a screen never opened costs nothing.
    let visited =
        |tab: Tab| Memo::new(move |before: Option<&bool>| before == Some(&true) || navigation.tab.get() == tab);
    let indicators_seen = visited(Tab::Indicadores);
    // What the first figures do without follows them: the budget and the checks at once
    // (src/review.rs: the diagnostics' count is in the toolbar), Indicadores, where values are
    // typed, in the background, so the first click on it rarely waits.
    Effect::new(move |_| {
        if has_plan() {
            leptos::task::spawn_local(async move {
                let _ = doc.fetch_review().await;
            });
            fetch_in_background(Rare::Indicadores);
        }
    });
    // Printing a screen made for editing (Estructura, Compartir, Borradores) prints the summary
    // instead: a page that says where the plan stands, never a blank one.
    let prints_summary = move || {
        let tab = navigation.tab.get();
        tab != Tab::Resumen && tab.printed() == Tab::Resumen
    };
    let drafts_seen = visited(Tab::Borradores);
    view! {
        <Show when=has_plan fallback=move || if navigation.opening_example.get() {
            view! { <p class="cargando" role="status">"Cargando el ejemplo…"</p> }.into_any()
        } else {
            view! { <LazyScreen screen=Rare::Inicio/> }.into_any()
        }>
            <Toolbar/>
            // A plan handed out as a practice shows its data and questions only: no screen that
            // would give the answers away is drawn until the participant asks for them.
            <Show when=move || !practising() fallback=|| view! { <LazyScreen screen=Rare::Practica/> }>
            <Show when=move || trial.is_on()><LazyScreen screen=Rare::Taller/></Show>
            <Show when=move || navigation.presenting.with(Option::is_some)><LazyScreen screen=Rare::PasoAPaso/></Show>
            <Show when=move || navigation.welcome.get()><WelcomePanel/></Show>
            <PrintHeading/>
            // Drawn anew whenever a different plan is opened, so no field keeps a value typed
            // for the previous plan. The long Indicadores screen is drawn once per plan (when first
            // chosen) and then only hidden, so its scroll position and half-typed fields survive; the
            // budget, diagnostics and report screens share tables, so only the chosen one is drawn
            // (no element id appears twice).
            {move || {
                doc.plan_rev.get();
                view! {
                    <div class:imprimir-en-lugar=prints_summary hidden=move || navigation.tab.get() != Tab::Resumen><SummaryView/></div>
                    <Show when=move || indicators_seen.get()>
                        <div hidden=move || navigation.tab.get() != Tab::Indicadores><LazyScreen screen=Rare::Indicadores/></div>
                    </Show>
                    <Show when=move || navigation.tab.get() == Tab::Presupuesto><LazyScreen screen=Rare::Presupuesto/></Show>
                    <Show when=move || navigation.tab.get() == Tab::Diagnosticos><LazyScreen screen=Rare::Diagnosticos/></Show>
                    <Show when=move || navigation.tab.get() == Tab::Metodo><LazyScreen screen=Rare::Metodo/></Show>
                    <Show when=move || navigation.tab.get() == Tab::Informe><LazyScreen screen=Rare::Informe/></Show>
                    <Show when=move || navigation.tab.get() == Tab::Estructura><div class="no-imprimir"><LazyScreen screen=Rare::Estructura/></div></Show>
                    <Show when=move || navigation.tab.get() == Tab::Compartir><div class="no-imprimir"><LazyScreen screen=Rare::Compartir/></div></Show>
                    <Show when=move || drafts_seen.get()>
                        <div class="no-imprimir" hidden=move || navigation.tab.get() != Tab::Borradores><LazyScreen screen=Rare::Borradores/></div>
                    </Show>
                }
            }}
            </Show>
        </Show>
    }
}
