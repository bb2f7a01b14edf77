//! Every indicator, grouped by OEI and AEI, with filters by light, objective and responsible
//! unit, and a search by code or name. Long plans are paged: only one page of rows is drawn.

use leptos::prelude::*;
use semaforo_engine::sorting;
use semaforo_engine::{assign, IndicatorResult};

use super::{page_range, BandsLegend, IndicatorRow, Pager};
use crate::state::use_app;

/// Rows drawn at once; the Ilo plan (51) fits one page.
const PAGE: usize = 200;

/// A heading the rows are grouped under.
#[derive(Clone, PartialEq)]
struct Group {
    anchor: String,
    level: u8,
    title: String,
}

/// One indicator in display order: its group and where the evaluation lists it.
#[derive(Clone, PartialEq)]
struct Entry {
    code: String,
    group: usize,
    /// Position in `Evaluation::indicators` (plan order), for a lookup without a search.
    at: usize,
}

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let state = use_app();
    let light = RwSignal::new(String::new());
    let objective = RwSignal::new(String::new());
    let responsible = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);

    // The plan's structure only changes when another plan is opened.
    let structure = Memo::new(move |_| {
        state.plan_rev.get();
        state.plan.with_untracked(|p| {
            let mut groups: Vec<Group> = Vec::new();
            let mut entries: Vec<Entry> = Vec::new();
            for o in p.iter().flat_map(|p| &p.objectives) {
                groups.push(Group {
                    anchor: format!("oei-ind-{}", o.code),
                    level: 3,
                    title: format!("{} {}", o.code, o.name),
                });
                for i in &o.indicators {
                    let (group, at) = (groups.len() - 1, entries.len());
                    entries.push(Entry {
                        code: i.code.clone(),
                        group,
                        at,
                    });
                }
                for a in &o.actions {
                    groups.push(Group {
                        anchor: format!("aei-{}", a.code),
                        level: 4,
                        title: format!("{} {}", a.code, a.name),
                    });
                    for i in &a.indicators {
                        let (group, at) = (groups.len() - 1, entries.len());
                        entries.push(Entry {
                            code: i.code.clone(),
                            group,
                            at,
                        });
                    }
                }
            }
            // A unit's copy shows that unit's indicators first (the sort is stable).
            if let Some(p) = p.as_ref().filter(|p| p.sharing.is_some()) {
                let mine: Vec<bool> = entries
                    .iter()
                    .map(|e| assign::is_for_this_unit(p, assign::indicator_unit(p, &e.code).as_deref()))
                    .collect();
                let mut group_mine = vec![false; groups.len()];
                for (e, m) in entries.iter().zip(&mine) {
                    group_mine[e.group] |= *m;
                }
                sorting::sort_by_key(&mut entries, |e| !group_mine[e.group]);
            }
            (groups, entries)
        })
    });
    let result_of = move |e: &Entry, f: &mut dyn FnMut(&IndicatorResult)| {
        state.evaluation.with(|ev| {
            if let Some(ev) = ev {
                let r = ev
                    .indicators
                    .get(e.at)
                    .filter(|r| r.code == e.code)
                    .or_else(|| ev.indicator(&e.code));
                if let Some(r) = r {
                    f(r)
                }
            }
        })
    };
    // Positions (in `entries`) of the indicators the filters let through.
    let matching = Memo::new(move |_| {
        let (l, o, u, q) = (
            light.get(),
            objective.get(),
            responsible.get(),
            search.get().to_lowercase(),
        );
        structure.with(|(_, entries)| {
            entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    let mut keep = true;
                    result_of(e, &mut |r| {
                        keep = (l.is_empty() || *r.light.id == *l)
                            && (o.is_empty() || *r.objective == *o)
                            && (u.is_empty() || r.responsible.as_deref() == Some(u.as_str()))
                            && (q.is_empty()
                                || r.code.to_lowercase().contains(&q)
                                || r.name.to_lowercase().contains(&q));
                    });
                    keep
                })
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    });
    // New filters start from the first page.
    Effect::new(move |_| {
        light.track();
        objective.track();
        responsible.track();
        search.track();
        page.set(0);
    });
    // A link to an indicator (from Diagnósticos) opens the page that holds it, clearing filters
    // that would hide it.
    Effect::new(move |_| {
        let Some(anchor) = state.wanted_row.get() else { return };
        let Some(code) = anchor.strip_prefix("ind-") else {
            return;
        };
        let position = structure.with_untracked(|(_, entries)| entries.iter().position(|e| e.code == code));
        let Some(pos) = position else { return };
        if !matching.with_untracked(|m| m.contains(&pos)) {
            light.set(String::new());
            objective.set(String::new());
            responsible.set(String::new());
            search.set(String::new());
        }
        let index = matching.with_untracked(|m| m.iter().position(|p| *p == pos).unwrap_or(pos));
        page.set(index / PAGE);
    });
    // This page's rows, grouped under their headings.
    let page_groups = Memo::new(move |_| {
        let range = matching.with(|m| page_range(m.len(), page.get(), PAGE));
        structure.with(|(groups, entries)| {
            let mut out: Vec<(Group, Vec<(String, usize)>)> = Vec::new();
            matching.with(|m| {
                for &i in &m[range] {
                    let e = &entries[i];
                    let g = &groups[e.group];
                    match out.last_mut() {
                        Some((last, rows)) if last.anchor == g.anchor => rows.push((e.code.clone(), e.at)),
                        _ => out.push((g.clone(), vec![(e.code.clone(), e.at)])),
                    }
                }
            });
            out
        })
    });
    let options = move |f: fn(&IndicatorResult) -> Option<String>| {
        state.evaluation.with(|e| {
            let mut v: Vec<String> = e.iter().flat_map(|e| &e.indicators).filter_map(f).collect();
            sorting::sort(&mut v);
            v.dedup();
            v
        })
    };
    let for_unit = move || {
        state
            .plan
            .with(|p| p.as_ref().and_then(|p| p.sharing.as_ref()).map(|s| s.for_unit.clone()))
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       sig: RwSignal<String>,
                       opts: Vec<(String, String)>| {
        view! {
            <label for=id>{label}</label>
            <select id=id prop:value=move || sig.get() on:change=move |ev| sig.set(event_target_value(&ev))>
                <option value="">{all}</option>
                {opts.into_iter().map(|(v, t)| view! { <option value=v>{t}</option> }).collect_view()}
            </select>
        }
    };
    let light_opts = move || {
        state.plan.with(|p| {
            let bands = p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default();
            let mut v: Vec<(String, String)> = semaforo_engine::light::ordered(&bands)
                .iter()
                .map(|b| (b.id.clone(), b.label.clone()))
                .collect();
            v.push(("gris".into(), "Sin información".into()));
            v
        })
    };
    // Memos, so that typing a value (which re-evaluates the plan) redraws no filter list unless
    // its choices really changed.
    let light_choices = Memo::new(move |_| light_opts());
    let oei_choices = Memo::new(move |_| {
        options(|r| Some(r.objective.to_string()))
            .into_iter()
            .map(|c| (c.clone(), c))
            .collect::<Vec<_>>()
    });
    let unit_choices = Memo::new(move |_| {
        options(|r| r.responsible.clone())
            .into_iter()
            .map(|c| (c.clone(), c))
            .collect::<Vec<_>>()
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    view! {
        <section aria-labelledby="indicadores-titulo">
            <h2 id="indicadores-titulo">"Indicadores"</h2>
            <BandsLegend/>
            {move || for_unit().map(|u| view! {
                <p class="aviso-unidad" data-testid="aviso-unidad">
                    {format!("Copia para «{u}»: sus indicadores aparecen primero. Llene sus valores y devuelva el archivo con «Guardar el plan en un archivo».")}
                </p>
            })}
            <div class="filtros" role="search">
                {move || select("filtro-luz", "Semáforo", "Todos los colores", light, light_choices.get())}
                {move || select("filtro-oei", "OEI", "Todos los OEI", objective, oei_choices.get())}
                {move || select("filtro-responsable", "Responsable", "Todas las unidades", responsible, unit_choices.get())}
                <label for="filtro-buscar">"Buscar por código o nombre"</label>
                <input id="filtro-buscar" type="search" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <Pager total page size=PAGE what="indicadores"/>
            <Show when=move || total.get() == 0>
                <p class="campo-nota">"Ningún indicador coincide con los filtros."</p>
            </Show>
            <For
                each=move || page_groups.get()
                key=move |(g, rows)| (state.plan_rev.get_untracked(), g.anchor.clone(), rows.clone())
                children=move |(g, rows): (Group, Vec<(String, usize)>)| {
                    let heading = if g.level == 3 {
                        view! { <h3>{g.title.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{g.title.clone()}</h4> }.into_any()
                    };
                    view! {
                        <div class="grupo" id=g.anchor.clone()>
                            {heading}
                            <table class="tabla">
                                <thead>
                                    <tr>
                                        <th scope="col">"Código"</th>
                                        <th scope="col">"Indicador"</th>
                                        <th scope="col">"Responsable"</th>
                                        <th scope="col">"Meta"</th>
                                        <th scope="col">"Logro obtenido"</th>
                                        <th scope="col">"Avance"</th>
                                        <th scope="col">"Resultado"</th>
                                        <th scope="col">"Semáforo"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows.into_iter().map(|(code, at)| view! { <IndicatorRow code at/> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                }
            />
        </section>
    }
}
