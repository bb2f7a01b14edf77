//! Profiling aid: evaluation with a kept budget part, repeated.
use semaforo_bench::{plan_json, Size};
use semaforo_engine::{evaluate_budget, evaluate_with_budget, load_plan, Options};
fn main() {
    let plan = load_plan(&plan_json(Size::LARGE, 1)).unwrap();
    let part = evaluate_budget(&plan);
    for _ in 0..40 {
        std::hint::black_box(evaluate_with_budget(&plan, Options::default(), &part));
    }
}
