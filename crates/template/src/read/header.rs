//! Which row holds a sheet's headers. Row 1 in the template; in a table people made themselves
//! a title or a note often comes first, so the first rows are tried and the one with most
//! known headers wins (the earliest on a tie).

use crate::layout::{recognize, Header, Sheet};

use super::cells::{text, Grid, GridRow};

/// Rows tried for the header.
const LOOK_AHEAD: usize = 10;

/// How many of the row's cells are headers the sheet knows.
pub fn known_headers(sheet: &Sheet, row: &GridRow) -> usize {
    row.cells
        .iter()
        .filter(|(_, v)| recognize(sheet, &text(v).unwrap_or_default()) != Header::Unknown)
        .count()
}

/// The index in `grid.rows` of the header row (0 when no row has a known header).
pub fn header_index(grid: &Grid, sheet: &Sheet) -> usize {
    let mut best = (0, 0);
    for (i, row) in grid.rows.iter().take(LOOK_AHEAD).enumerate() {
        let n = known_headers(sheet, row);
        if n > best.1 {
            best = (i, n);
        }
    }
    best.0
}
