//! Every indicator, grouped by OEI and AEI, with filters by light, objective and responsible
//! unit, and a search by code or name. Long plans are paged: only one page of rows is drawn.

use leptos::prelude::*;
use semaforo_engine::sorting;
use semaforo_engine::{assign, IndicatorResult};

use super::{page_range, BandsLegend, ColumnHeads, EditEffect, IndicatorRow, Pager, PeriodNote, UnitCopyNotice};
use crate::state::{use_document, use_navigation};

/// Rows drawn at once; the Ilo plan (51) fits one page.
const PAGE: usize = 200;

/// A heading the rows are grouped under.
#[derive(Clone, PartialEq)]
struct Group {
    anchor: String,
    level: u8,
    title: String,
    /// In a unit's copy, whether the group holds any of that unit's indicators.
    mine: bool,
}

/// One indicator in display order: its group and where the evaluation lists it.
#[derive(Clone, PartialEq)]
struct Entry {
    code: String,
    group: usize,
    /// Position in `Evaluation::indicators` (plan order), for a lookup without a search.
    at: usize,
    /// In a unit's copy, whether the unit fills this one in (always true in a whole plan).
    mine: bool,
}

/// A row to draw: the indicator, where the evaluation lists it, and whether it is another unit's
/// (in a unit's copy).
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    code: String,
    at: usize,
    theirs: bool,
}

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let doc = use_document();
    let navigation = use_navigation();
    let light = RwSignal::new(String::new());
    let objective = RwSignal::new(String::new());
    let responsible = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);
    // In a unit's copy: only the unit's own indicators at first; the others, once shown, are
    // read-only until unlocked, so a value typed into the wrong row is not sent back unnoticed.
    let mine_only = RwSignal::new(true);
    let others_unlocked = RwSignal::new(false);

    // The plan's structure only changes when another plan is opened.
    let structure = Memo::new(move |_| {
        doc.plan_rev.get();
        doc.plan.with_untracked(|p| {
            let mut groups: Vec<Group> = Vec::new();
            let mut entries: Vec<Entry> = Vec::new();
            let mut add = |anchor: String, level, title: String, indicators: &[semaforo_engine::Indicator]| {
                let group = groups.len();
                groups.push(Group {
                    anchor,
                    level,
                    title,
                    mine: true,
                });
                for i in indicators {
                    entries.push(Entry {
                        code: i.code.clone(),
                        group,
                        at: entries.len(),
                        mine: true,
                    });
                }
            };
            for o in p.iter().flat_map(|p| &p.objectives) {
                add(
                    format!("oei-ind-{}", o.code),
                    3,
                    format!("{} {}", o.code, o.name),
                    &o.indicators,
                );
                for a in &o.actions {
                    add(
                        format!("aei-{}", a.code),
                        4,
                        format!("{} {}", a.code, a.name),
                        &a.indicators,
                    );
                }
            }
            // A unit's copy shows that unit's indicators first (the sort is stable).
            if let Some(p) = p.as_ref().filter(|p| p.sharing.is_some()) {
                for g in &mut groups {
                    g.mine = false;
                }
                for e in &mut entries {
                    e.mine = assign::is_for_this_unit(p, assign::indicator_unit(p, &e.code).as_deref());
                    groups[e.group].mine |= e.mine;
                }
                sorting::sort_by_key(&mut entries, |e| !groups[e.group].mine);
            }
            (groups, entries)
        })
    });
    // A memo, so an edit (which changes the plan) does not regroup the rows.
    let for_unit = Memo::new(move |_| {
        doc.plan
            .with(|p| p.as_ref().and_then(|p| p.sharing.as_ref()).map(|s| s.for_unit.clone()))
    });
    let mine_count = Memo::new(move |_| structure.with(|(_, entries)| entries.iter().filter(|e| e.mine).count()));
    let result_of = move |e: &Entry, f: &mut dyn FnMut(&IndicatorResult)| {
        doc.evaluation.with(|ev| {
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
        let only_mine = mine_only.get() && mine_count.get() > 0;
        structure.with(|(_, entries)| {
            entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    if only_mine && !e.mine {
                        return false;
                    }
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
        mine_only.track();
        light.track();
        objective.track();
        responsible.track();
        search.track();
        page.set(0);
    });
    // A link to an indicator (from Diagnósticos) opens the page that holds it, clearing filters
    // that would hide it.
    Effect::new(move |_| {
        let Some(anchor) = navigation.wanted_row.get() else {
            return;
        };
        let Some(code) = anchor.strip_prefix("ind-") else {
            return;
        };
        let position = structure.with_untracked(|(_, entries)| entries.iter().position(|e| e.code == code));
        let Some(pos) = position else { return };
        if !matching.with_untracked(|m| m.contains(&pos)) {
            mine_only.set(false);
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
        let copy = for_unit.with(Option::is_some);
        structure.with(|(groups, entries)| {
            let mut out: Vec<(Group, Vec<Row>)> = Vec::new();
            matching.with(|m| {
                for &i in &m[range] {
                    let e = &entries[i];
                    let g = &groups[e.group];
                    let row = Row {
                        code: e.code.clone(),
                        at: e.at,
                        theirs: copy && !e.mine,
                    };
                    match out.last_mut() {
                        Some((last, rows)) if last.anchor == g.anchor => rows.push(row),
                        _ => out.push((g.clone(), vec![row])),
                    }
                }
            });
            out
        })
    });
    // The first group of other units' indicators on the page gets the line that sets them apart.
    let first_theirs = Memo::new(move |_| {
        let copy = for_unit.with(Option::is_some);
        page_groups.with(|gs| gs.iter().find(|(g, _)| copy && !g.mine).map(|(g, _)| g.anchor.clone()))
    });
    let options = move |f: fn(&IndicatorResult) -> Option<String>| {
        doc.evaluation.with(|e| {
            let mut v: Vec<String> = e.iter().flat_map(|e| &e.indicators).filter_map(f).collect();
            sorting::sort(&mut v);
            v.dedup();
            v
        })
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
        doc.plan.with(|p| {
            let bands = p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default();
            semaforo_engine::light::all(&bands)
                .iter()
                .map(|l| (l.id.to_string(), l.label.to_string()))
                .collect::<Vec<(String, String)>>()
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
            <PeriodNote/>
            <EditEffect/>
            <BandsLegend/>
            {move || for_unit.get().map(|u| view! { <UnitCopyNotice unit=u mine=mine_count mine_only others_unlocked/> })}
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
                key=move |(g, rows)| (doc.plan_rev.get_untracked(), g.anchor.clone(), rows.clone())
                children=move |(g, rows): (Group, Vec<Row>)| {
                    let apart = {
                        let anchor = g.anchor.clone();
                        move || first_theirs.with(|f| f.as_deref() == Some(anchor.as_str()))
                    };
                    let heading = if g.level == 3 {
                        view! { <h3>{g.title.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{g.title.clone()}</h4> }.into_any()
                    };
                    view! {
                        <div class="grupo" class:grupo-ajeno=!g.mine && for_unit.with_untracked(Option::is_some) id=g.anchor.clone()>
                            {move || apart().then(|| view! {
                                <p class="separador-ajenos" data-testid="separador-ajenos">
                                    "Indicadores de otras unidades: cada unidad llena los suyos. "
                                    {move || if others_unlocked.get() { "Edición desbloqueada." } else { "Solo lectura." }}
                                </p>
                            })}
                            {heading}
                            // One fixed set of column widths for every group, so the columns of an
                            // objective's tables line up and do not move while a value is typed.
                            <table class="tabla tabla-ind">
                                <thead>
                                    <ColumnHeads names=&["Código", "Indicador", "Responsable", "Meta", "Logro obtenido", "Avance", "Resultado", "Semáforo"]/>
                                </thead>
                                <tbody>
                                    {rows.into_iter().map(|r| {
                                        let read_only = Signal::derive(move || r.theirs && !others_unlocked.get());
                                        view! { <IndicatorRow code=r.code at=r.at read_only/> }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                }
            />
        </section>
    }
}
