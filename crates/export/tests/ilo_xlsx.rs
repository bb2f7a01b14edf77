//! The Ilo workbook read back with calamine: every sheet, its header, and the engine's numbers.

use std::io::{Cursor, Read};

use calamine::{Data, Range, Reader, Xlsx};
use rust_decimal::Decimal;
use semaforo_engine::{evaluate, load_plan, Evaluation, Options, Plan};
use semaforo_export::tables::TABLE_IDS;
use semaforo_export::{sheet_name, tables, to_xlsx};

const SHEETS: [&str; 8] = [
    "Institución",
    "Resultados OEI",
    "Indicadores",
    "Asignación",
    "Ejecución",
    "Centros de costo",
    "Etapas",
    "Diagnósticos",
];

fn ilo() -> (Plan, Evaluation) {
    let plan = load_plan(semaforo_engine::examples::ILO_2022).unwrap();
    let ev = evaluate(&plan, Options::default());
    (plan, ev)
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("a workbook calamine can open")
}

fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Range<Data> {
    wb.worksheet_range(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The exact engine figure as the double nearest to it.
fn exact(x: Decimal) -> f64 {
    x.to_string().parse().unwrap()
}

fn float(r: &Range<Data>, pos: (u32, u32)) -> f64 {
    match r.get_value(pos) {
        Some(Data::Float(v)) => *v,
        Some(Data::Int(v)) => *v as f64,
        other => panic!("{pos:?}: not a number: {other:?}"),
    }
}

fn string(r: &Range<Data>, pos: (u32, u32)) -> String {
    match r.get_value(pos) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("{pos:?}: not text: {other:?}"),
    }
}

fn header_col(r: &Range<Data>, header: &str) -> u32 {
    (0..r.width() as u32)
        .find(|c| r.get_value((0, *c)) == Some(&Data::String(header.into())))
        .unwrap_or_else(|| panic!("no column {header}"))
}

fn find_row(r: &Range<Data>, col: u32, key: &str) -> u32 {
    (1..r.height() as u32)
        .find(|row| r.get_value((*row, col)) == Some(&Data::String(key.into())))
        .unwrap_or_else(|| panic!("no row {key}"))
}

#[test]
fn every_table_is_a_sheet_with_its_header_row() {
    let (plan, ev) = ilo();
    let bytes = to_xlsx(&plan, &ev).unwrap();
    assert_eq!(&bytes[..2], b"PK", "an .xlsx is a zip file");
    let mut wb = open(&bytes);
    assert_eq!(wb.sheet_names(), SHEETS);
    for (id, name) in TABLE_IDS.iter().zip(SHEETS) {
        assert_eq!(sheet_name(id), name);
        assert!(name.encode_utf16().count() <= 31);
    }
    for t in tables(&plan, &ev) {
        let name = sheet_name(t.id);
        let r = sheet(&mut wb, name);
        assert_eq!(r.start(), Some((0, 0)), "{name}");
        let header: Vec<String> = (0..t.headers.len() as u32).map(|c| string(&r, (0, c))).collect();
        assert_eq!(header, t.headers, "{name}");
        assert_eq!(r.height(), t.rows.len() + 1, "{name}");
        let styles = wb.worksheet_style(name).unwrap();
        for c in 0..t.headers.len() as u32 {
            let font = styles.get((0, c)).and_then(|s| s.font.clone());
            assert!(font.is_some_and(|f| f.is_bold()), "{name}: header {c} bold");
        }
    }
}

#[test]
fn numbers_are_the_engines_figures() {
    let (plan, ev) = ilo();
    let mut wb = open(&to_xlsx(&plan, &ev).unwrap());

    let r = sheet(&mut wb, "Resultados OEI");
    let result = header_col(&r, "Resultado (%)");
    for o in &ev.objectives {
        let row = find_row(&r, 0, &o.code);
        let want = exact(o.result_pct.unwrap() / Decimal::ONE_HUNDRED);
        let got = float(&r, (row, result));
        assert!((got - want).abs() < 1e-12, "{}: {got} vs {want}", o.code);
        assert_eq!(string(&r, (row, header_col(&r, "Semáforo"))), *o.light.label);
        assert_eq!(float(&r, (row, header_col(&r, "Indicadores"))), o.counts.total as f64);
    }
    let oei01 = float(&r, (find_row(&r, 0, "OEI.01"), result));
    assert!((oei01 - 1.0 / 6.0).abs() < 1e-9, "{oei01}");

    let r = sheet(&mut wb, "Institución");
    let inst = float(&r, (1, header_col(&r, "Resultado (%)")));
    let want = exact(ev.institution.result_pct.unwrap() / Decimal::ONE_HUNDRED);
    assert!((inst - want).abs() < 1e-9, "{inst} vs {want}");
    assert!((inst - 0.4011).abs() < 0.00005, "{inst}");
    assert_eq!(string(&r, (1, header_col(&r, "Semáforo"))), "Rojo");
    assert_eq!(float(&r, (1, header_col(&r, "OEI en rojo"))), 5.0);

    let r = sheet(&mut wb, "Centros de costo");
    let total = find_row(&r, 0, "Total");
    assert_eq!(total as usize, r.height() - 1);
    let executed = float(&r, (total, header_col(&r, "Ejecutado (S/)")));
    assert!((executed - 231_322_566.69).abs() < 0.005, "{executed}");
    let programmed = float(&r, (total, header_col(&r, "Programado (S/)")));
    assert!((programmed - 143_279_648.35).abs() < 0.005, "{programmed}");
    assert_eq!(float(&r, (total, header_col(&r, "N° AO"))), 316.0);
    let pct = float(&r, (total, header_col(&r, "Ejecución (%)")));
    let c = ev.budget.cost_centres.as_ref().unwrap();
    assert!(
        (pct - exact(c.total_pct.unwrap() / Decimal::ONE_HUNDRED)).abs() < 1e-12,
        "{pct}"
    );

    let r = sheet(&mut wb, "Asignación");
    let total = find_row(&r, 0, "Total");
    let programmed = float(&r, (total, header_col(&r, "Programado (S/)")));
    assert!((programmed - 97_971_952.95).abs() < 0.005, "{programmed}");

    let r = sheet(&mut wb, "Indicadores");
    let code = header_col(&r, "Código");
    let advance = header_col(&r, "Avance (%)");
    for i in &ev.indicators {
        let row = find_row(&r, code, &i.code);
        match i.advance_pct {
            Some(a) => {
                let got = float(&r, (row, advance));
                assert!((got - exact(a / Decimal::ONE_HUNDRED)).abs() < 1e-12, "{}", i.code);
            }
            None => assert!(
                matches!(r.get_value((row, advance)), None | Some(Data::Empty)),
                "{}",
                i.code
            ),
        }
        assert_eq!(string(&r, (row, header_col(&r, "Estado"))), i.status.label());
    }
    let row = find_row(&r, code, "IND.01.OEI.08");
    assert_eq!(float(&r, (row, header_col(&r, "Valor obtenido"))), 45.0);
    assert_eq!(string(&r, (row, header_col(&r, "Juicio del evaluador aplicado"))), "Sí");
}

#[test]
fn cells_carry_excel_number_formats() {
    let (plan, ev) = ilo();
    let mut wb = open(&to_xlsx(&plan, &ev).unwrap());
    let format = |wb: &mut Xlsx<_>, sheet: &str, pos: (u32, u32)| {
        let styles = wb.worksheet_style(sheet).unwrap();
        styles
            .get(pos)
            .and_then(|s| s.number_format.clone())
            .map(|f| f.format_code)
            .unwrap_or_else(|| "General".into())
    };
    let r = sheet(&mut wb, "Resultados OEI");
    let result = header_col(&r, "Resultado (%)");
    assert_eq!(format(&mut wb, "Resultados OEI", (1, result)), "0.00%");
    let r = sheet(&mut wb, "Centros de costo");
    let executed = header_col(&r, "Ejecutado (S/)");
    let count = header_col(&r, "N° AO");
    assert_eq!(format(&mut wb, "Centros de costo", (1, executed)), "#,##0.00");
    assert_eq!(format(&mut wb, "Centros de costo", (1, count)), "0");
    assert_eq!(
        format(&mut wb, "Centros de costo", (1, 0)),
        "General",
        "codes stay text"
    );
    assert!(
        matches!(r.get_value((1, 0)), Some(Data::String(_))),
        "'01.01' is text, not 1.01"
    );
}

fn sheet_xml(bytes: &[u8], index: usize) -> String {
    part_xml(bytes, &format!("xl/worksheets/sheet{index}.xml"))
}

fn part_xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut f = zip.by_name(name).unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn header_is_frozen_and_columns_are_sized() {
    let (plan, ev) = ilo();
    let bytes = to_xlsx(&plan, &ev).unwrap();
    for (i, name) in SHEETS.iter().enumerate() {
        let xml = sheet_xml(&bytes, i + 1);
        assert!(
            xml.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#),
            "{name}: {}",
            &xml[..xml.len().min(800)]
        );
        assert!(xml.contains("<cols>") && xml.contains("customWidth=\"1\""), "{name}");
        assert!(xml.contains("<autoFilter ref=\"A1:"), "{name}");
    }
    // The indicator names are long: their column is wide, and capped so text wraps.
    let xml = sheet_xml(&bytes, 3);
    // <col min="a" max="b" width="w" …/>: adjacent columns of the same width share one element.
    let attr = |c: &str, name: &str| -> f64 {
        c.split(&format!("{name}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let mut widths = Vec::new();
    for c in xml.split("<col ").skip(1) {
        let (min, max, w) = (attr(c, "min"), attr(c, "max"), attr(c, "width"));
        widths.extend(std::iter::repeat_n(w, (max - min) as usize + 1));
    }
    assert_eq!(widths.len(), 13, "{widths:?}");
    assert!(widths.iter().all(|w| (6.0..=61.0).contains(w)), "{widths:?}");
    assert!(widths[3] > 55.0, "Indicador column: {widths:?}");
    assert!(widths[0] < 12.0, "OEI column: {widths:?}");
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    // The creation time is the plan's last recorded change (a fixed date without one), never the
    // clock: exports a second apart used to differ in docProps/core.xml.
    let (plan, ev) = ilo();
    let created = |bytes: &[u8]| {
        let core = part_xml(bytes, "docProps/core.xml");
        let start = core.find("<dcterms:created").unwrap();
        core[start..]
            .split('>')
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_string()
    };
    let first = to_xlsx(&plan, &ev).unwrap();
    assert_eq!(created(&first), "2000-01-01T00:00:00Z");
    let mut changed = plan.clone();
    semaforo_engine::history::record(
        &mut changed,
        &semaforo_engine::field::FieldRef::Obtained {
            indicator: "IND.01.OEI.02".into(),
            period: "2022".into(),
        },
        Some(Decimal::from(55)),
        &semaforo_engine::history::Stamp {
            by: "Planeamiento".into(),
            at: "2026-11-20T10:05:07.123Z".into(),
        },
        semaforo_engine::Origin::Typed,
    );
    let ev2 = evaluate(&changed, Options::default());
    let bytes = to_xlsx(&changed, &ev2).unwrap();
    assert_eq!(created(&bytes), "2026-11-20T10:05:07Z");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(to_xlsx(&plan, &ev).unwrap() == first, "two exports of one plan differ");
}
