//! One indicator of the structure: a line that says what it is, and, opened, every field of its
//! definition (code, name, unit, direction, cumulative, relevance, baseline, a target per year
//! of the plan, responsible unit, data source, notes). Each field is checked by the engine as it
//! is committed; a refused entry never replaces the last good value.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::direction::{direction_label, resolve};
use semaforo_engine::edit::{self, TypedValue};
use semaforo_engine::structure::{Item, ItemRef};
use semaforo_engine::unit_range::unit_label;
use semaforo_engine::{Aggregation, Baseline, Direction, TargetSeries, Unit};

use super::{ChoiceEdit, ItemButtons, NumberField, TextEdit};
use crate::state::{use_document, use_notices};
use crate::structure_edit::{self as se, Found};

/// Writes a typed target (for `year`) or, without a year, the baseline value. A new baseline
/// takes the year before the first target until the planner writes its year.
fn set_figure(i: &mut semaforo_engine::Indicator, year: Option<&str>, v: Option<Decimal>) {
    match (year, v) {
        (Some(y), Some(v)) => {
            i.expected.insert(y.to_string(), v);
        }
        (Some(y), None) => {
            i.expected.remove(y);
        }
        (None, None) => i.baseline = None,
        (None, Some(value)) => {
            let year = match &i.baseline {
                Some(b) => b.year,
                None => i
                    .expected
                    .keys()
                    .next()
                    .and_then(|y| y.parse::<i32>().ok())
                    .map_or(2020, |y| y - 1),
            };
            i.baseline = Some(Baseline { year, value });
        }
    }
}

const UNITS: [(&str, Unit); 7] = [
    ("cantidad", Unit::Cantidad),
    ("numero", Unit::Numero),
    ("porcentaje", Unit::Porcentaje),
    ("ratio", Unit::Ratio),
    ("tasa", Unit::Tasa),
    ("indice", Unit::Indice),
    ("tasa_de_variacion", Unit::TasaDeVariacion),
];

const DIRECTIONS: [(&str, Option<Direction>); 5] = [
    ("", None),
    ("ascendente", Some(Direction::Ascendente)),
    ("descendente", Some(Direction::Descendente)),
    ("maximo", Some(Direction::Maximo)),
    ("minimo", Some(Direction::Minimo)),
];

/// How a year's value is made from its semesters: (choice value, setting, words).
const AGGREGATIONS: [(&str, Option<Aggregation>, &str); 4] = [
    (
        "",
        None,
        "Según la unidad (cantidad y número suman; las demás, el último)",
    ),
    ("suma", Some(Aggregation::Sum), "Suma de semestres (flujo)"),
    ("ultimo", Some(Aggregation::Last), "Último valor (stock o tasa)"),
    ("promedio", Some(Aggregation::Mean), "Promedio de semestres"),
];

/// Applies `set` to the indicator inside an item.

#[component]
pub fn IndicatorEditor(
    /// The indicator's code.
    code: String,
    /// Years of the plan, for one target field each.
    years: Vec<i32>,
) -> impl IntoView {
    let doc = use_document();
    let notices = use_notices();
    let r = ItemRef::Indicator(code.clone());
    let opened = RwSignal::new(false);
    let summary = se::field(doc, r.clone(), |f| {
        se::part::<semaforo_engine::Indicator>(f)
            .map(|i| {
                let d = resolve(i);
                let arrow = match d.direction {
                    Direction::Ascendente | Direction::Minimo => "↑",
                    Direction::Descendente | Direction::Maximo => "↓",
                };
                format!(
                    "{} · {} · {} · {arrow} {}",
                    i.code,
                    i.name,
                    unit_label(i.unit),
                    d.direction_word()
                )
            })
            .unwrap_or_default()
    });
    let form = {
        let (code, r) = (code.clone(), r.clone());
        move || {
            let id = |what: &str| format!("est-{code}-{what}");
            let text = |label: &str,
                        what: &str,
                        read: fn(Found) -> String,
                        set: fn(&mut Item, String) -> Result<(), String>| {
                view! { <TextEdit of=code.clone() label=label.to_string() id=id(what) value=se::field(doc, r.clone(), read) on_commit=se::committer(doc, r.clone(), set)/> }
            };
            let unit_now = {
                let r = r.clone();
                move || {
                    doc.plan.with_untracked(|p| {
                        p.as_ref()
                            .and_then(|p| se::find(p, &r))
                            .and_then(se::part::<semaforo_engine::Indicator>)
                            .map(|i| i.unit)
                    })
                }
            };
            // A target (`Some(year)`) or the baseline (`None`): checked against the unit, and
            // shown again after an undo.
            let figure = {
                let unit_now = unit_now.clone();
                let (r, code) = (r.clone(), code.clone());
                move |label: String, fid: String, year: Option<String>| {
                    let unit_now = unit_now.clone();
                    let check = Callback::new(move |t: String| match unit_now() {
                        Some(u) => edit::read_typed_figure(u, &t),
                        None => TypedValue::Refused("El indicador ya no está en el plan.".into()),
                    });
                    let read = {
                        let year = year.clone();
                        move |i: &semaforo_engine::Indicator| match &year {
                            Some(y) => i.expected.get(y).copied(),
                            None => i.baseline.as_ref().map(|b| b.value),
                        }
                    };
                    let initial = doc
                        .plan
                        .with_untracked(|p| p.as_ref().and_then(|p| edit::indicator(p, &code)).and_then(&read));
                    let current = {
                        let code = code.clone();
                        Callback::new(move |_| {
                            doc.plan
                                .with_untracked(|p| p.as_ref().and_then(|p| edit::indicator(p, &code)).and_then(&read))
                        })
                    };
                    let r = r.clone();
                    let on_commit = Callback::new(move |v: Option<Decimal>| {
                        let year = year.clone();
                        let result = se::change(doc, &r, |item| {
                            se::try_on::<semaforo_engine::Indicator>(item, |i| {
                                set_figure(i, year.as_deref(), v);
                                Ok(())
                            })
                        });
                        if let Err(e) = result {
                            notices.warn(e);
                        }
                    });
                    view! { <NumberField label id=fid initial check on_commit current/> }
                }
            };
            let now = doc
                .plan
                .with_untracked(|p| p.as_ref().and_then(|p| edit::indicator(p, &code)).cloned());
            let Some(now) = now else { return ().into_any() };
            let mut target_years: Vec<String> = years.iter().map(|y| y.to_string()).collect();
            let others: Vec<String> = now
                .expected
                .keys()
                .filter(|k| !target_years.contains(k))
                .cloned()
                .collect();
            target_years.extend(others);
            let targets = target_years
                .into_iter()
                .map(|y| {
                    let field = figure(format!("Meta {y} de {code}"), id(&format!("meta-{y}")), Some(y.clone()));
                    view! { <span class="campo"><span class="etiqueta" aria-hidden="true">{y}</span>{field}</span> }
                })
                .collect_view();
            let baseline_value = figure(format!("Línea de base (valor) de {code}"), id("lb-valor"), None);
            let unit_options = UNITS.iter().map(|(v, u)| (*v, unit_label(*u).to_string())).collect();
            let direction_options = DIRECTIONS
                .iter()
                .map(|(v, d)| {
                    (
                        *v,
                        d.map(direction_label)
                            .unwrap_or("según las metas (se deduce)")
                            .to_string(),
                    )
                })
                .collect();
            let inferred = se::field(doc, r.clone(), |f| {
                se::part::<semaforo_engine::Indicator>(f)
                    .map(|i| resolve(i).reason().into_owned())
                    .unwrap_or_default()
            });
            view! {
                <div class="ficha">
                    {text("Código", "codigo", |f| se::part::<semaforo_engine::Indicator>(f).map(|i| i.code.clone()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.code = t; Ok(()) }))}
                    {text("Nombre", "nombre", |f| se::part::<semaforo_engine::Indicator>(f).map(|i| i.name.clone()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.name = t; Ok(()) }))}
                    <ChoiceEdit of=code.clone()
                        label="Unidad de medida".to_string()
                        id=id("unidad")
                        options=unit_options
                        value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| UNITS.iter().find(|(_, u)| *u == i.unit)).map(|(v, _)| v.to_string()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| {
                            i.unit = UNITS.iter().find(|(v, _)| *v == t).map(|(_, u)| *u).ok_or("Unidad desconocida.")?;
                            Ok(())
                        }))
                    />
                    <ChoiceEdit of=code.clone()
                        label="Sentido".to_string()
                        id=id("sentido")
                        options=direction_options
                        value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Indicator>(f).map(|i| DIRECTIONS.iter().find(|(_, d)| *d == i.direction).map(|(v, _)| v.to_string()).unwrap_or_default()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| {
                            i.direction = DIRECTIONS.iter().find(|(v, _)| *v == t).map(|(_, d)| *d).ok_or("Sentido desconocido.")?;
                            Ok(())
                        }))
                    />
                    <p class="campo-nota">{move || inferred.get()}</p>
                    <ChoiceEdit of=code.clone()
                        label="¿Acumulativo?".to_string()
                        id=id("acumulativo")
                        options=vec![("no", "No: se compara el valor del periodo".to_string()), ("si", "Sí: se comparan sumas desde el primer año".to_string())]
                        value=se::field(doc, r.clone(), |f| if se::part::<semaforo_engine::Indicator>(f).is_some_and(|i| i.cumulative) { "si".into() } else { "no".into() })
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.cumulative = t == "si"; Ok(()) }))
                    />
                    <ChoiceEdit of=code.clone()
                        label="Forma de las metas (acumulativos)".to_string()
                        id=id("forma-metas")
                        options=vec![("meta_de_cada_anio", "Meta de cada año (se suman)".to_string()), ("total_acumulado", "Total acumulado a la fecha (no se suman)".to_string())]
                        value=se::field(doc, r.clone(), |f| if se::part::<semaforo_engine::Indicator>(f).is_some_and(|i| i.targets == TargetSeries::RunningTotal) { "total_acumulado".into() } else { "meta_de_cada_anio".into() })
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| {
                            i.targets = if t == "total_acumulado" { TargetSeries::RunningTotal } else { TargetSeries::PerPeriod };
                            Ok(())
                        }))
                    />
                    <ChoiceEdit of=code.clone()
                        label="Valor del año a partir de semestres".to_string()
                        id=id("agregacion")
                        options=AGGREGATIONS.iter().map(|(v, _, l)| (*v, l.to_string())).collect()
                        value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| AGGREGATIONS.iter().find(|(_, a, _)| *a == i.aggregation)).map(|(v, _, _)| v.to_string()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| {
                            i.aggregation = AGGREGATIONS.iter().find(|(v, _, _)| *v == t).map(|(_, a, _)| *a).ok_or("Agregación desconocida.")?;
                            Ok(())
                        }))
                    />
                    <ChoiceEdit of=code.clone()
                        label="Relevancia".to_string()
                        id=id("relevancia")
                        options=vec![("1", "1 · muy relevante".to_string()), ("2", "2 · relevante".to_string()), ("3", "3 · poco relevante".to_string())]
                        value=se::field(doc, r.clone(), |f| se::part::<semaforo_engine::Indicator>(f).map(|i| i.relevance.to_string()).unwrap_or_default())
                        on_commit=se::committer(doc, r.clone(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.relevance = t.parse().map_err(|_| "Relevancia 1, 2 o 3.")?; Ok(()) }))
                    />
                    <fieldset class="fila-campos">
                        <legend>"Línea de base"</legend>
                        {text("Año", "lb-anio", |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| i.baseline.as_ref()).map(|b| b.year.to_string()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| {
                            match (se::whole(&t, "El año de la línea de base")?, i.baseline.as_mut()) {
                                (Some(y), Some(b)) => b.year = i32::try_from(y).map_err(|_| "Año fuera de rango.")?,
                                (Some(_), None) => return Err("Escriba primero el valor de la línea de base.".into()),
                                (None, _) => i.baseline = None,
                            }
                            Ok(())
                        }))}
                        <span class="campo"><span class="etiqueta" aria-hidden="true">"Valor"</span>{baseline_value}</span>
                    </fieldset>
                    <fieldset class="fila-campos">
                        <legend>"Logro esperado (meta) por año"</legend>
                        {targets}
                    </fieldset>
                    {text("Unidad responsable", "responsable", |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| i.responsible.clone()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.responsible = se::optional(t); Ok(()) }))}
                    {text("Fuente de datos", "fuente", |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| i.source.clone()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.source = se::optional(t); Ok(()) }))}
                    {text("Notas", "notas", |f| se::part::<semaforo_engine::Indicator>(f).and_then(|i| i.notes.clone()).unwrap_or_default(), |it, t| se::try_on::<semaforo_engine::Indicator>(it, |i| { i.notes = se::optional(t); Ok(()) }))}
                    <ItemButtons item=r.clone() name=code.clone() holds=String::new()/>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <li class="est-indicador" id=format!("est-{code}")>
            <details on:toggle=move |ev| {
                let el: web_sys::HtmlDetailsElement = event_target(&ev);
                if el.open() { opened.set(true) }
            }>
                <summary>{move || summary.get()}</summary>
                // Drawn the first time it is opened: a plan has many indicators.
                {move || opened.get().then(form.clone())}
            </details>
        </li>
    }
}
