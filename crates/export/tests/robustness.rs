//! Any plan gives every file: empty plans, hostile text, text longer than a cell holds.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use proptest::prelude::*;
use semaforo_engine::{evaluate, load_plan, Options, Plan};
use semaforo_export::{file_name, tables, to_csv, to_xlsx};

fn ilo() -> Plan {
    load_plan(semaforo_engine::examples::ILO_2022).unwrap()
}

fn read_back(bytes: &[u8], sheet: &str, pos: (u32, u32)) -> Option<Data> {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("readable workbook");
    let r = wb.worksheet_range(sheet).expect("sheet");
    r.get_value(pos).cloned()
}

#[test]
fn an_empty_plan_gives_every_table_and_a_workbook() {
    let plan = load_plan(
        r#"{"format_version":1,"entity":{"name":"","level":"nacional"},
            "plan":{"name":"","start_year":2021,"end_year":2025},
            "evaluation":{"year":2022},"objectives":[]}"#,
    )
    .unwrap();
    let ev = evaluate(&plan, Options::default());
    let ts = tables(&plan, &ev);
    assert_eq!(ts.len(), 8);
    for t in &ts {
        assert!(to_csv(t).starts_with('\u{feff}'));
    }
    assert_eq!(file_name(&plan, "indicadores", "csv"), "2022_indicadores.csv");
    let bytes = to_xlsx(&plan, &ev).unwrap();
    // No objective: the institution has no result, and the cell is left empty, not 0.
    let result = read_back(&bytes, "Institución", (1, 2));
    assert!(matches!(result, None | Some(Data::Empty)), "{result:?}");
    assert_eq!(
        read_back(&bytes, "Institución", (1, 3)),
        Some(Data::String("Sin información".into()))
    );
}

#[test]
fn hostile_and_oversized_text_is_kept_as_text() {
    let mut plan = ilo();
    plan.entity.name = "Municipalidad & Cía <S.A.> \"Ñ\"".into();
    let huge = format!("=CMD|' /C calc'!A0 {}", "ñ".repeat(40_000));
    plan.objectives[0].name = huge.clone();
    plan.objectives[1].name = "línea 1\nlínea 2\r\n\tcon tab\u{1}\u{7f}".into();
    let ev = evaluate(&plan, Options::default());
    let bytes = to_xlsx(&plan, &ev).expect("workbook");
    let Some(Data::String(first)) = read_back(&bytes, "Resultados OEI", (1, 1)) else {
        panic!("objective name not text")
    };
    // Cut to what a cell holds, marked, and never turned into a formula.
    assert_eq!(first.encode_utf16().count(), 32_767);
    assert!(first.ends_with('…'));
    assert!(first.starts_with("=CMD|' /C calc'!A0 ñññ"));
    let Some(Data::String(second)) = read_back(&bytes, "Resultados OEI", (2, 1)) else {
        panic!("objective name not text")
    };
    assert!(second.starts_with("línea 1\nlínea 2"), "{second:?}");
    // The CSV keeps the whole text (no cell limit there) and guards the formula.
    let csv = to_csv(&tables(&plan, &ev)[1]);
    assert!(
        csv.contains(&format!("\r\nOEI.01,'{huge},6,")),
        "formula guarded, text whole"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_names_give_a_workbook_and_csv(entity in any::<String>(), name in any::<String>(), code in any::<String>()) {
        let mut plan = ilo();
        plan.entity.name = entity;
        plan.plan.name = name.clone();
        plan.objectives[2].name = name;
        plan.objectives[2].actions[0].code = code;
        let ev = evaluate(&plan, Options::default());
        for t in tables(&plan, &ev) {
            let csv = to_csv(&t);
            prop_assert!(csv.starts_with(semaforo_export::csv::BOM) && csv.ends_with("\r\n"), "bad csv");
            let f = file_name(&plan, t.id, "csv");
            prop_assert!(f.is_ascii() && !f.contains(['/', '\\', ' ']));
        }
        let bytes = to_xlsx(&plan, &ev);
        prop_assert!(bytes.is_ok(), "{:?}", bytes.err());
        let wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.unwrap())).unwrap();
        prop_assert_eq!(wb.sheet_names().len(), 8);
    }
}

fn odd_header(bytes: &[u8], sheet: usize) -> Option<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let start = xml.find("<oddHeader>")? + "<oddHeader>".len();
    let end = xml[start..].find("</oddHeader>")? + start;
    Some(xml[start..end].replace("&amp;", "&"))
}

#[test]
fn printed_pages_carry_the_title_even_when_it_is_long() {
    let mut plan = ilo();
    plan.entity.name = "Municipalidad & Cía".into();
    let ev = evaluate(&plan, Options::default());
    let bytes = to_xlsx(&plan, &ev).unwrap();
    let header = odd_header(&bytes, 1).expect("header on the institution sheet");
    assert!(
        header.starts_with("&CResultado institucional — Municipalidad && Cía, Plan"),
        "{header}"
    );
    plan.entity.name = "&".repeat(400);
    let ev = evaluate(&plan, Options::default());
    let bytes = to_xlsx(&plan, &ev).unwrap();
    let header = odd_header(&bytes, 1).expect("a long title is cut, not dropped");
    assert!(
        header.encode_utf16().count() <= 255 && header.ends_with('…'),
        "{header}"
    );
    let body = header.strip_prefix("&C").unwrap().trim_end_matches('…');
    assert!(
        body.len() > 200 && body.len().is_multiple_of(2),
        "every '&' doubled, none cut in half: {body}"
    );
}
