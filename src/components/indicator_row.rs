//! One indicator: target, the obtained value to fill in, advance, verdict and light, and how
//! each figure was computed.

use leptos::prelude::*;
use semaforo_engine::field::FieldRef;
use semaforo_engine::{edit, Status};

use super::{DiagMark, LightBadge, NumberField, ValueOrigin, VerdictEditor};
use crate::format;
use crate::state::use_document;

#[component]
pub fn IndicatorRow(
    code: String,
    /// Where the evaluation lists this indicator (checked against the code), so thousands of
    /// rows never search the whole list on every edit.
    #[prop(optional)]
    at: Option<usize>,
    /// Another unit's indicator in a unit's copy: its value is shown, not edited, until the
    /// user unlocks it.
    #[prop(optional, into)]
    read_only: Signal<bool>,
) -> impl IntoView {
    let doc = use_document();
    let result = {
        let code = code.clone();
        Memo::new(move |_| {
            doc.evaluation
                .with(|e| e.as_ref().and_then(|e| e.indicator_at(at, &code)).cloned())
        })
    };
    let period = doc
        .plan
        .with_untracked(|p| p.as_ref().map(|p| p.cutoff_key()).unwrap_or_default());
    let initial = doc.plan.with_untracked(|p| {
        p.as_ref()
            .and_then(|p| edit::indicator(p, &code))
            .and_then(|i| i.obtained.get(&period).copied())
    });
    let check = {
        let code = code.clone();
        Callback::new(move |typed: String| {
            doc.plan.with_untracked(|p| match p {
                Some(p) => edit::read_typed_obtained(p, &code, &typed),
                None => edit::TypedValue::Refused("No hay plan abierto.".into()),
            })
        })
    };
    let field = FieldRef::Obtained {
        indicator: code.clone(),
        period: period.clone(),
    };
    let on_commit = {
        let field = field.clone();
        Callback::new(move |v| doc.record(&field, v))
    };
    let current = doc.reader(field.clone());
    let opened = RwSignal::new(false);
    // The panel's body is drawn the first time it is opened and then kept, so a half-typed
    // justification survives closing it; closed, a row is a third of the elements (51 Ilo rows:
    // 2,432 elements on the screen before).
    let drawn = RwSignal::new(false);
    let field_id = format!("obtenido-{code}");
    let label = format!("Valor obtenido {period} de {code}");
    // Its own memo: the badge is redrawn when the light changes, not on every new figure.
    let light = Memo::new(move |_| result.with(|r| r.as_ref().map(|r| r.light.clone())));
    let name = move || result.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    let unit = move || result.with(|r| r.as_ref().map(|r| r.unit));
    let panel = {
        let code = code.clone();
        move || {
            let field = field.clone();
            view! {
                <p>{move || result.with(|r| r.as_ref().map(|r| match r.advance_from_baseline() {
                    Ok(a) => format!("Avance desde la línea de base: {}.", format::pct(Some(a))),
                    Err(n) => format!("Avance desde la línea de base: no calculable ({n})."),
                }))}</p>
                // Drawn only while open: a long plan has thousands of rows.
                <Show when=move || opened.get()>
                    <ValueOrigin field=field.clone()/>
                </Show>
                <VerdictEditor code=code.clone()/>
            }
        }
    };
    view! {
        <tr id=format!("ind-{code}") data-testid=format!("ind-{code}") class:solo-lectura=move || read_only.get()>
            <th scope="row">
                {code.clone()}
                <DiagMark anchor=format!("ind-{code}")/>
            </th>
            <td>
                {name}
                <details class="como" on:toggle=move |ev| {
                    let el: web_sys::HtmlDetailsElement = event_target(&ev);
                    opened.set(el.open());
                    // Set once: setting it again would draw a fresh panel over the typed one.
                    if el.open() && !drawn.get_untracked() {
                        drawn.set(true);
                    }
                }>
                    <summary>"¿Cómo se calculó?"</summary>
                    <ul>
                        {let code = code.clone(); move || {
                            // Only while open: the prose is built on demand.
                            if !opened.get() {
                                return None;
                            }
                            let mut lines = result.with(|r| doc.plan.with(|p| r.as_ref().zip(p.as_ref()).map(|(r, p)| r.explanation(p))))?;
                            // Its figure in every period with values, when there is more than one.
                            lines.extend(doc.trend.with(|t| {
                                t.as_ref()
                                    .filter(|t| t.compares())
                                    .and_then(|t| t.indicator_line(&code))
                                    .map(|l| format!("Por periodo: {l}."))
                            }));
                            Some(lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view())
                        }}
                    </ul>
                    {move || drawn.get().then(&panel)}
                </details>
            </td>
            <td>{move || result.with(|r| r.as_ref().and_then(|r| r.responsible.clone()).unwrap_or_default())}</td>
            // The target with its unit and which way is better, so "Meta 20" is never read the
            // wrong way round.
            <td class="num" data-testid=format!("ind-meta-{code}")>
                {move || result.with(|r| format::plain(r.as_ref().and_then(|r| r.expected)))}
                {move || unit().filter(|u| *u == semaforo_engine::Unit::Porcentaje).map(|_| " %")}
                " "
                <small class="sentido">
                    {move || result.with(|r| r.as_ref().map(|r| r.direction.hint()))}
                    {move || unit().filter(|u| *u != semaforo_engine::Unit::Porcentaje).map(|u| format!(" · {}", semaforo_engine::unit_range::unit_label(u)))}
                </small>
            </td>
            <td class="num">
                <NumberField label id=field_id initial check on_commit current read_only/>
            </td>
            <td class="num">{move || result.with(|r| format::pct(r.as_ref().and_then(|r| r.advance_pct)))}</td>
            <td data-testid=format!("ind-estado-{code}")>
                {move || result.with(|r| r.as_ref().map(|r| {
                    let extra = match (r.verdict_applied, r.status != r.computed_status) {
                        (true, true) => format!(" (juicio del evaluador; los números dicen «{}»)", r.computed_status.label()),
                        (true, false) => " (con juicio del evaluador)".to_string(),
                        _ if matches!(r.status, Status::NoCalculable | Status::SinInformacion | Status::SentidoPorDefinir) => format!(" — {}", r.status_reason()),
                        _ => String::new(),
                    };
                    format!("{}{}", r.status.label(), extra)
                }))}
            </td>
            <td>{move || light.get().map(|light| view! { <LightBadge light/> })}</td>
        </tr>
    }
}
