//! Semáforo's evaluation engine.
//!
//! Pure by design: no UI, no browser, no I/O, no panics on user data. Everything the app and the
//! command line show comes from here, so the web page and a batch check can never disagree.

pub mod assign;
pub mod budget;
mod checks;
pub mod compare;
pub mod decimal_util;
pub mod diagnostic;
pub mod direction;
pub mod edit;
pub mod encoding;
pub mod evaluation;
pub mod examples;
pub mod field;
pub mod file_kind;
pub mod history;
pub mod indicator_eval;
pub mod json_text;
pub mod light;
pub mod limits;
pub mod link;
pub mod load;
pub mod merge;
pub mod method;
pub mod model;
pub mod narrative;
pub mod needed;
pub mod new_year;
pub mod period;
mod place;
pub mod practice;
mod problems;
pub mod qr;
pub mod rollup;
pub mod series;
pub mod sorting;
pub mod status_counts;
pub mod structure;
pub mod summary;
pub mod trend;
pub mod unit_range;
pub mod user_number;
pub mod walk;
pub mod what_if;
pub mod words;

pub use diagnostic::{Code, Diagnostic, Diagnostics, Severity};
pub use evaluation::{
    compare_readings, evaluate, evaluate_indicators, evaluate_reusing, evaluate_without_values, Evaluation, Options,
    ReadingDifference, WithoutValues,
};
pub use indicator_eval::{IndicatorResult, Status};
pub use load::{load_plan, load_plan_bytes, load_plan_report, LoadError, Loaded};
pub use model::*;
