//! Roll-up methods, budget sums from AO one by one, exact decimals, and every diagnostic code.

mod common;

use common::{d, eval, indicator, plan_json};
use semaforo_engine::budget::FigureSource;
use semaforo_engine::{Code, Severity};
use serde_json::json;

fn weighted_plan() -> serde_json::Value {
    let mut a = indicator("A", Some("ascendente"), json!({"2022": "100"}), json!({"2022": "50"}));
    a["relevance"] = json!(1);
    let mut b = indicator("B", Some("ascendente"), json!({"2022": "50"}), json!({"2022": "100"}));
    b["relevance"] = json!(3);
    let mut v = plan_json(json!([a]), json!([b]));
    v["settings"] = json!({"rollup": "weighted_advance"});
    v
}

#[test]
fn relevance_weighted_mean_with_cap() {
    let ev = eval(&weighted_plan());
    // A: 50 % × weight 3; B: 200 % capped to 100 % × weight 1 → (150 + 100) / 4.
    assert_eq!(ev.objective("OEI.01").unwrap().result_pct, Some(d("62.5")));
    assert_eq!(
        ev.indicator("B").unwrap().advance_pct,
        Some(d("200")),
        "the raw advance is kept"
    );
    let mut v = weighted_plan();
    v["settings"]["rollup_cap_pct"] = json!(null);
    assert_eq!(eval(&v).objective("OEI.01").unwrap().result_pct, Some(d("87.5")));
}

#[test]
fn share_met_counts_oei_and_aei_indicators_and_aei_alone() {
    let v = plan_json(
        json!([indicator(
            "A",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "5"})
        )]),
        json!([
            indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "10"})),
            indicator("C", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "11"}))
        ]),
    );
    let ev = eval(&v);
    let o = ev.objective("OEI.01").unwrap();
    assert_eq!((o.counts.total, o.counts.met), (3, 2));
    assert_eq!(o.result_pct.unwrap().round_dp(2), d("66.67"));
    assert_eq!(ev.action("AEI.01.01").unwrap().result_pct, Some(d("100")));
    assert_eq!(
        ev.institution.result_pct, o.result_pct,
        "one objective: the institution is that objective"
    );
}

#[test]
fn rounding_happens_only_for_display() {
    let v = plan_json(
        json!([
            indicator("A", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "10"})),
            indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "1"})),
            indicator("C", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "1"}))
        ]),
        json!([]),
    );
    let r = eval(&v).objective("OEI.01").unwrap().result_pct.unwrap();
    assert!(r.scale() > 10, "full precision kept: {r}");
    assert_eq!(semaforo_engine::decimal_util::fmt_pct(r), "33.33 %");
}

fn ao_plan() -> serde_json::Value {
    let mut v = plan_json(
        json!([]),
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "10"})
        )]),
    );
    v["poi"] = json!({
        "activities": [
            {"code": "AO1", "name": "a", "kind": "actividad_operativa", "aei": "AEI.01.01", "cost_centre": "03.01",
             "physical_programmed": "10", "physical_executed": "5", "financial_programmed": "__N_0_1__", "financial_executed": "0.05"},
            {"code": "AO2", "name": "b", "kind": "inversion", "aei": "AEI.01.01", "cost_centre": "03.02",
             "physical_programmed": "4", "physical_executed": "4", "financial_programmed": "0.2", "financial_executed": "__N_10_10__"},
            {"code": "AO3", "name": "c", "kind": "actividad_operativa", "aei": "AEI.09.09", "cost_centre": "03.01",
             "financial_programmed": "1"}
        ],
        "allocation": {"rows": [{"aei": "AEI.01.01", "ao_count": 3, "programmed": "0.3"}]},
        "cost_centres": {"rows": [{"code": "03.01", "name": "GERENCIA MUNICIPAL", "programmed": "5"}]}
    });
    v
}

/// JSON numbers written literally (the json! macro would turn them into f64 first).
fn ao_plan_text() -> String {
    ao_plan()
        .to_string()
        .replace("\"__N_0_1__\"", "0.1")
        .replace("\"__N_10_10__\"", "10.10")
}

fn ao_eval() -> semaforo_engine::Evaluation {
    semaforo_engine::evaluate(
        &semaforo_engine::load_plan(&ao_plan_text()).unwrap(),
        Default::default(),
    )
}

#[test]
fn activities_drive_the_budget_with_exact_decimals() {
    let ev = ao_eval();
    let a = ev.budget.allocation.as_ref().unwrap();
    assert_eq!(a.source, FigureSource::Activities);
    let line = &a.objectives[0].actions[0];
    assert_eq!(line.count, Some(2));
    assert_eq!(line.programmed, d("0.3"), "0.1 + 0.2 is exactly 0.3");
    assert_eq!(line.programmed.to_string(), "0.3");
    assert_eq!(a.unassigned.len(), 1, "AO3 is aligned to an unknown AEI");
    let e = ev.budget.execution.as_ref().unwrap();
    assert_eq!(
        e.objectives[0].actions[0].physical_pct,
        Some(d("75")),
        "mean of 50 % and 100 %"
    );
    assert_eq!(e.objectives[0].actions[0].financial, Some(d("10.15")));
    let c = ev.budget.cost_centres.as_ref().unwrap();
    let gm = c.rows.iter().find(|r| r.key == "03.01").unwrap();
    assert_eq!(gm.name, "GERENCIA MUNICIPAL");
    assert_eq!(gm.programmed, Some(d("1.1")));
    assert_eq!(c.total_executed, d("10.15"));
    let x = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::UnknownReference)
        .unwrap();
    assert_eq!(x.path, "poi.activities/AO3");
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::AggregateMismatch && x.path == "poi.cost_centres/03.01"));
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::ExecutionAboveThreshold && x.path == "poi.activities/AO2"));
}

#[test]
fn decimals_as_strings_and_numbers_read_the_same_and_keep_their_digits() {
    let text = ao_plan_text();
    assert!(text.contains(":0.1,") && text.contains(":10.10,"), "{text}");
    let p = semaforo_engine::load_plan(&text).unwrap();
    let ao = &p.poi.activities;
    assert_eq!(ao[0].financial_programmed, Some(d("0.1")));
    assert_eq!(
        ao[1].financial_executed.unwrap().to_string(),
        "10.10",
        "trailing zero kept from a JSON number"
    );
    let text = serde_json::to_string(&p).unwrap();
    assert!(text.contains("\"10.10\""), "decimals are written as strings: {text}");
    let big = r#"{"format_version":1,"entity":{"name":"x","level":"nacional"},"plan":{"name":"p","start_year":2021,"end_year":2025},
        "evaluation":{"year":2022},"objectives":[],"poi":{"allocation":{"rows":[{"aei":"A","programmed":12345678901234567.89}]}}}"#;
    let p = semaforo_engine::load_plan(big).unwrap();
    assert_eq!(
        p.poi.allocation.unwrap().rows[0].programmed,
        Some(d("12345678901234567.89")),
        "no trip through f64"
    );
}

fn codes(v: &serde_json::Value) -> Vec<Code> {
    eval(v).diagnostics.iter().map(|x| x.code).collect()
}

#[test]
fn structural_diagnostics() {
    let i = |c: &str| indicator(c, Some("ascendente"), json!({"2022": "1"}), json!({"2022": "1"}));
    // Duplicated indicator code, AEI without AO, AEI with AO but no indicator, objective with none.
    let mut v = plan_json(json!([i("X")]), json!([i("X")]));
    v["objectives"][0]["actions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": "AEI.01.02", "name": "sin indicador"}));
    v["objectives"]
        .as_array_mut()
        .unwrap()
        .push(json!({"code": "OEI.02", "name": "vacío"}));
    v["poi"] = json!({"allocation": {"rows": [{"aei": "AEI.01.02", "ao_count": 2, "programmed": "5"}, {"aei": "AEI.07.07", "ao_count": 1}],
        "declared_objectives": [{"oei": "OEI.01", "ao_count": 3, "programmed": "4"}], "declared_total": {"ao_count": 9, "amount": "6"}}});
    let c = codes(&v);
    for code in [
        Code::DuplicateCode,
        Code::AeiWithoutActivities,
        Code::AeiWithoutIndicators,
        Code::NoIndicators,
        Code::UnknownReference,
        Code::DeclaredSubtotalMismatch,
        Code::DeclaredTotalMismatch,
    ] {
        assert!(c.contains(&code), "{code:?} missing from {c:?}");
    }
    let ev = eval(&v);
    let sub: Vec<_> = ev
        .diagnostics
        .iter()
        .filter(|x| x.code == Code::DeclaredSubtotalMismatch)
        .collect();
    assert!(sub
        .iter()
        .any(|x| x.stated.as_deref() == Some("3") && x.computed.as_deref() == Some("2")));
    assert!(sub
        .iter()
        .any(|x| x.stated.as_deref() == Some("4.00") && x.computed.as_deref() == Some("5.00")));
    let dup = ev.diagnostics.iter().find(|x| x.code == Code::DuplicateCode).unwrap();
    assert_eq!(dup.severity, Severity::Error);
}

#[test]
fn settings_and_period_diagnostics() {
    let mut bad = indicator("I", None, json!({"22": "1"}), json!({"2022-T3": "1"}));
    bad["relevance"] = json!(7);
    let mut v = plan_json(json!([bad]), json!([]));
    v["evaluation"]["year"] = json!(2030);
    v["settings"] = json!({"bands": []});
    let ev = eval(&v);
    let invalid = ev.diagnostics.iter().filter(|x| x.code == Code::InvalidSetting).count();
    assert!(invalid >= 5, "{:?}", ev.diagnostics);
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::DirectionUndetermined && x.severity == Severity::Warning));
    assert!(ev
        .diagnostics
        .iter()
        .any(|x| x.code == Code::MissingExpected || x.code == Code::MissingObtained));
}

#[test]
fn declared_figures_and_stage_diagnostics() {
    let mut v = plan_json(
        json!([indicator(
            "I",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "5"})
        )]),
        json!([]),
    );
    v["objectives"][0]["declared"] = json!({"result_pct": "50", "indicators_total": 2, "indicators_met": 1});
    v["declared"] = json!({"result_pct": "10", "light_counts": {"verde": 1}});
    v["poi"] = json!({
        "budget_stages": [
            {"stage": "pim", "source": "T1", "amount": "10", "investments": 1, "activities": 2, "total": 4},
            {"stage": "pim", "source": "T2", "amount": "11"}
        ],
        "cost_centres": {"rows": [{"code": "3.1", "name": "X", "ao_count": 1, "programmed": "10", "executed": "30", "declared_pct": "30"}],
            "declared_total": {"ao_count": 1, "programmed": "10", "executed": "30", "pct": "300"}},
        "execution": {"rows": [{"aei": "AEI.01.01", "ao_count": 0, "financial": "5", "physical_pct": "400"}],
            "declared_objectives": [{"oei": "OEI.01", "physical_pct": "100"}]}
    });
    let c = codes(&v);
    for code in [
        Code::DeclaredResultMismatch,
        Code::DeclaredInstitutionMismatch,
        Code::DeclaredLightCountMismatch,
        Code::StageCountMismatch,
        Code::StageConflict,
        Code::MalformedCode,
        Code::DeclaredPctMismatch,
        Code::ExecutionAboveThreshold,
        Code::AmountWithoutBase,
    ] {
        assert!(c.contains(&code), "{code:?} missing from {c:?}");
    }
}

#[test]
fn every_code_is_exercised_somewhere() {
    // Keeps this file honest when a code is added: each must appear in some test above or in the golden test.
    let all = [
        "DeclaredResultMismatch",
        "DeclaredInstitutionMismatch",
        "DeclaredLightCountMismatch",
        "DeclaredTotalMismatch",
        "DeclaredSubtotalMismatch",
        "DeclaredPctMismatch",
        "DuplicateCode",
        "AeiWithoutActivities",
        "AeiWithoutIndicators",
        "UnknownReference",
        "ValueOutOfRange",
        "ExecutionAboveThreshold",
        "VerdictDiffers",
        "VerdictWithoutJustification",
        "MissingObtained",
        "MissingExpected",
        "DirectionInferred",
        "DirectionUndetermined",
        "StageCountMismatch",
        "StageConflict",
        "MissingCode",
        "MalformedCode",
        "AmountWithoutBase",
        "InvalidSetting",
        "NoIndicators",
        "AggregateMismatch",
        "IncompleteSeries",
        "ObjectiveWithoutOwnIndicators",
    ];
    let src = [
        include_str!("rollups_budget_diagnostics.rs"),
        include_str!("golden_ilo.rs"),
        include_str!("indicator_edge_cases.rs"),
        include_str!("method_rules.rs"),
    ]
    .concat();
    let defined = include_str!("../src/diagnostic.rs");
    for name in all {
        assert!(defined.contains(&format!("    {name},")), "{name} is not a Code");
        assert!(
            src.matches(&format!("Code::{name}")).count() >= 1,
            "no test uses Code::{name}"
        );
    }
    let n_defined = defined
        .lines()
        // An enum variant line: exactly four spaces, a capitalised identifier, a comma.
        .filter(|l| {
            l.strip_prefix("    ")
                .and_then(|r| r.strip_suffix(','))
                .is_some_and(|name| {
                    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                        && name.chars().all(|c| c.is_ascii_alphanumeric())
                })
        })
        .count();
    assert_eq!(
        n_defined,
        all.len() + 3,
        "a Code was added without a test (Severity has 3 variants)"
    );
}

#[test]
fn an_objective_says_how_many_of_its_indicators_carry_a_value() {
    let all = plan_json(
        json!([indicator(
            "A",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "10"})
        )]),
        json!([indicator(
            "B",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "5"})
        )]),
    );
    assert_eq!(eval(&all).objective("OEI.01").unwrap().informed_text(), "2");
    let one_missing = plan_json(
        json!([indicator(
            "A",
            Some("ascendente"),
            json!({"2022": "10"}),
            json!({"2022": "10"})
        )]),
        json!([
            indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({})),
            indicator("C", Some("ascendente"), json!({"2022": "10"}), json!({"2022": "12"})),
        ]),
    );
    assert_eq!(
        eval(&one_missing).objective("OEI.01").unwrap().informed_text(),
        "2 de 3 con información (1 sin información)"
    );
    let no_target = plan_json(
        json!([indicator("A", Some("ascendente"), json!({}), json!({"2022": "10"}))]),
        json!([indicator("B", Some("ascendente"), json!({"2022": "10"}), json!({}))]),
    );
    assert_eq!(
        eval(&no_target).objective("OEI.01").unwrap().informed_text(),
        "1 de 2 con información (1 sin información) · 1 no calculable"
    );
}
