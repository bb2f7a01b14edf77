//! The command line as a script would use it.

use std::process::Command;

use serde_json::Value;

const ILO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/ejemplos/ilo-2022.json");
const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/plan.schema.json");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_semaforo"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn evaluate(extra: &[&str]) -> Value {
    let mut args = vec!["evaluate", ILO];
    args.extend_from_slice(extra);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn evaluate_prints_the_documented_fields() {
    let v = evaluate(&[]);
    let oei = &v["objectives"];
    let results: Vec<&str> = oei
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["result_pct"].as_str().unwrap())
        .collect();
    assert_eq!(
        results,
        ["16.67", "75.00", "20.00", "25.00", "85.71", "60.00", "28.57", "50.00", "0.00"]
    );
    assert_eq!(oei[0]["code"], "OEI.01");
    assert_eq!(oei[0]["indicators_total"], 6);
    assert_eq!(oei[0]["indicators_met"], 1);
    assert_eq!(oei[0]["light"], "rojo");
    let inst = &v["institution"];
    assert_eq!(inst["result_pct"], "40.11");
    assert_eq!(inst["light"], "rojo");
    assert_eq!(inst["light_counts"]["verde"], 2);
    assert_eq!(inst["light_counts"]["naranja"], 2);
    assert_eq!(inst["light_counts"]["rojo"], 5);
    assert_eq!(v["budget"]["allocation"]["total_programmed"], "97971952.95");
    let d = &v["diagnostics"].as_array().unwrap()[0];
    for k in ["code", "severity", "path", "message"] {
        assert!(d.get(k).is_some(), "diagnostic lacks {k}");
    }
    assert!(v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "DECLARED_INSTITUTION_MISMATCH"));
    assert_eq!(v["strict"], false);
}

#[test]
fn strict_and_compare() {
    let v = evaluate(&["--strict"]);
    assert_eq!(v["strict"], true);
    assert_eq!(v["objectives"][0]["result_pct"], "0.00");
    assert_eq!(v["institution"]["result_pct"], "33.43");
    let v = evaluate(&["--compare"]);
    assert_eq!(v["reading_differences"].as_array().unwrap().len(), 9);
}

#[test]
fn explain_lists_every_rule_with_its_alternatives_and_figures() {
    let (code, out, err) = run(&["evaluate", ILO, "--explain"]);
    assert_eq!(code, 0, "{err}");
    for rule in [
        "Resultado de cada OEI: Porcentaje de indicadores que cumplieron.",
        "Indicadores sin valor reportado: Cuentan como no cumplidos.",
        "Bandas del semáforo: Verde desde 75.00 %",
        "Ejecución física de una AEI sin AO ni inversiones: Cuenta como 0 %.",
        "Sentido de un indicador:",
        "Indicadores acumulados:",
        "Semestres:",
    ] {
        assert!(out.contains(rule), "{rule} missing from:\n{out}");
    }
    assert!(
        out.contains("    - (en uso) Porcentaje de indicadores que cumplieron: 40.11 %"),
        "{out}"
    );
    assert!(
        out.contains("    - Solo los números (lectura estricta): 33.43 %"),
        "{out}"
    );
    assert!(
        out.lines().filter(|l| l.starts_with("  Fuente: ")).count() >= 13,
        "{out}"
    );
}

#[test]
fn validate_good_and_bad_files() {
    let (code, out, _) = run(&["validate", ILO]);
    assert_eq!(code, 0);
    assert!(out.contains("0 errores"), "{out}");
    let dir = std::env::temp_dir().join(format!("semaforo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("malo.json");
    std::fs::write(&bad, "{\"format_version\": 1, \"entity\": ").unwrap();
    let (code, _, err) = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("no es un JSON válido"), "{err}");
    std::fs::write(&bad, [0xff, 0xfe, 0x00]).unwrap();
    let (code, _, err) = run(&["evaluate", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("UTF-8"), "{err}");
    let (code, _, err) = run(&["validate", dir.join("no-existe.json").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("no se pudo leer"), "{err}");
    let (code, _, _) = run(&[]);
    assert_eq!(code, 2);
    let mut plan: Value = serde_json::from_str(&std::fs::read_to_string(ILO).unwrap()).unwrap();
    plan["objectives"][1]["indicators"][0]["obtained"]["2022"] = "120".into();
    std::fs::write(&bad, plan.to_string()).unwrap();
    let (code, out, _) = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(code, 1, "a value out of its unit's range is an error");
    assert!(
        out.contains("VALUE_OUT_OF_RANGE") && out.contains("IND.01.OEI.02"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_published_schema_is_generated_from_the_types() {
    let (code, out, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let published = std::fs::read_to_string(SCHEMA).expect("public/plan.schema.json exists");
    assert!(
        published == out,
        "public/plan.schema.json is stale: run `cargo run -p semaforo-cli -- schema > public/plan.schema.json`"
    );
    let schema: Value = serde_json::from_str(&out).unwrap();
    assert!(schema["properties"]["objectives"].is_object());
    assert!(schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "format_version"));
}

#[test]
fn the_readme_example_loads_and_evaluates() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let start = readme.find("```json\n").expect("README has a JSON example") + 8;
    let end = start + readme[start..].find("```").unwrap();
    let plan = semaforo_engine::load_plan(&readme[start..end]).expect("README example must load");
    let ev = semaforo_engine::evaluate(&plan, Default::default());
    assert_eq!(ev.objectives[0].result_pct, Some(rust_decimal::Decimal::from(50)));
}

#[test]
fn another_period_and_every_year() {
    let y2022 = evaluate(&["--year", "2022"]);
    assert_eq!(
        y2022["institution"]["result_pct"],
        evaluate(&[])["institution"]["result_pct"]
    );
    let y2023 = evaluate(&["--year", "2023"]);
    assert_eq!(y2023["cutoff"], "2023");
    let s1 = evaluate(&["--period", "semestre1"]);
    assert_eq!(s1["cutoff"], "2022-S1");

    let rows = evaluate(&["--all-years"]);
    let rows = rows.as_array().unwrap();
    // 2021-2025: the institution and 9 OEI each year.
    assert_eq!(rows.len(), 5 * 10);
    let inst = |year: i64| {
        rows.iter()
            .find(|r| r["year"] == year && r["objective"].is_null())
            .unwrap()
    };
    assert_eq!(inst(2022)["indicators_with_value"], 51);
    assert_eq!(inst(2023)["indicators_with_value"], 0);
    assert!(rows
        .iter()
        .any(|r| r["year"] == 2022 && r["objective"] == "OEI.05" && r["light"] == "verde"));

    let (code, _, err) = run(&["evaluate", ILO, "--year", "dosmil"]);
    assert_eq!(code, 2);
    assert!(err.contains("«dosmil» no es un año"), "{err}");
    let (code, _, err) = run(&["evaluate", ILO, "--period", "trimestre"]);
    assert_eq!(code, 2);
    assert!(err.contains("use «anual» o «semestre1»"), "{err}");
}
