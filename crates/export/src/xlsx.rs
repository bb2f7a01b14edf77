//! One .xlsx workbook with a sheet per table: numbers as numbers (so the office can add and
//! chart them), percentages as Excel percentages, lights and statuses as words.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use semaforo_engine::decimal_util::fmt_amount;
use semaforo_engine::{Evaluation, Plan};

use crate::csv::two_decimals;
use crate::tables::{tables, Cell, Table};

/// Excel's limits: rows and columns per sheet, characters per cell.
const MAX_ROWS: usize = 1_048_576;
const MAX_COLS: usize = 16_384;
const MAX_CELL_UTF16: usize = 32_767;
/// Columns are sized to their content between these widths (in characters); longer text wraps.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// The worksheet's name for a table id: a short Spanish title, at most 31 characters and free
/// of the characters Excel forbids in sheet names.
pub fn sheet_name(table_id: &str) -> &'static str {
    match table_id {
        "institucion" => "Institución",
        "resultados_oei" => "Resultados OEI",
        "indicadores" => "Indicadores",
        "asignacion" => "Asignación",
        "ejecucion" => "Ejecución",
        "centros_de_costo" => "Centros de costo",
        "etapas" => "Etapas",
        "diagnosticos" => "Diagnósticos",
        _ => "Tabla",
    }
}

struct Formats {
    header: Format,
    text: Format,
    wrap: Format,
    int: Format,
    amount: Format,
    pct: Format,
    number: Format,
}

impl Formats {
    fn new() -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xE7E6E6))
                .set_border_bottom(FormatBorder::Thin),
            text: top.clone(),
            wrap: top.clone().set_text_wrap(),
            int: top.clone().set_num_format("0"),
            amount: top.clone().set_num_format("#,##0.00"),
            pct: top.clone().set_num_format("0.00%"),
            number: top.set_num_format("General"),
        }
    }
}

/// Excel stores every number as a double, so this is the one place where a `Decimal` becomes an
/// `f64`: at the cell, after the engine has finished computing exactly. Going through the decimal
/// text gives the double nearest to the exact value (a correctly rounded parse).
fn to_f64(x: Decimal) -> Option<f64> {
    x.to_string().parse::<f64>().ok().or_else(|| x.to_f64())
}

/// Percentage points as the fraction Excel's `0.00%` format expects (16.67 → 0.1667), divided
/// while still a `Decimal` so the only rounding is the final conversion to `f64`.
fn pct_fraction(x: Decimal) -> Option<f64> {
    match x.checked_div(Decimal::ONE_HUNDRED) {
        Some(f) => to_f64(f),
        None => to_f64(x).map(|v| v / 100.0),
    }
}

/// Text longer than an Excel cell holds is cut, with "…" to show it was.
fn fit_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() <= MAX_CELL_UTF16 || s.encode_utf16().count() <= MAX_CELL_UTF16 {
        return s.into();
    }
    let mut units = 0;
    let mut out = String::new();
    for c in s.chars() {
        units += c.len_utf16();
        if units > MAX_CELL_UTF16 - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out.into()
}

/// How many characters the cell shows, for the column width.
fn shown_width(c: &Cell) -> usize {
    match c {
        Cell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Cell::Int(n) => n.to_string().len(),
        Cell::Amount(x) => fmt_amount(*x).len(),
        Cell::Pct(x) => two_decimals(*x).len() + 1,
        Cell::Number(x) => x.normalize().to_string().len(),
        Cell::Empty => 0,
    }
}

/// Header words wrap, so a header asks only for its longest word.
fn header_width(h: &str) -> usize {
    h.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0)
}

fn column_widths(t: &Table) -> Vec<usize> {
    let mut w: Vec<usize> = t.headers.iter().map(|h| header_width(h)).collect();
    for row in &t.rows {
        for (i, c) in row.iter().enumerate() {
            if i >= w.len() {
                w.push(0);
            }
            w[i] = w[i].max(shown_width(c));
        }
    }
    w.into_iter().map(|x| (x + 2).clamp(MIN_WIDTH, MAX_WIDTH)).collect()
}

/// Page header text: '&' is Excel's code character (written "&&"), and a header holds 255
/// UTF-16 units in all; a longer title is cut so the header is never dropped.
fn print_header(title: &str) -> String {
    let mut out = String::from("&C");
    let mut units = 2;
    for c in title.chars() {
        let piece = if c == '&' { "&&".to_string() } else { c.to_string() };
        units += piece.encode_utf16().count();
        if units > 250 {
            out.push('…');
            break;
        }
        out.push_str(&piece);
    }
    out
}

fn spanish(e: XlsxError, sheet: &str) -> String {
    format!("No se pudo generar el libro de Excel (hoja «{sheet}»): {e}")
}

fn write_sheet(ws: &mut Worksheet, t: &Table, name: &str, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let widths = column_widths(t);
    for (col, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, fit_text(h), &f.header)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = (r + 1) as u32;
        for (col, c) in row.iter().enumerate() {
            let wide = widths.get(col).is_some_and(|w| *w >= MAX_WIDTH);
            let col = col as u16;
            match c {
                Cell::Text(s) => {
                    let fmt = if wide || s.contains('\n') { &f.wrap } else { &f.text };
                    ws.write_string_with_format(r, col, fit_text(s), fmt)?;
                }
                Cell::Int(n) => {
                    // Counts are far below 2^53, where every integer is an exact double.
                    ws.write_number_with_format(r, col, *n as f64, &f.int)?;
                }
                Cell::Amount(x) => write_decimal(ws, r, col, *x, to_f64(*x), &f.amount)?,
                Cell::Pct(x) => write_decimal(ws, r, col, *x, pct_fraction(*x), &f.pct)?,
                Cell::Number(x) => write_decimal(ws, r, col, *x, to_f64(*x), &f.number)?,
                Cell::Empty => {}
            }
        }
    }
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, *w as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if !t.headers.is_empty() {
        ws.autofilter(0, 0, t.rows.len() as u32, (t.headers.len() - 1) as u16)?;
    }
    ws.set_repeat_rows(0, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_header(print_header(&t.title));
    ws.set_footer("&CPágina &P de &N");
    Ok(())
}

fn write_decimal(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    exact: Decimal,
    value: Option<f64>,
    format: &Format,
) -> Result<(), XlsxError> {
    match value {
        Some(v) if v.is_finite() => ws.write_number_with_format(row, col, v, format).map(|_| ()),
        // Unreachable for a Decimal, but never worth a panic or a lost figure: keep the digits.
        _ => ws.write_string(row, col, exact.to_string()).map(|_| ()),
    }
}

/// The workbook's creation time: the plan's last recorded change, else a fixed date. Not the
/// clock: the same plan gives the same bytes, so two exports can be compared file to file.
fn created(plan: &Plan) -> ExcelDateTime {
    let fixed = || ExcelDateTime::from_ymd(2000, 1, 1).expect("a valid date");
    let Some(at) = plan.history.last().map(|e| e.at.as_str()) else {
        return fixed();
    };
    // "2026-11-20T10:05:07.123Z"
    let part = |a: usize, b: usize| at.get(a..b).and_then(|t| t.parse::<u16>().ok());
    let parsed = (|| {
        let date = ExcelDateTime::from_ymd(part(0, 4)?, part(5, 7)? as u8, part(8, 10)? as u8).ok()?;
        date.and_hms(part(11, 13)?, part(14, 16)? as u8, part(17, 19)? as u8)
            .ok()
    })();
    parsed.unwrap_or_else(fixed)
}

/// The workbook: one sheet per table of [`tables`], in the same order, as .xlsx bytes.
pub fn to_xlsx(plan: &Plan, ev: &Evaluation) -> Result<Vec<u8>, String> {
    let tables = tables(plan, ev);
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let title = format!("{} — {} — corte {}", plan.entity.name, plan.plan.name, ev.cutoff);
    let properties = DocProperties::new()
        .set_title(fit_text(&title))
        .set_subject("Evaluación de resultados del plan estratégico")
        .set_company(fit_text(&plan.entity.name))
        .set_creation_datetime(&created(plan));
    workbook.set_properties(&properties);
    let mut used: Vec<String> = Vec::new();
    for (n, t) in tables.iter().enumerate() {
        let mut name = sheet_name(t.id).to_string();
        if used.contains(&name) {
            name = format!("Tabla {}", n + 1);
        }
        used.push(name.clone());
        let width = t.headers.len().max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
        if t.rows.len() + 1 > MAX_ROWS || width > MAX_COLS {
            return Err(format!(
                "La tabla «{name}» no cabe en una hoja de Excel: tiene {} filas y {width} columnas (Excel admite {MAX_ROWS} filas y {MAX_COLS} columnas).",
                t.rows.len() + 1
            ));
        }
        let ws = workbook.add_worksheet();
        write_sheet(ws, t, &name, &formats).map_err(|e| spanish(e, &name))?;
    }
    workbook
        .save_to_buffer()
        .map_err(|e| format!("No se pudo generar el libro de Excel: {e}"))
}
