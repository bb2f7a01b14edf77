//! `cargo run --profile bench-native -p semaforo-bench [-- --out FILE.json] [--sizes ilo,small,medium,large,xl]`
//! `cargo run --profile bench-native -p semaforo-bench -- --write SIZE FILE`
//!
//! Native engine timings (median and worst of several runs) for parse, evaluate and serialise,
//! on the Ilo plan and synthetic plans; prints a table and writes the figures as JSON. `--write`
//! saves a synthetic plan (small, medium, large or xl; seed 1) to a file instead, e.g. for the
//! browser benchmark's file input.

use std::time::Instant;

use semaforo_bench::measure::{measure, named_plan};
use semaforo_bench::{plan_json, Size};

fn arg_after(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn fail(message: &str, code: i32) -> ! {
    eprintln!("{message}");
    std::process::exit(code)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let (Some(size), Some(path)) = (args.get(i + 1), args.get(i + 2)) else {
            fail("uso: semaforo-bench --write small|medium|large|xl ARCHIVO", 2)
        };
        let Some(s) = Size::by_name(size) else {
            fail(&format!("tamaño desconocido: {size} (use small, medium, large, xl)"), 2)
        };
        let text = plan_json(s, 1);
        if let Err(e) = std::fs::write(path, &text) {
            fail(&format!("no se pudo escribir {path}: {e}"), 1)
        }
        println!(
            "{path}: {} bytes, {} indicadores, {} AO",
            text.len(),
            s.indicators,
            s.activities
        );
        return;
    }
    let out = arg_after(&args, "--out");
    let sizes = arg_after(&args, "--sizes").unwrap_or_else(|| "ilo,small,medium,large,xl".into());
    let start = Instant::now();
    let now = move || start.elapsed().as_secs_f64() * 1000.0;
    let mut rows = Vec::new();
    for s in sizes.split(',') {
        let Some((name, text, runs)) = named_plan(s) else {
            fail(
                &format!("tamaño desconocido: {s} (use ilo, small, medium, large, xl)"),
                2,
            )
        };
        rows.push(measure(&name, &text, runs, &now));
    }
    let build = format!(
        "native, profile {}, opt-level {}",
        env!("BENCH_PROFILE"),
        env!("BENCH_OPT_LEVEL")
    );
    println!("engine, {build}; times in ms, median / worst");
    println!(
        "{:<13} {:>10} {:>8} {:>8} {:>18} {:>18} {:>18} {:>18} {:>18} {:>14} {:>10}",
        "plan",
        "bytes",
        "indic.",
        "AO",
        "parse ms (med/max)",
        "eval ms (med/max)",
        "edit ms (med/max)",
        "indic. ms (med/max)",
        "ser. ms (med/max)",
        "indicators/s",
        "MB/s parse"
    );
    for r in &rows {
        println!(
            "{:<13} {:>10} {:>8} {:>8} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>8.2} / {:>7.2} {:>14.0} {:>10.1}",
            r.plan,
            r.bytes,
            r.indicators,
            r.activities,
            r.parse.median,
            r.parse.worst,
            r.evaluate.median,
            r.evaluate.worst,
            r.edit.median,
            r.edit.worst,
            r.indicators_step.median,
            r.indicators_step.worst,
            r.serialise.median,
            r.serialise.worst,
            r.indicators_per_s(),
            r.parse_mb_per_s()
        );
    }
    if let Some(path) = out {
        let json = serde_json::json!({
            "build": build,
            "profile": env!("BENCH_PROFILE"),
            "opt_level": env!("BENCH_OPT_LEVEL"),
            "plans": rows.iter().map(|r| r.to_json()).collect::<Vec<_>>(),
        });
        if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap_or_default()) {
            fail(&format!("no se pudo escribir {path}: {e}"), 1)
        }
    }
}
