//! Every input the fuzzer ever found a crash with (and the seeds it starts from) must now load
//! or be refused cleanly, and pass every invariant.

use std::path::PathBuf;

#[test]
fn every_kept_input_runs_clean() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("regressions/ exists").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| semaforo_fuzz::exercise(&bytes));
            assert!(outcome.is_ok(), "{} panics again", path.display());
            n += 1;
        }
    }
    assert!(n > 0, "no inputs in {}", dir.display());
}

#[test]
fn the_example_and_a_synthetic_plan_pass_every_invariant() {
    // Both must load: a plan refused at the door passes no invariant at all.
    assert!(
        semaforo_fuzz::exercise(semaforo_engine::examples::ILO_2022.as_bytes()),
        "the example does not load"
    );
    assert!(
        semaforo_fuzz::exercise(semaforo_bench::plan_json(semaforo_bench::Size::SMALL, 7).as_bytes()),
        "the synthetic plan does not load"
    );
}
