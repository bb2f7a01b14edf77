//! Roll-ups from indicators to AEI, OEI and the institution.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::decimal_util::{fmt_pct, mean, pct, sum};
use crate::indicator_eval::{IndicatorResult, Status};
use crate::light::{self, Light};
use crate::model::{Band, RollupMethod};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupResult {
    pub code: String,
    pub name: String,
    pub path: String,
    pub responsible: Option<String>,
    pub priority: Option<u32>,
    /// Every indicator of the group (for an OEI: its own plus those of its AEI).
    pub indicators_total: u32,
    pub indicators_met: u32,
    pub indicators_not_met: u32,
    pub indicators_sin_informacion: u32,
    pub indicators_no_calculable: u32,
    /// Full precision; `None` when nothing could be judged.
    pub result_pct: Option<Decimal>,
    pub result_note: Option<String>,
    pub light: Light,
    /// Indicators per light id.
    pub indicator_lights: BTreeMap<String, u32>,
    /// How the result was computed, in Spanish.
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InstitutionResult {
    pub method: RollupMethod,
    pub result_pct: Option<Decimal>,
    pub light: Light,
    /// Objectives per light id (the report's "2 verde, 2 naranja, 5 rojo").
    pub objective_lights: BTreeMap<String, u32>,
    pub objectives_total: u32,
    pub objectives_with_result: u32,
    pub indicators_total: u32,
    pub indicators_met: u32,
    pub indicators_not_met: u32,
    pub indicators_sin_informacion: u32,
    pub indicators_no_calculable: u32,
    pub explanation: String,
}

pub struct GroupHeader<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub path: String,
    pub responsible: Option<&'a str>,
    pub priority: Option<u32>,
}

fn weight(relevance: u8) -> Decimal {
    // Relevance 1 (very relevant) weighs 3, 3 (less relevant) weighs 1; out-of-range counts as 2.
    match relevance {
        1..=3 => Decimal::from(4 - relevance as i64),
        _ => Decimal::TWO,
    }
}

pub fn group(
    header: GroupHeader<'_>,
    indicators: &[&IndicatorResult],
    method: RollupMethod,
    cap: Option<Decimal>,
    bands: &[Band],
    lights: &light::Lights,
) -> GroupResult {
    let count = |s: Status| indicators.iter().filter(|i| i.status == s).count() as u32;
    let met = count(Status::Met);
    let not_met = count(Status::NotMet);
    let sin_info = count(Status::SinInformacion);
    let no_calc = count(Status::NoCalculable);
    let mut shared_lights: BTreeMap<std::sync::Arc<str>, u32> = BTreeMap::new();
    for i in indicators {
        *shared_lights.entry(i.light.id.clone()).or_insert(0) += 1;
    }
    let indicator_lights: BTreeMap<String, u32> =
        crate::sorting::btree_map(shared_lights.into_iter().map(|(k, v)| (k.to_string(), v)));
    let apart = if sin_info + no_calc > 0 {
        format!(" Quedan aparte {sin_info} sin información y {no_calc} no calculables.")
    } else {
        String::new()
    };
    let (result_pct, result_note, explanation) = match method {
        RollupMethod::ShareMet => {
            let judged = met + not_met;
            let r = pct(Decimal::from(met), Decimal::from(judged));
            let expl = format!(
                "Porcentaje de indicadores que cumplieron: {met} de {judged} = {}.{apart}",
                r.map(fmt_pct).unwrap_or_else(|| "no calculable".into())
            );
            let note = r
                .is_none()
                .then(|| "ningún indicador tiene resultado que juzgar".to_string());
            (r, note, expl)
        }
        RollupMethod::WeightedAdvance => {
            let mut num = Vec::new();
            let mut den = Vec::new();
            for i in indicators {
                if let Some(a) = i.advance_pct {
                    let a = match cap {
                        Some(c) if a > c => c,
                        _ => a,
                    };
                    let w = weight(i.relevance);
                    if let Some(x) = a.checked_mul(w) {
                        num.push(x);
                        den.push(w);
                    }
                }
            }
            let r = match (sum(num), sum(den)) {
                (Some(n), Some(d)) if !d.is_zero() => n.checked_div(d),
                _ => None,
            };
            let cap_txt = cap
                .map(|c| format!(", cada avance con tope de {}", fmt_pct(c)))
                .unwrap_or_default();
            let expl = format!(
                "Promedio del avance de {} indicadores ponderado por relevancia (peso 4 − relevancia{cap_txt}) = {}.{apart}",
                den_len(indicators),
                r.map(fmt_pct).unwrap_or_else(|| "no calculable".into())
            );
            let note = r
                .is_none()
                .then(|| "ningún indicador tiene avance calculable".to_string());
            (r, note, expl)
        }
    };
    let light = match result_pct {
        Some(r) => lights.for_pct(r),
        None => lights.grey(),
    };
    let explanation = format!("{explanation} {}", light::explain(bands, &light, result_pct));
    GroupResult {
        code: header.code.to_string(),
        name: header.name.to_string(),
        path: header.path,
        responsible: header.responsible.map(str::to_string),
        priority: header.priority,
        indicators_total: indicators.len() as u32,
        indicators_met: met,
        indicators_not_met: not_met,
        indicators_sin_informacion: sin_info,
        indicators_no_calculable: no_calc,
        result_pct,
        result_note,
        light,
        indicator_lights,
        explanation,
    }
}

fn den_len(indicators: &[&IndicatorResult]) -> usize {
    indicators.iter().filter(|i| i.advance_pct.is_some()).count()
}

/// The institution's figure is the plain mean of the objectives' results (the Ilo report's rule).
pub fn institution(objectives: &[GroupResult], method: RollupMethod, bands: &[Band]) -> InstitutionResult {
    let results: Vec<Decimal> = objectives.iter().filter_map(|o| o.result_pct).collect();
    let result_pct = mean(&results);
    let mut objective_lights = BTreeMap::new();
    for id in light::ids(bands) {
        objective_lights.insert(id, 0);
    }
    for o in objectives {
        *objective_lights.entry(o.light.id.to_string()).or_insert(0) += 1;
    }
    let total = |f: fn(&GroupResult) -> u32| objectives.iter().map(f).sum::<u32>();
    let light = result_pct.map(|r| light::for_pct(bands, r)).unwrap_or_else(Light::grey);
    let explanation = format!(
        "Promedio simple de los resultados de {} de {} OEI = {} (calculado con todos los decimales; se redondea solo al mostrar).",
        results.len(),
        objectives.len(),
        result_pct.map(fmt_pct).unwrap_or_else(|| "no calculable".into())
    );
    InstitutionResult {
        method,
        result_pct,
        light,
        objective_lights,
        objectives_total: objectives.len() as u32,
        objectives_with_result: results.len() as u32,
        indicators_total: total(|o| o.indicators_total),
        indicators_met: total(|o| o.indicators_met),
        indicators_not_met: total(|o| o.indicators_not_met),
        indicators_sin_informacion: total(|o| o.indicators_sin_informacion),
        indicators_no_calculable: total(|o| o.indicators_no_calculable),
        explanation,
    }
}
