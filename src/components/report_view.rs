//! The evaluation report, laid out like the reference report and built from the engine's
//! figures, ready to print to A4 or save as PDF from the browser.

use leptos::prelude::*;
use rust_decimal::Decimal;
use semaforo_engine::edit::ReportSection;
use semaforo_engine::narrative::INSTITUTION_KEY;
use semaforo_engine::period;

use super::{
    AllocationTable, BandsLegend, Bar, BarChart, ColumnHeads, CostCentreTable, DiagnosticsView, ExecutionTable,
    LightBadge, Mark, NarrativeEditor, ReportExports, ReportMethod, ReportObjective, ReportText, StagesTable,
    TrendView,
};
use crate::format;
use crate::state::{use_document, Tab};

#[component]
pub fn ReportView() -> impl IntoView {
    let doc = use_document();
    // Each line of the cover reads the plan in place: cloning it for each (six times per edit)
    // cost a regional plan's size in copying on every keystroke.
    let cover = move |f: fn(&semaforo_engine::Plan) -> Option<String>| doc.plan.with(|p| p.as_ref().and_then(f));
    let objective_codes = doc.plan.with_untracked(|p| {
        p.as_ref()
            .map(|p| p.objectives.iter().map(|o| o.code.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let bands = move || {
        doc.plan
            .with(|p| p.as_ref().map(|p| p.settings.bands.clone()).unwrap_or_default())
    };

    let results_chart = move || {
        doc.evaluation.with(|e| {
            let e = e.as_ref()?;
            let bars = e
                .objectives
                .iter()
                .map(|o| Bar {
                    label: o.code.clone(),
                    value: o.result_pct.unwrap_or_default(),
                    text: format!("{} {} {}", format::pct(o.result_pct), o.light.symbol, o.light.label),
                    colour: o.light.colour.to_string(),
                })
                .collect();
            let marks = bands().iter().filter(|b| b.min_pct > Decimal::ZERO).map(|b| Mark { at: b.min_pct, label: format!("{} %", b.min_pct.normalize()) }).collect();
            Some(view! {
                <BarChart
                    id="grafico-oei".to_string()
                    title="Resultado de cada OEI frente a las bandas del semáforo".to_string()
                    description="Barras con el porcentaje de indicadores que cumplieron en cada OEI; las líneas punteadas marcan dónde empieza cada color.".to_string()
                    bars
                    max=Decimal::ONE_HUNDRED
                    marks
                />
            })
        })
    };
    let lights_chart = move || {
        doc.evaluation.with(|e| {
            let e = e.as_ref()?;
            let bands = bands();
            // Grey only when some OEI has no result.
            let bars: Vec<Bar> = semaforo_engine::light::all(&bands)
                .iter()
                .filter_map(|l| {
                    let n = e.institution.objective_lights.get(&*l.id).copied().unwrap_or(0);
                    (n > 0 || !l.is_grey()).then(|| Bar {
                        label: format!("{} {}", l.symbol, l.label),
                        value: Decimal::from(n),
                        text: format!("{n} OEI"),
                        colour: l.colour.to_string(),
                    })
                })
                .collect();
            let max = Decimal::from(e.institution.objectives_total.max(1));
            Some(view! {
                <BarChart
                    id="grafico-luces".to_string()
                    title="Número de OEI por color del semáforo".to_string()
                    description="Cuántos objetivos quedaron en cada color.".to_string()
                    bars
                    max
                />
            })
        })
    };
    let share_chart = move || {
        doc.evaluation.with(|e| {
            let a = e.as_ref()?.budget.allocation.as_ref()?;
            let bars = a
                .objectives
                .iter()
                .map(|o| Bar {
                    label: o.code.clone(),
                    value: o.share_pct.unwrap_or_default(),
                    text: format!(
                        "{} (S/ {})",
                        format::pct(o.share_pct),
                        format::amount(Some(o.programmed))
                    ),
                    colour: "#0b5cab".into(),
                })
                .collect();
            Some(view! {
                <BarChart
                    id="grafico-asignacion".to_string()
                    title="Participación de cada OEI en el monto programado".to_string()
                    description="Porcentaje del monto programado que corresponde a cada objetivo.".to_string()
                    bars
                    max=Decimal::ONE_HUNDRED
                />
            })
        })
    };
    let cost_chart = move || {
        doc.evaluation.with(|e| {
            let c = e.as_ref()?.budget.cost_centres.as_ref()?;
            let bars = c
                .rows
                .iter()
                .filter(|r| r.execution_pct.is_some())
                .map(|r| Bar {
                    // The code (or, without one, the row) keeps the label whole; the table below
                    // gives each one's name.
                    label: r.key.clone(),
                    value: r.execution_pct.unwrap_or_default(),
                    text: format::pct(r.execution_pct),
                    colour: if r.execution_pct.unwrap_or_default() > Decimal::ONE_HUNDRED { "#c25e00".into() } else { "#1b7f3b".into() },
                })
                .collect();
            Some(view! {
                <BarChart
                    id="grafico-centros".to_string()
                    title="Ejecución por centro de costo (ejecutado ÷ programado)".to_string()
                    description="Porcentaje ejecutado de lo programado en cada centro de costo; las barras naranjas pasan del 100 % y las que pasan del 200 % se cortan (»).".to_string()
                    bars
                    max=Decimal::from(200)
                    marks=vec![Mark { at: Decimal::ONE_HUNDRED, label: "100 %".into() }]
                />
            })
        })
    };
    let summary_rows = move || {
        doc.evaluation.with(|e| {
            e.as_ref().map(|e| {
                e.objectives
                    .iter()
                    .map(|o| {
                        view! {
                            <tr>
                                <th scope="row">{o.code.clone()}</th>
                                <td>{o.name.clone()}</td>
                                <td class="num">{format::pct(o.result_pct)}</td>
                                <td class="num">{doc.plan.with(|p| p.as_ref().map(|p| format::declared_result(p, &o.code)))}</td>
                                <td><LightBadge light=o.light.clone()/></td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let oei_indicators = move || {
        doc.evaluation.with(|e| {
            e.as_ref().map(|e| {
                e.indicators
                    .iter()
                    .filter(|i| i.action.is_none())
                    .map(|i| {
                        view! {
                            <tr>
                                <td>{i.objective.to_string()}</td>
                                <th scope="row">{i.code.clone()}</th>
                                <td>{i.name.clone()}</td>
                                <td class="num">{format::plain(i.expected)}</td>
                                <td class="num">{format::plain(i.obtained)}</td>
                                <td>{i.status.label()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    // The report is long: on an old PC, drawing all of it takes seconds. The cover and the
    // institution's figure are drawn at once, the rest in parts, one per frame, so the figure is
    // on screen while the rest is drawn. Printing first draws whatever is left.
    let parts = RwSignal::new(0u8);
    provide_context(ReportParts(parts));
    draw_next_part(parts);
    let print_handle = window_event_listener(leptos::ev::beforeprint, move |_| parts.set(PARTS));
    on_cleanup(move || print_handle.remove());
    let drawn = move |part: u8| parts.get() >= part;
    view! {
        <div class="informe" aria-busy=move || (parts.get() < PARTS).then_some("true")>
            <Show when=move || drawn(1)><ReportExports/></Show>
            <section class="informe-portada" aria-labelledby="informe-titulo">
                <p class="portada-entidad">{move || cover(|p| Some(p.entity.name.clone()))}</p>
                <h2 id="informe-titulo">{move || cover(|p| Some(period::report_title(p)))}</h2>
                <p data-testid="informe-alcance">{move || cover(|p| Some(period::report_scope(p)))}</p>
                <p>{move || cover(|p| p.plan.approved_by.as_ref().map(|a| format!("Plan aprobado con {a}.")))}</p>
                <p>{move || cover(|p| p.entity.ejecutora_code.as_ref().map(|c| format!("Unidad ejecutora {c}.")))}</p>
                <p class="explicacion">{move || cover(|p| p.plan.source.as_ref().map(|s| format!("Fuente de las cifras: {s}.")))}</p>
            </section>
            <Show when=move || drawn(1)>
                <ReportText section=ReportSection::Context id="informe-contexto".into() placeholder="Describa el contexto del ejercicio evaluado.".into()/>
            </Show>
            <section class="informe-seccion salto" aria-labelledby="informe-resumen">
                <h2 id="informe-resumen">"Resumen ejecutivo"</h2>
                <p class="cifra-informe">
                    "Resultado institucional: "
                    <strong data-testid="informe-institucion">{move || doc.evaluation.with(|e| e.as_ref().map(|e| format::pct(e.institution.result_pct)))}</strong>
                    " "
                    {move || doc.evaluation.with(|e| e.as_ref().map(|e| view! { <LightBadge light=e.institution.light.clone()/> }))}
                    {move || doc.plan.with(|p| p.as_ref().map(|p| format::declared_result(p, INSTITUTION_KEY)).filter(|d| d != "—").map(|d| format!(" (la fuente declara {d})")))}
                </p>
                <Show when=move || drawn(1)>
                <NarrativeEditor key=INSTITUTION_KEY.to_string()/>
                <table class="tabla tabla-indicadores">
                    <caption>"Indicadores de los OEI: programado y obtenido"</caption>
                    <thead><ColumnHeads names=&["OEI", "Código", "Indicador", "Programado", "Obtenido", "Resultado"]/></thead>
                    <tbody>{oei_indicators}</tbody>
                </table>
                <table class="tabla">
                    <caption>"Resultados logrados por OEI"</caption>
                    <thead><ColumnHeads names=&["OEI", "Objetivo", "Resultado", "Declarado en la fuente", "Semáforo"]/></thead>
                    <tbody>{summary_rows}</tbody>
                </table>
                <BandsLegend/>
                {results_chart}
                {lights_chart}
                </Show>
            </section>
            <Show when=move || drawn(1)>
            <section class="informe-seccion" aria-labelledby="informe-evolucion-titulo">
                <h2 id="informe-evolucion-titulo">"Evolución"</h2>
                <TrendView id="informe-evolucion" screen=Tab::Informe/>
            </section>
            {objective_codes.iter().cloned().map(|code| view! { <ReportObjective code/> }).collect_view()}
            </Show>
            <Show when=move || drawn(2)>
            <section class="informe-seccion salto" aria-labelledby="informe-programacion">
                <h2 id="informe-programacion">"Programación y ejecución"</h2>
                <StagesTable/>
                <h3>"Asignación presupuestal por OEI y AEI"</h3>
                {share_chart}
                <AllocationTable/>
                <h3>"Ejecución física por OEI y AEI"</h3>
                <ExecutionTable/>
                // Its chart is nearly a page tall: heading and chart start a page together.
                <h3 class="salto">"Ejecución por centro de costo"</h3>
                {cost_chart}
                <p class="leyenda-grafico" data-testid="leyenda-centros">
                    <span class="muestra muestra-bien"></span>" hasta 100 % de lo programado · "
                    <span class="muestra muestra-exceso"></span>" más de 100 % · » más de 200 % (la barra se corta). "
                    "Cada barra lleva el código del centro de costo; su nombre está en la tabla que sigue."
                </p>
                <CostCentreTable/>
            </section>
            </Show>
            <Show when=move || drawn(3)>
            <ReportText section=ReportSection::Conclusions id="informe-conclusiones".into() placeholder="Principales conclusiones de la evaluación.".into()/>
            <ReportText section=ReportSection::Recommendations id="informe-recomendaciones".into() placeholder="Intervenciones que se implementarán.".into()/>
            <ReportText section=ReportSection::ImprovementMeasures id="informe-mejora".into() placeholder="Medidas en recursos humanos, procesos y liderazgo.".into()/>
            <ReportMethod/>
            <div class="salto">
                <DiagnosticsView/>
            </div>
            </Show>
        </div>
    }
}

/// The parts of the report after the institution's figure: the summary's tables and charts
/// with the objectives, the budget, the office's texts with the method and the diagnostics.
const PARTS: u8 = 3;

/// How much of the report is drawn, for its print button.
#[derive(Clone, Copy)]
pub struct ReportParts(RwSignal<u8>);

impl ReportParts {
    /// Prints the whole report: what is not drawn yet is drawn first, and the browser's print
    /// dialog opens on the next frame.
    pub fn print(self) {
        if self.0.get_untracked() >= PARTS {
            window().print().ok();
        } else {
            self.0.set(PARTS);
            request_animation_frame(|| {
                window().print().ok();
            });
        }
    }
}

/// Draws the report's next part once the browser has painted the last one.
fn draw_next_part(parts: RwSignal<u8>) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if parts.try_update(|p| {
                    *p = (*p + 1).min(PARTS);
                    *p
                }) < Some(PARTS)
                {
                    draw_next_part(parts);
                }
            },
            std::time::Duration::ZERO,
        )
    });
}
