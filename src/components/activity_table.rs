//! AO and inversiones one by one, with their executed physical goal and amount to fill in.

use leptos::prelude::*;
use semaforo_engine::edit::{self, ActivityField};
use semaforo_engine::field::FieldRef;
use semaforo_engine::Activity;

use super::NumberField;
use crate::format;
use crate::state::use_app;

#[component]
pub fn ActivityTable() -> impl IntoView {
    let state = use_app();
    let codes = Memo::new(move |_| {
        state.plan_rev.get();
        state.plan.with_untracked(|p| {
            p.as_ref()
                .map(|p| p.poi.activities.iter().map(|a| a.code.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let activity = move |code: &str| -> Option<Activity> {
        state.plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.poi.activities.iter().find(|a| a.code == code).cloned())
        })
    };
    let result = move |code: &str| {
        state.evaluation.with(|e| {
            e.as_ref()
                .and_then(|e| e.budget.activities.iter().find(|a| a.code == code).cloned())
        })
    };
    let field = move |code: String, which: ActivityField, label: String| {
        let initial = activity(&code).and_then(|a| match which {
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
        let on_commit = Callback::new(move |v| state.record(&field, v));
        view! { <NumberField label id initial check on_commit/> }
    };
    view! {
        <table class="tabla">
            <caption>"Actividades operativas e inversiones"</caption>
            <thead>
                <tr>
                    <th scope="col">"Código"</th>
                    <th scope="col">"Nombre"</th>
                    <th scope="col">"AEI"</th>
                    <th scope="col">"Centro de costo"</th>
                    <th scope="col">"Meta física programada"</th>
                    <th scope="col">"Meta física ejecutada"</th>
                    <th scope="col">"Ejecución física"</th>
                    <th scope="col">"Programado (S/)"</th>
                    <th scope="col">"Devengado (S/)"</th>
                    <th scope="col">"Ejecución financiera"</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || codes.get()
                    key=move |c| format!("{}:{c}", state.plan_rev.get_untracked())
                    children=move |code: String| {
                        let a = activity(&code);
                        let (c1, c2) = (code.clone(), code.clone());
                        view! {
                            <tr id=format!("ao-{code}")>
                                <th scope="row">{code.clone()}</th>
                                <td>{a.as_ref().map(|a| a.name.clone())}</td>
                                <td>{a.as_ref().map(|a| a.aei.clone())}</td>
                                <td>{a.as_ref().and_then(|a| a.cost_centre.clone())}</td>
                                <td class="num">{format::plain(a.as_ref().and_then(|a| a.physical_programmed))}</td>
                                <td class="num">{field(code.clone(), ActivityField::PhysicalExecuted, format!("Meta física ejecutada de {code}"))}</td>
                                <td class="num">{move || format::pct(result(&c1).and_then(|a| a.physical_pct))}</td>
                                <td class="num">{format::amount(a.as_ref().and_then(|a| a.financial_programmed))}</td>
                                <td class="num">{field(code.clone(), ActivityField::FinancialExecuted, format!("Devengado de {code}"))}</td>
                                <td class="num">{move || format::pct(result(&c2).and_then(|a| a.financial_pct))}</td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}
