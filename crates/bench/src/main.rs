//! `cargo run --release -p semaforo-bench [-- --out FILE.json] [--sizes ilo,small,medium,large]`
//!
//! Native engine timings (median and worst of several runs) for parse, evaluate and serialise,
//! on the Ilo plan and synthetic plans; prints a table and writes the figures as JSON.

use std::time::Instant;

use semaforo_bench::{plan_json, Size};
use semaforo_engine::{evaluate, load_plan, Options};

struct Row {
    name: String,
    bytes: usize,
    indicators: usize,
    activities: usize,
    parse_ms: (f64, f64),
    evaluate_ms: (f64, f64),
    serialise_ms: (f64, f64),
}

/// Median and worst of `runs` timings of `f`, in milliseconds.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    v.sort_by(|a, b| a.total_cmp(b));
    (v[v.len() / 2], v[v.len() - 1])
}

fn measure(name: &str, text: &str, runs: usize) -> Row {
    let plan = load_plan(text).expect("benchmark plans load");
    let indicators = plan
        .objectives
        .iter()
        .map(|o| o.indicators.len() + o.actions.iter().map(|a| a.indicators.len()).sum::<usize>())
        .sum();
    Row {
        name: name.into(),
        bytes: text.len(),
        indicators,
        activities: plan.poi.activities.len(),
        parse_ms: time(runs, || load_plan(text)),
        evaluate_ms: time(runs, || evaluate(&plan, Options::default())),
        serialise_ms: time(runs, || serde_json::to_string(&plan)),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let sizes = args
        .iter()
        .position(|a| a == "--sizes")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "ilo,small,medium,large".into());
    let mut rows = Vec::new();
    for s in sizes.split(',') {
        let (name, text, runs) = match s {
            "ilo" => (
                "Ilo 2022".to_string(),
                semaforo_engine::examples::ILO_2022.to_string(),
                30,
            ),
            "small" => ("sintético S".to_string(), plan_json(Size::SMALL, 1), 20),
            "medium" => ("sintético M".to_string(), plan_json(Size::MEDIUM, 1), 10),
            "large" => ("sintético L".to_string(), plan_json(Size::LARGE, 1), 5),
            other => {
                eprintln!("tamaño desconocido: {other} (use ilo, small, medium, large)");
                std::process::exit(2);
            }
        };
        rows.push(measure(&name, &text, runs));
    }
    println!(
        "{:<12} {:>10} {:>8} {:>8} {:>18} {:>18} {:>18} {:>14} {:>10}",
        "plan",
        "bytes",
        "indic.",
        "AO",
        "parse ms (med/max)",
        "eval ms (med/max)",
        "ser. ms (med/max)",
        "indic./s eval",
        "MB/s parse"
    );
    for r in &rows {
        let ind_per_s = r.indicators as f64 / (r.evaluate_ms.0 / 1000.0);
        let mb_per_s = r.bytes as f64 / 1e6 / (r.parse_ms.0 / 1000.0);
        println!(
            "{:<12} {:>10} {:>8} {:>8} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>14.0} {:>10.1}",
            r.name,
            r.bytes,
            r.indicators,
            r.activities,
            r.parse_ms.0,
            r.parse_ms.1,
            r.evaluate_ms.0,
            r.evaluate_ms.1,
            r.serialise_ms.0,
            r.serialise_ms.1,
            ind_per_s,
            mb_per_s
        );
    }
    if let Some(path) = out {
        let json: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "plan": r.name, "bytes": r.bytes, "indicators": r.indicators, "activities": r.activities,
                    "parse_ms_median": r.parse_ms.0, "parse_ms_worst": r.parse_ms.1,
                    "evaluate_ms_median": r.evaluate_ms.0, "evaluate_ms_worst": r.evaluate_ms.1,
                    "serialise_ms_median": r.serialise_ms.0, "serialise_ms_worst": r.serialise_ms.1,
                })
            })
            .collect();
        if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap_or_default()) {
            eprintln!("no se pudo escribir {path}: {e}");
            std::process::exit(1);
        }
    }
}
