//! Times a merge preview of the 10,000-indicator plan against a copy of itself with one target
//! changed: `cargo run --profile bench-native -p semaforo-bench --example merge_preview`.

use std::time::Instant;

use semaforo_engine::merge::{self, IncomingFile};

fn main() {
    let text = semaforo_bench::plan_json(semaforo_bench::Size::LARGE, 7);
    let plan = semaforo_engine::load_plan(&text).expect("the synthetic plan loads");
    let mut other = plan.clone();
    if let Some(i) = other
        .objectives
        .first_mut()
        .and_then(|o| o.actions.first_mut())
        .and_then(|a| a.indicators.first_mut())
    {
        i.expected.insert("2099".into(), rust_decimal::Decimal::ONE);
    }
    let files = [IncomingFile {
        name: "unidad.json".into(),
        plan: other,
    }];
    let t = Instant::now();
    let s = semaforo_engine::structure::incoming::proposals(&plan, &files[0].plan, "unidad.json", plan.history.len());
    println!(
        "structure proposals alone: {:.1} ms, {} changes",
        t.elapsed().as_secs_f64() * 1000.0,
        s.len()
    );
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(3);
    for _ in 0..runs {
        let t = Instant::now();
        let p = merge::preview(&plan, &files);
        println!(
            "merge preview, 10,000 indicators / 50,000 AO: {:.1} ms, {} structure changes",
            t.elapsed().as_secs_f64() * 1000.0,
            p.structure.len()
        );
    }
}
