//! *Nuevo plan*: the entity, the plan and the evaluated period; opens an empty plan as a new
//! draft, on the structure screen, to be built there or filled from the Excel template.

use leptos::prelude::*;
use semaforo_engine::structure::{new_plan, Header};
use semaforo_engine::{Entity, EvaluationPeriod, PlanInfo};

use super::plan_data_form::{LEVELS, PERIODS};
use crate::session;
use crate::state::use_app;
use crate::structure_edit as se;

#[component]
pub fn NewPlanForm() -> impl IntoView {
    let state = use_app();
    let field = || RwSignal::new(String::new());
    let (entity, code, name, start, end, approved, year) =
        (field(), field(), field(), field(), field(), field(), field());
    let level = RwSignal::new(LEVELS[0].0.to_string());
    let period = RwSignal::new(PERIODS[0].0.to_string());
    let error = RwSignal::new(None::<String>);
    let create = move |_| {
        let number = |s: RwSignal<String>, what: &str| -> Result<i32, String> {
            se::whole(&s.get_untracked(), what)?
                .and_then(|y| i32::try_from(y).ok())
                .ok_or_else(|| format!("Escriba {}.", what.to_lowercase()))
        };
        let header = (|| -> Result<Header, String> {
            Ok(Header {
                entity: Entity {
                    name: entity.get_untracked(),
                    ejecutora_code: se::optional(code.get_untracked()),
                    level: LEVELS
                        .iter()
                        .find(|l| l.0 == level.get_untracked())
                        .map_or(LEVELS[0].1, |l| l.1),
                },
                plan: PlanInfo {
                    name: name.get_untracked(),
                    start_year: number(start, "El año de inicio")?,
                    end_year: number(end, "El año de fin")?,
                    approved_by: se::optional(approved.get_untracked()),
                    source: None,
                },
                evaluation: EvaluationPeriod {
                    year: number(year, "El año evaluado")?,
                    period: PERIODS
                        .iter()
                        .find(|p| p.0 == period.get_untracked())
                        .map_or(PERIODS[0].1, |p| p.1),
                },
            })
        })();
        match header.and_then(new_plan) {
            Ok(plan) => {
                error.set(None);
                session::open_new_plan(state, plan);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let input = |id: &'static str, label: &'static str, kind: &'static str, s: RwSignal<String>, hint: &'static str| {
        view! {
            <span class="campo">
                <label for=id>{label}</label>
                <input id=id type=kind placeholder=hint maxlength="2000" prop:value=move || s.get() on:input=move |ev| s.set(event_target_value(&ev))/>
            </span>
        }
    };
    let select = |id: &'static str,
                  label: &'static str,
                  options: Vec<(&'static str, &'static str)>,
                  s: RwSignal<String>| {
        view! {
            <span class="campo">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| s.set(event_target_value(&ev))>
                    {options.into_iter().map(|(v, w)| view! { <option value=v selected=move || s.get() == v>{w}</option> }).collect_view()}
                </select>
            </span>
        }
    };
    view! {
        <section class="nuevo-plan" aria-labelledby="nuevo-plan-titulo">
            <h2 id="nuevo-plan-titulo">"Nuevo plan"</h2>
            <p>"Para evaluar el PEI de su entidad: escriba sus datos; luego arme los objetivos, acciones e indicadores en «Estructura», o llénelos en la plantilla Excel."</p>
            {input("nuevo-entidad", "Entidad", "text", entity, "p. ej. Municipalidad Distrital de …")}
            {select("nuevo-nivel", "Nivel de gobierno", LEVELS.iter().map(|l| (l.0, l.2)).collect(), level)}
            {input("nuevo-ejecutora", "Código de unidad ejecutora (opcional)", "text", code, "p. ej. 301498")}
            {input("nuevo-plan-nombre", "Nombre del plan", "text", name, "p. ej. Plan Estratégico Institucional 2024-2027")}
            {input("nuevo-inicio", "Año de inicio", "number", start, "2024")}
            {input("nuevo-fin", "Año de fin", "number", end, "2027")}
            {input("nuevo-aprobacion", "Documento de aprobación (opcional)", "text", approved, "p. ej. Resolución de Alcaldía N.° …")}
            {input("nuevo-anio", "Año que se evalúa", "number", year, "2025")}
            {select("nuevo-periodo", "Periodo que se evalúa", PERIODS.iter().map(|p| (p.0, p.2)).collect(), period)}
            <button type="button" on:click=create>"Crear el plan"</button>
            <p class="campo-error" role="status">{move || error.get()}</p>
        </section>
    }
}
