//! The tables a planning office hands in, as CSV files and as one .xlsx workbook.
//!
//! Layout only: every figure comes from [`semaforo_engine::evaluate`]; nothing here adds, divides
//! or averages. Percentages travel in full precision and each writer rounds them at the last
//! moment (CSV: two decimals, half away from zero; xlsx: the cell's number format).
//!
//! Pure like the engine: no I/O, no panics on any plan, and it compiles for
//! `wasm32-unknown-unknown` so the app can build the files in the browser.

pub mod csv;
mod slug;
pub mod tables;
pub mod xlsx;

pub use csv::{file_name, to_csv};
pub use tables::{tables, Cell, Table};
pub use xlsx::{sheet_name, to_xlsx};
