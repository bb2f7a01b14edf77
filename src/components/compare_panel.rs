//! Two versions of a plan side by side (e.g. the original and the modified POI): the results
//! each gives and every target, value and structural difference.

use leptos::prelude::*;

use super::ColumnHeads;
use semaforo_engine::compare::{self, DiffKind};
use semaforo_engine::{evaluate, Options, Plan};

use crate::format;
use crate::sharing;
use crate::state::{use_app, use_document, PendingImport};

const KINDS: [DiffKind; 4] = [DiffKind::Structure, DiffKind::Target, DiffKind::Value, DiffKind::Budget];

#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let other = RwSignal::new(None::<(String, Plan)>);
    let problem = RwSignal::new(None::<String>);
    let kind = RwSignal::new(String::new());
    let diffs = Memo::new(move |_| {
        other.with(|o| {
            let (_, b) = o.as_ref()?;
            doc.plan.with(|a| a.as_ref().map(|a| compare::differences(a, b)))
        })
    });
    let results = Memo::new(move |_| {
        let strict = doc.strict.get();
        other.with(|o| {
            let (_, b) = o.as_ref()?;
            let eb = evaluate(b, Options { strict });
            doc.evaluation
                .with(|ea| ea.as_ref().map(|ea| compare::results(ea, &eb)))
        })
    });
    let on_pick = move |ev: leptos::ev::Event| {
        sharing::on_plans_picked(&ev, move |mut read| {
            problem.set(read.errors.pop());
            other.set(read.loaded.pop().map(|f| (f.name, f.plan)));
        })
    };
    let open_other = move |_| {
        if let Some((name, plan)) = other.get_untracked() {
            crate::session::offer_import(
                state,
                PendingImport {
                    plan,
                    file_name: name,
                    note: None,
                },
            );
        }
    };
    view! {
        <section aria-labelledby="comparar-titulo">
            <h3 id="comparar-titulo">"Comparar con otra versión del plan"</h3>
            <p>"Por ejemplo, el POI original y el modificado: qué metas, valores y estructura cambiaron, y qué resultado da cada versión."</p>
            <label class="boton-archivo">
                "Elegir la otra versión (.json)"
                <input type="file" accept=".json,application/json" aria-label="Otra versión del plan para comparar" on:change=on_pick/>
            </label>
            <p class="campo-error" role="alert">{move || problem.get()}</p>
            {move || other.with(|o| o.as_ref().map(|(name, _)| name.clone())).map(|name| view! {
                <p>{format!("A: el plan en pantalla · B: «{name}»")}</p>
                <button type="button" on:click=open_other>"Abrir B para evaluarla y editarla"</button>
            })}
            {move || results.get().map(|rows| view! {
                <table class="tabla" data-testid="comparar-resultados">
                    <caption>"Resultado de cada versión"</caption>
                    <thead><ColumnHeads names=&["Objetivo", "A (en pantalla)", "B (otra versión)", "Cambio (puntos porcentuales)"]/></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.label()}</th>
                                <td class="num">{format::pct(r.a)}</td>
                                <td class="num">{format::pct(r.b)}</td>
                                <td class="num">{format::points(r.change)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {move || diffs.get().map(|all| {
                let count = all.len();
                view! {
                    <label for="comparar-tipo">"Tipo de diferencia"</label>
                    <select id="comparar-tipo" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="">"Todas"</option>
                        {KINDS.iter().map(|k| view! { <option value=k.label()>{k.label()}</option> }).collect_view()}
                    </select>
                    <table class="tabla" data-testid="comparar-diferencias">
                        <caption>{format!("Diferencias de A a B ({count})")}</caption>
                        <thead><ColumnHeads names=&["Tipo", "Ítem", "Qué", "A", "B"]/></thead>
                        <tbody>
                            {all.into_iter().map(|d| {
                                let label = d.kind.label();
                                view! {
                                    <tr hidden=move || !kind.with(|k| k.is_empty() || k == label)>
                                        <td>{label}</td>
                                        <th scope="row">{d.item}</th>
                                        <td>{d.what}</td>
                                        <td>{d.before}</td>
                                        <td>{d.after}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            })}
        </section>
    }
}
