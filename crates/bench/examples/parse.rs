//! Where reading the large synthetic plan spends its time, for a profiler:
//! `cargo build --release -p semaforo-bench --example parse && perf record …`
//! (the release profile is the page's opt-level "z", so the profile resembles the wasm one).
use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::load_plan;

fn main() {
    let text = plan_json(Size::LARGE, 1);
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(10);
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let plan = load_plan(&text).unwrap();
        std::hint::black_box(&plan);
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!("parse large: median {:.2} ms, worst {:.2} ms", times[runs / 2], times[runs - 1]);
}
