//! The yearly cycle: the trend across the periods that have values, a first semester judged
//! apart from its year, and the next year started from this year's file.

mod common;

use common::d;
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::history::{verify, Stamp};
use semaforo_engine::new_year::{next_year_of, start_next_year, LOG_FIELD};
use semaforo_engine::trend::trend;
use semaforo_engine::{evaluate, load_plan, period, Options, PeriodKind, Status};

fn stamp() -> Stamp {
    Stamp {
        by: "Planeamiento".into(),
        at: "2023-01-10T15:00:00.000Z".into(),
    }
}

fn three_years() -> semaforo_engine::Plan {
    common::three_years(true)
}

#[test]
fn the_trend_has_every_period_with_values_and_the_one_evaluated() {
    let plan = three_years();
    let t = trend(&plan, Options::default());
    let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    // 2024 and 2025 have nothing yet; 2023 has a first semester, which its year is judged on.
    assert_eq!(labels, ["2021", "2022", "1.er sem. 2023", "2023"]);
    assert_eq!(
        t.columns.iter().map(|c| c.current).collect::<Vec<_>>(),
        [false, true, false, false]
    );
    assert!(t.compares());
    let oei: Vec<_> = t.objective("OEI.01").unwrap().cells.iter().map(|c| c.pct).collect();
    // 2021: A met, B not → 50 %. 2022: A not met, B met → 50 %. S1 2023: A met (12 ≥ 10), B
    // unreported (counted as not met by default) → 50 %. 2023 on its first semester: A 12 < 30
    // not met, B not met → 0 %.
    assert_eq!(oei, [Some(d("50")), Some(d("50")), Some(d("50")), Some(d("0"))]);
    // Each column is the same figure the period's own evaluation gives.
    for c in &t.columns {
        let ev = evaluate(&period::at(&plan, c.year, c.period), Options::default());
        let i = t.columns.iter().position(|x| x == c).unwrap();
        assert_eq!(t.institution.cells[i].pct, ev.institution.result_pct, "{}", c.label);
        for row in &t.indicators {
            let r = ev.indicator(&row.code).unwrap();
            assert_eq!(row.cells[i].status, Some(r.status), "{} {}", row.code, c.label);
            assert_eq!(row.cells[i].obtained, r.obtained);
        }
    }
    let a: Vec<_> = t
        .indicators_of("OEI.01")
        .find(|r| r.code == "A")
        .unwrap()
        .cells
        .iter()
        .map(|c| c.status)
        .collect();
    assert_eq!(
        a,
        [
            Some(Status::Met),
            Some(Status::NotMet),
            Some(Status::Met),
            Some(Status::NotMet)
        ]
    );
}

#[test]
fn a_first_semester_and_its_year_are_judged_apart() {
    let plan = three_years();
    let s1 = evaluate(&period::at(&plan, 2023, PeriodKind::Semestre1), Options::default());
    let year = evaluate(&period::at(&plan, 2023, PeriodKind::Anual), Options::default());
    let (a1, ay) = (s1.indicator("A").unwrap(), year.indicator("A").unwrap());
    // The semester is compared with its own target; the year with the year's, on the semester
    // alone, and says so.
    assert_eq!((a1.expected, a1.status), (Some(d("10")), Status::Met));
    assert_eq!((ay.expected, ay.status), (Some(d("30")), Status::NotMet));
    assert_eq!(ay.obtained, Some(d("12")));
    assert!(
        !ay.notes.is_empty(),
        "the annual figure says it rests on the first semester"
    );
}

#[test]
fn the_ilo_trend_is_its_one_year_until_another_has_values() {
    let ilo = load_plan(ILO_2022).unwrap();
    let t = trend(&ilo, Options::default());
    assert_eq!(t.columns.len(), 1);
    assert!(!t.compares());
    assert_eq!(t.institution.cells[0].pct.map(|p| p.round_dp(2)), Some(d("40.11")));
}

#[test]
fn the_next_year_keeps_the_plan_and_leaves_the_year_behind() {
    let ilo = load_plan(ILO_2022).unwrap();
    assert_eq!(next_year_of(&ilo), Ok(2023));
    let (next, said) = start_next_year(&ilo, &stamp()).unwrap();
    // Kept: entity, plan, rules, structure, every target, baseline and value of every year.
    assert_eq!(next.entity, ilo.entity);
    assert_eq!(next.plan, ilo.plan);
    assert_eq!(next.settings, ilo.settings);
    let shape = |p: &semaforo_engine::Plan| {
        p.indicators_in_order()
            .map(|(o, a, i)| {
                (
                    o.code.clone(),
                    a.map(|a| a.code.clone()),
                    i.code.clone(),
                    i.expected.clone(),
                    i.obtained.clone(),
                    i.baseline.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(shape(&next), shape(&ilo));
    // The log is kept, extended by one entry saying what happened, and still intact.
    assert_eq!(next.history[..ilo.history.len()], ilo.history[..]);
    let last = next.history.last().unwrap();
    assert_eq!(last.field, LOG_FIELD);
    assert_eq!(
        last.new_text.as_deref(),
        Some("2023 (nuevo ejercicio a partir de 2022)")
    );
    assert!(verify(&next.history).is_intact());
    // The new year is evaluated, annually, with nothing reported yet.
    assert_eq!(
        (next.evaluation.year, next.evaluation.period),
        (2023, PeriodKind::Anual)
    );
    let ev = evaluate(&next, Options::default());
    assert!(ev.indicators.iter().all(|i| i.status == Status::SinInformacion));
    assert!(ev.indicators.iter().all(|i| !i.verdict_applied));
    // Left behind, kept as the closed year's history: its POI, report texts and declared figures.
    assert!(next.poi.activities.is_empty() && next.poi.allocation.is_none());
    assert!(next.poi.execution.is_none() && next.poi.cost_centres.is_none());
    assert!(next.declared.is_none() && next.source_notes.is_empty());
    assert!(next
        .objectives
        .iter()
        .all(|o| o.declared.is_none() && o.actions.iter().all(|a| a.declared.is_none())));
    assert_eq!(next.past_years.len(), 1);
    let past = &next.past_years[0];
    assert_eq!(past.year, 2022);
    assert_eq!(past.poi, ilo.poi);
    assert_eq!(past.declared, ilo.declared);
    assert_eq!(past.report, ilo.report);
    assert_eq!(past.settings, ilo.settings);
    let declared = ilo.objectives.iter().filter(|o| o.declared.is_some()).count();
    assert!(declared > 0 && past.declared_items.len() >= declared);
    // Nothing the new year has no use for: no budget diagnostics from the old POI.
    assert!(ev.budget.activities.is_empty());
    assert!(said.contains("El POI de 2022"), "{said}");
    assert!(said.contains("Los valores de 2023 empiezan sin información"), "{said}");
    // The closed year's figures are the same from the new file: the trend shows 2022 as it was.
    let t = trend(&next, Options::default());
    let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["2022", "2023"]);
    let before = evaluate(&ilo, Options::default());
    assert_eq!(t.institution.cells[0].pct, before.institution.result_pct);
    for (row, o) in t.objectives.iter().zip(&before.objectives) {
        assert_eq!(row.cells[0].pct, o.result_pct, "{}", o.code);
    }
    assert!(t.notes.is_empty());
    // The file round-trips with its past year.
    let text = serde_json::to_string(&next).unwrap();
    assert_eq!(load_plan(&text).unwrap(), next);
}

#[test]
fn a_year_closed_under_other_rules_says_so_in_the_trend() {
    let ilo = load_plan(ILO_2022).unwrap();
    let (mut next, _) = start_next_year(&ilo, &stamp()).unwrap();
    next.settings.missing_values = match next.settings.missing_values {
        semaforo_engine::MissingValues::CountedAsNotMet => semaforo_engine::MissingValues::LeftOut,
        _ => semaforo_engine::MissingValues::CountedAsNotMet,
    };
    let t = trend(&next, Options::default());
    assert_eq!(t.notes.len(), 1, "{:?}", t.notes);
    assert!(t.notes[0].starts_with("2022 se evaluó con otras reglas del método (indicadores sin valor reportado)"));
}

#[test]
fn a_next_year_past_the_plans_end_or_from_a_closed_year_is_refused() {
    let ilo = load_plan(ILO_2022).unwrap();
    let last = period::at(&ilo, ilo.plan.end_year, PeriodKind::Anual);
    let err = start_next_year(&last, &stamp()).unwrap_err();
    assert!(err.contains(&format!("termina en {}", ilo.plan.end_year)), "{err}");
    let (next, _) = start_next_year(&ilo, &stamp()).unwrap();
    let back = period::at(&next, 2021, PeriodKind::Anual);
    assert!(start_next_year(&back, &stamp())
        .unwrap_err()
        .contains("ya cerró el ejercicio 2022"));
    // From 2023 the next one is 2024, and both closed years are kept in order.
    let (after, _) = start_next_year(&next, &stamp()).unwrap();
    assert_eq!(
        after.past_years.iter().map(|p| p.year).collect::<Vec<_>>(),
        [2022, 2023]
    );
    assert_eq!(after.evaluation.year, 2024);
}

#[test]
fn a_first_semester_report_is_a_follow_up() {
    let plan = three_years();
    assert_eq!(
        period::report_title(&plan),
        "Informe de evaluación de resultados del PEI 2021-2025, ejercicio 2022"
    );
    assert!(!period::is_follow_up(&plan));
    assert_eq!(period::heading(&plan), "evaluación 2022");
    let s1 = period::at(&plan, 2023, PeriodKind::Semestre1);
    assert!(period::is_follow_up(&s1));
    assert_eq!(period::heading(&s1), "seguimiento al primer semestre de 2023");
    assert_eq!(
        period::report_title(&s1),
        "Informe de seguimiento del PEI 2021-2025 al primer semestre de 2023"
    );
    assert!(period::report_scope(&s1).starts_with("Seguimiento: muestra el avance a junio de 2023"));
    let t = trend(&plan, Options::default());
    assert_eq!(
        t.indicator_line("A").unwrap(),
        "2021: 12 de 10 · Cumplió; 2022: 15 de 20 · No cumplió; 1.er sem. 2023: 12 de 10 · Cumplió; 2023: 12 de 30 · No cumplió"
    );
    assert_eq!(
        t.indicator_line("B").unwrap().rsplit("; ").next(),
        Some("2023: Sin información")
    );
    assert!(t.single_period_note().is_none());
    let ilo = trend(&load_plan(ILO_2022).unwrap(), Options::default());
    assert!(ilo.single_period_note().unwrap().starts_with("Solo 2022 tiene valores"));
}
