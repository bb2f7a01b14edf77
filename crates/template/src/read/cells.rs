//! A sheet as read from any format (xlsx, ods, CSV), and what a cell holds as the typed value a
//! field takes. Every conversion says in Spanish why it failed; none panics.

use rust_decimal::Decimal;
use semaforo_engine::user_number;

use crate::labels::{self, Choice};
use crate::number;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// A number cell formatted as a percentage: 0.6 that the user sees as 60 %, and means 60.
    Percent(f64),
    Bool(bool),
    /// A date or time cell, as Excel's serial number.
    Date(f64),
    /// A formula error such as #N/A, or a cell the reader could not understand.
    Error(String),
}

impl Value {
    pub fn is_blank(&self) -> bool {
        matches!(self, Value::Text(s) if s.trim().is_empty())
    }
}

/// One sheet: its rows with their non-blank cells, as Excel numbers them.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The sheet's name, or the CSV file's.
    pub name: String,
    pub rows: Vec<GridRow>,
    /// A CSV separated by `;` comes from a Spanish-locale Excel, whose numbers use a decimal
    /// comma: there `1,234` is one point two three four, not a thousand.
    pub decimal_comma: bool,
    /// From a CSV file (matched to a sheet by its header), not a workbook's sheet.
    pub csv: bool,
}

#[derive(Debug, Clone)]
pub struct GridRow {
    /// 1-based, as Excel shows it.
    pub number: u32,
    /// (0-based column, value), by column, blank cells left out.
    pub cells: Vec<(u32, Value)>,
}

impl GridRow {
    pub fn get(&self, col: u32) -> Option<&Value> {
        self.cells
            .binary_search_by_key(&col, |(c, _)| *c)
            .ok()
            .and_then(|i| self.cells.get(i))
            .map(|(_, v)| v)
    }
}

/// Builds rows from cells in any order; later duplicates of a position win.
pub fn rows_from_cells(mut cells: Vec<(u32, u32, Value)>) -> Vec<GridRow> {
    cells.retain(|(_, _, v)| !v.is_blank());
    cells.sort_by_key(|(r, c, _)| (*r, *c));
    let mut rows: Vec<GridRow> = Vec::new();
    for (r, c, v) in cells {
        let number = r.saturating_add(1);
        match rows.last_mut() {
            Some(last) if last.number == number => {
                if let Some(prev) = last.cells.last_mut().filter(|(pc, _)| *pc == c) {
                    prev.1 = v;
                } else {
                    last.cells.push((c, v));
                }
            }
            _ => rows.push(GridRow {
                number,
                cells: vec![(c, v)],
            }),
        }
    }
    rows
}

/// The cell as text: texts as they are, numbers as their shortest form (a code typed as a
/// number, 301498, is the text "301498"), dates as YYYY-MM-DD.
pub fn text(v: &Value) -> Option<String> {
    match v {
        Value::Text(s) if s.trim().is_empty() => None,
        Value::Text(s) => Some(s.clone()),
        Value::Number(f) => Some(number::from_cell(*f).map_or_else(|| f.to_string(), |d| d.to_string())),
        Value::Percent(f) => Some(percent(*f).map_or_else(|| f.to_string(), |d| format!("{d} %"))),
        Value::Bool(true) => Some("Sí".into()),
        Value::Bool(false) => Some("No".into()),
        Value::Date(f) => Some(date_text(*f)),
        Value::Error(e) => Some(e.clone()),
    }
}

/// A figure. Text cells accept what people type (`1.234,50`, `1,234.50`, `12,5`, `S/ 1,200`,
/// `85 %`); the note says how an ambiguous one was read.
pub fn decimal(v: &Value, decimal_comma: bool) -> Result<(Decimal, Option<String>), String> {
    match v {
        Value::Number(f) => number::from_cell(*f)
            .map(|d| (d, None))
            .ok_or_else(|| format!("{f} no es una cifra que un plan pueda tener")),
        Value::Percent(f) => percent(*f)
            .map(|d| (d, None))
            .ok_or_else(|| format!("{f} no es una cifra que un plan pueda tener")),
        Value::Text(s) => {
            let t = s.trim();
            if decimal_comma && t.matches(',').count() == 1 && !t.contains('.') {
                let swapped = t.replace(',', ".");
                return user_number::parse(&swapped)
                    .map(|u| (u.value, None))
                    .map_err(|_| not_a_number(t));
            }
            match user_number::parse(t) {
                Ok(u) => Ok((u.value, if decimal_comma { None } else { u.note })),
                Err(e) if e.contains("demasiado grande") => Err(e),
                Err(_) => Err(not_a_number(t)),
            }
        }
        Value::Bool(_) => Err("hay un valor lógico (VERDADERO/FALSO) donde va un número".into()),
        Value::Date(_) => {
            Err("la celda tiene formato de fecha: escriba el número en una celda con formato General o Número".into())
        }
        Value::Error(e) => Err(format!("la celda tiene el error {e} (¿una fórmula que falla?)")),
    }
}

/// The figure a percentage cell shows (0.6 → 60), computed on the decimal so no float noise
/// is added.
fn percent(f: f64) -> Option<Decimal> {
    number::from_cell(f)?
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|d| d.normalize())
}

fn not_a_number(t: &str) -> String {
    format!(
        "«{}» no es un número (escriba, por ejemplo, 1234.50 o 1234,50)",
        clip(t)
    )
}

/// An integer (a year, a count, a priority): 2022.5 is refused, not rounded.
pub fn integer(v: &Value, decimal_comma: bool) -> Result<i64, String> {
    let (d, _) = match v {
        // "2022" in a text cell must not pass through the thousands rule ("2,022").
        Value::Text(s) if s.trim().bytes().all(|b| b.is_ascii_digit() || b == b'-') => {
            return s.trim().parse::<i64>().map_err(|_| not_a_number(s.trim()));
        }
        _ => decimal(v, decimal_comma)?,
    };
    if !d.fract().is_zero() {
        return Err(format!("{} no es un número entero", d.normalize()));
    }
    i64::try_from(d.trunc()).map_err(|_| format!("{} es demasiado grande", d.normalize()))
}

/// A word from a list (a unit, a direction…), whatever its case and accents.
pub fn choice<T: Copy>(v: &Value, choices: &[Choice<T>]) -> Result<T, String> {
    if let Value::Bool(b) = v {
        // Excel turns a typed "VERDADERO" into a logical cell; for Sí/No it is the same answer.
        if let Some(x) = labels::parse(choices, if *b { "verdadero" } else { "falso" }) {
            return Ok(x);
        }
    }
    let t = text(v).unwrap_or_default();
    labels::parse(choices, &t).ok_or_else(|| {
        format!(
            "«{}» no es un valor admitido; use uno de: {}",
            clip(t.trim()),
            labels::choices_text(choices)
        )
    })
}

/// A text cut for a message, so a pasted document does not fill the screen.
pub fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// Excel's serial date (days since 1899-12-30) as YYYY-MM-DD, and the time when there is one.
fn date_text(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..=2_958_465.0).contains(&serial) {
        return serial.to_string();
    }
    let days = serial.floor() as i64;
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    // Days from 1970-01-01 to 1899-12-30 are -25569.
    let (y, m, d) = civil_from_days(days - 25_569);
    if seconds == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
            seconds / 3600,
            seconds % 3600 / 60,
            seconds % 60
        )
    }
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(v: Value, comma: bool) -> String {
        decimal(&v, comma).map(|(d, _)| d.to_string()).unwrap_or_else(|e| e)
    }

    #[test]
    fn numbers_from_text_and_number_cells() {
        assert_eq!(dec(Value::Number(12.5), false), "12.5");
        assert_eq!(dec(Value::Text("1.234,50".into()), false), "1234.50");
        assert_eq!(dec(Value::Text("1,234".into()), false), "1234");
        assert_eq!(dec(Value::Text("1,234".into()), true), "1.234");
        assert_eq!(dec(Value::Text("S/ 1,200".into()), false), "1200");
        assert_eq!(dec(Value::Text("85 %".into()), false), "85");
        assert!(dec(Value::Text("abc".into()), false).contains("no es un número"));
        assert!(dec(Value::Date(44_927.0), false).contains("fecha"));
        assert_eq!(dec(Value::Percent(0.6), false), "60");
        assert_eq!(dec(Value::Percent(0.075), false), "7.5");
    }

    #[test]
    fn integers_refuse_fractions() {
        assert_eq!(integer(&Value::Number(2022.0), false), Ok(2022));
        assert_eq!(integer(&Value::Text(" 2022 ".into()), true), Ok(2022));
        assert!(integer(&Value::Number(2022.5), false).unwrap_err().contains("entero"));
        assert!(integer(&Value::Text("2022,5".into()), true)
            .unwrap_err()
            .contains("entero"));
        assert!(integer(&Value::Number(1e30), false).is_err());
    }

    #[test]
    fn dates_read_as_iso() {
        assert_eq!(date_text(44_927.0), "2023-01-01");
        assert_eq!(date_text(44_927.5), "2023-01-01 12:00:00");
    }

    #[test]
    fn rows_are_sorted_and_blank_cells_dropped() {
        let rows = rows_from_cells(vec![
            (2, 1, Value::Text("b".into())),
            (0, 0, Value::Text("a".into())),
            (2, 0, Value::Text(" ".into())),
            (u32::MAX, 0, Value::Number(1.0)),
        ]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].number, 1);
        assert_eq!(rows[1].number, 3);
        assert_eq!(rows[1].cells.len(), 1);
        assert_eq!(rows[2].number, u32::MAX);
    }
}
