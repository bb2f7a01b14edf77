//! Where evaluation time goes on the large synthetic plan: indicators, budget, everything else.
//! `cargo run --release -p semaforo-bench --example phases`
use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::{
    budget, evaluate, evaluate_indicators, evaluate_reusing, evaluate_without_values, indicator_eval, load_plan,
    Options,
};

fn main() {
    let text = plan_json(Size::LARGE, 1);
    let plan = load_plan(&text).unwrap();
    let ctx = indicator_eval::Context::new(&plan, true);
    for _ in 0..5 {
        let t = Instant::now();
        let n = std::hint::black_box(evaluate_indicators(&plan, &ctx)).len();
        let ti = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        std::hint::black_box(budget::compute(&plan));
        let tb = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let ev = evaluate(&plan, Options::default());
        let te = t.elapsed().as_secs_f64() * 1e3;
        let part = evaluate_without_values(&plan);
        let t = Instant::now();
        let ev2 = evaluate_reusing(&plan, Options::default(), &part);
        let tw = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let same = ev2 == ev;
        let tc = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "indicators {n}: {ti:.1} ms; budget {tb:.1} ms; full evaluate {te:.1} ms; with kept budget part {tw:.1} ms (compare {tc:.1} ms, {same}); diagnostics {} ({} from the POI)",
            ev.diagnostics.len(),
            part.diagnostics.len()
        );
    }
}
