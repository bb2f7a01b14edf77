//! Practice (*Práctica*): a participant works out an indicator's verdict, an OEI's result or the
//! institution's figure by hand, and the answer is checked against the evaluation, with the
//! working. Percentages are taught to two decimals, as the reports print them.

use rust_decimal::Decimal;

use crate::decimal_util::{fmt_pct, round};
use crate::indicator_eval::Status;
use crate::model::Plan;
use crate::Evaluation;

/// How an answer compares with the computed figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Right,
    /// Right at the precision written, but the method's figure has two decimals.
    Close,
    Wrong,
}

/// The check of one answer: the outcome, the figure computed, and how it was computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub outcome: Outcome,
    /// The computed answer, as the screens print it ("16.67 %", "Cumplió").
    pub expected: String,
    /// What to say about the answer, in Spanish.
    pub message: String,
    /// The working, step by step.
    pub working: Vec<String>,
}

/// Statuses a participant can answer for an indicator, in the order offered.
pub const STATUS_CHOICES: [Status; 5] = [
    Status::Met,
    Status::NotMet,
    Status::SinInformacion,
    Status::NoCalculable,
    Status::SentidoPorDefinir,
];

/// The plan's rules a participant needs to work the results out by hand, in Spanish.
pub fn rules(settings: &crate::model::Settings, strict: bool) -> Vec<String> {
    use crate::method;
    vec![
        format!("Resultado de cada OEI: {}.", method::rollup_label(settings.rollup)),
        format!(
            "Qué indicadores cuentan para un OEI: {}.",
            method::scope_label(settings.objective_indicators)
        ),
        format!(
            "Indicadores sin valor obtenido: {}.",
            method::missing_label(settings.missing_values)
        ),
        format!(
            "Juicio del evaluador: {}.",
            method::verdicts_label(settings.use_evaluator_verdicts && !strict)
        ),
        // The one roll-up `rollup::institution` knows.
        "Resultado institucional: promedio simple de los resultados de los OEI.".to_string(),
        format!("Semáforo: {}.", method::bands_label(&settings.bands)),
    ]
}

/// Checks an answer for an indicator's verdict; `None` for a code the evaluation does not have.
pub fn check_indicator(plan: &Plan, ev: &Evaluation, code: &str, answer: Status) -> Option<Checked> {
    let i = ev.indicator(code)?;
    let expected = i.status.label().to_string();
    let right = answer == i.status;
    let message = if right {
        format!("Correcto: {expected}.")
    } else if answer == Status::NotMet && i.status == Status::SinInformacion {
        format!("No: {expected}. Un valor que no se reportó no es 0 ni un incumplimiento.")
    } else {
        format!("No: {expected}.")
    };
    Some(Checked {
        outcome: if right { Outcome::Right } else { Outcome::Wrong },
        expected,
        message,
        working: i.explanation(plan),
    })
}

/// Checks a typed percentage for an OEI's result; `None` for a code the evaluation does not have,
/// `Some(Err)` when the answer is not a number.
pub fn check_objective(ev: &Evaluation, code: &str, answer: &str) -> Option<Result<Checked, String>> {
    let o = ev.objective(code)?;
    Some(check_pct(answer, o.result_pct, vec![o.explanation.clone()]))
}

/// Checks a typed percentage for the institution's figure (`Err` when it is not a number).
pub fn check_institution(ev: &Evaluation, answer: &str) -> Result<Checked, String> {
    check_pct(
        answer,
        ev.institution.result_pct,
        vec![ev.institution.explanation.clone()],
    )
}

/// Words a participant may type for a figure that cannot be computed.
const NO_RESULT: [&str; 4] = ["sin resultado", "-", "—", "ninguno"];

fn check_pct(answer: &str, result: Option<Decimal>, working: Vec<String>) -> Result<Checked, String> {
    let typed = answer.trim().trim_end_matches('%').trim();
    let given = if NO_RESULT.contains(&typed.to_lowercase().as_str()) {
        None
    } else {
        let value = crate::user_number::parse(typed)
            .map_err(|e| format!("{e} Escriba el porcentaje, por ejemplo 16.67, o «sin resultado»."))?
            .value;
        Some(value)
    };
    let expected = result.map(fmt_pct).unwrap_or_else(|| "sin resultado".into());
    let outcome = match (given, result) {
        (None, None) => Outcome::Right,
        (Some(g), Some(r)) if round(g, 2) == round(r, 2) => Outcome::Right,
        (Some(g), Some(r)) if g.scale() < 2 && round(r, g.scale()) == g => Outcome::Close,
        _ => Outcome::Wrong,
    };
    let message = match outcome {
        Outcome::Right => format!("Correcto: {expected}."),
        Outcome::Close => format!("Casi: con dos decimales es {expected}."),
        Outcome::Wrong if result.is_none() => {
            "No: no hay resultado que calcular (ningún indicador se pudo juzgar).".to_string()
        }
        Outcome::Wrong => format!("No: el resultado es {expected}."),
    };
    Ok(Checked {
        outcome,
        expected,
        message,
        working,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::{evaluate, load_plan, Options};

    fn ilo() -> (Plan, Evaluation) {
        let plan = load_plan(ILO_2022).expect("Ilo loads");
        let ev = evaluate(&plan, Options::default());
        (plan, ev)
    }

    #[test]
    fn an_oei_result_is_right_to_two_decimals_in_either_decimal_mark() {
        let (_, ev) = ilo();
        for typed in ["16.67", "16,67", "16.67 %", " 16.670 "] {
            let c = check_objective(&ev, "OEI.01", typed)
                .expect("OEI.01")
                .expect("a number");
            assert_eq!(c.outcome, Outcome::Right, "{typed}");
            assert_eq!(c.message, "Correcto: 16.67 %.");
        }
        let close = check_objective(&ev, "OEI.01", "16.7")
            .expect("OEI.01")
            .expect("a number");
        assert_eq!(close.outcome, Outcome::Close);
        assert_eq!(close.message, "Casi: con dos decimales es 16.67 %.");
        let wrong = check_objective(&ev, "OEI.01", "16.66")
            .expect("OEI.01")
            .expect("a number");
        assert_eq!(wrong.outcome, Outcome::Wrong);
        assert_eq!(wrong.message, "No: el resultado es 16.67 %.");
        assert!(wrong.working[0].contains("1 de 6"), "{:?}", wrong.working);
        assert!(check_objective(&ev, "OEI.01", "dieciséis").expect("OEI.01").is_err());
        assert!(check_objective(&ev, "OEI.99", "1").is_none());
    }

    #[test]
    fn the_rules_are_the_plans() {
        let (plan, _) = ilo();
        let said = rules(&plan.settings, false);
        assert_eq!(
            said[0],
            "Resultado de cada OEI: Porcentaje de indicadores que cumplieron."
        );
        assert!(said[3].starts_with("Juicio del evaluador: Se aplica"), "{}", said[3]);
        assert_eq!(
            rules(&plan.settings, true)[3],
            "Juicio del evaluador: Solo los números (lectura estricta)."
        );
    }

    #[test]
    fn the_institution_is_checked_against_its_full_precision_mean() {
        let (_, ev) = ilo();
        assert_eq!(
            check_institution(&ev, "40.11").expect("a number").outcome,
            Outcome::Right
        );
        // Adding up rounded OEI figures gives a different last digit: wrong, with the working.
        let c = check_institution(&ev, "40.12").expect("a number");
        assert_eq!(c.outcome, Outcome::Wrong);
        assert!(c.working[0].starts_with("Promedio simple"));
    }

    #[test]
    fn a_verdict_is_checked_and_an_unreported_value_is_not_a_failure() {
        let (mut plan, ev) = ilo();
        let met = ev
            .indicators
            .iter()
            .find(|i| i.status == Status::Met)
            .expect("a met indicator");
        let c = check_indicator(&plan, &ev, &met.code, Status::Met).expect("exists");
        assert_eq!((c.outcome, c.expected.as_str()), (Outcome::Right, "Cumplió"));
        assert_eq!(c.working, met.explanation(&plan));
        // Without its value, an indicator is "sin información", and saying "no cumplió" is
        // the classic mistake.
        let code = met.code.clone();
        let period = plan.cutoff_key();
        let ind = crate::edit::indicator_mut(&mut plan, &code).expect("exists");
        ind.obtained.remove(&period);
        ind.verdict = None;
        let ev = evaluate(&plan, Options::default());
        let c = check_indicator(&plan, &ev, &code, Status::NotMet).expect("exists");
        assert_eq!(c.outcome, Outcome::Wrong);
        assert_eq!(
            c.message,
            "No: Sin información. Un valor que no se reportó no es 0 ni un incumplimiento."
        );
    }

    #[test]
    fn no_result_is_an_answer_too() {
        let plan = crate::examples::ilo_without_values();
        let ev = evaluate(&plan, Options::default());
        let right = check_objective(&ev, "OEI.01", "sin resultado")
            .expect("OEI.01")
            .expect("understood");
        assert_eq!(right.outcome, Outcome::Right);
        let wrong = check_objective(&ev, "OEI.01", "0").expect("OEI.01").expect("a number");
        assert_eq!(wrong.outcome, Outcome::Wrong);
        assert!(wrong.message.starts_with("No: no hay resultado"));
    }
}
