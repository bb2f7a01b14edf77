//! Reading or writing the large synthetic plan in a loop, for a profiler:
//! `cargo build --release -p semaforo-bench --example read_write && OP=write perf record …`
//! (`OP=read`, the default, or `OP=write`; `RUNS`, default 10). The release profile is the page's
//! opt-level "z", so the profile resembles the wasm one.
use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::load_plan;

fn main() {
    let text = plan_json(Size::LARGE, 1);
    let plan = load_plan(&text).unwrap();
    let write = std::env::var("OP").is_ok_and(|op| op == "write");
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(10);
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        if write {
            std::hint::black_box(semaforo_plan_json::to_json(&plan).unwrap().len());
        } else {
            std::hint::black_box(load_plan(&text).unwrap());
        }
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    let what = if write { "write" } else { "read" };
    let (median, worst) = (times[runs / 2], times[runs - 1]);
    println!("{what} large: median {median:.2} ms, worst {worst:.2} ms");
}
