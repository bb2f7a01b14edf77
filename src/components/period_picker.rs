//! The evaluated year and period, chosen from the toolbar on every screen. The choice is an
//! edit of the plan (kept in the file, logged, undoable), and every screen follows it.

use leptos::prelude::*;
use semaforo_engine::period;
use semaforo_engine::structure::{Header, PlanEdit};
use semaforo_engine::PeriodKind;

use super::plan_data_form::PERIODS;
use crate::state::use_app;

#[component]
pub fn PeriodPicker() -> impl IntoView {
    let state = use_app();
    let years = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(period::years).unwrap_or_default()));
    let now = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.as_ref().map(|p| (p.evaluation.year, p.evaluation.period)))
    });
    let choose = move |year: Option<i32>, kind: Option<PeriodKind>| {
        let Some(mut h) = state.plan.with_untracked(|p| p.as_ref().map(Header::of)) else {
            return;
        };
        h.evaluation.year = year.unwrap_or(h.evaluation.year);
        h.evaluation.period = kind.unwrap_or(h.evaluation.period);
        if let Err(e) = state.apply(PlanEdit::Header(Box::new(h))) {
            state.warn(e);
        }
    };
    view! {
        <span class="periodo-elegido">
            <label for="periodo-anio">"Año"</label>
            <select id="periodo-anio" on:change=move |ev| choose(event_target_value(&ev).parse().ok(), None)>
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string() prop:selected=move || now.get().map(|n| n.0) == Some(y)>{y}</option>
                }).collect_view()}
            </select>
            <label for="periodo-tipo">"Periodo"</label>
            <select id="periodo-tipo" on:change=move |ev| {
                let v = event_target_value(&ev);
                choose(None, PERIODS.iter().find(|p| p.0 == v).map(|p| p.1));
            }>
                {PERIODS.iter().map(|&(v, kind, words)| view! {
                    <option value=v prop:selected=move || now.get().map(|n| n.1) == Some(kind)>{words}</option>
                }).collect_view()}
            </select>
        </span>
    }
}
