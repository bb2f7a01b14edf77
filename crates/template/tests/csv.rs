//! The round trip through CSV files as a Spanish-locale Excel saves each sheet.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::load_plan;
use semaforo_template::{import, template};

#[test]
fn ilo_through_spanish_csv_files_is_exact() {
    let plan = load_plan(ILO_2022).unwrap();
    let files = common::csv::sheets_as_csv(&template(Some(&plan)).unwrap());
    let report = import(&files);
    assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
    assert_eq!(report.plan.as_ref().unwrap(), &plan);
    common::assert_same_evaluation(&plan, report.plan.as_ref().unwrap());
}

#[test]
fn generated_plans_through_csv_files() {
    let ran = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&any::<u64>(), |seed| {
        ran.fetch_add(1, Ordering::Relaxed);
        let plan = common::plans::plan(seed);
        let files = common::csv::sheets_as_csv(&template(Some(&plan)).unwrap());
        let report = import(&files);
        prop_assert!(
            common::errors(&report).is_empty(),
            "seed {}:\n{}",
            seed,
            common::listed(&report)
        );
        prop_assert_eq!(report.plan.as_ref().unwrap(), &plan, "seed {}", seed);
        Ok(())
    });
    eprintln!("generated plans through CSV: {} cases ran", ran.load(Ordering::Relaxed));
    result.unwrap();
}
