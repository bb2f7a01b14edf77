//! A sheet read as a table: its header row bound to the layout's columns (in any order, with
//! any of their names), and each row's cells read as the typed values the plan takes, every
//! failure reported at its row and column.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use semaforo_engine::limits::MAX_ABS;
use semaforo_engine::load::MAX_TEXT_BYTES;

use crate::labels::Choice;
use crate::layout::{recognize, Col, Header, Sheet};
use crate::norm::column_letters;
use crate::read::cells::{self, Grid, GridRow, Value};
use crate::read::header::header_index;
use crate::report::Problems;

pub struct Bound {
    pub index: u32,
    pub header: String,
    pub what: Header,
}

impl Bound {
    /// "C (Unidad de medida)", as messages name a column.
    pub fn describe(&self) -> String {
        let h = self.header.trim();
        if h.is_empty() {
            column_letters(self.index)
        } else {
            format!("{} ({})", column_letters(self.index), cells::clip(h))
        }
    }
}

pub struct Table<'g> {
    pub grid: &'g Grid,
    pub sheet: &'static Sheet,
    pub columns: Vec<Bound>,
    header_row: u32,
    /// Index of the header in `grid.rows`.
    header_at: usize,
}

impl<'g> Table<'g> {
    /// Binds the first non-empty row as the header. Unknown headers and data under no header
    /// are warnings; a column given twice is an error (which of the two would be meant?).
    pub fn bind(grid: &'g Grid, sheet: &'static Sheet, p: &mut Problems) -> Option<Table<'g>> {
        let at = header_index(grid, sheet);
        let header = grid.rows.get(at)?;
        if at > 0 {
            let first = grid.rows.first().map_or(1, |r| r.number);
            p.warning(
                &grid.name,
                Some(header.number),
                None,
                format!(
                    "Los encabezados se tomaron de la fila {}; lo que hay antes (desde la fila {first}) se ignoró.",
                    header.number
                ),
            );
        }
        let mut columns: Vec<Bound> = Vec::new();
        for (index, v) in &header.cells {
            let raw = cells::text(v).unwrap_or_default();
            let what = recognize(sheet, &raw);
            let bound = Bound {
                index: *index,
                header: raw,
                what,
            };
            let twin = columns
                .iter()
                .find(|b| b.what == bound.what && !matches!(b.what, Header::Target(None) | Header::Unknown));
            if let Some(first) = twin {
                p.error(
                    &grid.name,
                    Some(header.number),
                    Some(bound.describe()),
                    format!(
                        "Esta columna repite la columna {}: deje solo una (no se sabe cuál vale).",
                        first.describe()
                    ),
                );
                continue;
            }
            if bound.what == Header::Unknown {
                p.warning(
                    &grid.name,
                    Some(header.number),
                    Some(bound.describe()),
                    format!(
                        "La hoja «{}» no tiene esta columna: sus datos se ignoraron.",
                        sheet.name
                    ),
                );
                continue;
            }
            columns.push(bound);
        }
        let headed: BTreeSet<u32> = header.cells.iter().map(|(c, _)| *c).collect();
        let mut unheaded: BTreeSet<u32> = BTreeSet::new();
        for r in grid.rows.iter().skip(at + 1) {
            unheaded.extend(r.cells.iter().map(|(c, _)| *c).filter(|c| !headed.contains(c)));
        }
        for c in unheaded {
            p.warning(
                &grid.name,
                None,
                Some(column_letters(c)),
                "Esta columna tiene datos pero no encabezado: se ignoraron. Escriba en la fila de encabezados qué contiene."
                    .into(),
            );
        }
        Some(Table {
            grid,
            sheet,
            columns,
            header_row: header.number,
            header_at: at,
        })
    }

    pub fn name(&self) -> &str {
        &self.grid.name
    }

    pub fn header_row(&self) -> u32 {
        self.header_row
    }

    pub fn find(&self, col: Col) -> Option<&Bound> {
        self.columns.iter().find(|b| b.what == Header::Col(col))
    }

    pub fn has(&self, col: Col) -> bool {
        self.find(col).is_some()
    }

    /// The data rows: after the header, with something in a bound column.
    pub fn rows(&self) -> impl Iterator<Item = &'g GridRow> + '_ {
        self.grid
            .rows
            .iter()
            .skip(self.header_at + 1)
            .filter(|r| r.cells.iter().any(|(c, _)| self.columns.iter().any(|b| b.index == *c)))
    }
}

/// Reading one row's cells; every problem goes to `p` at this row, naming `item` when known.
pub struct Fields<'a, 'p> {
    pub table: &'a Table<'a>,
    pub row: &'a GridRow,
    p: &'p mut Problems,
    /// The item's code, once read, to name it in messages.
    pub item: Option<String>,
}

impl<'a, 'p> Fields<'a, 'p> {
    pub fn new(table: &'a Table<'a>, row: &'a GridRow, p: &'p mut Problems) -> Fields<'a, 'p> {
        Fields {
            table,
            row,
            p,
            item: None,
        }
    }

    pub fn number(&self) -> u32 {
        self.row.number
    }

    fn say(&self, message: &str) -> String {
        match &self.item {
            Some(code) => format!("{code}: {message}"),
            None => message.to_string(),
        }
    }

    pub fn error_at(&mut self, bound: Option<&Bound>, message: &str) {
        let m = self.say(message);
        self.p
            .error(self.table.name(), Some(self.row.number), bound.map(Bound::describe), m);
    }

    pub fn warn_at(&mut self, bound: Option<&Bound>, message: &str) {
        let m = self.say(message);
        self.p
            .warning(self.table.name(), Some(self.row.number), bound.map(Bound::describe), m);
    }

    pub fn error(&mut self, col: Col, message: &str) {
        let table = self.table;
        self.error_at(table.find(col), message);
    }

    pub fn warn(&mut self, col: Col, message: &str) {
        let table = self.table;
        self.warn_at(table.find(col), message);
    }

    pub fn raw(&self, col: Col) -> Option<&'a Value> {
        let b = self.table.find(col)?;
        self.row.get(b.index)
    }

    pub fn blank(&self, col: Col) -> bool {
        self.raw(col).is_none()
    }

    /// A text as written (spaces kept), refused when longer than the plan file allows.
    pub fn text(&mut self, col: Col) -> Option<String> {
        let table = self.table;
        let b = table.find(col)?;
        self.text_in(b)
    }

    pub fn text_in(&mut self, b: &Bound) -> Option<String> {
        let v = self.row.get(b.index)?;
        if let Value::Error(e) = v {
            self.error_at(
                Some(b),
                &format!("La celda tiene el error {e} (¿una fórmula que falla?): escriba el texto."),
            );
            return None;
        }
        let t = cells::text(v)?;
        if json_len(&t) > MAX_TEXT_BYTES {
            self.error_at(
                Some(b),
                &format!(
                    "El texto es demasiado largo ({} caracteres): un plan admite hasta {MAX_TEXT_BYTES} bytes por texto. ¿Se pegó un documento entero en la celda?",
                    t.chars().count()
                ),
            );
            return None;
        }
        Some(t)
    }

    /// A code: the text without surrounding spaces.
    pub fn code(&mut self, col: Col) -> Option<String> {
        self.text(col).map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
    }

    /// A figure (any sign), within the plan's limit.
    pub fn decimal(&mut self, col: Col) -> Option<Decimal> {
        let table = self.table;
        let b = table.find(col)?;
        self.decimal_in(b)
    }

    pub fn decimal_in(&mut self, b: &Bound) -> Option<Decimal> {
        let v = self.row.get(b.index)?;
        match cells::decimal(v, self.table.grid.decimal_comma) {
            Ok((d, note)) => {
                if d.abs() > MAX_ABS {
                    self.error_at(
                        Some(b),
                        &format!(
                            "{} es demasiado grande: Semáforo acepta cifras de hasta {}.",
                            d.normalize(),
                            semaforo_engine::limits::MAX_ABS_WORDS
                        ),
                    );
                    return None;
                }
                if let Some(n) = note {
                    self.warn_at(Some(b), &n);
                }
                Some(d)
            }
            Err(e) => {
                self.error_at(Some(b), &capital(&e));
                None
            }
        }
    }

    /// An amount or goal: a figure that cannot be negative.
    pub fn amount(&mut self, col: Col) -> Option<Decimal> {
        let d = self.decimal(col)?;
        if d.is_sign_negative() && !d.is_zero() {
            self.error(
                col,
                &format!(
                    "{} es negativo; aquí solo caben cifras de 0 en adelante.",
                    d.normalize()
                ),
            );
            return None;
        }
        Some(d)
    }

    /// An integer between `min` and `max`.
    pub fn int(&mut self, col: Col, min: i64, max: i64) -> Option<i64> {
        let table = self.table;
        let b = table.find(col)?;
        self.int_in(b, min, max)
    }

    pub fn int_in(&mut self, b: &Bound, min: i64, max: i64) -> Option<i64> {
        let v = self.row.get(b.index)?;
        match cells::integer(v, self.table.grid.decimal_comma) {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(n) => {
                self.error_at(Some(b), &format!("{n} está fuera de lo admitido (de {min} a {max})."));
                None
            }
            Err(e) => {
                self.error_at(Some(b), &capital(&e));
                None
            }
        }
    }

    pub fn count(&mut self, col: Col) -> Option<u32> {
        self.int(col, 0, i64::from(u32::MAX))
            .and_then(|n| u32::try_from(n).ok())
    }

    pub fn year(&mut self, col: Col) -> Option<i32> {
        self.int(col, MIN_YEAR, MAX_YEAR).and_then(|n| i32::try_from(n).ok())
    }

    pub fn choice<T: Copy>(&mut self, col: Col, choices: &[Choice<T>]) -> Option<T> {
        let v = self.raw(col)?;
        match cells::choice(v, choices) {
            Ok(x) => Some(x),
            Err(e) => {
                self.error(col, &capital(&e));
                None
            }
        }
    }

    /// Reports a required value that is missing (an invalid one was reported already).
    pub fn require<T>(&mut self, col: Col, value: Option<T>, what: &str) -> Option<T> {
        if value.is_none() && self.blank(col) {
            let table = self.table;
            match table.find(col) {
                Some(b) => self.error_at(Some(b), &format!("Falta {what}.")),
                None => {
                    let header = table.sheet.column(col).map_or("", |c| c.header);
                    self.error_at(None, &format!("Falta {what}: la hoja no tiene la columna «{header}»."));
                }
            }
        }
        value
    }
}

/// Years accepted anywhere in a plan.
pub const MIN_YEAR: i64 = 1900;
pub const MAX_YEAR: i64 = 2100;

/// The text's length once written in the plan file (quotes and line breaks take two bytes),
/// which is what the plan loader limits.
pub fn json_len(s: &str) -> usize {
    s.len()
        + s.chars()
            .map(|c| match c {
                '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 1,
                c if (c as u32) < 0x20 => 5,
                _ => 0,
            })
            .sum::<usize>()
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out: String = f.to_uppercase().collect();
            out.push_str(c.as_str());
            if !out.ends_with('.') && !out.ends_with('?') {
                out.push('.');
            }
            out
        }
        None => String::new(),
    }
}
