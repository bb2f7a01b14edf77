//! Figures for display. The engine formats; this only picks what to show for a missing figure.

use rust_decimal::Decimal;
use semaforo_engine::decimal_util::{fmt_amount, fmt_pct, fmt_plain};

pub fn pct(x: Option<Decimal>) -> String {
    x.map(fmt_pct).unwrap_or_else(|| "—".into())
}

pub fn amount(x: Option<Decimal>) -> String {
    x.map(fmt_amount).unwrap_or_else(|| "—".into())
}

pub fn points(x: Option<Decimal>) -> String {
    x.map(semaforo_engine::decimal_util::fmt_points)
        .unwrap_or_else(|| "—".into())
}

pub fn plain(x: Option<Decimal>) -> String {
    x.map(fmt_plain).unwrap_or_else(|| "—".into())
}

pub fn count(x: Option<u32>) -> String {
    x.map(|n| n.to_string()).unwrap_or_else(|| "—".into())
}

/// Element id of the row a diagnostic is about (the engine says which row), so the diagnostics
/// panel can link to it.
pub fn anchor(row: &semaforo_engine::diagnostic::Row) -> String {
    use semaforo_engine::diagnostic::Row;
    match row {
        Row::CostCentre(k) => format!("cc-{k}"),
        Row::Execution(k) => format!("ex-{k}"),
        Row::Allocation(k) => format!("al-{k}"),
        Row::BudgetStages => "etapas".into(),
        Row::Activity(c) => format!("ao-{c}"),
        Row::Indicator(c) => format!("ind-{c}"),
        Row::Action(c) => format!("aei-{c}"),
        Row::Objective(c) => format!("oei-{c}"),
        Row::Plan => "resumen".into(),
    }
}

/// Which screen holds the row an anchor points to.
pub fn tab_for_anchor(anchor: &str) -> crate::state::Tab {
    use crate::state::Tab;
    match anchor.split('-').next().unwrap_or("") {
        "ind" | "aei" => Tab::Indicadores,
        "cc" | "ex" | "al" | "etapas" | "ao" => Tab::Presupuesto,
        _ => Tab::Resumen,
    }
}

/// Goes to the screen of a row and scrolls it into view once it is drawn.
pub fn go_to(navigation: crate::state::Navigation, anchor: String) {
    use leptos::prelude::Set;
    navigation.tab.set(tab_for_anchor(&anchor));
    navigation.wanted_row.set(Some(anchor.clone()));
    reveal_when_drawn(navigation, anchor, 0);
}

/// A screen may still be downloading its code (issue 19), so the row is looked for again on
/// each frame, for a while, unless the planner has gone to another screen or row meanwhile.
fn reveal_when_drawn(navigation: crate::state::Navigation, anchor: String, frames: u32) {
    use leptos::prelude::GetUntracked;
    leptos::prelude::request_animation_frame(move || {
        let still_wanted = navigation.wanted_row.get_untracked().as_deref() == Some(anchor.as_str())
            && navigation.tab.get_untracked() == tab_for_anchor(&anchor);
        if !still_wanted {
            return;
        }
        match leptos::prelude::document().get_element_by_id(&anchor) {
            Some(el) => {
                el.scroll_into_view();
                el.class_list().add_1("destacado").ok();
            }
            None if frames < REVEAL_FRAMES => reveal_when_drawn(navigation, anchor, frames + 1),
            None => {}
        }
    });
}

/// About 20 s at 60 frames a second: a screen's code on a slow link.
const REVEAL_FRAMES: u32 = 1200;

/// The result a source document states for an objective (or "institucion"), as it was stated
/// ("17 %"), or "—" when it states none.
pub fn declared_result(plan: &semaforo_engine::Plan, code: &str) -> String {
    let stated = if code == semaforo_engine::narrative::INSTITUTION_KEY {
        plan.declared.as_ref().and_then(|d| d.result_pct)
    } else {
        plan.objectives
            .iter()
            .find(|o| o.code == code)
            .and_then(|o| o.declared.as_ref())
            .and_then(|d| d.result_pct)
    };
    stated
        .map(|d| format!("{} %", fmt_plain(d)))
        .unwrap_or_else(|| "—".into())
}

/// Minutes east of UTC of this computer's clock (Peru: −300).
pub fn clock_offset() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A logged time ("2026-11-20T15:05:07Z") in this computer's local time, as the page's clock
/// shows times: "20/11/2026 10:05".
pub fn when(iso: &str) -> String {
    semaforo_engine::history::local_time(iso, clock_offset())
}

/// A change log entry in words, with local times.
pub fn entry_sentence(e: &semaforo_engine::HistoryEntry) -> String {
    semaforo_engine::history::describe_entry_local(e, clock_offset())
}
