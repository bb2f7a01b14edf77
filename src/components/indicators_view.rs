//! Every indicator, grouped by OEI and AEI, with filters by light, objective and responsible
//! unit, and a search by code or name.

use leptos::prelude::*;

use semaforo_engine::assign;

use super::IndicatorRow;
use crate::state::use_app;

/// What a group of rows shows: a heading and its indicators' codes.
#[derive(Clone, PartialEq)]
struct Group {
    anchor: String,
    level: u8,
    title: String,
    objective: String,
    codes: Vec<String>,
}

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let state = use_app();
    let light = RwSignal::new(String::new());
    let objective = RwSignal::new(String::new());
    let responsible = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());

    // The plan's structure only changes when another plan is opened.
    let groups = Memo::new(move |_| {
        state.plan_rev.get();
        state.plan.with_untracked(|p| {
            let mut out: Vec<Group> = Vec::new();
            for o in p.iter().flat_map(|p| &p.objectives) {
                out.push(Group {
                    anchor: format!("oei-ind-{}", o.code),
                    level: 3,
                    title: format!("{} {}", o.code, o.name),
                    objective: o.code.clone(),
                    codes: o.indicators.iter().map(|i| i.code.clone()).collect(),
                });
                for a in &o.actions {
                    out.push(Group {
                        anchor: format!("aei-{}", a.code),
                        level: 4,
                        title: format!("{} {}", a.code, a.name),
                        objective: o.code.clone(),
                        codes: a.indicators.iter().map(|i| i.code.clone()).collect(),
                    });
                }
            }
            // A unit's copy shows that unit's indicators first (the sort is stable).
            if let Some(p) = p.as_ref().filter(|p| p.sharing.is_some()) {
                out.sort_by_key(|g| {
                    !g.codes
                        .iter()
                        .any(|c| assign::is_for_this_unit(p, assign::indicator_unit(p, c).as_deref()))
                });
            }
            out
        })
    });
    let for_unit = move || {
        state
            .plan
            .with(|p| p.as_ref().and_then(|p| p.sharing.as_ref()).map(|s| s.for_unit.clone()))
    };
    let options = move |f: fn(&semaforo_engine::IndicatorResult) -> Option<String>| {
        state.evaluation.with(|e| {
            let mut v: Vec<String> = e.iter().flat_map(|e| &e.indicators).filter_map(f).collect();
            v.sort();
            v.dedup();
            v
        })
    };
    let visible = move |code: &str| {
        state.evaluation.with(|e| {
            let Some(r) = e.as_ref().and_then(|e| e.indicator(code)) else {
                return true;
            };
            let q = search.get().to_lowercase();
            (light.get().is_empty() || r.light.id == light.get())
                && (objective.get().is_empty() || r.objective == objective.get())
                && (responsible.get().is_empty() || r.responsible.as_deref() == Some(responsible.get().as_str()))
                && (q.is_empty() || r.code.to_lowercase().contains(&q) || r.name.to_lowercase().contains(&q))
        })
    };
    let non_empty_groups = move || {
        groups
            .get()
            .into_iter()
            .filter(|g| !g.codes.is_empty())
            .collect::<Vec<_>>()
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       sig: RwSignal<String>,
                       opts: Vec<(String, String)>| {
        view! {
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| sig.set(event_target_value(&ev))>
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
    view! {
        <section aria-labelledby="indicadores-titulo">
            <h2 id="indicadores-titulo">"Indicadores"</h2>
            {move || for_unit().map(|u| view! {
                <p class="aviso-unidad" data-testid="aviso-unidad">
                    {format!("Copia para «{u}»: sus indicadores aparecen primero. Llene sus valores y devuelva el archivo con «Exportar JSON».")}
                </p>
            })}
            <div class="filtros" role="search">
                {move || select("filtro-luz", "Semáforo", "Todos los colores", light, light_opts())}
                {move || select("filtro-oei", "OEI", "Todos los OEI", objective, options(|r| Some(r.objective.clone())).into_iter().map(|c| (c.clone(), c)).collect())}
                {move || select("filtro-responsable", "Responsable", "Todas las unidades", responsible, options(|r| r.responsible.clone()).into_iter().map(|c| (c.clone(), c)).collect())}
                <label for="filtro-buscar">"Buscar por código o nombre"</label>
                <input id="filtro-buscar" type="search" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <For
                each=non_empty_groups
                key=move |g| format!("{}:{}", state.plan_rev.get_untracked(), g.anchor)
                children=move |g: Group| {
                    let codes_for_hide = g.codes.clone();
                    let group_objective = g.objective.clone();
                    let hidden = move || {
                        (!objective.get().is_empty() && objective.get() != group_objective)
                            || !codes_for_hide.iter().any(|c| visible(c))
                    };
                    let heading = if g.level == 3 {
                        view! { <h3>{g.title.clone()}</h3> }.into_any()
                    } else {
                        view! { <h4>{g.title.clone()}</h4> }.into_any()
                    };
                    view! {
                        <div class="grupo" id=g.anchor.clone() hidden=hidden>
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
                                    {g.codes.iter().map(|c| {
                                        let c2 = c.clone();
                                        view! { <IndicatorRow hidden=Signal::derive(move || !visible(&c2)) code=c.clone()/> }
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
