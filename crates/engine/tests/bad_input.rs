//! Every way a plan file can be wrong gets a Spanish message naming the place, and every problem
//! of a file is listed at once.

use semaforo_engine::examples::ILO_2022;
use semaforo_engine::load::{check_size, MAX_FILE_BYTES, MAX_TEXT_BYTES};
use semaforo_engine::{load_plan, load_plan_bytes, load_plan_report};
use serde_json::{json, Value};

fn ilo() -> Value {
    serde_json::from_str(ILO_2022).unwrap()
}

fn text(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

#[test]
fn all_problems_of_a_file_are_listed_at_once_with_their_codes() {
    let mut v = ilo();
    v["objectives"][1]["indicators"][0]["unit"] = json!("porciento");
    v["objectives"][3]["indicators"][0]["obtained"]["2022"] = json!("1.234,50");
    v["objectives"][5].as_object_mut().unwrap().remove("name");
    v["objectives"][7]["actions"][0]["indicators"][0]["relevance"] = json!(-1);
    let e = load_plan(&text(&v)).unwrap_err();
    assert_eq!(e.problems.len(), 4, "{:#?}", e.problems);
    assert!(e.message.starts_with("El archivo tiene 4 problemas"), "{}", e.message);
    let p = &e.problems;
    assert!(
        p[0].starts_with("En OEI.02 › indicador IND.01.OEI.02 › campo «unit»: el valor «porciento»"),
        "{}",
        p[0]
    );
    assert!(
        p[1].contains("OEI.04 › indicador IND.01.OEI.04 › valor obtenido › 2022"),
        "{}",
        p[1]
    );
    assert!(p[1].contains("¿quiso decir 1234.50?"), "the fix is suggested: {}", p[1]);
    assert!(
        p[2].starts_with("En OEI.06: falta el campo obligatorio «name»"),
        "{}",
        p[2]
    );
    assert!(p[3].contains("OEI.08 › AEI.08.01"), "{}", p[3]);
    // The first problem's line is given, as an editor shows it.
    assert!(e.line.is_some());
}

#[test]
fn positions_stay_true_after_an_earlier_item_is_taken_out() {
    let mut v = ilo();
    // Two broken items in one list: the second keeps its own position in the message.
    v["objectives"][0].as_object_mut().unwrap().remove("code");
    v["objectives"][2].as_object_mut().unwrap().remove("code");
    let e = load_plan(&text(&v)).unwrap_err();
    assert_eq!(e.problems.len(), 2, "{:#?}", e.problems);
    assert!(e.problems[0].starts_with("En objetivo n.º 1: falta el campo obligatorio «code»"));
    assert!(
        e.problems[1].starts_with("En objetivo n.º 3: falta el campo obligatorio «code»"),
        "{}",
        e.problems[1]
    );
}

#[test]
fn a_single_problem_keeps_the_plain_wording() {
    let mut v = ilo();
    v["objectives"][1]["indicators"][0]["unit"] = json!("porciento");
    let e = load_plan(&text(&v)).unwrap_err();
    assert_eq!(e.problems.len(), 1);
    assert!(e
        .message
        .starts_with("En OEI.02 › indicador IND.01.OEI.02 › campo «unit»:"));
    assert_eq!(
        e.path.as_deref(),
        Some("OEI.02 › indicador IND.01.OEI.02 › campo «unit»")
    );
}

#[test]
fn missing_top_level_parts_do_not_hide_the_other_problems() {
    let mut v = ilo();
    v.as_object_mut().unwrap().remove("entity");
    v["objectives"][4]["indicators"][0]["direction"] = json!("arriba");
    let e = load_plan(&text(&v)).unwrap_err();
    assert_eq!(e.problems.len(), 2, "{:#?}", e.problems);
    assert!(e
        .problems
        .iter()
        .any(|p| p == "En el documento: falta el campo obligatorio «entity»."));
    assert!(e.problems.iter().any(|p| p.contains("OEI.05") && p.contains("arriba")));
}

#[test]
fn unknown_fields_are_skipped_with_a_warning_naming_them() {
    let mut v = ilo();
    v["objectives"][0]["indicators"][0]["obtaned"] = json!({"2022": "12"});
    v["comentario"] = json!("hecho en Excel");
    let loaded = load_plan_report(&text(&v)).unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    let w = &loaded.warnings[0];
    assert!(
        w.contains("objectives[0] (OEI.01) › indicators[0] (IND.01.OEI.01) › obtaned"),
        "{w}"
    );
    assert!(w.contains("comentario"), "{w}");
    assert_eq!(loaded.plan, load_plan(ILO_2022).unwrap());
}

#[test]
fn not_json_truncated_empty_and_wrong_version_say_so() {
    let cases: [(&str, &str); 5] = [
        (
            "Código,Nombre\nOEI.01,Modernizar",
            "no es un JSON válido en la línea 1, columna 1",
        ),
        (&ILO_2022[..ILO_2022.len() / 2], "termina antes de tiempo"),
        ("   ", "vacío"),
        (r#"{"format_version": 9}"#, "versión 9, más nuevo"),
        (r#"{"entity": {}}"#, "Falta «format_version»"),
    ];
    for (input, expected) in cases {
        let e = load_plan(input).unwrap_err();
        assert!(e.message.contains(expected), "{input:.40}: {}", e.message);
    }
}

#[test]
fn deep_nesting_is_refused_with_its_place() {
    let deep = format!(
        r#"{{"format_version": 2, "objectives": {}{}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let e = load_plan(&deep).unwrap_err();
    assert!(e.message.contains("anidado demasiado"), "{}", e.message);
    assert_eq!(e.line, Some(1));
    // Deep nesting inside an unknown field is refused too, without exhausting the stack.
    let mut v = ilo();
    v["x"] = json!(null);
    let hidden = text(&v).replacen(
        "\"x\": null",
        &format!("\"x\": {}{}", "[".repeat(200_000), "]".repeat(200_000)),
        1,
    );
    let e = load_plan(&hidden).unwrap_err();
    assert!(e.message.contains("anidado demasiado"), "{}", e.message);
    assert!(e.line.unwrap() > 1);
}

#[test]
fn an_enormous_text_is_refused_with_line_and_column() {
    let mut v = ilo();
    v["objectives"][0]["name"] = json!("a".repeat(MAX_TEXT_BYTES + 10));
    let e = load_plan(&text(&v)).unwrap_err();
    assert!(e.message.contains("caracteres"), "{}", e.message);
    assert!(e.line.unwrap() > 1 && e.column.is_some());
}

#[test]
fn a_text_at_the_limit_loads_and_one_byte_more_is_refused() {
    let mut v = ilo();
    v["objectives"][0]["name"] = json!("a".repeat(MAX_TEXT_BYTES));
    assert!(load_plan(&text(&v)).is_ok());
    v["objectives"][0]["name"] = json!("a".repeat(MAX_TEXT_BYTES + 1));
    assert!(load_plan(&text(&v)).unwrap_err().message.contains("caracteres"));
}

#[test]
fn escaped_quotes_do_not_hide_an_enormous_text() {
    let mut v = ilo();
    // A pasted document full of quotes and backslashes: every `"` inside is escaped.
    let chunk = "dijo \"sí\" \\ ";
    v["objectives"][0]["name"] = json!(chunk.repeat(MAX_TEXT_BYTES / chunk.len() + 10));
    let e = load_plan(&text(&v)).unwrap_err();
    assert!(e.message.contains("caracteres"), "{}", e.message);
}

#[test]
fn a_text_cut_off_at_the_end_of_the_file_is_a_syntax_error_not_a_crash() {
    for cut in ["{\"a\": \"abc", "{\"a\": \"abc\\", "\"", "\"\\"] {
        assert!(load_plan(cut).is_err(), "{cut}");
    }
}

#[test]
fn a_file_far_too_large_is_refused_before_reading() {
    assert!(check_size(MAX_FILE_BYTES).is_ok());
    let e = check_size(200 * 1024 * 1024).unwrap_err();
    assert!(e.message.contains("200 MB"), "{}", e.message);
}

#[test]
fn excel_encodings_are_read_and_said() {
    let plain = r#"{"format_version": 2,
      "entity": {"name": "Municipalidad Distrital de Pacocha – “Año del Bicentenario”", "level": "local_distrital"},
      "plan": {"name": "Plan Estratégico Institucional", "start_year": 2021, "end_year": 2025},
      "evaluation": {"year": 2022},
      "objectives": [{"code": "OEI.01", "name": "Señalización y niñez", "indicators": [
        {"code": "IND.01", "name": "Porcentaje de niños atendidos", "unit": "porcentaje",
         "expected": {"2022": "50"}, "obtained": {"2022": "57.5"}}]}]}"#;
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(plain.encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    let loaded = load_plan_bytes(&utf16).unwrap();
    assert!(loaded.warnings[0].contains("UTF-16"));
    assert_eq!(loaded.plan, load_plan(plain).unwrap());
    // Windows-1252: every character of the example is in it.
    let ansi: Vec<u8> = plain
        .chars()
        .map(|c| match c {
            '–' => 0x96,
            '“' => 0x93,
            '”' => 0x94,
            c if (c as u32) < 256 => c as u32 as u8,
            c => panic!("{c} is not in Windows-1252"),
        })
        .collect();
    let loaded = load_plan_bytes(&ansi).unwrap();
    assert!(loaded.warnings[0].contains("Windows-1252"));
    assert_eq!(loaded.plan, load_plan(plain).unwrap());
}

#[test]
fn a_schema_reference_for_editors_is_accepted_silently() {
    let mut v = ilo();
    v["$schema"] = json!("https://semaforo.example/plan.schema.json");
    let loaded = load_plan_report(&text(&v)).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn problems_in_the_poi_tables_name_their_row_and_unknown_poi_fields_are_skipped() {
    let mut v = ilo();
    v["poi"]["cost_centres"]["rows"][2]["executed"] = json!("mucho");
    v["poi"]["budget_stages"][0]["stage"] = json!("pia_final");
    let e = load_plan(&text(&v)).unwrap_err();
    assert_eq!(e.problems.len(), 2, "{:#?}", e.problems);
    assert!(
        e.problems
            .iter()
            .any(|p| p.starts_with("En POI › centros de costo › centro de costo 02.02") && p.contains("executed")),
        "{:#?}",
        e.problems
    );
    assert!(
        e.problems
            .iter()
            .any(|p| p.starts_with("En POI › etapa del presupuesto") && p.contains("pia_final")),
        "{:#?}",
        e.problems
    );

    let mut v = ilo();
    v["poi"]["observacion"] = json!("revisar");
    v["poi"]["cost_centres"]["nota"] = json!("x");
    let loaded = load_plan_report(&text(&v)).unwrap();
    let w = &loaded.warnings[0];
    assert!(
        w.contains("«poi › observacion»") && w.contains("«poi › cost_centres › nota»"),
        "{w}"
    );
}

#[test]
fn an_oversized_figure_is_placed_in_words_and_the_limit_said_in_words() {
    let mut v = ilo();
    v["objectives"][0]["indicators"][0]["obtained"]["2022"] = json!("2000000000000000000");
    v["poi"]["allocation"]["rows"][0]["programmed"] = json!("-5000000000000000000");
    let e = load_plan(&text(&v)).unwrap_err();
    assert!(
        e.message
            .contains("OEI.01 › indicador IND.01.OEI.01 › valor obtenido 2022 (2000000000000000000)"),
        "{}",
        e.message
    );
    assert!(e.message.contains("Asignación presupuestal › AEI."), "{}", e.message);
    assert!(
        e.message.contains("un trillón (1 000 000 000 000 000 000)"),
        "{}",
        e.message
    );
    for text in std::iter::once(&e.message).chain(&e.problems) {
        assert!(!text.contains("10^18") && !text.contains("poi."), "{text}");
    }
}

#[test]
fn counts_at_the_top_of_their_range_are_reported_not_a_panic() {
    // Counts are read as they are stated (no cap): every sum of them saturates, so an absurd
    // count gives a mismatch to read, never an overflow.
    let mut v = ilo();
    let max = json!(u32::MAX);
    v["poi"]["budget_stages"][0]["activities"] = max.clone();
    v["poi"]["budget_stages"][0]["investments"] = json!(1);
    v["poi"]["budget_stages"][0]["total"] = json!(0);
    for table in ["allocation", "execution", "cost_centres"] {
        let rows = v["poi"][table]["rows"].as_array_mut().unwrap();
        rows[0]["ao_count"] = max.clone();
        rows[1]["ao_count"] = max.clone();
    }
    let plan = load_plan(&text(&v)).unwrap();
    for strict in [false, true] {
        let ev = semaforo_engine::evaluate(&plan, semaforo_engine::Options { strict });
        assert!(ev
            .diagnostics
            .iter()
            .any(|d| d.code == semaforo_engine::Code::StageCountMismatch));
        assert_eq!(ev.budget.allocation.as_ref().unwrap().total_count, u32::MAX);
    }
}
