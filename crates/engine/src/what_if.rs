//! "What if" for the workshop (*Probar cambios*): the figures of a plan as it was when a trial
//! began and as it is now, side by side, with the change in points. The trial's edits never reach
//! the draft; this only says what they moved.

use rust_decimal::Decimal;

use crate::compare::{self, ResultPair};
use crate::indicator_eval::{IndicatorResult, Status};
use crate::Evaluation;

/// An indicator whose figures or verdict differ between the start of the trial and now.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorChange {
    pub code: String,
    pub name: String,
    /// The OEI it belongs to, so a trainer can follow the change up to its roll-up.
    pub objective: String,
    pub obtained_before: Option<Decimal>,
    pub obtained_after: Option<Decimal>,
    pub status_before: Status,
    pub status_after: Status,
    pub advance_before: Option<Decimal>,
    pub advance_after: Option<Decimal>,
    /// after − before, in percentage points of advance, when both exist.
    pub advance_change: Option<Decimal>,
}

impl IndicatorChange {
    /// Whether its verdict changed (what moves a roll-up), not only its figures.
    pub fn flipped(&self) -> bool {
        self.status_before != self.status_after
    }
}

/// What a trial moved: the institution and every OEI (before, after, change), and the
/// indicators that changed, in plan order.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    /// The institution first, then every objective of either version.
    pub results: Vec<ResultPair>,
    pub indicators: Vec<IndicatorChange>,
}

impl WhatIf {
    /// Nothing differs: no figure, verdict or result moved.
    pub fn is_unchanged(&self) -> bool {
        self.indicators.is_empty() && self.results.iter().all(|r| r.a == r.b)
    }
}

/// Compares the evaluation at the start of a trial with the one now. Indicators added during the
/// trial count as changed from "sin información"; removed ones are not listed (their OEI's
/// result says what their removal moved).
pub fn what_if(before: &Evaluation, after: &Evaluation) -> WhatIf {
    let indicators = after
        .indicators
        .iter()
        .filter_map(|now| {
            let then = before.indicator(&now.code);
            changed(then, now)
        })
        .collect();
    WhatIf {
        results: compare::results(before, after),
        indicators,
    }
}

fn changed(then: Option<&IndicatorResult>, now: &IndicatorResult) -> Option<IndicatorChange> {
    let (obtained, status, advance) = match then {
        Some(t) => (t.obtained, t.status, t.advance_pct),
        None => (None, Status::SinInformacion, None),
    };
    let same = then.is_some()
        && obtained == now.obtained
        && status == now.status
        && advance == now.advance_pct
        && then.map(|t| t.expected) == Some(now.expected);
    if same {
        return None;
    }
    Some(IndicatorChange {
        code: now.code.clone(),
        name: now.name.clone(),
        objective: now.objective.to_string(),
        obtained_before: obtained,
        obtained_after: now.obtained,
        status_before: status,
        status_after: now.status,
        advance_before: advance,
        advance_after: now.advance_pct,
        advance_change: advance.zip(now.advance_pct).map(|(a, b)| b - a),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::indicator_mut;
    use crate::examples::ILO_2022;
    use crate::{evaluate, load_plan, Options};

    fn ilo() -> crate::Plan {
        load_plan(ILO_2022).expect("Ilo loads")
    }

    #[test]
    fn an_untouched_plan_moved_nothing() {
        let plan = ilo();
        let e = evaluate(&plan, Options::default());
        let w = what_if(&e, &e);
        assert!(w.is_unchanged());
        assert_eq!(w.results.len(), 1 + plan.objectives.len());
        assert!(w
            .results
            .iter()
            .all(|r| r.change == Some(Decimal::ZERO) || r.a.is_none()));
    }

    #[test]
    fn a_value_that_flips_a_verdict_moves_its_objective_and_the_institution() {
        let plan = ilo();
        let before = evaluate(&plan, Options::default());
        // An indicator of an OEI that did not meet: give it its expected value.
        let target = before
            .indicators
            .iter()
            .find(|i| i.status == Status::NotMet && !i.verdict_applied && i.expected.is_some())
            .expect("Ilo has an unmet indicator with a target")
            .clone();
        let mut edited = plan.clone();
        let period = edited.cutoff_key();
        let ind = indicator_mut(&mut edited, &target.code).expect("indicator exists");
        ind.obtained.insert(period, target.expected.expect("a target"));
        let after = evaluate(&edited, Options::default());
        let w = what_if(&before, &after);
        assert_eq!(w.indicators.len(), 1, "{:?}", w.indicators);
        let c = &w.indicators[0];
        assert_eq!(c.code, target.code);
        assert!(c.flipped());
        assert_eq!((c.status_before, c.status_after), (Status::NotMet, Status::Met));
        let oei = w.results.iter().find(|r| r.code == *target.objective).expect("its OEI");
        assert!(oei.change.expect("both judged") > Decimal::ZERO);
        let institution = &w.results[0];
        assert_eq!(institution.name, "Institución");
        assert_ne!(institution.a, institution.b);
        // The advance went to at least 100 % of the target.
        assert!(c.advance_after.expect("advance") >= Decimal::from(100));
        assert_eq!(
            c.advance_change,
            c.advance_after.zip(c.advance_before).map(|(a, b)| a - b)
        );
        assert!(!w.is_unchanged());
    }

    #[test]
    fn a_value_removed_is_sin_informacion_not_zero() {
        let plan = ilo();
        let before = evaluate(&plan, Options::default());
        let target = before
            .indicators
            .iter()
            .find(|i| i.obtained.is_some() && !i.verdict_applied)
            .expect("an indicator with a value")
            .clone();
        let mut edited = plan.clone();
        let period = edited.cutoff_key();
        indicator_mut(&mut edited, &target.code)
            .expect("exists")
            .obtained
            .remove(&period);
        let w = what_if(&before, &evaluate(&edited, Options::default()));
        let c = w.indicators.iter().find(|c| c.code == target.code).expect("listed");
        assert_eq!(c.status_after, Status::SinInformacion);
        assert_eq!(c.obtained_after, None);
        assert_eq!(c.advance_change, None);
    }
}
