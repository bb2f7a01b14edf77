//! The teaching examples (`public/ejemplos/taller/`): small plans that each isolate one idea of
//! the method for a workshop. Each must load, be listed in the gallery's index with what to look
//! at, and show the idea it is there for.

use std::fs;
use std::path::{Path, PathBuf};

use semaforo_engine::{evaluate, load_plan, Code, Evaluation, Options, Plan, Status};

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/ejemplos/taller")
}

fn example(name: &str) -> Plan {
    let text = fs::read_to_string(folder().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    load_plan(&text).unwrap_or_else(|e| panic!("{name} does not load: {}", e.message))
}

fn evaluated(name: &str) -> Evaluation {
    evaluate(&example(name), Options::default())
}

fn status(ev: &Evaluation, code: &str) -> Status {
    ev.indicator(code)
        .unwrap_or_else(|| panic!("no indicator {code}"))
        .status
}

fn result(ev: &Evaluation, oei: &str) -> String {
    let pct = ev
        .objective(oei)
        .and_then(|o| o.result_pct)
        .expect("the objective has a result");
    semaforo_engine::decimal_util::fmt_pct(pct)
}

#[test]
fn every_example_is_in_the_index_with_a_title_and_what_to_look_at_and_loads() {
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(folder().join("indice.json")).unwrap()).unwrap();
    let listed: Vec<&str> = index["ejemplos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert!(e["titulo"].as_str().is_some_and(|t| !t.is_empty()), "{e}");
            assert!(e["que_mirar"].as_str().is_some_and(|t| t.len() > 40), "{e}");
            e["archivo"].as_str().unwrap()
        })
        .collect();
    let mut files: Vec<String> = fs::read_dir(folder())
        .unwrap()
        .map(|f| f.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".json") && f != "indice.json")
        .collect();
    files.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, files, "the index and the folder differ");
    assert_eq!(listed.len(), 8);
    for name in listed {
        let plan = example(name);
        assert!(plan.plan.name.starts_with("Ejemplo para aprender: "), "{name}");
    }
}

#[test]
fn direction_decides_whether_less_is_better() {
    let ev = evaluated("sentido.json");
    assert_eq!(status(&ev, "IND.01.OEI.01"), Status::Met);
    assert_eq!(
        status(&ev, "IND.02.OEI.01"),
        Status::Met,
        "30 days against 40, less is better"
    );
    assert_eq!(status(&ev, "IND.03.OEI.01"), Status::NotMet, "55 complaints against 40");
}

#[test]
fn a_ceiling_is_met_below_it_and_a_floor_from_it_up() {
    let ev = evaluated("maximo-minimo.json");
    assert_eq!(status(&ev, "IND.01.OEI.01"), Status::Met);
    assert_eq!(status(&ev, "IND.02.OEI.01"), Status::NotMet);
    assert_eq!(status(&ev, "IND.03.OEI.01"), Status::Met);
}

#[test]
fn a_missing_value_is_sin_informacion_and_the_rule_decides_how_it_counts() {
    let plan = example("sin-informacion.json");
    let ev = evaluate(&plan, Options::default());
    assert_eq!(status(&ev, "IND.02.OEI.01"), Status::SinInformacion);
    assert_eq!(result(&ev, "OEI.01"), "66.67 %", "counted as not met: 2 of 3");
    let mut left_out = plan.clone();
    left_out.settings.missing_values = semaforo_engine::model::MissingValues::LeftOut;
    assert_eq!(
        result(&evaluate(&left_out, Options::default()), "OEI.01"),
        "100.00 %",
        "left out: 2 of 2"
    );
}

#[test]
fn a_cumulative_indicator_is_compared_with_its_running_target() {
    let ev = evaluated("acumulado.json");
    assert_eq!(status(&ev, "IND.01.OEI.01"), Status::Met);
}

#[test]
fn a_verdict_against_the_numbers_changes_the_reading_and_the_strict_one_shows_it() {
    let plan = example("juicio.json");
    assert_eq!(
        status(&evaluate(&plan, Options::default()), "IND.01.OEI.01"),
        Status::Met
    );
    assert_eq!(
        status(&evaluate(&plan, Options { strict: true }), "IND.01.OEI.01"),
        Status::NotMet
    );
}

#[test]
fn share_met_and_weighted_advance_give_different_figures() {
    let plan = example("agregacion.json");
    // One of three met; weighted by relevance (weights 3, 2, 1): (98 × 3 + 50 × 2 + 100 × 1) / 6.
    assert_eq!(result(&evaluate(&plan, Options::default()), "OEI.01"), "33.33 %");
    let mut weighted = plan.clone();
    weighted.settings.rollup = semaforo_engine::model::RollupMethod::WeightedAdvance;
    assert_eq!(result(&evaluate(&weighted, Options::default()), "OEI.01"), "82.33 %");
}

#[test]
fn four_objectives_fall_in_the_bands_as_the_text_says() {
    let ev = evaluated("bandas.json");
    let lights: Vec<(String, String)> = ["OEI.01", "OEI.02", "OEI.03", "OEI.04"]
        .iter()
        .map(|c| {
            let o = ev.objective(c).unwrap();
            (
                semaforo_engine::decimal_util::fmt_pct(o.result_pct.unwrap()),
                o.light.id.to_string(),
            )
        })
        .collect();
    let expected = [
        ("100.00 %", "verde"),
        ("75.00 %", "verde"),
        ("50.00 %", "naranja"),
        ("25.00 %", "rojo"),
    ];
    assert_eq!(lights, expected.map(|(a, b)| (a.to_string(), b.to_string())));
}

#[test]
fn a_stated_total_that_does_not_add_up_is_pointed_out_with_both_figures() {
    let ev = evaluated("presupuesto.json");
    let found: Vec<_> = ev
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::DeclaredTotalMismatch)
        .collect();
    assert!(
        !found.is_empty(),
        "{:?}",
        ev.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("210") && d.message.contains("200")),
        "{:?}",
        found.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
}
