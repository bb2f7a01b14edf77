//! The plan's change log: whether its chain is intact, values changed outside the log, and every
//! entry (newest first), filterable by item.

use leptos::prelude::*;

use super::ColumnHeads;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history;

use crate::format;
use crate::state::use_document;

/// Enough rows to read; a long log is narrowed with the filter.
const SHOWN: usize = 300;

#[component]
pub fn HistoryLog() -> impl IntoView {
    let doc = use_document();
    let filter = RwSignal::new(String::new());
    let chain = Memo::new(move |_| doc.plan.with(|p| p.as_ref().map(|p| history::verify(&p.history))));
    let unlogged = Memo::new(move |_| {
        doc.plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    history::unlogged_changes(p)
                        .iter()
                        .map(|f| f.label(p))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let rows = move || {
        let q = filter.get().to_lowercase();
        doc.plan.with(|p| {
            let Some(p) = p else { return Vec::new() };
            p.history
                .iter()
                .rev()
                .filter(|e| q.is_empty() || e.field.to_lowercase().contains(&q) || e.by.to_lowercase().contains(&q))
                .take(SHOWN)
                .map(|e| {
                    let what = FieldRef::parse(&e.field)
                        .map(|f| f.label(p))
                        .or_else(|| semaforo_engine::structure::field_label(&e.field))
                        .unwrap_or_else(|| e.field.clone());
                    // A structure change is said in words; a figure as a figure.
                    let side = |text: &Option<String>, figure| match text {
                        Some(t) => t.clone(),
                        None if e.old_text.is_some() || e.new_text.is_some() => "—".to_string(),
                        None => format::plain(figure),
                    };
                    (
                        e.seq,
                        format::when(&e.at),
                        e.by.clone(),
                        what,
                        side(&e.old_text, e.old),
                        side(&e.new_text, e.new),
                        format::entry_sentence(e),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="historial-titulo">
            <h3 id="historial-titulo">"Historial de cambios"</h3>
            <p
                data-testid="estado-historial"
                class=move || if chain.with(|c| c.as_ref().is_some_and(|c| !c.is_intact())) { "campo-error" } else { "campo-nota" }
                role="status"
            >
                {move || chain.with(|c| c.as_ref().map(|c| c.describe()))}
            </p>
            <Show when=move || unlogged.with(|u| !u.is_empty())>
                <p class="campo-error">
                    {move || format!("Estos valores no coinciden con el último cambio registrado (¿se editó el archivo fuera de Semáforo?): {}.", unlogged.get().join("; "))}
                </p>
            </Show>
            <label for="historial-filtro">"Filtrar por código o persona"</label>
            <input id="historial-filtro" type="search" prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev))/>
            <table class="tabla" data-testid="tabla-historial">
                <caption>{move || format!("Cambios registrados, del más reciente al más antiguo (se muestran hasta {SHOWN})")}</caption>
                <thead>
                    <ColumnHeads names=&["N.º", "Cuándo", "Quién", "Qué", "Antes", "Después", "Origen"]/>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(seq, at, by, what, old, new, origin)| view! {
                        <tr>
                            <td class="num">{seq}</td>
                            <td>{at}</td>
                            <td>{by}</td>
                            <th scope="row">{what}</th>
                            <td class="num">{old}</td>
                            <td class="num">{new}</td>
                            <td>{origin}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
