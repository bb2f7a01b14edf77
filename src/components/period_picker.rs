//! The evaluated year and period, chosen from the toolbar on every screen. The choice is an
//! edit of the plan (kept in the file, logged, undoable), and every screen follows it.

use super::plan_data_form::{commit, set_period, set_year, PERIODS};
use crate::state::{use_document, use_notices};
use leptos::prelude::*;
use semaforo_engine::period;

#[component]
pub fn PeriodPicker() -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let years = Memo::new(move |_| doc.plan.with(|p| p.as_ref().map(period::years).unwrap_or_default()));
    let now = Memo::new(move |_| {
        doc.plan
            .with(|p| p.as_ref().map(|p| (p.evaluation.year, p.evaluation.period)))
    });
    // The same commits as the plan's data on Estructura.
    let (year_commit, period_commit) = (commit(doc, set_year), commit(doc, set_period));
    let choose = move |commit: Callback<String, Result<(), String>>, value: String| {
        if let Err(e) = commit.run(value) {
            notices.warn(e);
        }
    };
    view! {
        <span class="periodo-elegido">
            <label for="periodo-anio">"Año"</label>
            <select id="periodo-anio" on:change=move |ev| choose(year_commit, event_target_value(&ev))>
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string() prop:selected=move || now.get().map(|n| n.0) == Some(y)>{y}</option>
                }).collect_view()}
            </select>
            <label for="periodo-tipo">"Periodo"</label>
            <select id="periodo-tipo" on:change=move |ev| choose(period_commit, event_target_value(&ev))>
                {PERIODS.iter().map(|&(v, kind, words)| view! {
                    <option value=v prop:selected=move || now.get().map(|n| n.1) == Some(kind)>{words}</option>
                }).collect_view()}
            </select>
        </span>
    }
}
