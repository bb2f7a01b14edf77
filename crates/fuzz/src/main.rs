//! `cargo run --profile fuzz -p semaforo-fuzz -- [--seconds N | --iterations N] [--seed S]`
//!
//! Mutates real plans (the Ilo example, synthetic plans, and every input kept in `regressions/`)
//! and feeds each mutant to the loader and the engine. An input that panics is written to
//! `crates/fuzz/regressions/` (where `cargo test` replays it forever after) and the run fails.
//! Prints how many inputs ran, how many loaded, and the rate.

use std::panic;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use semaforo_bench::{plan_json, Size};
use semaforo_engine::examples::ILO_2022;
use semaforo_fuzz::{exercise, mutate, Rng};

fn arg(args: &[String], name: &str) -> Option<u64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
}

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("regressions")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds = arg(&args, "--seconds");
    let iterations = arg(&args, "--iterations");
    let seed = arg(&args, "--seed").unwrap_or(2026);
    let limit = match (seconds, iterations) {
        (_, Some(n)) => Err(n),
        (Some(s), None) => Ok(Duration::from_secs(s)),
        (None, None) => Ok(Duration::from_secs(60)),
    };

    let mut corpus: Vec<Vec<u8>> = vec![ILO_2022.as_bytes().to_vec()];
    corpus.push(plan_json(Size::SMALL, seed).into_bytes());
    if let Ok(dir) = std::fs::read_dir(regressions_dir()) {
        for entry in dir.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                corpus.push(bytes);
            }
        }
    }
    // Findings are reported by the loop, not by the default hook printing every panic.
    panic::set_hook(Box::new(|_| {}));

    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let (mut runs, mut loaded, mut crashes) = (0u64, 0u64, Vec::new());
    loop {
        match limit {
            Ok(d) if start.elapsed() >= d => break,
            Err(n) if runs >= n => break,
            _ => {}
        }
        let parent = &corpus[rng.below(corpus.len())];
        let input = mutate(parent, &mut rng);
        runs += 1;
        let outcome = panic::catch_unwind(|| exercise(&input));
        if matches!(outcome, Ok(true)) {
            loaded += 1;
        }
        if outcome.is_err() {
            let name = format!("crash-{seed}-{runs}.json");
            let path = regressions_dir().join(&name);
            let _ = std::fs::create_dir_all(regressions_dir());
            if std::fs::write(&path, &input).is_ok() {
                crashes.push(path.display().to_string());
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("fuzz  seed {seed}");
    println!(
        "fuzz  inputs {runs} in {secs:.1} s ({:.0}/s), {loaded} loaded as plans",
        runs as f64 / secs
    );
    println!("fuzz  crashes {}", crashes.len());
    for c in &crashes {
        println!("fuzz  kept {c}");
    }
    if !crashes.is_empty() {
        std::process::exit(1);
    }
}
