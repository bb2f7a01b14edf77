//! CSV as Excel opens it: BOM, CRLF, RFC 4180 quoting, formula guard, two decimals.

use proptest::prelude::*;
use rust_decimal::Decimal;
use semaforo_export::csv::{field, two_decimals, BOM};
use semaforo_export::{file_name, to_csv, Cell, Table};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn table(headers: &[&str], rows: Vec<Vec<Cell>>) -> Table {
    Table {
        id: "prueba",
        title: "Prueba".into(),
        headers: headers.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

/// A strict RFC 4180 reader (comma, CRLF records, doubled quotes), written apart from the writer
/// so the tests do not check the writer against itself.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix(BOM).expect("BOM");
    let chars: Vec<char> = body.chars().collect();
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut fieldbuf = String::new();
    let mut i = 0;
    let mut quoted = false;
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        if quoted {
            if c == '"' {
                if chars.get(i + 1) == Some(&'"') {
                    fieldbuf.push('"');
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                fieldbuf.push(c);
            }
            i += 1;
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("bare quote inside an unquoted field at {i}: {body:?}"),
            ',' => {
                record.push(std::mem::take(&mut fieldbuf));
                at_start = true;
            }
            '\r' => {
                assert_eq!(chars.get(i + 1), Some(&'\n'), "CR without LF at {i}");
                record.push(std::mem::take(&mut fieldbuf));
                records.push(std::mem::take(&mut record));
                at_start = true;
                i += 1;
            }
            '\n' => panic!("bare LF outside quotes at {i}"),
            _ => {
                fieldbuf.push(c);
                at_start = false;
            }
        }
        i += 1;
    }
    assert!(!quoted, "unterminated quote");
    assert!(record.is_empty() && fieldbuf.is_empty(), "last record without CRLF");
    records
}

#[test]
fn starts_with_bom_and_ends_every_line_with_crlf() {
    let t = table(
        &["Código", "Información"],
        vec![vec![Cell::Text("OEI.01".into()), Cell::Int(6)]],
    );
    let csv = to_csv(&t);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
    assert_eq!(csv, "\u{feff}Código,Información\r\nOEI.01,6\r\n");
    // No LF without its CR.
    assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count());
}

#[test]
fn quotes_commas_quotes_and_line_breaks_only() {
    assert_eq!(field("simple"), "simple");
    assert_eq!(field("Gestión, equipamiento"), "\"Gestión, equipamiento\"");
    assert_eq!(field("dice \"sí\""), "\"dice \"\"sí\"\"\"");
    assert_eq!(field("línea\nsegunda"), "\"línea\nsegunda\"");
    assert_eq!(field("a\rb"), "\"a\rb\"");
    assert_eq!(field("a;b\tc"), "a;b\tc");
    assert_eq!(field(""), "");
}

#[test]
fn guards_text_that_excel_would_run_as_a_formula() {
    assert_eq!(field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    assert_eq!(field("+51 999"), "'+51 999");
    assert_eq!(field("-126,006.10"), "\"'-126,006.10\"");
    assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(field("\t=1"), "'\t=1");
    // Only at the start; numbers written as numbers are never guarded.
    assert_eq!(field("a=b"), "a=b");
    let t = table(
        &["=cabecera"],
        vec![vec![Cell::Amount(d("-5"))], vec![Cell::Text("=1+1".into())]],
    );
    assert_eq!(to_csv(&t), "\u{feff}'=cabecera\r\n-5.00\r\n'=1+1\r\n");
}

#[test]
fn amounts_and_percentages_have_exactly_two_decimals() {
    assert_eq!(two_decimals(d("16.666666666666666666666666667")), "16.67");
    assert_eq!(two_decimals(d("97971952.95")), "97971952.95");
    assert_eq!(two_decimals(d("75")), "75.00");
    assert_eq!(two_decimals(d("0.5")), "0.50");
    assert_eq!(two_decimals(d("0.125")), "0.13");
    assert_eq!(two_decimals(d("-0.125")), "-0.13");
    assert_eq!(two_decimals(d("-0.001")), "0.00");
    assert_eq!(two_decimals(Decimal::ZERO), "0.00");
    assert_eq!(two_decimals(d("1234567.005")), "1234567.01");
    assert_eq!(two_decimals(Decimal::MAX), "79228162514264337593543950335.00");
    let t = table(
        &["a", "b", "c", "d", "e"],
        vec![vec![
            Cell::Pct(d("40.1111111")),
            Cell::Amount(d("1000")),
            Cell::Int(-3),
            Cell::Number(d("0.12500")),
            Cell::Empty,
        ]],
    );
    assert_eq!(to_csv(&t), "\u{feff}a,b,c,d,e\r\n40.11,1000.00,-3,0.125,\r\n");
}

#[test]
fn file_names_are_lowercase_ascii_slugs() {
    let plan = semaforo_engine::load_plan(semaforo_engine::examples::ILO_2022).unwrap();
    assert_eq!(
        file_name(&plan, "indicadores", "csv"),
        "municipalidad-provincial-de-ilo_plan-estrategico-institucional-2021-2025_2022_indicadores.csv"
    );
    let mut p = plan.clone();
    p.entity.name = "  Municipalidad Distrital de Ñuñoa / Señor de Luren (Año 2024) ".into();
    p.plan.name = "PEI «2024–2027»: versión N° 2".into();
    p.evaluation.period = semaforo_engine::PeriodKind::Semestre1;
    let name = file_name(&p, "centros_de_costo", "xlsx");
    assert_eq!(
        name,
        "municipalidad-distrital-de-nunoa-senor-de-luren-ano-2024_pei-2024-2027-version-n-2_2022-s1_centros_de_costo.xlsx"
    );
    assert!(name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b)));
    p.entity.name = "ü".repeat(1000);
    p.plan.name = "☃☃☃".into();
    let long = file_name(&p, "etapas", "csv");
    assert!(long.len() < 120, "{long}");
    assert!(
        long.starts_with("uuuu") && long.ends_with("_2022-s1_etapas.csv"),
        "{long}"
    );
}

fn any_text() -> impl Strategy<Value = String> {
    // Weighted toward the characters that need quoting, accents and formula starters.
    let pieces = prop_oneof![
        Just(",".to_string()),
        Just("\"".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("=".to_string()),
        Just("-".to_string()),
        Just("+".to_string()),
        Just("@".to_string()),
        Just("'".to_string()),
        Just("ñáéíóúü°«»–".to_string()),
        "[a-zA-Z0-9 .;:%/()]{0,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_round_trips_through_quoting(cells in proptest::collection::vec(any_text(), 1..5)) {
        let headers: Vec<&str> = cells.iter().map(|_| "h").collect();
        let t = table(&headers, vec![cells.iter().map(|s| Cell::Text(s.clone())).collect()]);
        let records = parse(&to_csv(&t));
        prop_assert_eq!(records.len(), 2);
        prop_assert_eq!(records[0].len(), cells.len());
        for (got, original) in records[1].iter().zip(&cells) {
            let guarded = original.starts_with(['=', '+', '-', '@', '\t', '\r']);
            if guarded {
                prop_assert_eq!(got, &format!("'{original}"));
            } else {
                prop_assert_eq!(got, original);
            }
        }
    }
}
