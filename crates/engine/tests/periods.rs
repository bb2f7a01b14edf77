//! Any year or semester of the plan: each period's figures from the same file, what a period
//! without targets or values says, and the year-by-year rows.

mod common;

use common::d;
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::{evaluate, load_plan, period, Options, PeriodKind};

fn three_years() -> semaforo_engine::Plan {
    common::three_years(false)
}

#[test]
fn each_year_of_a_plan_gives_its_own_figures() {
    let plan = three_years();
    let pct = |year| {
        let ev = evaluate(&period::at(&plan, year, PeriodKind::Anual), Options::default());
        ev.objective("OEI.01").unwrap().result_pct
    };
    // 2021: A met (12 ≥ 10), B not met (60 > 50) → 50 %. 2022: A not met, B met → 50 %.
    assert_eq!(pct(2021), Some(d("50")));
    assert_eq!(pct(2022), Some(d("50")));
    // 2023: targets, no values yet: under the default rule an unreported indicator counts as
    // not met (the method's `missing_values`), so 0 %; the period's note says why.
    assert_eq!(pct(2023), Some(d("0")));
    let ev2021 = evaluate(&period::at(&plan, 2021, PeriodKind::Anual), Options::default());
    assert_eq!(ev2021.cutoff, "2021");
    assert_eq!(ev2021.indicator("A").unwrap().obtained, Some(d("12")));
    // Nothing else of the plan changes with the period.
    let moved = period::at(&plan, 2023, PeriodKind::Semestre1);
    assert_eq!(moved.objectives, plan.objectives);
    assert_eq!(moved.evaluation.period, PeriodKind::Semestre1);
}

#[test]
fn a_period_without_targets_or_values_says_so_plainly() {
    let plan = three_years();
    let note = |year| {
        let p = period::at(&plan, year, PeriodKind::Anual);
        period::note(&p, &evaluate(&p, Options::default()))
    };
    assert_eq!(note(2022), None);
    assert_eq!(
        note(2023).as_deref(),
        Some("Todavía no hay valores obtenidos para 2023: los 2 indicadores están sin información. Escríbalos en «Indicadores».")
    );
    assert!(note(2025).unwrap().starts_with("Ningún indicador tiene meta para 2025"));
    let ilo = load_plan(ILO_2022).unwrap();
    let s1 = period::at(&ilo, 2024, PeriodKind::Semestre1);
    assert!(period::note(&s1, &evaluate(&s1, Options::default()))
        .unwrap()
        .starts_with("Ningún indicador tiene meta para el primer semestre de 2024"));
}

#[test]
fn the_years_to_choose_are_the_plans_and_the_evaluated_one() {
    let plan = three_years();
    assert_eq!(period::years(&plan), [2021, 2022, 2023, 2024, 2025]);
    let outside = period::at(&plan, 2027, PeriodKind::Anual);
    assert_eq!(period::years(&outside), [2021, 2022, 2023, 2024, 2025, 2027]);
}

#[test]
fn every_year_gives_one_row_for_the_institution_and_one_per_objective() {
    let plan = three_years();
    let rows = period::by_year(&plan, PeriodKind::Anual, Options::default());
    assert_eq!(rows.len(), 5 * 2);
    let row = |year, objective: Option<&str>| {
        rows.iter()
            .find(|r| r.year == year && r.objective.as_deref() == objective)
            .unwrap()
    };
    assert_eq!(row(2021, None).result_pct, Some(d("50")));
    assert_eq!(row(2021, Some("OEI.01")).indicators_with_value, 2);
    assert_eq!(row(2023, Some("OEI.01")).indicators_with_value, 0);
    assert_eq!(row(2023, Some("OEI.01")).light, "rojo");
    // The Ilo example reproduces its report in 2022, and no other year has a value.
    let ilo = load_plan(ILO_2022).unwrap();
    let ilo_rows = period::by_year(&ilo, PeriodKind::Anual, Options::default());
    let row = |year| {
        ilo_rows
            .iter()
            .find(|r| r.year == year && r.objective.is_none())
            .unwrap()
    };
    assert_eq!(row(2022).result_pct.map(|p| p.round_dp(2)), Some(d("40.11")));
    assert_eq!(row(2022).indicators_with_value, 51);
    assert_eq!(row(2023).indicators_with_value, 0);
}

#[test]
fn a_verdict_decides_only_the_period_it_was_given_for() {
    let ilo = load_plan(ILO_2022).unwrap();
    // The example's verdicts were written without a period: read as given for 2022.
    let pinned: Vec<_> = ilo
        .indicators_in_order()
        .filter_map(|(_, _, i)| i.verdict.as_ref())
        .map(|v| v.period.clone())
        .collect();
    assert!(
        !pinned.is_empty() && pinned.iter().all(|p| p.as_deref() == Some("2022")),
        "{pinned:?}"
    );
    let in_2022 = evaluate(&ilo, Options::default());
    assert!(in_2022.indicators.iter().any(|i| i.verdict_applied));
    // In 2023 (no targets, no values) no 2022 verdict decides anything.
    let p2023 = period::at(&ilo, 2023, PeriodKind::Anual);
    let in_2023 = evaluate(&p2023, Options::default());
    assert!(in_2023.indicators.iter().all(|i| !i.verdict_applied));
    assert!(in_2023.objectives.iter().all(|o| o.counts.met == 0));
    // A verdict given while 2023 is on screen is for 2023.
    let mut p = p2023.clone();
    semaforo_engine::edit::set_verdict(&mut p, "IND.01.OEI.02", Some((true, "Acta".into()))).unwrap();
    let v = semaforo_engine::edit::indicator(&p, "IND.01.OEI.02")
        .unwrap()
        .verdict
        .clone()
        .unwrap();
    assert_eq!(v.period.as_deref(), Some("2023"));
    assert!(v.applies_to("2023") && !v.applies_to("2022") && !v.applies_to("2023-S1"));
}
