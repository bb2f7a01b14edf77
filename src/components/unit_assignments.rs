//! Which unit answers for what, a copy of the plan for each unit, and where to name the units.

use leptos::prelude::*;

use super::ColumnHeads;
use semaforo_engine::assign::{self, Assignee};

use crate::sharing;
use crate::state::{use_app, use_document};

/// One OEI or AEI whose responsible unit can be named here.
#[derive(Clone, PartialEq)]
struct Slot {
    who: Assignee,
    code: String,
    name: String,
    unit: String,
    nested: bool,
}

#[component]
pub fn UnitAssignments() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let units = Memo::new(move |_| doc.plan.with(|p| p.as_ref().map(assign::units).unwrap_or_default()));
    // The structure only changes when another plan is opened; the units typed here are read once.
    let slots = Memo::new(move |_| {
        doc.plan_rev.get();
        doc.plan.with_untracked(|p| {
            let mut out = Vec::new();
            for o in p.iter().flat_map(|p| &p.objectives) {
                out.push(Slot {
                    who: Assignee::Objective(o.code.clone()),
                    code: o.code.clone(),
                    name: o.name.clone(),
                    unit: o.responsible.clone().unwrap_or_default(),
                    nested: false,
                });
                for a in &o.actions {
                    out.push(Slot {
                        who: Assignee::Action(a.code.clone()),
                        code: a.code.clone(),
                        name: a.name.clone(),
                        unit: a.responsible.clone().unwrap_or_default(),
                        nested: true,
                    });
                }
            }
            out
        })
    });
    view! {
        <section aria-labelledby="unidades-titulo">
            <h3 id="unidades-titulo">"Unidades responsables"</h3>
            <p>
                "Cada unidad recibe el plan completo con sus ítems marcados; al abrirlo, los suyos aparecen primero. "
                "Los indicadores sin unidad propia responden a la de su AEI o, si no, a la de su OEI."
            </p>
            <table class="tabla" data-testid="tabla-unidades">
                <caption>"Unidades y los ítems que llenan"</caption>
                <thead>
                    <ColumnHeads names=&["Unidad", "Indicadores", "Actividades", "Centros de costo", "Copia para la unidad"]/>
                </thead>
                <tbody>
                    <For
                        each=move || units.get()
                        key=|u| (u.unit.clone(), u.total())
                        children=move |u| {
                            let unit = u.unit.clone();
                            let label = format!("Descargar copia para {}", u.unit);
                            view! {
                                <tr>
                                    <th scope="row">{u.unit.clone()}</th>
                                    <td class="num" title=u.indicators.join(", ")>{u.indicators.len()}</td>
                                    <td class="num">{u.activities.len()}</td>
                                    <td class="num">{u.cost_centres.len()}</td>
                                    <td>
                                        <button type="button" aria-label=label on:click=move |_| sharing::export_for_unit(state, &unit)>
                                            "Descargar copia"
                                        </button>
                                    </td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
            <Show when=move || units.with(|u| u.is_empty())>
                <p class="campo-nota">"Ningún ítem tiene unidad responsable todavía: asígnelas abajo."</p>
            </Show>
            <details class="asignar">
                <summary>"Asignar unidades a OEI y AEI"</summary>
                <datalist id="unidades-conocidas">
                    {move || units.get().into_iter().map(|u| view! { <option value=u.unit/> }).collect_view()}
                </datalist>
                <table class="tabla">
                    <caption>"Unidad responsable de cada objetivo y acción"</caption>
                    <thead>
                        <ColumnHeads names=&["Código", "Nombre", "Unidad responsable"]/>
                    </thead>
                    <tbody>
                        {move || slots.get().into_iter().map(|s| {
                            let who = s.who.clone();
                            let id = format!("unidad-{}", s.code);
                            let label = format!("Unidad responsable de {}", s.code);
                            view! {
                                <tr class:anidado=s.nested>
                                    <th scope="row">{s.code.clone()}</th>
                                    <td>{s.name.clone()}</td>
                                    <td>
                                        <input
                                            type="text"
                                            id=id
                                            aria-label=label
                                            list="unidades-conocidas"
                                            maxlength="200"
                                            value=s.unit.clone()
                                            on:change=move |ev| {
                                                let unit = event_target_value(&ev);
                                                doc.edit(|p| {
                                                    assign::set_responsible(p, &who, &unit);
                                                });
                                            }
                                        />
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </section>
    }
}
