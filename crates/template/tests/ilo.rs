//! The Ilo 2022 plan through the template and back.

mod common;

use semaforo_engine::examples::ILO_2022;
use semaforo_engine::load_plan;
use semaforo_template::{import, template};

#[test]
fn ilo_round_trip_is_exact() {
    let plan = load_plan(ILO_2022).unwrap();
    let bytes = template(Some(&plan)).unwrap();
    let report = import(&[("ilo.xlsx".to_string(), bytes)]);
    assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
    let back = report.plan.clone().expect("imported");
    assert_eq!(back, plan);
    common::assert_same_evaluation(&plan, &back);
    assert_eq!(report.counts.objectives, 9);
    assert_eq!(report.counts.indicators, 51);
    eprintln!("{}\n{}", common::listed(&report), report.summary());
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    let plan = load_plan(ILO_2022).unwrap();
    assert_eq!(template(Some(&plan)).unwrap(), template(Some(&plan)).unwrap());
    assert_eq!(template(None).unwrap(), template(None).unwrap());
}
