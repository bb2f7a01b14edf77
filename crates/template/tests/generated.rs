//! Generated plans through the template and back: the same plan, the same figures.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use semaforo_engine::load_plan;
use semaforo_template::{import, template};

use common::plans;

#[test]
fn generated_plans_round_trip_exactly() {
    let ran = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config {
        cases: 150,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&any::<u64>(), |seed| {
        ran.fetch_add(1, Ordering::Relaxed);
        let plan = plans::plan(seed);
        // The generator makes plans the engine reads as they are.
        let json = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(&load_plan(&json).unwrap(), &plan, "seed {}", seed);
        let bytes = template(Some(&plan)).map_err(|e| TestCaseError::fail(format!("seed {seed}: {e}")))?;
        let report = import(&[("plan.xlsx".to_string(), bytes)]);
        prop_assert!(
            common::errors(&report).is_empty(),
            "seed {}:\n{}",
            seed,
            common::listed(&report)
        );
        let back = report.plan.clone().unwrap();
        prop_assert_eq!(&back, &plan, "seed {}", seed);
        common::assert_same_evaluation(&plan, &back);
        Ok(())
    });
    eprintln!("generated plans: {} cases ran", ran.load(Ordering::Relaxed));
    result.unwrap();
}
