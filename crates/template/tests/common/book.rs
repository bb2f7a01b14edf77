//! Editing a workbook as a person would in Excel: read it, change cells by sheet, row and
//! header, save it again.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;

#[derive(Debug, Clone)]
pub enum V {
    S(String),
    N(f64),
    /// A number shown as a percentage (Excel's "0%" format): 0.6 is seen as 60 %.
    Pct(f64),
    Empty,
}

pub fn s(t: &str) -> V {
    V::S(t.to_string())
}

pub struct Book {
    pub sheets: Vec<(String, Vec<Vec<V>>)>,
}

impl Book {
    pub fn read(bytes: &[u8]) -> Book {
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
        let mut sheets = Vec::new();
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|d| match d {
                            Data::String(t) => V::S(t.clone()),
                            Data::Float(f) => V::N(*f),
                            Data::Int(i) => V::N(*i as f64),
                            Data::Empty => V::Empty,
                            other => panic!("{other:?}"),
                        })
                        .collect()
                })
                .collect();
            sheets.push((name, rows));
        }
        Book { sheets }
    }

    fn sheet(&mut self, name: &str) -> &mut Vec<Vec<V>> {
        &mut self.sheets.iter_mut().find(|(n, _)| n == name).unwrap().1
    }

    fn column(&mut self, sheet: &str, header: &str) -> usize {
        let rows = self.sheet(sheet);
        rows[0]
            .iter()
            .position(|v| matches!(v, V::S(h) if h == header))
            .unwrap_or_else(|| panic!("{sheet} has no {header}"))
    }

    /// Sets the cell of Excel row `row` (1 = headers) under `header`.
    pub fn set(&mut self, sheet: &str, row: usize, header: &str, v: V) -> &mut Book {
        let c = self.column(sheet, header);
        let rows = self.sheet(sheet);
        while rows.len() < row {
            rows.push(Vec::new());
        }
        let r = &mut rows[row - 1];
        while r.len() <= c {
            r.push(V::Empty);
        }
        r[c] = v;
        self
    }

    /// Renames a header.
    pub fn rename(&mut self, sheet: &str, from: &str, to: &str) -> &mut Book {
        let c = self.column(sheet, from);
        self.sheet(sheet)[0][c] = s(to);
        self
    }

    /// Sets a field's value on the `Plan` sheet (column B of the row whose column A is `label`).
    pub fn field(&mut self, label: &str, v: V) -> &mut Book {
        let rows = self.sheet("Plan");
        let r = rows
            .iter()
            .position(|r| matches!(r.first(), Some(V::S(l)) if l == label))
            .unwrap_or_else(|| panic!("no field {label}"));
        rows[r][1] = v;
        self
    }

    pub fn write(&self) -> Vec<u8> {
        let mut wb = Workbook::new();
        for (name, rows) in &self.sheets {
            let ws = wb.add_worksheet();
            ws.set_name(name).unwrap();
            for (r, row) in rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    match v {
                        V::S(t) => {
                            ws.write_string(r as u32, c as u16, t).unwrap();
                        }
                        V::N(f) => {
                            ws.write_number(r as u32, c as u16, *f).unwrap();
                        }
                        V::Pct(f) => {
                            let pct = rust_xlsxwriter::Format::new().set_num_format("0.0%");
                            ws.write_number_with_format(r as u32, c as u16, *f, &pct).unwrap();
                        }
                        V::Empty => {}
                    }
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }
}
