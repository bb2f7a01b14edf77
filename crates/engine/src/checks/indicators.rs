//! Checks of each indicator: its target and period keys, its direction, and its obtained value
//! against its unit's range.

use super::*;

pub(super) fn valid_year_key(k: &str) -> bool {
    k.len() == 4 && k.parse::<i32>().is_ok()
}

pub(super) fn valid_period_key(k: &str) -> bool {
    valid_year_key(k) || matches!(k.split_once('-'), Some((y, s)) if valid_year_key(y) && (s == "S1" || s == "S2"))
}

/// An indicator's own settings, targets, baseline and direction: none depends on obtained
/// values, so these are kept while values are typed (they run with the POI's checks).
pub(super) fn indicator_targets(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (o, action, ind) in plan.indicators_in_order() {
        // Paths are written only for an indicator with something to say.
        let path = || match action {
            None => format!("{}/{}", o.code, ind.code),
            Some(a) => format!("{}/{}/{}", o.code, a.code, ind.code),
        };
        let code = &ind.code;
        if !(1..=3).contains(&ind.relevance) {
            out.push(error(
                Code::InvalidSetting,
                path(),
                format!(
                    "{code}: relevancia {} no válida; debe ser 1 (muy relevante), 2 (relevante) o 3 (menos relevante).",
                    ind.relevance
                ),
            ));
        }
        for k in ind.expected.keys().filter(|k| !valid_period_key(k)) {
            out.push(error(
                Code::InvalidSetting,
                path(),
                format!("{code}: la meta «{k}» no corresponde a un año ni a un semestre (se espera por ejemplo \"2022\" o \"2022-S1\")."),
            ));
        }
        let values = ind
            .expected
            .iter()
            .map(|(k, v)| ("logro esperado", k.clone(), *v))
            .chain(
                ind.baseline
                    .iter()
                    .map(|b| ("línea de base", b.year.to_string(), b.value)),
            );
        for (what, k, v) in values {
            if let Some(why) = unit_range::check(ind.unit, v) {
                out.push(error(
                    Code::ValueOutOfRange,
                    path(),
                    format!("{code}, {what} {k}: {why}."),
                ));
            }
        }
        let direction = direction::resolve(ind);
        match direction.source {
            DirectionSource::Declared => {}
            DirectionSource::Inferred => out.push(info(
                Code::DirectionInferred,
                path(),
                format!("{code}: {}", direction.reason()),
            )),
            DirectionSource::Undetermined => out.push(warn(
                Code::DirectionUndetermined,
                path(),
                format!("{code}: {}", direction.reason()),
            )),
        }
        if ind.verdict.as_ref().is_some_and(|v| v.justification.trim().is_empty()) {
            out.push(error(
                Code::VerdictWithoutJustification,
                path(),
                format!("{code}: el juicio del evaluador no tiene justificación escrita; es obligatoria."),
            ));
        }
    }
}

/// What obtained values decide: their periods and ranges, missing figures, and evaluator
/// verdicts the numbers contradict.
pub(super) fn indicator_values(plan: &Plan, ev: &Evaluation, out: &mut Vec<Diagnostic>) {
    for ((_, _, ind), res) in plan.indicators_in_order().zip(&ev.indicators) {
        // Written only for an indicator with something to say.
        let path = || res.path();
        let code = &ind.code;
        for k in ind.obtained.keys().filter(|k| !valid_period_key(k)) {
            out.push(error(Code::InvalidSetting, path(), format!("{code}: el periodo «{k}» del valor obtenido no es válido (se espera \"2022\", \"2022-S1\" o \"2022-S2\").")));
        }
        for (k, v) in &ind.obtained {
            if let Some(why) = unit_range::check(ind.unit, *v) {
                out.push(error(
                    Code::ValueOutOfRange,
                    path(),
                    format!("{code}, valor obtenido {k}: {why}."),
                ));
            }
        }
        for n in &res.notes {
            let d = if n.kind.is_gap() { warn } else { info };
            out.push(d(Code::IncompleteSeries, path(), format!("{code}: {}", n.text)));
        }
        match res.computed_status {
            Status::SinInformacion => out.push(warn(
                Code::MissingObtained,
                path(),
                format!("{code}: {}", res.status_reason()),
            )),
            Status::NoCalculable if res.expected.is_none() => out.push(warn(
                Code::MissingExpected,
                path(),
                format!("{code}: {}", res.status_reason()),
            )),
            _ => {}
        }
        if let Some(v) = ind.verdict.as_ref().filter(|v| v.applies_to(&ev.cutoff)) {
            let computed_met = match res.computed_status {
                Status::Met => Some(true),
                Status::NotMet => Some(false),
                _ => None,
            };
            if computed_met != Some(v.met) {
                let said = if v.met { "cumplió" } else { "no cumplió" };
                let numbers = match (res.obtained, res.expected) {
                    (Some(o), Some(e)) => format!(
                        "obtenido {} frente a esperado {} ({}, avance {})",
                        o.normalize(),
                        e.normalize(),
                        res.direction.direction_word(),
                        crate::decimal_util::pct_or_not_calculable(res.advance_pct)
                    ),
                    _ => res.status_reason(),
                };
                out.push(
                    warn(Code::VerdictDiffers, path(), format!("{code}: el evaluador dice que {said}, pero los números dicen «{}»: {numbers}. Justificación: «{}».", res.computed_status.label(), v.justification))
                        .figures(said, res.computed_status.label()),
                );
            }
        }
    }
}
