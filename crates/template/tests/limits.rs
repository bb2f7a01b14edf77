//! Texts longer than an Excel cell, and what does not fit at all.

mod common;

use semaforo_engine::field::FieldRef;
use semaforo_engine::history::{record, Stamp};
use semaforo_engine::{load_plan, Origin};
use semaforo_template::{import, template};

#[test]
fn report_texts_and_log_entries_longer_than_a_cell_are_cut_into_rows_and_joined_back() {
    let mut plan = common::plans::plan(5);
    // 70,000 characters (Excel's cell holds 32,767), under the plan's 100,000-byte limit.
    plan.report.context = "Contexto largo, con «comillas» y ñ.\n".repeat(2000);
    plan.report.narratives.insert("institucion".into(), "x".repeat(40_000));
    let code = plan
        .indicators_in_order()
        .next()
        .map(|(_, _, i)| i.code.clone())
        .unwrap();
    let field = FieldRef::Obtained {
        indicator: code,
        period: plan.cutoff_key(),
    };
    let stamp = Stamp {
        by: "Unidad de nombre muy largo ".repeat(1500),
        at: "2024-03-01T10:00:00Z".into(),
    };
    let before = plan.history.len();
    let value = Some(rust_decimal::Decimal::ZERO);
    let value = if field.read(&plan) == Some(value) { None } else { value };
    record(&mut plan, &field, value, &stamp, Origin::Typed);
    assert_eq!(plan.history.len(), before + 1);
    // The plan file accepts it.
    assert_eq!(load_plan(&serde_json::to_string(&plan).unwrap()).unwrap(), plan);
    let report = import(&[("plan.xlsx".into(), template(Some(&plan)).unwrap())]);
    assert!(common::errors(&report).is_empty(), "{}", common::listed(&report));
    assert_eq!(report.plan.unwrap(), plan);
    let report = import(&common::csv::sheets_as_csv(&template(Some(&plan)).unwrap()));
    assert_eq!(report.plan.unwrap(), plan);
}

#[test]
fn a_name_longer_than_a_cell_is_refused_with_its_place() {
    let mut plan = common::plans::plan(6);
    plan.objectives[0].name = "n".repeat(40_000);
    let e = template(Some(&plan)).unwrap_err();
    assert!(
        e.contains("Hoja «OEI», fila 2, columna B") && e.contains("32767"),
        "{e}"
    );
}
