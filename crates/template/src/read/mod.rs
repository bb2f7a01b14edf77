//! From the files a user picked to template sheets: what each file is, its cells, and which
//! sheet each sheet or CSV file is.

mod assign;
pub mod cells;
mod csv;
mod detect;
pub mod header;
mod workbook;

use semaforo_engine::load::check_size;

use crate::layout::SheetId;
use crate::report::Problems;
use cells::Grid;
use detect::Kind;

/// Reads the files; `None` when nothing can be imported (every reason is in `p`).
pub fn read(files: &[(String, Vec<u8>)], p: &mut Problems) -> Option<Vec<(SheetId, Grid)>> {
    if files.is_empty() {
        p.general(
            "No se eligió ningún archivo: elija la plantilla de Excel (.xlsx), un libro .ods o uno o más archivos CSV."
                .into(),
        );
        return None;
    }
    let mut books: Vec<(&str, Vec<Grid>)> = Vec::new();
    let mut csvs: Vec<Grid> = Vec::new();
    let mut unreadable = false;
    for (name, bytes) in files {
        if let Err(e) = check_size(bytes.len()) {
            p.general(format!("«{name}»: {}", e.message));
            unreadable = true;
            continue;
        }
        let read = match detect::detect(name, bytes) {
            Kind::Refused(message) => Err(message),
            Kind::Xlsx => workbook::read_xlsx(bytes)
                .map(|g| books.push((name, g)))
                .map_err(|e| format!("«{name}» {e}")),
            Kind::Ods => workbook::read_ods(bytes)
                .map(|g| books.push((name, g)))
                .map_err(|e| format!("«{name}» {e}")),
            Kind::Csv => csv::read(name, bytes)
                .map(|c| {
                    for n in c.notes {
                        p.warning(name, None, None, n);
                    }
                    csvs.push(c.grid);
                })
                .map_err(|e| format!("«{name}»: {e}")),
        };
        if let Err(message) = read {
            p.general(message);
            unreadable = true;
        }
    }
    if books.len() > 1 {
        let names: Vec<String> = books.iter().map(|(n, _)| format!("«{n}»")).collect();
        p.general(format!(
            "Se eligieron varios libros ({}): importe uno a la vez, con todas sus hojas.",
            names.join(", ")
        ));
        return None;
    }
    if !books.is_empty() && !csvs.is_empty() {
        p.general(
            "Se eligieron a la vez un libro y archivos CSV: importe el libro solo, o solo archivos CSV (uno por hoja)."
                .into(),
        );
        return None;
    }
    if unreadable {
        return None;
    }
    match books.pop() {
        Some((_, grids)) => Some(assign::assign(grids, true, p)),
        None => Some(assign::assign(csvs, false, p)),
    }
}
