//! "¿Cuánto necesita?": for one indicator, the obtained value that would change its verdict, and
//! the one that would take it to the next light, in its direction (issue 20: what a trainer asks
//! a room). Worked out from the figures the result keeps, for the indicator's explanation panel.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::decimal_util::{fmt_pct, fmt_plain};
use crate::indicator_eval::{IndicatorResult, Status};
use crate::light;
use crate::model::{Band, Direction};

/// Lines for the explanation panel; none when the numbers do not decide the verdict (no value,
/// no target, undetermined direction, an evaluator's verdict applied).
pub fn lines(r: &IndicatorResult, bands: &[Band]) -> Vec<String> {
    let (Some(vo), Some(le)) = (r.obtained, r.expected) else {
        return Vec::new();
    };
    if r.verdict_applied || r.direction.is_undetermined() || !matches!(r.computed_status, Status::Met | Status::NotMet)
    {
        return Vec::new();
    }
    let higher_is_better = matches!(r.direction.direction, Direction::Ascendente | Direction::Minimo);
    let what = if r.cumulative {
        "el valor acumulado"
    } else {
        "el valor obtenido"
    };
    let target = fmt_plain(le.normalize());
    let now = fmt_plain(vo.normalize());
    let met = r.computed_status == Status::Met;
    let mut out = vec![match (met, higher_is_better) {
        (true, true) => format!("¿Cuánto le sobra? Dejaría de cumplir si {what} fuera menor que {target} (hoy {now})."),
        (true, false) => {
            format!("¿Cuánto le sobra? Dejaría de cumplir si {what} fuera mayor que {target} (hoy {now}).")
        }
        (false, true) => {
            format!("¿Cuánto necesita para cumplir? Que {what} llegue al menos a {target}, la meta (hoy {now}).")
        }
        (false, false) => {
            format!("¿Cuánto necesita para cumplir? Que {what} baje a {target} o menos, la meta (hoy {now}).")
        }
    }];
    if met {
        return out;
    }
    // The next light up: a band above the one it has, below the best (a "No cumplió" never takes
    // the best band, whatever its advance).
    let ordered = light::ordered(bands);
    let Some(current) = ordered.iter().position(|b| b.id == *r.light.id) else {
        return out;
    };
    if current < 2 {
        return out;
    }
    let next = ordered[current - 1];
    if let Some(value) = value_for_advance(r.direction.direction, le, next.min_pct) {
        let bound = if higher_is_better { "al menos" } else { "a lo más" };
        out.push(format!(
            "Para pasar de {} a {} le basta un avance de {}: {what} de {bound} {}.",
            r.light.label,
            next.label,
            fmt_pct(next.min_pct),
            fmt_plain(value.normalize())
        ));
    }
    out
}

/// The obtained value whose advance (as `indicator_eval` computes it) is exactly `pct`, rounded
/// to two decimals towards reaching it; `None` where the advance is not a plain ratio of the
/// target (negative or zero figures).
fn value_for_advance(direction: Direction, le: Decimal, pct: Decimal) -> Option<Decimal> {
    if le <= Decimal::ZERO || pct <= Decimal::ZERO {
        return None;
    }
    match direction {
        // advance = obtained ÷ target × 100
        Direction::Ascendente | Direction::Minimo => le
            .checked_mul(pct)?
            .checked_div(Decimal::ONE_HUNDRED)
            .map(|v| v.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity)),
        // advance = target ÷ obtained × 100
        Direction::Descendente | Direction::Maximo => le
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(pct)
            .map(|v| v.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluation::{evaluate, Options};
    use crate::load::load_plan;
    use crate::model::Plan;

    /// One indicator, bands verde 75 %, naranja 50 %, rojo (as the teaching examples), with or
    /// without an obtained value.
    fn plan(direction: &str, target: &str, obtained: Option<&str>) -> Plan {
        let obtained = obtained.map(|v| format!(r#""2024": "{v}""#)).unwrap_or_default();
        let json = format!(
            r##"{{"format_version": 2, "entity": {{"name": "M", "level": "local_distrital"}},
            "plan": {{"name": "P", "start_year": 2024, "end_year": 2024}},
            "evaluation": {{"year": 2024, "period": "anual"}},
            "settings": {{"bands": [
                {{"id": "verde", "label": "Verde", "min_pct": "75", "symbol": "●", "colour": "#1b7f3b"}},
                {{"id": "naranja", "label": "Naranja", "min_pct": "50", "symbol": "▲", "colour": "#c25e00"}},
                {{"id": "rojo", "label": "Rojo", "min_pct": "0", "symbol": "■", "colour": "#c0392b"}}]}},
            "objectives": [{{"code": "OEI.01", "name": "o", "actions": [], "indicators": [{{
                "code": "IND.01", "name": "i", "unit": "numero", "direction": "{direction}",
                "expected": {{"2024": "{target}"}}, "obtained": {{{obtained}}}}}]}}]}}"##
        );
        load_plan(&json).expect("plan")
    }

    fn needed(direction: &str, target: &str, obtained: &str) -> Vec<String> {
        let p = plan(direction, target, Some(obtained));
        let e = evaluate(&p, Options::default());
        lines(e.indicator("IND.01").unwrap(), &p.settings.bands)
    }

    #[test]
    fn ascending_not_met_says_the_target_and_the_next_light() {
        // 20 of 50: 40 %, red; orange starts at 50 %: 25.
        let l = needed("ascendente", "50", "20");
        assert!(
            l[0].contains("llegue al menos a 50") && l[0].contains("hoy 20"),
            "{l:?}"
        );
        assert!(
            l[1].contains("de Rojo a Naranja") && l[1].contains("50.00 %") && l[1].ends_with("al menos 25."),
            "{l:?}"
        );
    }

    #[test]
    fn descending_not_met_goes_down() {
        // 40 against a ceiling of 10: 25 %, red; orange at 50 % needs 10 ÷ 40 × 100 ≥ 50: 20 or less.
        let l = needed("descendente", "10", "40");
        assert!(l[0].contains("baje a 10 o menos"), "{l:?}");
        assert!(l[1].ends_with("a lo más 20."), "{l:?}");
    }

    #[test]
    fn the_best_band_is_left_to_meeting_the_target() {
        // 1 of 7: red; orange at 50 % is 3.5.
        assert!(needed("ascendente", "7", "1")[1].ends_with("al menos 3.5."));
        // 29 of 30 (96.67 %) is orange; the next light up is green, which only meeting gives.
        let l = needed("ascendente", "30", "29");
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(l[0].contains("al menos a 30"), "{l:?}");
    }

    #[test]
    fn a_threshold_between_hundredths_is_rounded_towards_reaching_it() {
        assert_eq!(
            value_for_advance(Direction::Ascendente, Decimal::from(10), Decimal::new(3333, 2)),
            Some(Decimal::new(334, 2))
        );
        assert_eq!(
            value_for_advance(Direction::Descendente, Decimal::from(10), Decimal::from(60)),
            Some(Decimal::new(1666, 2))
        );
        assert_eq!(
            value_for_advance(Direction::Maximo, Decimal::ZERO, Decimal::from(60)),
            None
        );
    }

    #[test]
    fn met_says_how_much_room_is_left() {
        let l = needed("ascendente", "50", "55");
        assert_eq!(
            l,
            vec!["¿Cuánto le sobra? Dejaría de cumplir si el valor obtenido fuera menor que 50 (hoy 55).".to_string()]
        );
        assert!(needed("maximo", "10", "8")[0].contains("mayor que 10"));
    }

    #[test]
    fn a_cumulative_indicator_speaks_of_its_accumulated_value() {
        let json = r#"{"format_version": 2, "entity": {"name": "M", "level": "local_distrital"},
            "plan": {"name": "P", "start_year": 2023, "end_year": 2024},
            "evaluation": {"year": 2024, "period": "anual"},
            "objectives": [{"code": "OEI.01", "name": "o", "actions": [], "indicators": [{
                "code": "IND.01", "name": "i", "unit": "numero", "direction": "ascendente", "cumulative": true,
                "expected": {"2023": "10", "2024": "10"}, "obtained": {"2023": "4", "2024": "3"}}]}]}"#;
        let p = load_plan(json).expect("plan");
        let e = evaluate(&p, Options::default());
        let l = lines(e.indicator("IND.01").unwrap(), &p.settings.bands);
        assert!(
            l[0].contains("Que el valor acumulado llegue al menos a 20") && l[0].contains("hoy 7"),
            "{l:?}"
        );
    }

    #[test]
    fn nothing_when_the_numbers_do_not_decide() {
        let p = plan("ascendente", "50", None);
        let e = evaluate(&p, Options::default());
        assert!(lines(e.indicator("IND.01").unwrap(), &p.settings.bands).is_empty());
    }
}
