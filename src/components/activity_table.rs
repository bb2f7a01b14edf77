//! AO and inversiones one by one, with their executed physical goal and amount to fill in.

use leptos::prelude::*;
use semaforo_engine::edit::{self, ActivityField};
use semaforo_engine::field::FieldRef;
use semaforo_engine::Activity;

use super::{page_range, ColumnHeads, NumberField, Pager};

/// AO rows drawn at once.
const PAGE: usize = 100;
use crate::format;
use crate::state::{use_document, use_navigation};

#[component]
pub fn ActivityTable() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let page = RwSignal::new(0usize);
    let codes = Memo::new(move |_| {
        doc.plan_rev.get();
        doc.plan.with_untracked(|p| {
            p.as_ref()
                .map(|p| p.poi.activities.iter().map(|a| a.code.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // Rows look items up by position (checked against the code): 50,000 AO must not be searched
    // once per row.
    let activity = move |at: usize, code: &str| -> Option<Activity> {
        doc.plan.with(|p| {
            p.as_ref().and_then(|p| {
                let list = &p.poi.activities;
                list.get(at)
                    .filter(|a| a.code == code)
                    .or_else(|| list.iter().find(|a| a.code == code))
                    .cloned()
            })
        })
    };
    let result = move |at: usize, code: &str| {
        doc.evaluation.with(|e| {
            e.as_ref().and_then(|e| {
                let list = &e.budget.activities;
                list.get(at)
                    .filter(|a| a.code == code)
                    .or_else(|| list.iter().find(|a| a.code == code))
                    .cloned()
            })
        })
    };
    Effect::new(move |_| {
        let Some(anchor) = navigation.wanted_row.get() else {
            return;
        };
        let Some(code) = anchor.strip_prefix("ao-") else { return };
        if let Some(i) = codes.with_untracked(|c| c.iter().position(|x| x == code)) {
            page.set(i / PAGE);
        }
    });
    let page_codes = Memo::new(move |_| {
        codes.with(|c| {
            let r = page_range(c.len(), page.get(), PAGE);
            c[r.clone()].iter().cloned().zip(r).collect::<Vec<(String, usize)>>()
        })
    });
    let field = move |at: usize, code: String, which: ActivityField, label: String| {
        let initial = activity(at, &code).and_then(|a| match which {
            ActivityField::PhysicalExecuted => a.physical_executed,
            ActivityField::FinancialExecuted => a.financial_executed,
        });
        let id = format!(
            "{}-{}",
            if which == ActivityField::PhysicalExecuted {
                "ao-fisico"
            } else {
                "ao-financiero"
            },
            code
        );
        let check = Callback::new(|t: String| edit::read_typed_amount(&t));
        let field = match which {
            ActivityField::PhysicalExecuted => FieldRef::ActivityPhysical(code),
            ActivityField::FinancialExecuted => FieldRef::ActivityFinancial(code),
        };
        let current = doc.reader(field.clone());
        let on_commit = Callback::new(move |v| doc.record(&field, v));
        let printed = if which == ActivityField::FinancialExecuted {
            crate::format::amount
        } else {
            crate::format::plain
        };
        view! { <NumberField label id initial check on_commit current printed/> }
    };
    let total = Signal::derive(move || codes.with(Vec::len));
    view! {
        <Pager total page size=PAGE what="actividades"/>
        <table class="tabla">
            <caption>"Actividades operativas e inversiones"</caption>
            <thead>
                <ColumnHeads names=&["Código", "Nombre", "AEI", "Centro de costo", "Meta física programada", "Meta física ejecutada", "Ejecución física", "Programado (S/)", "Devengado (S/)", "Ejecución financiera"]/>
            </thead>
            <tbody>
                <For
                    each=move || page_codes.get()
                    key=move |(c, _)| format!("{}:{c}", doc.plan_rev.get_untracked())
                    children=move |(code, at): (String, usize)| {
                        let a = activity(at, &code);
                        let (c1, c2) = (code.clone(), code.clone());
                        view! {
                            <tr id=format!("ao-{code}")>
                                <th scope="row">{code.clone()}</th>
                                <td>{a.as_ref().map(|a| a.name.clone())}</td>
                                <td>{a.as_ref().map(|a| a.aei.clone())}</td>
                                <td>{a.as_ref().and_then(|a| a.cost_centre.clone())}</td>
                                <td class="num">{format::plain(a.as_ref().and_then(|a| a.physical_programmed))}</td>
                                <td class="num">{field(at, code.clone(), ActivityField::PhysicalExecuted, format!("Meta física ejecutada de {code}"))}</td>
                                <td class="num">{move || format::pct(result(at, &c1).and_then(|a| a.physical_pct))}</td>
                                <td class="num">{format::amount(a.as_ref().and_then(|a| a.financial_programmed))}</td>
                                <td class="num">{field(at, code.clone(), ActivityField::FinancialExecuted, format!("Devengado de {code}"))}</td>
                                <td class="num">{move || format::pct(result(at, &c2).and_then(|a| a.financial_pct))}</td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}
