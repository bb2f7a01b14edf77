//! Writes a synthetic plan: `cargo run --release -p semaforo-bench --example write_plan -- large FILE`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size = match args.first().map(String::as_str) {
        Some("small") => semaforo_bench::Size::SMALL,
        Some("medium") => semaforo_bench::Size::MEDIUM,
        _ => semaforo_bench::Size::LARGE,
    };
    let path = args.get(1).cloned().unwrap_or_else(|| "plan.json".into());
    std::fs::write(&path, semaforo_bench::plan_json(size, 1)).expect("write the plan");
}
