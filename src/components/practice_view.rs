//! *Práctica*: a plan handed out as an exercise (`Plan::exercise`). The computed results stay
//! hidden; the participant sees each indicator's data and the plan's rules, answers each verdict,
//! each OEI's result and the institution's, and every answer is checked by the engine (`practice`)
//! with its working. *Ver los resultados* ends the practice and shows the usual screens.

use leptos::prelude::*;
use semaforo_engine::practice::{self, Checked, Outcome, STATUS_CHOICES};
use semaforo_engine::Status;

use crate::format;
use crate::state::use_document;

#[component]
pub fn PracticeView() -> impl IntoView {
    let doc = use_document();
    let rules = move || {
        let strict = doc.strict.get();
        doc.plan
            .with(|p| p.as_ref().map(|p| practice::rules(&p.settings, strict)))
            .unwrap_or_default()
    };
    // What the participant sees of each OEI: its code and name, and its indicators' data only.
    let objectives = Memo::new(move |_| {
        doc.evaluation.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.objectives
                        .iter()
                        .map(|o| {
                            let rows = e
                                .members(o)
                                .iter()
                                .map(|i| DataRow {
                                    code: i.code.clone(),
                                    name: i.name.clone(),
                                    hint: i.direction.hint(),
                                    expected: format::plain(i.expected),
                                    obtained: i
                                        .obtained
                                        .map(semaforo_engine::decimal_util::fmt_plain)
                                        .unwrap_or_else(|| "sin información".into()),
                                    verdict: i.verdict_justification.clone(),
                                })
                                .collect::<Vec<_>>();
                            (o.code.clone(), o.name.clone(), rows)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let score = RwSignal::new(std::collections::BTreeMap::<String, bool>::new());
    let scored = move |key: String, c: &Checked| {
        score.update(|s| {
            s.insert(key, c.outcome == Outcome::Right);
        })
    };
    let reveal = move |_| doc.edit(|p| p.exercise = false);
    view! {
        <section class="practica" aria-labelledby="practica-titulo" data-testid="practica">
            <h2 id="practica-titulo">"Práctica: calcule los resultados"</h2>
            <p>
                "Los resultados de este plan están ocultos. Con los datos de cada indicador y las reglas del plan, "
                "diga si cada indicador cumplió y calcule el resultado de cada OEI y el institucional: "
                "cada respuesta se comprueba y se muestra cómo se calcula."
            </p>
            <details open>
                <summary>"Reglas del plan"</summary>
                <ul>{move || rules().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            </details>
            <p role="status" data-testid="practica-puntaje">{move || {
                let s = score.get();
                format!("Respuestas correctas: {} de {}", s.values().filter(|r| **r).count(), s.len())
            }}</p>
            {move || objectives.get().into_iter().map(|(code, name, rows)| {
                let oei = code.clone();
                view! {
                    <section class="practica-oei" aria-labelledby=format!("practica-{code}")>
                        <h3 id=format!("practica-{code}")>{format!("{code} {name}")}</h3>
                        <table class="tabla">
                            <thead><tr>
                                <th scope="col">"Indicador"</th><th scope="col">"Sentido"</th><th scope="col">"Logro esperado"</th>
                                <th scope="col">"Valor obtenido"</th><th scope="col">"¿Cumplió?"</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! { <IndicatorQuestion row scored/> }).collect_view()}
                            </tbody>
                        </table>
                        <PercentQuestion key=oei.clone() label=format!("Resultado de {oei} (%)") scored/>
                    </section>
                }
            }).collect_view()}
            <section class="practica-oei" aria-labelledby="practica-institucion">
                <h3 id="practica-institucion">"Institución"</h3>
                <PercentQuestion key=semaforo_engine::narrative::INSTITUTION_KEY.to_string() label="Resultado institucional (%)".to_string() scored/>
            </section>
            <p>
                <button type="button" on:click=reveal>"Ver los resultados (termina la práctica)"</button>
            </p>
        </section>
    }
}

#[derive(Clone, PartialEq)]
struct DataRow {
    code: String,
    name: String,
    hint: &'static str,
    expected: String,
    obtained: String,
    verdict: Option<String>,
}

/// One indicator's data and the participant's verdict, checked as soon as it is chosen.
#[component]
fn IndicatorQuestion(row: DataRow, scored: impl Fn(String, &Checked) + Copy + Send + Sync + 'static) -> impl IntoView {
    let doc = use_document();
    let checked = RwSignal::new(None::<Checked>);
    let code = row.code.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let picked = event_target_value(&ev);
        let Some(answer) = STATUS_CHOICES.into_iter().find(|s| s.label() == picked) else {
            checked.set(None);
            return;
        };
        let c = doc.plan.with_untracked(|p| {
            doc.evaluation.with_untracked(|e| {
                p.as_ref()
                    .zip(e.as_ref())
                    .and_then(|(p, e)| practice::check_indicator(p, e, &code, answer))
            })
        });
        if let Some(c) = &c {
            scored(code.clone(), c);
        }
        checked.set(c);
    };
    let label = format!("¿Cumplió {}?", row.code);
    view! {
        <tr>
            <th scope="row">
                {format!("{} {}", row.code, row.name)}
                {row.verdict.map(|v| view! { <br/><small>{format!("Juicio del evaluador: «{v}»")}</small> })}
            </th>
            <td>{row.hint}</td>
            <td class="num">{row.expected}</td>
            <td class="num">{row.obtained}</td>
            <td>
                <select aria-label=label on:change=on_change>
                    <option value="">"—"</option>
                    {STATUS_CHOICES.into_iter().map(|s: Status| view! { <option value=s.label()>{s.label()}</option> }).collect_view()}
                </select>
                {move || checked.get().map(answer)}
            </td>
        </tr>
    }
}

/// A percentage to work out (an OEI's result or the institution's), checked on *Comprobar*.
#[component]
fn PercentQuestion(
    key: String,
    label: String,
    scored: impl Fn(String, &Checked) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let doc = use_document();
    let typed = RwSignal::new(String::new());
    let checked = RwSignal::new(None::<Result<Checked, String>>);
    let key_for_check = key.clone();
    let check = move || {
        let text = typed.get_untracked();
        let result = doc.evaluation.with_untracked(|e| {
            let e = e.as_ref()?;
            if key_for_check == semaforo_engine::narrative::INSTITUTION_KEY {
                Some(practice::check_institution(e, &text))
            } else {
                practice::check_objective(e, &key_for_check, &text)
            }
        });
        if let Some(Ok(c)) = &result {
            scored(key_for_check.clone(), c);
        }
        checked.set(result);
    };
    let id = format!("practica-respuesta-{key}");
    view! {
        <form class="practica-pregunta" on:submit=move |ev| { ev.prevent_default(); check(); }>
            <label for=id.clone()>{label}</label>
            " "
            <input id=id type="text" inputmode="decimal" autocomplete="off" on:input=move |ev| typed.set(event_target_value(&ev))/>
            " "
            <button type="submit">"Comprobar"</button>
            {move || checked.get().map(|c| match c {
                Ok(c) => answer(c).into_any(),
                Err(e) => view! { <p class="campo-error" role="alert">{e}</p> }.into_any(),
            })}
        </form>
    }
}

/// The check of an answer and its working.
fn answer(c: Checked) -> impl IntoView {
    let class = match c.outcome {
        Outcome::Right => "practica-bien",
        Outcome::Close => "practica-casi",
        Outcome::Wrong => "practica-mal",
    };
    view! {
        <div class=format!("practica-respuesta {class}") data-testid="practica-respuesta">
            <p role="status">{c.message}</p>
            <details>
                <summary>"Cómo se calcula"</summary>
                {c.working.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            </details>
        </div>
    }
}
