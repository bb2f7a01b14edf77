//! The plan's own data on the structure screen: entity, plan, years and the evaluated period.
//! Each field is committed on its own, checked by the engine, logged and undoable.

use leptos::prelude::*;
use semaforo_engine::structure::{Header, PlanEdit};
use semaforo_engine::{GovernmentLevel, PeriodKind, Plan};

use super::{ChoiceEdit, TextEdit};
use crate::state::{use_document, Document};
use crate::structure_edit as se;

pub const LEVELS: [(&str, GovernmentLevel, &str); 4] = [
    (
        "local_distrital",
        GovernmentLevel::LocalDistrital,
        "Gobierno local distrital",
    ),
    (
        "local_provincial",
        GovernmentLevel::LocalProvincial,
        "Gobierno local provincial",
    ),
    ("regional", GovernmentLevel::Regional, "Gobierno regional"),
    ("nacional", GovernmentLevel::Nacional, "Gobierno nacional"),
];

pub const PERIODS: [(&str, PeriodKind, &str); 2] = [
    ("anual", PeriodKind::Anual, "Anual"),
    ("semestre1", PeriodKind::Semestre1, "Primer semestre"),
];

fn read(doc: Document, f: fn(&Plan) -> String) -> Signal<String> {
    Signal::derive(move || doc.plan.with(|p| p.as_ref().map(f).unwrap_or_default()))
}

/// Commits one field of the plan's data as typed: checked by the engine, logged, undoable.
pub(super) fn commit(
    doc: Document,
    set: fn(&mut Header, String) -> Result<(), String>,
) -> Callback<String, Result<(), String>> {
    Callback::new(move |t: String| {
        let mut h = doc
            .plan
            .with_untracked(|p| p.as_ref().map(Header::of))
            .ok_or("No hay plan abierto.")?;
        set(&mut h, t)?;
        doc.apply(PlanEdit::Header(Box::new(h)))
    })
}

/// The evaluated year as typed or chosen.
pub(super) fn set_year(h: &mut Header, t: String) -> Result<(), String> {
    h.evaluation.year = year(&t, "El año evaluado")?;
    Ok(())
}

/// The evaluated period by its value in [`PERIODS`].
pub(super) fn set_period(h: &mut Header, t: String) -> Result<(), String> {
    h.evaluation.period = PERIODS
        .iter()
        .find(|x| x.0 == t)
        .map(|x| x.1)
        .ok_or("Periodo desconocido.")?;
    Ok(())
}

fn year(t: &str, what: &str) -> Result<i32, String> {
    se::whole(t, what)?
        .and_then(|y| i32::try_from(y).ok())
        .ok_or_else(|| format!("Escriba {}.", what.to_lowercase()))
}

#[component]
pub fn PlanDataForm() -> impl IntoView {
    let doc = use_document();
    let levels = LEVELS.iter().map(|(v, _, w)| (*v, w.to_string())).collect();
    let periods = PERIODS.iter().map(|(v, _, w)| (*v, w.to_string())).collect();
    view! {
        <fieldset class="datos-plan">
            <legend>"Datos del plan"</legend>
            <TextEdit label="Entidad".to_string() id="plan-entidad".to_string()
                value=read(doc, |p| p.entity.name.clone())
                on_commit=commit(doc, |h, t| { h.entity.name = t; Ok(()) })/>
            <ChoiceEdit label="Nivel de gobierno".to_string() id="plan-nivel".to_string() options=levels
                value=read(doc, |p| LEVELS.iter().find(|l| l.1 == p.entity.level).map(|l| l.0.to_string()).unwrap_or_default())
                on_commit=commit(doc, |h, t| { h.entity.level = LEVELS.iter().find(|l| l.0 == t).map(|l| l.1).ok_or("Nivel desconocido.")?; Ok(()) })/>
            <TextEdit label="Código de unidad ejecutora".to_string() id="plan-ejecutora".to_string()
                value=read(doc, |p| p.entity.ejecutora_code.clone().unwrap_or_default())
                on_commit=commit(doc, |h, t| { h.entity.ejecutora_code = se::optional(t); Ok(()) })/>
            <TextEdit label="Nombre del plan".to_string() id="plan-nombre".to_string()
                value=read(doc, |p| p.plan.name.clone())
                on_commit=commit(doc, |h, t| { h.plan.name = t; Ok(()) })/>
            <TextEdit label="Año de inicio".to_string() id="plan-inicio".to_string() kind="number"
                value=read(doc, |p| p.plan.start_year.to_string())
                on_commit=commit(doc, |h, t| { h.plan.start_year = year(&t, "El año de inicio")?; Ok(()) })/>
            <TextEdit label="Año de fin".to_string() id="plan-fin".to_string() kind="number"
                value=read(doc, |p| p.plan.end_year.to_string())
                on_commit=commit(doc, |h, t| { h.plan.end_year = year(&t, "El año de fin")?; Ok(()) })/>
            <TextEdit label="Documento de aprobación".to_string() id="plan-aprobacion".to_string()
                value=read(doc, |p| p.plan.approved_by.clone().unwrap_or_default())
                on_commit=commit(doc, |h, t| { h.plan.approved_by = se::optional(t); Ok(()) })/>
            <TextEdit label="Año evaluado".to_string() id="plan-anio-evaluado".to_string() kind="number"
                value=read(doc, |p| p.evaluation.year.to_string())
                on_commit=commit(doc, set_year)/>
            <ChoiceEdit label="Periodo evaluado".to_string() id="plan-periodo".to_string() options=periods
                value=read(doc, |p| PERIODS.iter().find(|x| x.1 == p.evaluation.period).map(|x| x.0.to_string()).unwrap_or_default())
                on_commit=commit(doc, set_period)/>
        </fieldset>
    }
}
