//! *Probar cambios* (workshop mode): while a trial is on, the figures as they were when it began
//! beside the figures now, for the institution, every OEI and each indicator that changed, with
//! the change in points; *Restablecer* goes back to the start, and the draft is never touched.

use leptos::prelude::*;
use semaforo_engine::what_if::what_if;
use semaforo_engine::{evaluate, Options};

use super::ColumnHeads;
use crate::format;
use crate::session;
use crate::state::{use_app, use_document, use_trial};

#[component]
pub fn TrialPanel() -> impl IntoView {
    let state = use_app();
    let doc = use_document();
    let trial = use_trial();
    // Evaluated once per trial (and per reading), not per edit.
    let before = Memo::new(move |_| {
        let strict = doc.strict.get();
        trial
            .start
            .with(|s| s.as_ref().map(|p| evaluate(p, Options { strict })))
    });
    let moved = Memo::new(move |_| {
        before.with(|b| {
            let b = b.as_ref()?;
            doc.evaluation.with(|a| a.as_ref().map(|a| what_if(b, a)))
        })
    });
    let keep = move |_| {
        if let Some(plan) = doc.plan.get_untracked() {
            session::keep_as_new_draft(state, plan, "prueba del modo taller");
        }
    };
    view! {
        <section class="taller no-imprimir" aria-labelledby="taller-titulo" data-testid="modo-taller">
            <h3 id="taller-titulo">"Modo taller: probar cambios"</h3>
            <p>
                "Cambie valores, metas o juicios en cualquier pantalla: se calculan como siempre, pero "
                <strong>"no se guardan en el borrador"</strong>
                ". Aquí se ve qué movieron, desde que empezó la prueba."
            </p>
            <div class="taller-acciones">
                <button type="button" on:click=move |_| state.reset_trial()>"Restablecer"</button>
                <button type="button" on:click=keep>"Guardar la prueba como borrador nuevo"</button>
                <button type="button" on:click=move |_| state.end_trial()>"Terminar la prueba"</button>
            </div>
            // The results table is there from the start, one row per OEI, so the page does not
            // jump under the field being typed into when the first change lands.
            {move || moved.get().map(|w| {
                let unchanged = w.is_unchanged();
                let indicators = w.indicators;
                view! {
                    {unchanged.then(|| view! { <p role="status" data-testid="taller-sin-cambios">"Aún no cambió nada: las cifras son las del inicio de la prueba."</p> })}
                    <table class="tabla" data-testid="taller-resultados">
                        <caption>"Resultados: antes → ahora"</caption>
                        <thead><ColumnHeads names=&["Objetivo", "Antes", "Ahora", "Cambio"]/></thead>
                        <tbody>
                            {w.results.into_iter().map(|r| {
                                let moved = r.a != r.b;
                                view! {
                                    <tr class:taller-movido=moved>
                                        <th scope="row">{r.label()}</th>
                                        <td class="num">{format::pct(r.a)}</td>
                                        <td class="num">{format::pct(r.b)}</td>
                                        <td class="num">{format::points(r.change)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    <table class="tabla" data-testid="taller-indicadores" hidden=unchanged>
                        <caption>{format!("Indicadores que cambiaron ({})", indicators.len())}</caption>
                        <thead><ColumnHeads names=&["Indicador", "Valor obtenido", "Avance", "Cambio", "Condición"]/></thead>
                        <tbody>
                            {indicators.into_iter().map(|c| {
                                let condition = if c.flipped() {
                                    format!("{} → {}", c.status_before.label(), c.status_after.label())
                                } else {
                                    c.status_after.label().to_string()
                                };
                                view! {
                                    <tr class:taller-movido=c.flipped()>
                                        <th scope="row">{format!("{} {} ({})", c.code, c.name, c.objective)}</th>
                                        <td class="num">{format!("{} → {}", format::plain(c.obtained_before), format::plain(c.obtained_after))}</td>
                                        <td class="num">{format!("{} → {}", format::pct(c.advance_before), format::pct(c.advance_after))}</td>
                                        <td class="num">{format::points(c.advance_change)}</td>
                                        <td>{condition}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            })}
        </section>
    }
}
