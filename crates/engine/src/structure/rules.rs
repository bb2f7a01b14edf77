//! What an item must satisfy before it goes into the plan. The same rules as reading a file:
//! codes present and unique, names present, values within their unit's range, texts and figures
//! within the loader's limits, so a plan built here always opens again.

use super::{Header, Item, ItemRef};
use crate::edit::text_fits;
use crate::limits::MAX_ABS;
use crate::model::{Indicator, Plan};
use crate::unit_range;

/// Years a plan may speak of; anything else is a typing slip.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

fn required(text: &str, what: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(format!("Escriba {what}: no puede quedar vacío."));
    }
    text_fits(t)?;
    Ok(t.to_string())
}

fn optional(text: Option<String>) -> Result<Option<String>, String> {
    match text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) {
        Some(t) => {
            text_fits(&t)?;
            Ok(Some(t))
        }
        None => Ok(None),
    }
}

fn year(y: i32, what: &str) -> Result<i32, String> {
    if YEARS.contains(&y) {
        Ok(y)
    } else {
        Err(format!(
            "{what} debe ser un año entre {} y {}; se escribió {y}.",
            YEARS.start(),
            YEARS.end()
        ))
    }
}

/// The plan's own data, tidied: names present, years in order.
pub(super) fn header(mut h: Header) -> Result<Header, String> {
    h.entity.name = required(&h.entity.name, "el nombre de la entidad")?;
    h.entity.ejecutora_code = optional(h.entity.ejecutora_code)?;
    h.plan.name = required(&h.plan.name, "el nombre del plan")?;
    h.plan.approved_by = optional(h.plan.approved_by)?;
    h.plan.source = optional(h.plan.source)?;
    year(h.plan.start_year, "El año de inicio del plan")?;
    year(h.plan.end_year, "El año de fin del plan")?;
    if h.plan.end_year < h.plan.start_year {
        return Err(format!(
            "El plan termina ({}) antes de empezar ({}).",
            h.plan.end_year, h.plan.start_year
        ));
    }
    if !(h.plan.start_year..=h.plan.end_year).contains(&h.evaluation.year) {
        return Err(format!(
            "El año evaluado ({}) debe estar dentro del plan ({}-{}).",
            h.evaluation.year, h.plan.start_year, h.plan.end_year
        ));
    }
    Ok(h)
}

/// The method's settings as a person set them: bands that can be told apart and ordered, a
/// positive cap, a sensible execution alert.
pub(super) fn settings(mut s: crate::model::Settings) -> Result<crate::model::Settings, String> {
    use rust_decimal::Decimal;
    if s.bands.is_empty() {
        return Err("El semáforo necesita al menos una banda.".into());
    }
    let hundred_times = Decimal::from(1000);
    for b in &mut s.bands {
        b.label = required(&b.label, "el nombre de cada banda")?;
        if b.min_pct.is_sign_negative() || b.min_pct > hundred_times {
            return Err(format!(
                "La banda «{}» empieza en {} %: debe estar entre 0 % y 1000 %.",
                b.label,
                b.min_pct.normalize()
            ));
        }
    }
    for (i, b) in s.bands.iter().enumerate() {
        if s.bands[..i].iter().any(|o| o.min_pct == b.min_pct) {
            return Err(format!(
                "Dos bandas empiezan en {} %: cada banda necesita su propio umbral.",
                b.min_pct.normalize()
            ));
        }
    }
    if s.rollup_cap_pct
        .is_some_and(|c| c <= Decimal::ZERO || c.abs() > MAX_ABS)
    {
        return Err("El tope del avance debe ser mayor que 0 %.".into());
    }
    if s.execution_alert_pct <= Decimal::ZERO || s.execution_alert_pct > MAX_ABS {
        return Err("El umbral de alerta de ejecución debe ser mayor que 0 %.".into());
    }
    Ok(s)
}

fn figure(v: rust_decimal::Decimal, what: &str) -> Result<(), String> {
    if v.abs() > MAX_ABS {
        return Err(format!("{what}: la cifra es demasiado grande."));
    }
    Ok(())
}

fn amount(v: Option<rust_decimal::Decimal>, what: &str) -> Result<(), String> {
    if let Some(v) = v {
        figure(v, what)?;
        if v.is_sign_negative() && !v.is_zero() {
            return Err(format!("{what} no puede ser negativo."));
        }
    }
    Ok(())
}

fn indicator(mut i: Indicator) -> Result<Indicator, String> {
    i.code = required(&i.code, "el código del indicador")?;
    let code = i.code.clone();
    i.name = required(&i.name, &format!("el nombre del indicador {code}"))?;
    i.responsible = optional(i.responsible)?;
    i.source = optional(i.source)?;
    i.notes = optional(i.notes)?;
    if !(1..=3).contains(&i.relevance) {
        return Err(format!(
            "{code}: la relevancia es 1 (muy relevante), 2 (relevante) o 3 (poco relevante)."
        ));
    }
    if let Some(b) = &i.baseline {
        year(b.year, &format!("{code}: el año de la línea de base"))?;
        figure(b.value, &format!("{code}: línea de base"))?;
        if let Some(why) = unit_range::check(i.unit, b.value) {
            return Err(format!("{code}: la línea de base no se acepta: {why}."));
        }
    }
    for (y, v) in &i.expected {
        let parsed: i32 = y
            .parse()
            .map_err(|_| format!("{code}: «{y}» no es un año para una meta."))?;
        year(parsed, &format!("{code}: el año de la meta"))?;
        figure(*v, &format!("{code}: meta {y}"))?;
        if let Some(why) = unit_range::check(i.unit, *v) {
            return Err(format!("{code}: la meta {y} no se acepta: {why}."));
        }
    }
    Ok(i)
}

/// Codes of one kind in the plan, except the item being replaced.
fn taken(plan: &Plan, item: &Item, replacing: Option<&ItemRef>) -> Vec<String> {
    let skip = |code: &str, r: fn(String) -> ItemRef| replacing == Some(&r(code.to_string()));
    let codes: Vec<&str> = match item {
        Item::Objective(_) => plan
            .objectives
            .iter()
            .map(|o| o.code.as_str())
            .filter(|c| !skip(c, ItemRef::Objective))
            .collect(),
        Item::Action(_) => plan
            .objectives
            .iter()
            .flat_map(|o| &o.actions)
            .map(|a| a.code.as_str())
            .filter(|c| !skip(c, ItemRef::Action))
            .collect(),
        Item::Indicator(_) => plan
            .indicators_in_order()
            .map(|(_, _, i)| i.code.as_str())
            .filter(|c| !skip(c, ItemRef::Indicator))
            .collect(),
        Item::Activity(_) => plan
            .poi
            .activities
            .iter()
            .map(|a| a.code.as_str())
            .filter(|c| !skip(c, ItemRef::Activity))
            .collect(),
        Item::CostCentre(_) | Item::Stage(_) => Vec::new(),
    };
    codes.into_iter().map(str::to_string).collect()
}

fn unique(code: &str, taken: &[String], kind: &str) -> Result<(), String> {
    if taken.iter().any(|c| c == code) {
        return Err(format!(
            "Ya hay {kind} con el código {code}: los códigos no se repiten."
        ));
    }
    Ok(())
}

/// Checks an item (and, for an objective or action being inserted, everything in it) and returns
/// it tidied (codes and names trimmed, empty optional texts removed).
pub(super) fn item(plan: &Plan, item: Item, replacing: Option<&ItemRef>) -> Result<Item, String> {
    let codes = taken(plan, &item, replacing);
    let all_indicators: Vec<String> = match (&item, replacing) {
        (Item::Objective(_) | Item::Action(_), None) => taken(
            plan,
            &Item::Indicator(super::new_indicator(String::new(), String::new())),
            None,
        ),
        _ => Vec::new(),
    };
    let checked = match item {
        Item::Objective(mut o) => {
            o.code = required(&o.code, "el código del objetivo")?;
            unique(&o.code, &codes, "un objetivo")?;
            o.name = required(&o.name, &format!("el nombre del objetivo {}", o.code))?;
            o.responsible = optional(o.responsible)?;
            if replacing.is_none() {
                let actions = taken(plan, &Item::Action(blank_action()), None);
                let mut seen = Vec::new();
                for a in &o.actions {
                    unique(&a.code, &actions, "una acción")?;
                    unique(&a.code, &seen, "una acción")?;
                    seen.push(a.code.clone());
                }
                check_children(&mut o.indicators, &all_indicators)?;
                for a in &mut o.actions {
                    check_children(&mut a.indicators, &all_indicators)?;
                }
            }
            Item::Objective(o)
        }
        Item::Action(mut a) => {
            a.code = required(&a.code, "el código de la acción")?;
            unique(&a.code, &codes, "una acción")?;
            a.name = required(&a.name, &format!("el nombre de la acción {}", a.code))?;
            a.responsible = optional(a.responsible)?;
            if replacing.is_none() {
                check_children(&mut a.indicators, &all_indicators)?;
            }
            Item::Action(a)
        }
        Item::Indicator(i) => {
            let i = indicator(i)?;
            unique(&i.code, &codes, "un indicador")?;
            Item::Indicator(i)
        }
        Item::Activity(mut a) => {
            a.code = required(&a.code, "el código de la actividad")?;
            unique(&a.code, &codes, "una actividad")?;
            a.name = required(&a.name, &format!("el nombre de la actividad {}", a.code))?;
            a.aei = a.aei.trim().to_string();
            a.responsible = optional(a.responsible)?;
            a.cost_centre = optional(a.cost_centre)?;
            a.physical_unit = optional(a.physical_unit)?;
            let c = a.code.clone();
            amount(a.physical_programmed, &format!("{c}: la meta física programada"))?;
            amount(a.physical_executed, &format!("{c}: la meta física ejecutada"))?;
            amount(a.financial_programmed, &format!("{c}: el monto programado"))?;
            amount(a.financial_executed, &format!("{c}: el monto ejecutado"))?;
            Item::Activity(a)
        }
        Item::CostCentre(mut c) => {
            c.code = optional(c.code)?;
            c.name = required(&c.name, "el nombre del centro de costo")?;
            c.responsible = optional(c.responsible)?;
            amount(c.programmed, &format!("{}: el monto programado", c.name))?;
            amount(c.executed, &format!("{}: el monto ejecutado", c.name))?;
            Item::CostCentre(c)
        }
        Item::Stage(mut s) => {
            s.source = optional(s.source)?;
            amount(s.amount, &format!("{}: el monto", s.stage.label()))?;
            Item::Stage(s)
        }
    };
    Ok(checked)
}

/// Indicators brought in with an objective or action (undoing a deletion): each checked, and no
/// code may clash with the plan's or with each other's.
fn check_children(list: &mut [Indicator], taken: &[String]) -> Result<(), String> {
    let mut seen: Vec<String> = Vec::new();
    for i in list.iter_mut() {
        *i = indicator(i.clone())?;
        unique(&i.code, taken, "un indicador")?;
        unique(&i.code, &seen, "un indicador")?;
        seen.push(i.code.clone());
    }
    Ok(())
}

fn blank_action() -> crate::model::Action {
    crate::model::Action {
        code: String::new(),
        name: String::new(),
        priority: None,
        responsible: None,
        indicators: Vec::new(),
        declared: None,
    }
}

/// A replacement keeps what is not the item's own definition: an objective's or action's
/// children, an indicator's obtained values and verdict, an activity's or cost centre's executed
/// figures. Those change as values, each logged on its own.
pub(super) fn keep_what_stays(old: &Item, with: Item) -> Result<Item, String> {
    Ok(match (old, with) {
        (Item::Objective(o), Item::Objective(mut n)) => {
            n.indicators = o.indicators.clone();
            n.actions = o.actions.clone();
            Item::Objective(n)
        }
        (Item::Action(a), Item::Action(mut n)) => {
            n.indicators = a.indicators.clone();
            Item::Action(n)
        }
        (Item::Indicator(i), Item::Indicator(mut n)) => {
            n.obtained = i.obtained.clone();
            n.verdict = i.verdict.clone();
            Item::Indicator(n)
        }
        (Item::Activity(a), Item::Activity(mut n)) => {
            n.physical_executed = a.physical_executed;
            n.financial_executed = a.financial_executed;
            Item::Activity(n)
        }
        (Item::CostCentre(c), Item::CostCentre(mut n)) => {
            n.executed = c.executed;
            Item::CostCentre(n)
        }
        (Item::Stage(_), n @ Item::Stage(_)) => n,
        _ => return Err("Ese cambio no corresponde a este elemento.".into()),
    })
}
