//! What an edit recomputes on the 10,000-indicator plan (`evaluate_reusing`, the kept part
//! reused), or with `EDIT_EVAL=indicators` the indicator step alone, in a loop for a profiler:
//! `perf record target/bench-native/examples/edit_eval`.
use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::indicator_eval::Context;
use semaforo_engine::{evaluate_indicators, evaluate_reusing, evaluate_without_values, load_plan, Options};

fn main() {
    let plan = load_plan(&plan_json(Size::LARGE, 1)).unwrap();
    let part = evaluate_without_values(&plan);
    // EDIT_EVAL=indicators times the indicator step alone.
    let only_indicators = std::env::var("EDIT_EVAL").is_ok_and(|v| v == "indicators");
    let ctx = Context::new(&plan, plan.settings.use_evaluator_verdicts);
    let t = Instant::now();
    let n = 100;
    for _ in 0..n {
        if only_indicators {
            std::hint::black_box(evaluate_indicators(&plan, &ctx));
        } else {
            std::hint::black_box(evaluate_reusing(&plan, Options::default(), &part));
        }
    }
    println!("{:.2} ms per evaluation", t.elapsed().as_secs_f64() * 1e3 / n as f64);
}
