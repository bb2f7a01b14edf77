//! *Nuevo ejercicio*: next year's evaluation started from this year's file.
//!
//! What belongs to the plan (structure, targets, baselines, every value of every year, the change
//! log, the method's rules) is kept; what belonged to the closed year's evaluation alone (its POI,
//! its report's texts, the figures its source document declared) moves to `past_years`, where it
//! is kept and not evaluated. The new year starts with the values it already has, usually none.

use std::collections::BTreeMap;

use crate::history::{self, Change, Stamp};
use crate::model::{Origin, PastYear, PeriodKind, Plan};
use crate::period;

/// The field a new year is logged under in the change log.
pub const LOG_FIELD: &str = "plan/ejercicio";

/// The year *Nuevo ejercicio* would start from this file, or why it cannot.
pub fn next_year_of(plan: &Plan) -> Result<i32, String> {
    let year = plan.evaluation.year;
    if let Some(last) = plan.past_years.iter().map(|p| p.year).max() {
        if last >= year {
            return Err(format!(
                "Este archivo ya cerró el ejercicio {last}: vuelva a {} para empezar el siguiente.",
                last + 1
            ));
        }
    }
    let next = year
        .checked_add(1)
        .ok_or_else(|| "El año evaluado no admite un año siguiente.".to_string())?;
    let end = plan.plan.start_year.max(plan.plan.end_year);
    if next > end {
        return Err(format!(
            "El plan «{}» termina en {end}: no hay un {next} que evaluar. Si el PEI se amplió, cambie su año de fin en «Estructura» y vuelva a intentarlo.",
            plan.plan.name
        ));
    }
    Ok(next)
}

/// The plan for the year after the evaluated one, and a sentence saying what was done.
pub fn start_next_year(plan: &Plan, stamp: &Stamp) -> Result<(Plan, String), String> {
    let next = next_year_of(plan)?;
    let closed = plan.evaluation.year;
    let mut p = plan.clone();
    // Verdicts written before they carried a period were given for the closed year.
    period::pin_verdicts(&mut p);
    let mut declared_items = BTreeMap::new();
    for o in &mut p.objectives {
        if let Some(d) = o.declared.take() {
            declared_items.insert(o.code.clone(), d);
        }
        for a in &mut o.actions {
            if let Some(d) = a.declared.take() {
                declared_items.insert(a.code.clone(), d);
            }
        }
    }
    let activities = p.poi.activities.len();
    p.past_years.push(PastYear {
        year: closed,
        settings: p.settings.clone(),
        poi: std::mem::take(&mut p.poi),
        report: std::mem::take(&mut p.report),
        declared: p.declared.take(),
        declared_items,
        source_notes: std::mem::take(&mut p.source_notes),
    });
    p.evaluation.year = next;
    p.evaluation.period = PeriodKind::Anual;
    // A unit's copy was for sending that year's values back; the new year is the office's file.
    p.sharing = None;
    history::log(
        &mut p,
        LOG_FIELD.into(),
        Change::Text(
            Some(closed.to_string()),
            Some(format!("{next} (nuevo ejercicio a partir de {closed})")),
        ),
        stamp,
        Origin::Typed,
    );
    let with_values = values_for(&p, next);
    let values = if with_values == 0 {
        format!("Los valores de {next} empiezan sin información.")
    } else {
        format!(
            "{} ya tenía valores para {next}; se conservan.",
            crate::words::count(with_values as u64, "indicador", "indicadores")
        )
    };
    let said = format!(
        "Se empezó el ejercicio {next} a partir de {closed} como un borrador nuevo: se conservan la estructura, las metas, las líneas base, los valores de todos los años y el historial. {values} El POI de {closed} ({}) y los textos de su informe quedaron guardados como historia del archivo; registre o importe el POI de {next} en «Estructura».",
        crate::words::count(activities as u64, "actividad", "actividades")
    );
    Ok((p, said))
}

/// How many indicators have some value for `year` (annual or either semester).
fn values_for(plan: &Plan, year: i32) -> usize {
    let keys = [year.to_string(), format!("{year}-S1"), format!("{year}-S2")];
    plan.indicators_in_order()
        .filter(|i| keys.iter().any(|k| i.2.obtained.contains_key(k)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::load_plan;

    fn stamp() -> Stamp {
        Stamp {
            by: "Planeamiento".into(),
            at: "2023-01-10T15:00:00.000Z".into(),
        }
    }

    #[test]
    fn a_closed_year_cannot_be_closed_again() {
        let plan = load_plan(ILO_2022).unwrap();
        let (next, _) = start_next_year(&plan, &stamp()).unwrap();
        let mut back = next.clone();
        back.evaluation.year = 2022;
        assert!(next_year_of(&back).unwrap_err().contains("ya cerró el ejercicio 2022"));
        let mut last = plan.clone();
        last.evaluation.year = last.plan.end_year;
        assert!(next_year_of(&last).unwrap_err().contains("termina en"));
    }
}
