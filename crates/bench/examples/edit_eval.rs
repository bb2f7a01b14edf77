//! Only what an edit recomputes (`evaluate_with_budget` with the POI's part kept), in a loop, for
//! a profiler: `perf record target/bench-native/examples/edit_eval`.
use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::{evaluate_budget, evaluate_with_budget, load_plan, Options};

fn main() {
    let plan = load_plan(&plan_json(Size::LARGE, 1)).unwrap();
    let part = evaluate_budget(&plan);
    let t = Instant::now();
    let n = 50;
    for _ in 0..n {
        std::hint::black_box(evaluate_with_budget(&plan, Options::default(), &part));
    }
    println!("{:.2} ms per evaluation", t.elapsed().as_secs_f64() * 1e3 / n as f64);
}
