//! Bringing in the files units send back: several at once, with what each file changed, the
//! conflicts to decide, and afterwards a summary of what came from which file.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use semaforo_engine::field::FieldRef;
use semaforo_engine::merge::{self, Choice, IncomingFile, MergeSummary};

use super::{ColumnHeads, ConflictChoice, StructureChoice};
use crate::format;
use crate::sharing;
use crate::state::{use_document, use_notices};

#[component]
pub fn MergePanel() -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let files = RwSignal::new(Vec::<IncomingFile>::new());
    let remarks = RwSignal::new(Vec::<(bool, String)>::new());
    let choices = RwSignal::new(BTreeMap::<FieldRef, Choice>::new());
    let summary = RwSignal::new(None::<MergeSummary>);
    let structure_taken = RwSignal::new(BTreeSet::<usize>::new());
    // Re-derived when the plan changes, so a preview never describes a stale plan.
    let preview = Memo::new(move |_| {
        files.with(|f| {
            if f.is_empty() {
                return None;
            }
            doc.plan.with(|p| p.as_ref().map(|p| merge::preview(p, f)))
        })
    });
    let on_pick = move |ev: leptos::ev::Event| {
        sharing::on_plans_picked(&ev, move |read| {
            let mut r: Vec<(bool, String)> = read.errors.into_iter().map(|e| (true, e)).collect();
            r.extend(read.notes.into_iter().map(|n| (false, n)));
            remarks.set(r);
            choices.set(BTreeMap::new());
            structure_taken.set(BTreeSet::new());
            summary.set(None);
            files.set(read.loaded);
        })
    };
    let apply = move |_| {
        let Some(pv) = preview.get_untracked() else { return };
        let stamp = doc.stamp();
        let mut done = MergeSummary::default();
        let chosen = structure_taken.get_untracked();
        choices.with_untracked(|c| {
            doc.edit(|p| done = merge::apply(p, &pv, c, &chosen, &stamp));
        });
        let taken: usize = done.from_file.values().map(Vec::len).sum();
        notices.say(format!(
            "Se incorporaron {taken} cambios. El detalle está en «Compartir»."
        ));
        summary.set(Some(done));
        files.set(Vec::new());
        remarks.set(Vec::new());
    };
    let discard = move |_| {
        files.set(Vec::new());
        remarks.set(Vec::new());
        choices.set(BTreeMap::new());
    };
    let unanswered = move || {
        preview.with(|p| {
            p.as_ref()
                .map(|p| choices.with(|c| p.conflicts.iter().filter(|x| !c.contains_key(&x.field)).count()))
                .unwrap_or(0)
        })
    };
    view! {
        <section aria-labelledby="fusion-titulo">
            <h3 id="fusion-titulo">"Incorporar archivos de las unidades"</h3>
            <p>
                "Elija todos los archivos devueltos a la vez. Se toma lo que una sola fuente cambió; cuando dos archivos, "
                "o un archivo y este borrador, dan valores distintos para lo mismo, no se sobrescribe nada hasta que usted elija."
            </p>
            <label class="boton-archivo">
                "Elegir archivos devueltos (.json)"
                <input type="file" multiple accept=".json,application/json" aria-label="Archivos devueltos por las unidades" on:change=on_pick/>
            </label>
            <div role="status">
                <ul class="avisos-archivos">
                    {move || remarks.get().into_iter().map(|(err, t)| view! { <li class:campo-error=err>{t}</li> }).collect_view()}
                </ul>
            </div>
            {move || preview.get().map(|pv| {
                let file_rows = pv.files.iter().map(|f| {
                    let status = match &f.refused {
                        Some(why) => why.clone(),
                        None => format!(
                            "{}; {}",
                            semaforo_engine::words::count(f.changed as u64, "valor cambiado", "valores cambiados"),
                            f.chain.describe()
                        ),
                    };
                    let bad = f.refused.is_some() || !f.chain.is_intact() || !f.unlogged.is_empty() || !f.outside_unit.is_empty();
                    let extra = [
                        (!f.unlogged.is_empty()).then(|| format!("Valores que no coinciden con su historial: {}.", f.unlogged.join("; "))),
                        (!f.outside_unit.is_empty()).then(|| format!(
                            "⚠ Cambió {} de otras unidades (entre paréntesis, la responsable): {}.",
                            semaforo_engine::words::count(f.outside_unit.len() as u64, "valor", "valores"),
                            f.outside_unit.join("; ")
                        )),
                        (!f.unknown.is_empty()).then(|| format!("Ítems que este plan no tiene (no se toman): {}.", f.unknown.join("; "))),
                    ].into_iter().flatten().collect::<Vec<_>>().join(" ");
                    view! {
                        <tr class:fila-alerta=bad>
                            <th scope="row">{f.name.clone()}</th>
                            <td>{f.unit.clone().unwrap_or_else(|| "—".into())}</td>
                            <td>{status}" "{extra}</td>
                        </tr>
                    }
                }).collect_view();
                let take_rows = pv.takes.iter().map(|t| {
                    let outside = t.proposal.outside_note(t.responsible.as_deref());
                    let alert = outside.is_some();
                    view! {
                        <tr class:fila-alerta=alert data-testid=format!("toma-{}", t.field)>
                            <th scope="row">
                                {t.label.clone()}
                                {t.name.clone().map(|n| view! { <br/><small>{n}</small> })}
                            </th>
                            <td class="num">{format::plain(t.current)}</td>
                            <td class="num">{format::plain(t.proposal.value)}</td>
                            <td>
                                {t.proposal.files.join(", ")}
                                {outside.map(|o| view! { <br/><strong class="campo-error">{o}</strong> })}
                            </td>
                            <td>{t.proposal.author.clone().unwrap_or_default()}</td>
                        </tr>
                    }
                }).collect_view();
                let n_takes = pv.takes.len();
                let n_conf = pv.conflicts.len();
                let conflicts = pv.conflicts.into_iter().map(|c| view! { <ConflictChoice conflict=c choices/> }).collect_view();
                let n_structure = pv.structure.len();
                let structure = pv.structure.into_iter().enumerate().map(|(index, change)| view! {
                    <StructureChoice change index taken=structure_taken/>
                }).collect_view();
                view! {
                    <table class="tabla" data-testid="archivos-fusion">
                        <caption>"Archivos leídos"</caption>
                        <thead><ColumnHeads names=&["Archivo", "Copia para", "Estado"]/></thead>
                        <tbody>{file_rows}</tbody>
                    </table>
                    <table class="tabla" data-testid="valores-fusion">
                        <caption>{format!("Valores que se incorporarán sin conflicto ({n_takes})")}</caption>
                        <thead><ColumnHeads names=&["Valor", "Actual", "Nuevo", "De", "Ingresado por"]/></thead>
                        <tbody>{take_rows}</tbody>
                    </table>
                    <h4>{format!("Conflictos: elija un valor ({n_conf})")}</h4>
                    {conflicts}
                    <Show when=move || n_structure != 0>
                        <h4>{format!("Cambios a la estructura del plan: decida cada uno ({n_structure})")}</h4>
                        <p class="campo-nota">"Las unidades llenan valores; metas, nombres e indicadores los decide la oficina de planeamiento. Ninguno se aplica sin su aceptación."</p>
                    </Show>
                    {structure}
                }
            })}
            <Show when=move || preview.with(|p| p.is_some())>
                <p class="campo-nota" aria-live="polite">
                    {move || match unanswered() {
                        0 => String::new(),
                        n => format!("Faltan {n} conflictos por decidir: si incorpora ahora, en ellos se mantiene el valor actual."),
                    }}
                </p>
                <div class="acciones">
                    <button type="button" class="boton-principal" on:click=apply>"Incorporar"</button>
                    <button type="button" on:click=discard>"Descartar"</button>
                </div>
            </Show>
            {move || summary.get().map(|s| {
                let rows = s.from_file.iter().map(|(f, items)| view! {
                    <li><strong>{f.clone()}</strong>{format!(": {} — {}", semaforo_engine::words::count(items.len() as u64, "valor", "valores"), items.join("; "))}</li>
                }).collect_view();
                let kept = (!s.kept_current.is_empty()).then(|| view! { <li>{format!("Se mantuvo el valor actual en: {}", s.kept_current.join("; "))}</li> });
                let open = (!s.unanswered.is_empty()).then(|| view! { <li>{format!("Sin decidir (se mantuvo el actual): {}", s.unanswered.join("; "))}</li> });
                let structure_kept = (!s.structure_kept.is_empty()).then(|| view! { <li>{format!("Cambios de estructura no aceptados (el plan quedó como estaba): {}", s.structure_kept.join("; "))}</li> });
                let structure_failed = (!s.structure_failed.is_empty()).then(|| view! { <li class="campo-error">{format!("Cambios aceptados que no se pudieron aplicar: {}", s.structure_failed.join("; "))}</li> });
                view! {
                    <div class="resumen-fusion" data-testid="resumen-fusion">
                        <h4>"Qué vino de cada archivo"</h4>
                        <ul>{rows}{kept}{open}{structure_kept}{structure_failed}</ul>
                    </div>
                }
            })}
        </section>
    }
}
