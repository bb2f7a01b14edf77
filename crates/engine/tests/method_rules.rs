//! The method's rules one by one (issue 14): what each setting decides and every edge case it
//! must answer. Each test names the rule it pins.

mod common;

use common::{d, eval, indicator, plan_json};
use semaforo_engine::series::NoteKind;
use semaforo_engine::{Code, Severity, Status};
use serde_json::{json, Value};

fn one(ind: Value) -> semaforo_engine::IndicatorResult {
    eval(&plan_json(json!([ind]), json!([]))).indicators.remove(0)
}

fn with_settings(mut v: Value, settings: Value) -> Value {
    v["settings"] = settings;
    v
}

/// Three OEI indicators: one met at 100 %, one not met at 50 %, one without a value.
fn met_notmet_missing() -> Value {
    plan_json(
        json!([
            indicator("A", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "10"})),
            indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "5"})),
            indicator("C", Some("ascendente"), json!({"2022": "10"}), json!({})),
        ]),
        json!([]),
    )
}

// Rule 1: indicators without a reported value.

#[test]
fn rule1_missing_values_count_as_not_met_by_default_in_both_rollups() {
    let ev = eval(&met_notmet_missing());
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct.map(|r| r.round_dp(2)), Some(d("33.33")), "1 of 3");
    assert_eq!(o.missing_counted_as_not_met, 1);
    assert!(
        o.explanation
            .contains("1 indicador sin información cuenta como no cumplido"),
        "{}",
        o.explanation
    );
    // The indicator itself still says "sin información", never 0.
    let c = ev.indicator("C").unwrap();
    assert_eq!((c.status, c.obtained), (Status::SinInformacion, None));

    let v = with_settings(met_notmet_missing(), json!({"rollup": "weighted_advance"}));
    let o = eval(&v).objectives.remove(0);
    assert_eq!(o.result_pct, Some(d("50")), "(100 + 50 + 0) / 3");
}

#[test]
fn rule1_missing_values_left_out_raise_nothing_silently() {
    let v = with_settings(met_notmet_missing(), json!({"missing_values": "left_out"}));
    let ev = eval(&v);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct, Some(d("50")), "1 of 2");
    assert_eq!(o.missing_counted_as_not_met, 0);
    assert!(
        o.explanation.contains("Quedan aparte 1 sin información"),
        "{}",
        o.explanation
    );
}

#[test]
fn rule1_an_objective_with_nothing_reported_scores_zero_and_stays_in_the_institution_mean() {
    let mut v = plan_json(
        json!([indicator(
            "A",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "10"})
        )]),
        json!([]),
    );
    v["objectives"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": "OEI.02", "name": "Sin datos", "indicators": [
            indicator("Z", Some("ascendente"), json!({"2022": "10"}), json!({}))
        ]}));
    let ev = eval(&v);
    assert_eq!(ev.objective("OEI.02").unwrap().result_pct, Some(d("0")));
    assert_eq!(ev.institution.result_pct, Some(d("50")));
    let left_out = eval(&with_settings(v, json!({"missing_values": "left_out"})));
    assert_eq!(left_out.objective("OEI.02").unwrap().result_pct, None);
    assert_eq!(left_out.institution.result_pct, Some(d("100")));
    assert!(
        left_out.institution.explanation.contains("OEI.02"),
        "{}",
        left_out.institution.explanation
    );
}

// Rule 2: flat or mixed targets without a declared direction.

#[test]
fn rule2_targets_back_where_they_started_are_undetermined_and_falling_ones_inferred() {
    let r = one(indicator(
        "I",
        None,
        json!({"2021": "10", "2022": "12", "2023": "10"}),
        json!({"2022": "12"}),
    ));
    assert_eq!(r.status, Status::SentidoPorDefinir);
    let ev = eval(&plan_json(
        json!([indicator(
            "I",
            None,
            json!({"2021": "20", "2022": "17"}),
            json!({"2022": "16"})
        )]),
        json!([]),
    ));
    assert_eq!(ev.indicators[0].status, Status::Met);
    let inferred = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::DirectionInferred)
        .unwrap();
    assert_eq!(inferred.severity, Severity::Info);
}

#[test]
fn rule2_a_single_target_without_direction_is_not_judged() {
    let r = one(indicator("I", None, json!({"2022": "17"}), json!({"2022": "25"})));
    assert_eq!(r.status, Status::SentidoPorDefinir);
    assert!(r.status_reason().contains("declárelo"), "{}", r.status_reason());
    assert!(r.advance_from_baseline().is_err());
}

// Rule 3: the weighted roll-up counts every indicator by a stated rule.

#[test]
fn rule3_weighted_advance_counts_indicators_without_advance() {
    // Target 0 ascending met → 100; negative rate not met → 0; no value → 0 (rule 1).
    let mut neg = indicator("N", Some("ascendente"), json!({"2022": "-3"}), json!({"2022": "-5"}));
    neg["unit"] = json!("tasa_de_variacion");
    let v = with_settings(
        plan_json(
            json!([
                indicator("Z", Some("ascendente"), json!({"2022": "0"}), json!({"2022": "2"})),
                neg,
                indicator("M", Some("ascendente"), json!({"2022": "10"}), json!({})),
            ]),
            json!([]),
        ),
        json!({"rollup": "weighted_advance"}),
    );
    let ev = eval(&v);
    assert_eq!(ev.indicator("Z").unwrap().status, Status::Met);
    assert_eq!(ev.indicator("N").unwrap().status, Status::NotMet);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct.map(|r| r.round_dp(2)), Some(d("33.33")));
    assert!(
        o.explanation.contains("Promedio del avance de 3 indicadores"),
        "{}",
        o.explanation
    );
}

#[test]
fn rule3_verdicts_weigh_as_the_cap_or_just_under_100() {
    let mut met = indicator("A", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "6"}));
    met["verdict"] = json!({"met": true, "justification": "La meta se cumplió con datos de otra fuente."});
    let mut not_met = indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "12"}));
    not_met["verdict"] = json!({"met": false, "justification": "El dato reportado no se sustenta."});
    let v = with_settings(
        plan_json(json!([met, not_met]), json!([])),
        json!({"rollup": "weighted_advance"}),
    );
    let o = eval(&v).objectives.remove(0);
    // A: met by verdict at 60 % → 100 (cap); B: 120 % not met by verdict → 99.99.
    assert_eq!(o.result_pct, Some(d("99.995")));
}

#[test]
fn rule3_left_out_indicators_are_counted_by_reason() {
    let v = with_settings(
        plan_json(
            json!([
                indicator("A", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "10"})),
                indicator("B", Some("ascendente"), json!({"2023": "10"}), json!({"2022": "5"})),
                indicator("C", None, json!({"2022": "10"}), json!({"2022": "5"})),
                indicator("D", Some("ascendente"), json!({"2022": "10"}), json!({})),
            ]),
            json!([]),
        ),
        json!({"rollup": "weighted_advance", "missing_values": "left_out"}),
    );
    let o = eval(&v).objectives.remove(0);
    assert!(
        o.explanation
            .contains("Quedan aparte 1 sin información, 1 no calculable y 1 con sentido por definir"),
        "{}",
        o.explanation
    );
    assert_eq!(o.result_pct, Some(d("100")));
}

// Rule 4: cumulative indicators.

fn cumulative(expected: Value, obtained: Value) -> Value {
    let mut ind = indicator("I", Some("ascendente"), expected, obtained);
    ind["cumulative"] = json!(true);
    ind["unit"] = json!("cantidad");
    ind
}

#[test]
fn rule4_running_total_targets_are_never_added_up() {
    let mut ind = cumulative(json!({"2021": "10", "2022": "25"}), json!({"2021": "12", "2022": "11"}));
    assert_eq!(one(ind.clone()).expected, Some(d("35")), "per period: 10 + 25");
    ind["targets"] = json!("running_total");
    let r = one(ind);
    assert_eq!((r.expected, r.obtained), (Some(d("25")), Some(d("23"))));
    assert_eq!(r.status, Status::NotMet);
}

#[test]
fn rule4_cumulative_advance_from_baseline_is_the_accumulated_advance() {
    let mut ind = cumulative(json!({"2021": "10", "2022": "10"}), json!({"2021": "5", "2022": "10"}));
    ind["baseline"] = json!({"year": 2020, "value": "8"});
    let r = one(ind);
    assert_eq!(
        r.advance_from_baseline().ok(),
        Some(d("75")),
        "15 of 20, no baseline subtracted"
    );
}

#[test]
fn rule4_a_missing_middle_year_counts_as_zero_and_is_a_warning() {
    let v = plan_json(
        json!([cumulative(
            json!({"2021": "10", "2022": "10", "2023": "10"}),
            json!({"2021": "10", "2023": "10"})
        )]),
        json!([]),
    );
    let mut v = v;
    v["evaluation"]["year"] = json!(2023);
    let ev = eval(&v);
    let r = &ev.indicators[0];
    assert_eq!((r.expected, r.obtained), (Some(d("30")), Some(d("20"))));
    assert_eq!(r.status, Status::NotMet);
    let w = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::IncompleteSeries)
        .unwrap();
    assert_eq!(w.severity, Severity::Warning);
    assert!(
        w.message.contains("2022") && w.message.contains("como 0"),
        "{}",
        w.message
    );
    assert!(r
        .explanation(&common::load(&v))
        .join(" ")
        .contains("Falta el valor obtenido de 2022"));
}

#[test]
fn rule4_values_outside_the_targets_are_named() {
    let mut v = plan_json(
        json!([cumulative(
            json!({"2022": "10", "2023": "10"}),
            json!({"2021": "4", "2022": "10", "2023": "10"})
        )]),
        json!([]),
    );
    v["evaluation"]["year"] = json!(2023);
    let r = eval(&v).indicators.remove(0);
    assert_eq!(r.obtained, Some(d("20")), "2021 comes before the first target");
    assert!(r.notes.iter().any(|n| n.kind == NoteKind::ValueBeforeFirstTarget));
    // A value in a year without a target between targets is added and named.
    let mut v = plan_json(
        json!([cumulative(
            json!({"2021": "10", "2023": "10"}),
            json!({"2021": "10", "2022": "3", "2023": "10"})
        )]),
        json!([]),
    );
    v["evaluation"]["year"] = json!(2023);
    let r = eval(&v).indicators.remove(0);
    assert_eq!((r.expected, r.obtained), (Some(d("20")), Some(d("23"))));
    assert!(r.notes.iter().any(|n| n.kind == NoteKind::ValueWithoutTarget));
}

// Rule 5: semesters.

#[test]
fn rule5_flows_add_semesters_and_stocks_take_the_latest() {
    let semesters = json!({"2022-S1": "20", "2022-S2": "35"});
    let mut flow = indicator("I", Some("ascendente"), json!({"2022": "50"}), semesters.clone());
    flow["unit"] = json!("cantidad");
    let r = one(flow.clone());
    assert_eq!((r.obtained, r.status), (Some(d("55")), Status::Met));
    assert!(r.notes.iter().any(|n| n.text.contains("suma de semestres")));
    let stock = indicator("I", Some("ascendente"), json!({"2022": "50"}), semesters.clone());
    let r = one(stock);
    assert_eq!((r.obtained, r.status), (Some(d("35")), Status::NotMet));
    assert!(r.notes.iter().any(|n| n.text.contains("último valor")));
    // Declared beats inferred.
    flow["aggregation"] = json!("mean");
    assert_eq!(one(flow.clone()).obtained, Some(d("27.5")));
    flow["aggregation"] = json!("last");
    assert_eq!(one(flow).obtained, Some(d("35")));
}

#[test]
fn rule5_only_the_first_semester_is_judged_and_said() {
    let v = plan_json(
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "50"}),
            json!({"2022-S1": "60"})
        )]),
        json!([]),
    );
    let ev = eval(&v);
    let r = &ev.indicators[0];
    assert_eq!(r.status, Status::Met, "not sin información");
    assert!(r.notes.iter().any(|n| n.text.starts_with("Solo primer semestre")));
    let w = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::IncompleteSeries)
        .unwrap();
    assert_eq!(w.severity, Severity::Warning);
}

#[test]
fn rule5_a_first_semester_cutoff_uses_the_semester_target_when_there_is_one() {
    let mut v = plan_json(
        json!([
            indicator(
                "A",
                Some("ascendente"),
                json!({"2022": "50", "2022-S1": "20"}),
                json!({"2022-S1": "25"})
            ),
            indicator("B", Some("ascendente"), json!({"2022": "50"}), json!({"2022-S1": "25"})),
        ]),
        json!([]),
    );
    v["evaluation"]["period"] = json!("semestre1");
    let ev = eval(&v);
    let a = ev.indicator("A").unwrap();
    assert_eq!((a.expected, a.status), (Some(d("20")), Status::Met));
    assert!(a.notes.is_empty());
    let b = ev.indicator("B").unwrap();
    assert_eq!((b.expected, b.status), (Some(d("50")), Status::NotMet));
    assert!(b.notes.iter().any(|n| n.kind == NoteKind::AnnualTargetForSemester));
    let note = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::IncompleteSeries)
        .unwrap();
    assert_eq!(note.severity, Severity::Info);
}

// Rule 6: lights agree with verdicts and with the figure as printed.

#[test]
fn rule6_a_not_met_indicator_is_never_green_and_a_met_one_never_red() {
    // Not met at 99 %: the advance is in the green band, the light is not.
    let r = one(indicator(
        "I",
        Some("ascendente"),
        json!({"2022": "100"}),
        json!({"2022": "99"}),
    ));
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(&*r.light.id, "ambar", "the best band below green");
    // Met by verdict at 10 %: green.
    let mut ind = indicator("I", Some("ascendente"), json!({"2022": "100"}), json!({"2022": "10"}));
    ind["verdict"] = json!({"met": true, "justification": "Dato corregido por la oficina responsable."});
    let r = one(ind);
    assert_eq!((r.status, &*r.light.id), (Status::Met, "verde"));
    // Not met without an advance: the worst band.
    let mut neg = indicator("N", Some("ascendente"), json!({"2022": "-3"}), json!({"2022": "-5"}));
    neg["unit"] = json!("tasa_de_variacion");
    assert_eq!(&*one(neg).light.id, "rojo");
}

#[test]
fn rule6_the_light_follows_the_figure_as_printed() {
    // 94.995 % prints as 95.00 %: green under the default 95 % band, never amber.
    let v = plan_json(
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "100"}),
            json!({"2022": "94.995"})
        )]),
        json!([]),
    );
    let ev = eval(&v);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct, Some(d("0")), "the indicator is not met");
    let ev = eval(&with_settings(v, json!({"rollup": "weighted_advance"})));
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct, Some(d("94.995")));
    assert_eq!(&*o.light.id, "verde");
    assert_eq!(&*ev.institution.light.id, "verde");
    // The reference report's bands: 74.995 % prints as 75.00 % and is green, not orange.
    let bands = serde_json::to_value(semaforo_engine::method::report_bands()).unwrap();
    let v = with_settings(
        plan_json(
            json!([indicator(
                "I",
                Some("ascendente"),
                json!({"2022": "100"}),
                json!({"2022": "74.995"})
            )]),
            json!([]),
        ),
        json!({"rollup": "weighted_advance", "bands": bands}),
    );
    let o = eval(&v).objectives.remove(0);
    assert_eq!((o.result_pct, &*o.light.id), (Some(d("74.995")), "verde"));
}

// Rule 11: which indicators make an objective's result.

fn oei_and_aei() -> Value {
    plan_json(
        json!([indicator(
            "O",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "12"})
        )]),
        json!([
            indicator("A1", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "5"})),
            indicator("A2", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "4"})),
        ]),
    )
}

#[test]
fn rule11_oei_only_uses_the_objectives_own_indicators_capped() {
    let ev = eval(&oei_and_aei());
    assert_eq!(
        ev.objective("OEI.01").unwrap().result_pct.map(|r| r.round_dp(2)),
        Some(d("33.33"))
    );
    let v = with_settings(
        oei_and_aei(),
        json!({"objective_indicators": "oei_only", "rollup": "weighted_advance"}),
    );
    let ev = eval(&v);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct, Some(d("100")), "120 % capped at 100 %");
    assert!(
        o.explanation.starts_with("Cuenta solo los indicadores propios del OEI"),
        "{}",
        o.explanation
    );
    assert_eq!(o.counts.total, 1);
    // The AEI is still evaluated apart.
    assert_eq!(ev.actions[0].result_pct, Some(d("45")));
}

#[test]
fn rule11_an_oei_without_own_indicators_gets_no_result_and_a_warning() {
    let v = with_settings(
        plan_json(
            json!([]),
            json!([indicator(
                "A1",
                Some("ascendente"),
                json!({"2022": "10"}),
                json!({"2022": "12"})
            )]),
        ),
        json!({"objective_indicators": "oei_only"}),
    );
    let ev = eval(&v);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!(o.result_pct, None, "its AEI's figure is not borrowed");
    assert!(
        o.explanation.contains("no tiene indicadores propios"),
        "{}",
        o.explanation
    );
    let w = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::ObjectiveWithoutOwnIndicators)
        .unwrap();
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(ev.institution.result_pct, None);
}

// Rule 8: physical execution is the same whether the POI lists AO one by one or only a table.

/// One OEI with two AEI; the first has one AO at 80 % physical execution, the second none.
fn two_aei(poi: Value, settings: Value) -> Value {
    json!({
        "format_version": 1,
        "entity": {"name": "Municipalidad de Prueba", "level": "local_distrital"},
        "plan": {"name": "PEI 2021-2025", "start_year": 2021, "end_year": 2025},
        "evaluation": {"year": 2022},
        "settings": settings,
        "objectives": [{"code": "OEI.01", "name": "Objetivo", "indicators": [], "actions": [
            {"code": "AEI.01.01", "name": "Con AO", "indicators": []},
            {"code": "AEI.01.02", "name": "Sin AO", "indicators": []}
        ]}],
        "poi": poi
    })
}

fn by_activities() -> Value {
    json!({"activities": [{
        "code": "AO1", "name": "Actividad", "kind": "actividad_operativa", "aei": "AEI.01.01",
        "physical_programmed": "10", "physical_executed": "8",
        "financial_programmed": "1000", "financial_executed": "900"
    }]})
}

fn by_table() -> Value {
    json!({"execution": {"rows": [
        {"aei": "AEI.01.01", "ao_count": 1, "financial": "900", "physical_pct": "80"},
        {"aei": "AEI.01.02", "ao_count": 0}
    ]}})
}

fn physical(v: &Value) -> Option<rust_decimal::Decimal> {
    eval(v).budget.execution.as_ref().unwrap().objectives[0].physical_pct
}

#[test]
fn rule8_an_aei_without_activities_counts_as_zero_in_both_shapes() {
    let a = physical(&two_aei(by_activities(), json!({})));
    let t = physical(&two_aei(by_table(), json!({})));
    assert_eq!((a, t), (Some(d("40")), Some(d("40"))));
    let ev = eval(&two_aei(by_activities(), json!({})));
    assert!(
        ev.budget.physical_rule.contains("cuenta como 0 %"),
        "{}",
        ev.budget.physical_rule
    );
    // An AEI the aggregate table does not list is not invented as a 0 % line.
    let unlisted = json!({"execution": {"rows": [
        {"aei": "AEI.01.01", "ao_count": 1, "financial": "900", "physical_pct": "80"}
    ]}});
    assert_eq!(physical(&two_aei(unlisted, json!({}))), Some(d("80")));
}

#[test]
fn rule8_an_aei_without_activities_left_out_in_both_shapes() {
    let s = json!({"aei_without_activities": "left_out"});
    let a = physical(&two_aei(by_activities(), s.clone()));
    let t = physical(&two_aei(by_table(), s.clone()));
    assert_eq!((a, t), (Some(d("80")), Some(d("80"))));
    assert!(eval(&two_aei(by_table(), s))
        .budget
        .physical_rule
        .contains("queda fuera"));
}
