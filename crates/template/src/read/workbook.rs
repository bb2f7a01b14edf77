//! Workbooks: .xlsx (Excel) and .ods (LibreOffice, Google Sheets' "OpenDocument"), every
//! worksheet as a `Grid`. A damaged workbook is a message, not a panic.

use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader, SheetType, Xlsx};

use super::cells::{rows_from_cells, Grid, Value};

/// No template comes near this many filled cells; a file beyond it is refused rather than
/// allowed to take the browser's memory.
const MAX_CELLS: usize = 5_000_000;

fn too_many() -> String {
    format!("tiene más de {MAX_CELLS} celdas con datos: no parece una plantilla de plan. Importe solo las hojas de la plantilla.")
}

fn damaged(what: &str, e: impl std::fmt::Display) -> String {
    format!("parece un libro {what} pero no se pudo leer ({e}). Puede estar dañado o incompleto: ábralo en su programa de hojas de cálculo y guárdelo de nuevo.")
}

pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<Grid>, String> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| damaged("de Excel (.xlsx)", e))?;
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut grids = Vec::new();
    let mut total = 0usize;
    for name in names {
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| damaged("de Excel (.xlsx)", format!("hoja «{name}»: {e}")))?;
        // Styles whose number format shows the value as a percentage (0.6 shown as 60 %).
        let percent: Vec<bool> = reader
            .styles()
            .iter()
            .map(|s| s.number_format.as_ref().is_some_and(|f| shows_percent(&f.format_code)))
            .collect();
        let mut cells = Vec::new();
        loop {
            let (cell, style) = match reader.next_cell_with_style_id() {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => return Err(damaged("de Excel (.xlsx)", format!("hoja «{name}»: {e}"))),
            };
            let as_percent = percent.get(style).copied().unwrap_or(false);
            let (r, c) = cell.get_position();
            let value = match cell.get_value() {
                DataRef::Empty => continue,
                DataRef::SharedString(s) => Value::Text((*s).to_string()),
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Text(s.clone()),
                DataRef::Int(i) if as_percent => Value::Percent(*i as f64),
                DataRef::Float(f) if as_percent => Value::Percent(*f),
                DataRef::Int(i) => Value::Number(*i as f64),
                DataRef::Float(f) => Value::Number(*f),
                DataRef::Bool(b) => Value::Bool(*b),
                DataRef::DateTime(d) => Value::Date(d.as_f64()),
                DataRef::Error(e) => Value::Error(e.to_string()),
            };
            total += 1;
            if total > MAX_CELLS {
                return Err(too_many());
            }
            cells.push((r, c, value));
        }
        grids.push(Grid {
            name,
            rows: rows_from_cells(cells),
            decimal_comma: false,
            csv: false,
        });
    }
    Ok(grids)
}

/// Whether a number format shows a percentage: a `%` outside quoted text and brackets.
fn shows_percent(code: &str) -> bool {
    let (mut quoted, mut bracket, mut escaped) = (false, false, false);
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            '%' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

pub fn read_ods(bytes: &[u8]) -> Result<Vec<Grid>, String> {
    let mut book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| damaged("OpenDocument (.ods)", e))?;
    let mut grids = Vec::new();
    let mut total = 0usize;
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| damaged("OpenDocument (.ods)", format!("hoja «{name}»: {e}")))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut cells = Vec::new();
        for (r, c, v) in range.used_cells() {
            let value = match v {
                Data::Empty => continue,
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
                Data::Int(i) => Value::Number(*i as f64),
                Data::Float(f) => Value::Number(*f),
                Data::Bool(b) => Value::Bool(*b),
                Data::DateTime(d) => Value::Date(d.as_f64()),
                Data::Error(e) => Value::Error(e.to_string()),
            };
            total += 1;
            if total > MAX_CELLS {
                return Err(too_many());
            }
            let r = u32::try_from(r).unwrap_or(u32::MAX).saturating_add(r0);
            let c = u32::try_from(c).unwrap_or(u32::MAX).saturating_add(c0);
            cells.push((r, c, value));
        }
        grids.push(Grid {
            name,
            rows: rows_from_cells(cells),
            decimal_comma: false,
            csv: false,
        });
    }
    Ok(grids)
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_formats() {
        for code in ["0%", "0.00%", "#,##0.0 %"] {
            assert!(super::shows_percent(code), "{code}");
        }
        for code in ["General", "0.00", "\"%\" 0", "\\%0", "[Red]0"] {
            assert!(!super::shows_percent(code), "{code}");
        }
    }
}
