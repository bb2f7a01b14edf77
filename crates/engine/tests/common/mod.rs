//! Small plans for focused tests.
#![allow(dead_code)]

use serde_json::{json, Value};

/// A plan with one objective holding `oei_indicators` and one action holding `aei_indicators`.
pub fn plan_json(oei_indicators: Value, aei_indicators: Value) -> Value {
    json!({
        "format_version": 1,
        "entity": {"name": "Municipalidad de Prueba", "level": "local_distrital"},
        "plan": {"name": "PEI 2021-2025", "start_year": 2021, "end_year": 2025},
        "evaluation": {"year": 2022},
        "objectives": [{
            "code": "OEI.01", "name": "Objetivo", "indicators": oei_indicators,
            "actions": [{"code": "AEI.01.01", "name": "Acción", "indicators": aei_indicators}]
        }]
    })
}

pub fn indicator(code: &str, direction: Option<&str>, expected: Value, obtained: Value) -> Value {
    let mut v = json!({"code": code, "name": code, "unit": "porcentaje", "expected": expected, "obtained": obtained});
    if let Some(d) = direction {
        v["direction"] = json!(d);
    }
    v
}

pub fn load(v: &Value) -> semaforo_engine::Plan {
    semaforo_engine::load_plan(&v.to_string()).expect("test plan must load")
}

pub fn eval(v: &Value) -> semaforo_engine::Evaluation {
    semaforo_engine::evaluate(&load(v), semaforo_engine::Options::default())
}

pub fn d(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

/// Three years: 2021 and 2022 with targets and values, 2023 with targets only, and, when asked,
/// a first-semester target and value for 2023 on indicator A.
pub fn three_years(first_semester_2023: bool) -> semaforo_engine::Plan {
    let (mut a_expected, mut a_obtained) = (
        json!({"2021": "10", "2022": "20", "2023": "30"}),
        json!({"2021": "12", "2022": "15"}),
    );
    if first_semester_2023 {
        a_expected["2023-S1"] = json!("10");
        a_obtained["2023-S1"] = json!("12");
    }
    load(&plan_json(
        json!([indicator("A", Some("ascendente"), a_expected, a_obtained)]),
        json!([indicator(
            "B",
            Some("descendente"),
            json!({"2021": "50", "2022": "40", "2023": "30"}),
            json!({"2021": "60", "2022": "35"})
        )]),
    ))
}
