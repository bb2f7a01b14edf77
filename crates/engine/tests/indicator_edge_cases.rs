//! Compliance of single indicators at the edges: zeros, flat targets, missing values,
//! cumulative series, semesters, out-of-range values.

mod common;

use common::{d, eval, indicator, plan_json};
use semaforo_engine::direction::DirectionSource;
use semaforo_engine::{Code, Direction, Status};
use serde_json::json;

fn one(ind: serde_json::Value) -> semaforo_engine::IndicatorResult {
    eval(&plan_json(json!([ind]), json!([]))).indicators.remove(0)
}

#[test]
fn ascending_over_achievement_is_kept() {
    let r = one(indicator(
        "I",
        Some("ascendente"),
        json!({"2022": "50"}),
        json!({"2022": "75"}),
    ));
    assert_eq!(r.status, Status::Met);
    assert_eq!(r.advance_pct, Some(d("150")));
}

#[test]
fn zero_target_ascending_is_met_but_advance_not_computable() {
    let r = one(indicator(
        "I",
        Some("ascendente"),
        json!({"2022": "0"}),
        json!({"2022": "3"}),
    ));
    assert_eq!(r.status, Status::Met);
    assert_eq!(r.advance_pct, None);
    assert!(r.advance_note.unwrap().contains("meta es 0"));
    assert_eq!(
        &*r.light.id, "verde",
        "met with no computable advance takes the best band"
    );
}

#[test]
fn zero_obtained_on_descending_counts_as_full_compliance() {
    let r = one(indicator(
        "I",
        Some("descendente"),
        json!({"2022": "10"}),
        json!({"2022": "0"}),
    ));
    assert_eq!(r.status, Status::Met);
    assert_eq!(r.advance_pct, Some(d("100")));
}

#[test]
fn descending_with_zero_target_and_positive_value_is_zero_advance() {
    let r = one(indicator(
        "I",
        Some("descendente"),
        json!({"2022": "0"}),
        json!({"2022": "5"}),
    ));
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(r.advance_pct, Some(d("0")));
    assert_eq!(&*r.light.id, "rojo");
}

#[test]
fn descending_advance_is_target_over_obtained() {
    let r = one(indicator(
        "I",
        Some("descendente"),
        json!({"2022": "17"}),
        json!({"2022": "20"}),
    ));
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(r.advance_pct, Some(d("85")));
}

#[test]
fn flat_targets_leave_the_direction_to_be_defined() {
    // "Anemia no mayor a 17 %" every year: inferring a floor would count 25 % as met.
    let r = one(indicator(
        "I",
        None,
        json!({"2021": "17", "2022": "17", "2023": "17"}),
        json!({"2022": "25"}),
    ));
    assert_eq!(r.direction.source, DirectionSource::Undetermined);
    assert_eq!(r.status, Status::SentidoPorDefinir);
    assert_eq!(r.status.label(), "Sentido por definir");
    assert!(r.light.is_grey());
    let ev = eval(&plan_json(
        json!([indicator(
            "I",
            None,
            json!({"2021": "17", "2022": "17"}),
            json!({"2022": "25"})
        )]),
        json!([]),
    ));
    let w = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::DirectionUndetermined)
        .unwrap();
    assert_eq!(w.severity, semaforo_engine::Severity::Warning);
    assert!(w.message.contains("Declárelo"), "{}", w.message);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.counts.sentido_por_definir, 1);
    assert!(o.explanation.contains("1 con sentido por definir"), "{}", o.explanation);
}

#[test]
fn falling_targets_infer_descending() {
    let r = one(indicator(
        "I",
        None,
        json!({"2021": "20", "2022": "17", "2023": "15"}),
        json!({"2022": "16"}),
    ));
    assert_eq!(r.direction.direction, Direction::Descendente);
    assert_eq!(r.status, Status::Met);
}

#[test]
fn maximum_is_a_ceiling() {
    let r = one(indicator(
        "I",
        Some("maximo"),
        json!({"2022": "30"}),
        json!({"2022": "25"}),
    ));
    assert_eq!((r.status, r.advance_pct), (Status::Met, Some(d("100"))));
    let r = one(indicator(
        "I",
        Some("maximo"),
        json!({"2022": "30"}),
        json!({"2022": "40"}),
    ));
    assert_eq!((r.status, r.advance_pct), (Status::NotMet, Some(d("75"))));
}

#[test]
fn missing_obtained_is_sin_informacion_not_zero() {
    let v = plan_json(
        json!([indicator("A", Some("ascendente"), json!({"2022": "50"}), json!({}))]),
        json!([indicator(
            "B",
            Some("ascendente"),
            json!({"2022": "50"}),
            json!({"2022": "60"})
        )]),
    );
    let ev = eval(&v);
    let a = ev.indicator("A").unwrap();
    assert_eq!(a.status, Status::SinInformacion);
    assert_eq!(&*a.light.id, "gris");
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!((o.counts.total, o.counts.met, o.counts.sin_informacion), (2, 1, 1));
    assert_eq!(
        o.result_pct,
        Some(d("50")),
        "by default sin información counts as not met: not reporting never raises a result"
    );
    assert_eq!(o.missing_counted_as_not_met, 1);
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::MissingObtained && x.path == "OEI.01/A"));
}

#[test]
fn missing_target_is_no_calculable_with_reason() {
    let r = one(indicator(
        "I",
        Some("ascendente"),
        json!({"2023": "50"}),
        json!({"2022": "40"}),
    ));
    assert_eq!(r.status, Status::NoCalculable);
    assert!(
        r.status_reason().contains("no hay logro esperado para 2022"),
        "{}",
        r.status_reason()
    );
}

#[test]
fn cumulative_indicators_compare_sums() {
    let mut ind = indicator(
        "I",
        Some("ascendente"),
        json!({"2021": "10", "2022": "10"}),
        json!({"2021": "8", "2022": "15"}),
    );
    ind["cumulative"] = json!(true);
    ind["unit"] = json!("cantidad");
    let r = one(ind.clone());
    assert_eq!((r.expected, r.obtained), (Some(d("20")), Some(d("23"))));
    assert_eq!(r.status, Status::Met);
    // A missing past year counts as 0 and is named; it does not blank the indicator.
    ind["obtained"] = json!({"2022": "15"});
    let r = one(ind.clone());
    assert_eq!((r.expected, r.obtained), (Some(d("20")), Some(d("15"))));
    assert_eq!(r.status, Status::NotMet);
    assert!(r
        .notes
        .iter()
        .any(|n| n.text.contains("Falta el valor obtenido de 2021")));
    // Semesters of a past year add up to that year.
    ind["obtained"] = json!({"2021-S1": "3", "2021-S2": "5", "2022": "1"});
    let r = one(ind);
    assert_eq!(r.obtained, Some(d("9")));
    assert_eq!(r.status, Status::NotMet);
}

#[test]
fn non_cumulative_annual_falls_back_to_second_semester_and_first_semester_cutoff() {
    let r = one(indicator(
        "I",
        Some("ascendente"),
        json!({"2022": "50"}),
        json!({"2022-S1": "20", "2022-S2": "55"}),
    ));
    assert_eq!(r.obtained, Some(d("55")));
    let mut v = plan_json(
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "50"}),
            json!({"2022-S1": "20"})
        )]),
        json!([]),
    );
    v["evaluation"]["period"] = json!("semestre1");
    let ev = eval(&v);
    assert_eq!(ev.cutoff, "2022-S1");
    assert_eq!(ev.indicators[0].obtained, Some(d("20")));
}

#[test]
fn out_of_range_values_are_rejected_not_clamped() {
    let v = plan_json(
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "50"}),
            json!({"2022": "120"})
        )]),
        json!([]),
    );
    let ev = eval(&v);
    assert_eq!(ev.indicators[0].status, Status::NoCalculable);
    let x = ev.diagnostics.iter().find(|x| x.code == Code::ValueOutOfRange).unwrap();
    assert!(
        x.message.contains("120") && x.message.contains("porcentaje"),
        "{}",
        x.message
    );
}

#[test]
fn baseline_advance_and_equal_baseline() {
    let mut ind = indicator("I", Some("ascendente"), json!({"2022": "60"}), json!({"2022": "50"}));
    ind["baseline"] = json!({"year": 2020, "value": "40"});
    let r = one(ind.clone());
    assert_eq!(r.advance_from_baseline().ok(), Some(d("50")));
    ind["baseline"] = json!({"year": 2020, "value": "60"});
    let r = one(ind);
    let why = r.advance_from_baseline().unwrap_err();
    assert!(why.contains("igual a la línea de base"));
}

#[test]
fn negative_rates_compare_without_a_meaningless_ratio() {
    let mut ind = indicator("I", Some("ascendente"), json!({"2022": "-5"}), json!({"2022": "-3"}));
    ind["unit"] = json!("tasa_de_variacion");
    let r = one(ind);
    assert_eq!(r.status, Status::Met, "-3 % is better than the -5 % allowed");
    assert_eq!(r.advance_pct, None);
}

#[test]
fn verdict_without_justification_is_an_error_and_strict_ignores_verdicts() {
    let mut ind = indicator("I", Some("ascendente"), json!({"2022": "50"}), json!({"2022": "40"}));
    ind["verdict"] = json!({"met": true, "justification": "  "});
    let v = plan_json(json!([ind]), json!([]));
    let ev = eval(&v);
    assert_eq!(ev.indicators[0].status, Status::Met);
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::VerdictWithoutJustification && x.severity == semaforo_engine::Severity::Error));
    let strict = semaforo_engine::evaluate(&common::load(&v), semaforo_engine::Options { strict: true });
    assert_eq!(strict.indicators[0].status, Status::NotMet);
    assert!(strict.strict);
}
