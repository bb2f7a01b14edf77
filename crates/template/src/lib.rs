//! Plans in and out of spreadsheets, for planning offices that work in Excel.
//!
//! [`template`] writes the plan (or an empty one) as an .xlsx workbook laid out for people: one
//! sheet per part of the plan, a row per item, Spanish words for coded values. [`import`] reads
//! such a workbook back (or an .ods, or one or more CSV files, one per sheet) and gives the plan
//! or every problem found, each at its sheet, row and column.
//!
//! Pure: no I/O and no clock, and no panic on any bytes: a file that is not a template gets a
//! report saying what it is. The same code runs in the browser (wasm32) and natively.

mod build;
mod labels;
pub mod layout;
mod norm;
mod number;
mod read;
mod report;
mod write;

pub use report::{Counts, ImportProblem, ImportReport, Severity};
pub use write::template;

use report::Problems;

/// Reads one workbook (.xlsx, .ods) or one or more CSV files, given as (file name, bytes).
///
/// The format is told by content, not by the name. CSV files are matched to template sheets by
/// their header row, else by their file name. `plan` is `Some` only when no problem is an error.
pub fn import(files: &[(String, Vec<u8>)]) -> ImportReport {
    let mut problems = Problems::default();
    let (plan, counts) = match read::read(files, &mut problems) {
        Some(sheets) => build::build(&sheets, &mut problems),
        None => (None, Counts::default()),
    };
    let plan = plan.filter(|_| !problems.has_errors());
    ImportReport {
        plan,
        problems: problems.finish(),
        counts,
    }
}

/// The template's sheet names, in order.
pub fn sheet_names() -> Vec<&'static str> {
    layout::SHEETS.iter().map(|s| s.name).collect()
}
