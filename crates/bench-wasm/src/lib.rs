//! `run("large")` in a browser: generates the named plan, then parses, evaluates and serialises
//! it exactly as the native benchmark does (`semaforo_bench::measure`), timed with
//! `performance.now()`. Returns the figures as JSON text (or `{"error": …}`).
//!
//! Built with the release profile and wasm-opt -Oz, as the app's own wasm is, so the figures are
//! the engine as users get it.

use semaforo_bench::measure::{measure, named_plan};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

#[wasm_bindgen]
pub fn run(name: &str) -> String {
    let Some((label, text, runs)) = named_plan(name) else {
        return serde_json::json!({ "error": format!("unknown size {name}") }).to_string();
    };
    measure(&label, &text, runs, &performance_now).to_json().to_string()
}
