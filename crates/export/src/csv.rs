//! CSV as Excel and LibreOffice open it without asking: UTF-8 with a byte-order mark, comma
//! separator, CRLF line ends, RFC 4180 quoting.

use rust_decimal::Decimal;
use semaforo_engine::decimal_util::round;
use semaforo_engine::Plan;

use crate::slug::slug;
use crate::tables::{Cell, Table};

/// Marks the file as UTF-8 for Excel, which otherwise reads "Información" as "InformaciÃ³n".
pub const BOM: &str = "\u{feff}";

/// Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that some
/// importers strip before one of those). A text starting with one gets a leading `'`.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The table as a CSV document: header line, then one line per row, every line ending in CRLF.
pub fn to_csv(t: &Table) -> String {
    let mut out = String::from(BOM);
    let mut line = |cells: &mut dyn Iterator<Item = String>| {
        let mut first = true;
        for c in cells {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&c);
        }
        out.push_str("\r\n");
    };
    line(&mut t.headers.iter().map(|h| field(h)));
    for row in &t.rows {
        line(&mut row.iter().map(cell));
    }
    out
}

/// One cell as CSV text, quoted when needed.
pub fn cell(c: &Cell) -> String {
    match c {
        Cell::Text(s) => field(s),
        Cell::Int(n) => n.to_string(),
        Cell::Amount(x) | Cell::Pct(x) => two_decimals(*x),
        Cell::Number(x) => {
            let mut v = x.normalize();
            if v.is_zero() {
                v.set_sign_positive(true);
            }
            v.to_string()
        }
        Cell::Empty => String::new(),
    }
}

/// A text field: guarded against formula injection, then quoted per RFC 4180 when it holds a
/// comma, a quote, CR or LF (quotes inside are doubled).
pub fn field(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(FORMULA_START) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Point as decimal separator and exactly two decimals, rounded half away from zero the way the
/// reports print ("16.67", "97971952.95", "0.00"); no thousands separator, so it reads as a number.
pub fn two_decimals(x: Decimal) -> String {
    let mut r = round(x, 2);
    if r.is_zero() {
        // "-0.00" for a tiny negative figure would read as a different number.
        r.set_sign_positive(true);
    }
    let s = r.to_string();
    let decimals = s.split_once('.').map(|(_, f)| f.len()).unwrap_or(0);
    match decimals {
        0 => format!("{s}.00"),
        1 => format!("{s}0"),
        _ => s,
    }
}

/// Longest slug kept from the entity's and the plan's name, so the whole name stays well under
/// the 255 bytes file systems allow.
const MAX_PART: usize = 80;

fn part(s: &str) -> String {
    let mut p = slug(s, &[]);
    if p.len() > MAX_PART {
        // Slugs are ASCII: any byte index is a character boundary.
        p.truncate(MAX_PART);
        while p.ends_with('-') {
            p.pop();
        }
    }
    p
}

/// The file name for one table (or the workbook): entity, plan, cut-off and table id, e.g.
/// "municipalidad-provincial-de-ilo_plan-estrategico-institucional-2021-2025_2022_indicadores.csv".
/// Lowercase ASCII only: accents folded, any other character becomes '-'.
pub fn file_name(plan: &Plan, table_id: &str, ext: &str) -> String {
    let mut parts: Vec<String> = [
        part(&plan.entity.name),
        part(&plan.plan.name),
        part(&plan.cutoff_key()),
        slug(table_id, &['_']),
    ]
    .into_iter()
    .filter(|p| !p.is_empty())
    .collect();
    if parts.is_empty() {
        parts.push("semaforo".into());
    }
    let stem = parts.join("_");
    let ext = slug(ext, &[]);
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}
