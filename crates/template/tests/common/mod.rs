//! Shared by the template's tests.
#![allow(dead_code)]

use semaforo_engine::{evaluate, Options, Plan};
use semaforo_template::{ImportReport, Severity};

pub mod book;
pub mod csv;
pub mod plans;

/// The same figures in both readings: every indicator, action, objective and the institution,
/// and the same diagnostics (by code and place; their messages print amounts with the scale
/// they were written with, and a number cell does not keep trailing zeros).
pub fn assert_same_evaluation(a: &Plan, b: &Plan) {
    for strict in [false, true] {
        let x = evaluate(a, Options { strict });
        let y = evaluate(b, Options { strict });
        assert_eq!(x.institution, y.institution);
        assert_eq!(x.objectives, y.objectives);
        assert_eq!(x.actions, y.actions);
        assert_eq!(x.indicators, y.indicators);
        let places = |e: &semaforo_engine::Evaluation| -> Vec<(String, String)> {
            e.diagnostics
                .iter()
                .map(|d| (d.code.name().to_string(), d.path.clone()))
                .collect()
        };
        assert_eq!(places(&x), places(&y));
    }
}

/// The report's problems, one per line, for a failing assertion's message.
pub fn listed(report: &ImportReport) -> String {
    report
        .problems
        .iter()
        .map(|p| format!("{:?} {}", p.severity, p.describe()))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn errors(report: &ImportReport) -> Vec<&semaforo_template::ImportProblem> {
    report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}
