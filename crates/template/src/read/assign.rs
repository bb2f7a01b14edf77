//! Which template sheet each sheet or CSV file is. A workbook's sheets go by their name (then,
//! for a sheet named otherwise, "Hoja1", by its headers); a CSV file by its header row, then by
//! its file name holding a sheet's name. A header row is scored by how many of its headers a
//! sheet knows, ties going to the sheet missing fewest of its own columns (an OEI file has all
//! the OEI sheet's columns, and all but "Código OEI" of the AEI sheet's).

use std::collections::BTreeSet;

use crate::layout::{recognize, Col, Header, Sheet, SheetId, SHEETS};
use crate::norm::{has_words, norm};
use crate::report::Problems;

use super::cells::{text, Grid};

/// A sheet must share at least this many headers with the file's to be recognised by them.
const MIN_MATCHED: usize = 2;

/// (headers recognised, written columns missing) for a grid read as a sheet.
fn score(sheet: &Sheet, grid: &Grid) -> (usize, usize) {
    let Some(header) = grid.rows.get(super::header::header_index(grid, sheet)) else {
        return (0, 0);
    };
    let mut found: BTreeSet<String> = BTreeSet::new();
    let mut cols: BTreeSet<Col> = BTreeSet::new();
    for (_, v) in &header.cells {
        let h = recognize(sheet, &text(v).unwrap_or_default());
        if let Header::Col(c) = h {
            cols.insert(c);
        }
        if h != Header::Unknown {
            found.insert(format!("{h:?}"));
        }
    }
    let missing = sheet
        .written()
        .filter(|c| c.col != Col::Targets && !cols.contains(&c.col))
        .count();
    (found.len(), missing)
}

/// The sheet the headers say, if one sheet clearly wins.
fn by_headers(grid: &Grid) -> Option<SheetId> {
    let mut scored: Vec<((usize, usize), SheetId)> = SHEETS.iter().map(|s| (score(s, grid), s.id)).collect();
    scored.sort_by(|(a, _), (b, _)| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match scored.as_slice() {
        [(best, id), (second, _), ..] if best.0 >= MIN_MATCHED && best != second => Some(*id),
        [(best, id)] if best.0 >= MIN_MATCHED => Some(*id),
        _ => None,
    }
}

/// The sheet a file name names ("indicadores_2022.csv", "Plantilla - OEI.csv"): the longest
/// sheet name or synonym found in it as whole words.
fn by_file_name(file: &str) -> Option<SheetId> {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let n = norm(stem);
    SHEETS
        .iter()
        .flat_map(|s| {
            std::iter::once(s.name)
                .chain(s.also.iter().copied())
                .map(move |a| (norm(a), s.id))
        })
        .filter(|(a, _)| has_words(&n, a))
        .max_by_key(|(a, _)| a.len())
        .map(|(_, id)| id)
}

fn sheet_name(id: SheetId) -> &'static str {
    crate::layout::sheet(id).name
}

/// The grids with the sheet each one is; every grid left out has said why.
pub fn assign(grids: Vec<Grid>, workbook: bool, p: &mut Problems) -> Vec<(SheetId, Grid)> {
    let mut out: Vec<(SheetId, Grid)> = Vec::new();
    let mut unnamed: Vec<Grid> = Vec::new();
    for g in grids {
        if workbook {
            match SHEETS.iter().find(|s| s.named(&g.name)) {
                Some(s) if s.id == SheetId::Instructions => {}
                Some(s) => match out.iter().find(|(id, _)| *id == s.id) {
                    Some((_, first)) => p.warning(
                        &g.name,
                        None,
                        None,
                        format!(
                            "Es la misma hoja que «{}» (ambas son «{}»): se ignoró esta.",
                            first.name, s.name
                        ),
                    ),
                    None => out.push((s.id, g)),
                },
                None => unnamed.push(g),
            }
        } else {
            unnamed.push(g);
        }
    }
    for g in unnamed {
        if g.rows.is_empty() {
            if g.csv {
                p.warning(&g.name, None, None, "El archivo está vacío: se ignoró.".into());
            }
            continue;
        }
        let id = by_headers(&g).or_else(|| if g.csv { by_file_name(&g.name) } else { None });
        match id {
            Some(SheetId::Instructions) => {}
            Some(id) => {
                if let Some((_, first)) = out.iter().find(|(i, _)| *i == id) {
                    let message = format!(
                        "Corresponde a la hoja «{}», como «{}»: importe un solo archivo por hoja.",
                        sheet_name(id),
                        first.name
                    );
                    if g.csv {
                        p.error(&g.name, None, None, message);
                    } else {
                        p.warning(&g.name, None, None, format!("{message} Se ignoró esta hoja."));
                    }
                    continue;
                }
                if !g.csv {
                    p.warning(
                        &g.name,
                        None,
                        None,
                        format!("Por sus encabezados, esta hoja se leyó como «{}».", sheet_name(id)),
                    );
                }
                out.push((id, g));
            }
            None if g.csv => p.error(
                &g.name,
                Some(1),
                None,
                format!(
                    "No se reconoce a qué hoja de la plantilla corresponde este archivo: ni sus encabezados ni su nombre lo dicen. Use los encabezados de la plantilla, o ponga en el nombre del archivo el de la hoja ({}).",
                    SHEETS
                        .iter()
                        .filter(|s| s.id != SheetId::Instructions)
                        .map(|s| s.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            None => p.warning(
                &g.name,
                None,
                None,
                "Esta hoja no es de la plantilla (ni su nombre ni sus encabezados lo son): se ignoró.".into(),
            ),
        }
    }
    out.sort_by_key(|(id, _)| *id);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::cells::{GridRow, Value};

    fn grid(name: &str, headers: &[&str]) -> Grid {
        Grid {
            name: name.into(),
            rows: vec![GridRow {
                number: 1,
                cells: headers
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (i as u32, Value::Text(h.to_string())))
                    .collect(),
            }],
            decimal_comma: true,
            csv: true,
        }
    }

    #[test]
    fn csv_files_by_their_headers_then_their_names() {
        let oei = grid(
            "a.csv",
            &[
                "Código",
                "Nombre",
                "Prioridad",
                "Unidad responsable",
                "Resultado declarado (%)",
            ],
        );
        assert_eq!(by_headers(&oei), Some(SheetId::Objectives));
        let aei = grid("b.csv", &["Código OEI", "Código", "Nombre"]);
        assert_eq!(by_headers(&aei), Some(SheetId::Actions));
        let flat = grid("c.csv", &["CODIGO", "nombre", "Unidad", "Meta 2022", "Logrado"]);
        assert_eq!(by_headers(&flat), Some(SheetId::Indicators));
        let values = grid("d.csv", &["Código del indicador", "Periodo", "Valor obtenido"]);
        assert_eq!(by_headers(&values), Some(SheetId::Values));
        let plan = grid("e.csv", &["Campo", "Valor"]);
        assert_eq!(by_headers(&plan), Some(SheetId::Plan));
        assert_eq!(
            by_file_name("Plantilla - Centros de costo.csv"),
            Some(SheetId::CostCentres)
        );
        assert_eq!(by_file_name("plantilla_oei.csv"), Some(SheetId::Objectives));
        assert_eq!(by_file_name("valores_obtenidos_2022.csv"), Some(SheetId::Values));
        assert_eq!(by_file_name("datos.csv"), None);
    }
}
