//! One OEI's section of the report: its indicators, the targets against the values obtained,
//! and its paragraph.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::{Bar, BarChart, ColumnHeads, LightBadge, NarrativeEditor};
use crate::format;
use crate::state::use_document;

#[component]
pub fn ReportObjective(code: String) -> impl IntoView {
    let doc = use_document();
    let header = {
        let code = code.clone();
        move || {
            doc.evaluation
                .with(|e| e.as_ref().and_then(|e| e.objective(&code).cloned()))
        }
    };
    let indicators = {
        let code = code.clone();
        move || {
            doc.evaluation.with(|e| {
                e.as_ref()
                    .map(|e| {
                        e.indicators
                            .iter()
                            .filter(|i| *i.objective == *code)
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        }
    };
    let asterisk = indicators.clone();
    let chart = {
        let (code, indicators) = (code.clone(), indicators.clone());
        move || {
            let inds = indicators();
            let max = inds
                .iter()
                .flat_map(|i| [i.expected, i.obtained])
                .flatten()
                .max()
                .unwrap_or(Decimal::ONE_HUNDRED)
                .max(Decimal::ONE);
            let bars: Vec<Bar> = inds
                .iter()
                .flat_map(|i| {
                    [
                        Bar {
                            label: format!("{} meta", i.code),
                            value: i.expected.unwrap_or_default(),
                            text: format!("meta {}", format::plain(i.expected)),
                            colour: "#b8c2cc".into(),
                        },
                        Bar {
                            label: format!("{} obtenido", i.code),
                            value: i.obtained.unwrap_or_default(),
                            text: format!("obtenido {}", format::plain(i.obtained)),
                            colour: i.light.colour.to_string(),
                        },
                    ]
                })
                .collect();
            view! {
                <BarChart
                    id=format!("grafico-metas-{code}")
                    title=format!("{}: meta programada y valor obtenido por indicador", code)
                    description="Para cada indicador, una barra gris con la meta y otra del color de su semáforo con el valor obtenido.".to_string()
                    bars
                    max
                />
            }
        }
    };
    let header2 = header.clone();
    view! {
        <section class="informe-seccion salto" aria-labelledby=format!("informe-{code}")>
            <h2 id=format!("informe-{code}")>{move || header().map(|o| format!("{} {}", o.code, o.name))}</h2>
            <p>
                {move || header2().map(|o| view! {
                    {format!("Resultado: {} — {}. ", format::pct(o.result_pct), o.met_sentence())}
                    <LightBadge light=o.light.clone()/>
                })}
            </p>
            <table class="tabla tabla-indicadores">
                <caption>{format!("Indicadores del {code} y de sus AEI")}</caption>
                <thead>
                    <ColumnHeads names=&["Código", "Indicador", "Programado", "Obtenido", "Avance", "Resultado", "Semáforo"]/>
                </thead>
                <tbody>
                    {move || indicators().into_iter().map(|i| view! {
                        <tr>
                            <th scope="row">{i.code.clone()}</th>
                            <td>{i.name.clone()}</td>
                            <td class="num">{format::plain(i.expected)}</td>
                            <td class="num">{format::plain(i.obtained)}</td>
                            <td class="num">{format::pct(i.advance_pct)}</td>
                            <td>{i.status.label()}{(i.verdict_applied && i.status != i.computed_status).then_some(" *")}</td>
                            <td><LightBadge light=i.light.clone()/></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            // The note only where a row carries its asterisk.
            {move || asterisk().iter().any(|i| i.verdict_applied && i.status != i.computed_status).then(|| view! {
                <p class="nota-tabla">"* Por juicio del evaluador; las cifras no alcanzan la meta (ver anexo de calidad de datos)."</p>
            })}
            {chart}
            <NarrativeEditor key=code.clone()/>
        </section>
    }
}
