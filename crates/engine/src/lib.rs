//! Semáforo's evaluation engine.
//!
//! Pure by design: no UI, no browser, no I/O, no panics on user data. Everything the app and the
//! command line show comes from here, so the web page and a batch check can never disagree.

pub mod examples;
pub mod load;
pub mod model;

pub use load::{load_plan, LoadError};
pub use model::*;
