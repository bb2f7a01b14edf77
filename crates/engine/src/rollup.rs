//! Roll-ups from indicators to AEI, OEI and the institution.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::decimal_util::{fmt_pct, mean, pct, sum, HUNDRED};
use crate::indicator_eval::{IndicatorResult, Status};
use crate::light::{self, Light};
use crate::model::{Band, MissingValues, RollupMethod, Settings};
use crate::status_counts::StatusCounts;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupResult {
    pub code: String,
    pub name: String,
    pub path: String,
    pub responsible: Option<String>,
    pub priority: Option<u32>,
    /// Every indicator that makes the group's result (for an OEI: its own, plus those of its
    /// AEI unless the plan counts OEI indicators only), by status.
    #[serde(flatten)]
    pub counts: StatusCounts,
    /// Of the 'sin información', how many the plan's rule counted as not met.
    pub missing_counted_as_not_met: u32,
    /// Full precision; `None` when nothing could be judged.
    pub result_pct: Option<Decimal>,
    pub result_note: Option<String>,
    pub light: Light,
    /// Indicators per light id.
    pub indicator_lights: BTreeMap<String, u32>,
    /// How the result was computed, in Spanish.
    pub explanation: String,
    /// Where its counted indicators are in `Evaluation::indicators` (see
    /// `Evaluation::members`): one range, as a group's indicators are listed together.
    pub indicators_at: std::ops::Range<usize>,
}

impl GroupResult {
    /// Indicators that entered a share-met figure: met, not met, and the unreported ones the
    /// plan counts as not met.
    pub fn judged(&self) -> u32 {
        self.counts.met + self.counts.not_met + self.missing_counted_as_not_met
    }

    /// How many indicators the group has and how many carry a value: "6" when all do, "2 de 3
    /// con información (1 sin información)" when some do not; indicators that have a value but
    /// cannot be judged are said after it.
    pub fn informed_text(&self) -> String {
        let total = self.counts.total;
        let missing = self.counts.sin_informacion;
        let mut out = if missing == 0 {
            total.to_string()
        } else {
            format!(
                "{} de {total} con información ({missing} sin información)",
                total.saturating_sub(missing)
            )
        };
        let unjudged = [
            (self.counts.no_calculable, "no calculable", "no calculables"),
            (
                self.counts.sentido_por_definir,
                "con sentido por definir",
                "con sentido por definir",
            ),
        ];
        for (n, one, many) in unjudged {
            if n > 0 {
                out.push_str(&format!(" · {}", crate::words::count(n, one, many)));
            }
        }
        out
    }

    /// "1 de 6 indicadores cumplió", "3 de 5 indicadores cumplieron": over the judged ones.
    pub fn met_sentence(&self) -> String {
        let verb = if self.counts.met == 1 { "cumplió" } else { "cumplieron" };
        format!("{} de {} indicadores {verb}", self.counts.met, self.judged())
    }
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
    /// Every indicator of the plan, whatever makes the objectives' results, by status.
    #[serde(flatten)]
    pub counts: StatusCounts,
    pub explanation: String,
}

/// The plan's rules for a roll-up, read once per evaluation.
pub struct Rules<'a> {
    pub method: RollupMethod,
    pub cap: Option<Decimal>,
    pub missing: MissingValues,
    pub bands: &'a [Band],
    pub lights: &'a light::Lights,
}

impl<'a> Rules<'a> {
    pub fn of(settings: &'a Settings, lights: &'a light::Lights) -> Rules<'a> {
        Rules {
            method: settings.rollup,
            cap: settings.rollup_cap_pct,
            missing: settings.missing_values,
            bands: &settings.bands,
            lights,
        }
    }
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

/// Just under 100 %: what a "no cumplió" verdict counts at most in the weighted roll-up, so it
/// never prints as 100 %.
fn just_under_100() -> Decimal {
    Decimal::new(9999, 2)
}

/// What one indicator adds to a weighted roll-up, or `None` when it is left out.
fn weighted_value(i: &IndicatorResult, rules: &Rules) -> Option<Decimal> {
    let by_verdict = i.verdict_applied && i.status != i.computed_status;
    let raw = match i.status {
        // A verdict of met counts as full compliance (or its advance, if higher); met numbers
        // without a computable advance (negative rates, a zero target) count as 100 %.
        Status::Met if by_verdict => i.advance_pct.map_or(HUNDRED, |a| a.max(HUNDRED)),
        Status::Met => i.advance_pct.unwrap_or(HUNDRED),
        // A verdict of not met keeps the advance, but below 100 %; not met without an advance
        // counts as 0.
        Status::NotMet if by_verdict => i.advance_pct.unwrap_or(Decimal::ZERO).min(just_under_100()),
        Status::NotMet => i.advance_pct.unwrap_or(Decimal::ZERO),
        Status::SinInformacion => match rules.missing {
            MissingValues::CountedAsNotMet => Decimal::ZERO,
            MissingValues::LeftOut => return None,
        },
        Status::NoCalculable | Status::SentidoPorDefinir => return None,
    };
    Some(match rules.cap {
        Some(c) if raw > c => c,
        _ => raw,
    })
}

/// " Quedan aparte 2 sin información y 1 con sentido por definir." — every indicator left out,
/// by reason; and how many unreported ones were counted as not met.
fn apart_text(sin_info_apart: u32, no_calc: u32, undetermined: u32, counted: u32) -> String {
    let mut reasons = Vec::new();
    if sin_info_apart > 0 {
        reasons.push(format!("{sin_info_apart} sin información"));
    }
    if no_calc > 0 {
        reasons.push(crate::words::count(no_calc, "no calculable", "no calculables"));
    }
    if undetermined > 0 {
        reasons.push(format!("{undetermined} con sentido por definir"));
    }
    let mut out = String::new();
    if counted > 0 {
        let who = crate::words::count(
            counted,
            "indicador sin información cuenta como no cumplido",
            "indicadores sin información cuentan como no cumplidos",
        );
        out.push_str(&format!(" {who} (regla del plan: no reportar no suma)."));
    }
    if !reasons.is_empty() {
        let list = match reasons.len() {
            1 => reasons[0].clone(),
            n => format!("{} y {}", reasons[..n - 1].join(", "), reasons[n - 1]),
        };
        out.push_str(&format!(" Quedan aparte {list}."));
    }
    out
}

pub fn group(header: GroupHeader<'_>, indicators: &[&IndicatorResult], rules: &Rules) -> GroupResult {
    let counts = StatusCounts::of(indicators.iter().map(|i| i.status));
    let StatusCounts {
        met,
        not_met,
        sin_informacion: sin_info,
        no_calculable: no_calc,
        sentido_por_definir: undetermined,
        ..
    } = counts;
    let counted_missing = match rules.missing {
        MissingValues::CountedAsNotMet => sin_info,
        MissingValues::LeftOut => 0,
    };
    let mut shared_lights: BTreeMap<std::sync::Arc<str>, u32> = BTreeMap::new();
    for i in indicators {
        *shared_lights.entry(i.light.id.clone()).or_insert(0) += 1;
    }
    let indicator_lights: BTreeMap<String, u32> =
        crate::sorting::btree_map(shared_lights.into_iter().map(|(k, v)| (k.to_string(), v)));
    let apart = apart_text(sin_info - counted_missing, no_calc, undetermined, counted_missing);
    let (result_pct, result_note, explanation) = match rules.method {
        RollupMethod::ShareMet => {
            let judged = met + not_met + counted_missing;
            let r = pct(Decimal::from(met), Decimal::from(judged));
            let expl = format!(
                "Porcentaje de indicadores que cumplieron: {met} de {judged} = {}.{apart}",
                crate::decimal_util::pct_or_not_calculable(r)
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
                if let Some(a) = weighted_value(i, rules) {
                    let w = weight(i.relevance);
                    if let Some(x) = a.checked_mul(w) {
                        num.push(x);
                        den.push(w);
                    }
                }
            }
            let r = match (sum(num), sum(den.iter().copied())) {
                (Some(n), Some(d)) if !d.is_zero() => n.checked_div(d),
                _ => None,
            };
            let cap_txt = rules
                .cap
                .map(|c| format!(", cada avance con tope de {}", fmt_pct(c)))
                .unwrap_or_default();
            let expl = format!(
                "Promedio del avance de {} indicadores ponderado por relevancia (peso 4 − relevancia{cap_txt}; un juicio de «cumplió» cuenta como 100 %, uno de «no cumplió» como su avance hasta 99.99 %, y un indicador sin avance calculable como 100 % si cumplió y 0 % si no) = {}.{apart}",
                den.len(),
                crate::decimal_util::pct_or_not_calculable(r)
            );
            let note = r
                .is_none()
                .then(|| "ningún indicador tiene avance que promediar".to_string());
            (r, note, expl)
        }
    };
    let light = match result_pct {
        Some(r) => rules.lights.for_shown_pct(r),
        None => rules.lights.grey(),
    };
    let explanation = format!("{explanation} {}", light::explain(rules.bands, &light, result_pct));
    GroupResult {
        code: header.code.to_string(),
        name: header.name.to_string(),
        path: header.path,
        responsible: header.responsible.map(str::to_string),
        priority: header.priority,
        counts,
        missing_counted_as_not_met: counted_missing,
        result_pct,
        result_note,
        light,
        indicator_lights,
        explanation,
        indicators_at: 0..0,
    }
}

/// An OEI that has no indicator of its own when only OEI indicators make its result: no result,
/// and the reason (its AEI's figures are not borrowed).
pub fn without_own_indicators(header: GroupHeader<'_>, rules: &Rules) -> GroupResult {
    let mut g = group(header, &[], rules);
    let why = "el OEI no tiene indicadores propios y el plan calcula el resultado de cada OEI solo con sus indicadores de OEI";
    g.result_note = Some(why.to_string());
    g.explanation = format!("Sin resultado: {why}; no se toma el de sus AEI.");
    g
}

/// The institution's figure is the plain mean of the objectives' results (the Ilo report's
/// rule); objectives without a result are named apart. Its indicator counts are the plan's.
pub fn institution(
    objectives: &[GroupResult],
    indicators: &[IndicatorResult],
    method: RollupMethod,
    bands: &[Band],
) -> InstitutionResult {
    let results: Vec<Decimal> = objectives.iter().filter_map(|o| o.result_pct).collect();
    let result_pct = mean(&results);
    let mut objective_lights = BTreeMap::new();
    for id in light::ids(bands) {
        objective_lights.insert(id, 0);
    }
    for o in objectives {
        *objective_lights.entry(o.light.id.to_string()).or_insert(0) += 1;
    }
    let light = result_pct.map(|r| light::for_pct(bands, r)).unwrap_or_else(Light::grey);
    let without: Vec<&str> = objectives
        .iter()
        .filter(|o| o.result_pct.is_none())
        .map(|o| o.code.as_str())
        .collect();
    let apart = if without.is_empty() {
        String::new()
    } else {
        format!(
            " Quedan fuera del promedio, por no tener resultado: {}.",
            without.join(", ")
        )
    };
    let explanation = format!(
        "Promedio simple de los resultados de {} de {} OEI = {} (calculado con todos los decimales; se redondea solo al mostrar).{apart}",
        results.len(),
        objectives.len(),
        crate::decimal_util::pct_or_not_calculable(result_pct)
    );
    InstitutionResult {
        method,
        result_pct,
        light,
        objective_lights,
        objectives_total: objectives.len() as u32,
        objectives_with_result: results.len() as u32,
        counts: StatusCounts::of(indicators.iter().map(|i| i.status)),
        explanation,
    }
}
