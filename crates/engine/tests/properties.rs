//! Properties over generated plans: evaluation is total, sums equal the sum of their parts,
//! order does not matter, and export → import is the identity. Also: any text is read or refused
//! with a message, never a panic.
//!
//! Every generated plan is within the loader's limits, so no case is skipped: each property runs
//! through [`cases`], which prints how many cases ran and fails if fewer than asked did (a
//! generator that drifted out of the limits used to turn most cases into silent skips).

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseResult, TestRunner};
use rust_decimal::Decimal;
use semaforo_engine::{evaluate, load_plan, Options, Plan};
use serde_json::{json, Value};

fn decimal_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("0".to_string()),
        Just("100".to_string()),
        Just("-5".to_string()),
        (0i64..100_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s).to_string()),
        // The largest figure the loader takes.
        Just("1000000000000000000".to_string()),
    ]
}

/// Runs `check` on `n` generated values, prints how many ran, and fails unless all did.
fn cases<S: Strategy>(name: &str, n: u32, strategy: S, check: impl Fn(S::Value) -> TestCaseResult) {
    let ran = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(Config {
        cases: n,
        // The failures proptest found before, replayed first (cargo runs tests in the crate's
        // folder).
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/properties.proptest-regressions",
        ))),
        ..Config::default()
    });
    let result = runner.run(&strategy, |v| {
        check(v)?;
        ran.set(ran.get() + 1);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    println!("property {name}: {} of {n} cases ran", ran.get());
    assert!(ran.get() >= n, "{name}: only {} of {n} cases ran", ran.get());
}

fn indicator(code: String) -> impl Strategy<Value = Value> {
    (
        prop::option::of(prop::sample::select(vec![
            "ascendente",
            "descendente",
            "maximo",
            "minimo",
        ])),
        prop::sample::select(vec!["porcentaje", "cantidad", "tasa_de_variacion", "ratio"]),
        prop::collection::btree_map(
            prop::sample::select(vec!["2021", "2022", "2023", "20x"]),
            decimal_text(),
            0..3,
        ),
        prop::collection::btree_map(
            prop::sample::select(vec!["2021", "2022", "2022-S1", "2022-S2"]),
            decimal_text(),
            0..3,
        ),
        any::<bool>(),
        0u8..5,
        prop::option::of(any::<bool>()),
    )
        .prop_map(move |(dir, unit, expected, obtained, cumulative, relevance, verdict)| {
            let mut v = json!({"code": code, "name": "n", "unit": unit, "expected": expected, "obtained": obtained,
                               "cumulative": cumulative, "relevance": relevance});
            if let Some(d) = dir {
                v["direction"] = json!(d);
            }
            if let Some(m) = verdict {
                v["verdict"] = json!({"met": m, "justification": "porque sí"});
            }
            v
        })
}

fn objective(i: usize) -> impl Strategy<Value = Value> {
    let inds = prop::collection::vec(Just(()), 0..3);
    let acts = prop::collection::vec(prop::collection::vec(Just(()), 0..3), 0..3);
    (inds, acts)
        .prop_flat_map(move |(inds, acts)| {
            let own: Vec<_> = (0..inds.len()).map(|k| indicator(format!("IND.{k}.OEI.{i}"))).collect();
            let actions: Vec<_> = acts
                .iter()
                .enumerate()
                .map(|(a, n)| {
                    let v: Vec<_> = (0..n.len()).map(|k| indicator(format!("IND.{k}.AEI.{i}.{a}"))).collect();
                    (Just(format!("AEI.{i}.{a}")), v)
                })
                .collect();
            (own, actions)
        })
        .prop_map(move |(own, actions)| {
            json!({"code": format!("OEI.{i}"), "name": "o", "indicators": own,
                   "actions": actions.into_iter().map(|(code, inds)| json!({"code": code, "name": "a", "indicators": inds})).collect::<Vec<_>>()})
        })
}

fn activity() -> impl Strategy<Value = Value> {
    (0usize..4, 0usize..3, prop::option::of(decimal_text()), prop::option::of(decimal_text()), prop::option::of(decimal_text()), 0u8..3)
        .prop_map(|(o, a, fp, fx, pp, cc)| {
            let mut v = json!({"code": "AO", "name": "x", "kind": "actividad_operativa", "aei": format!("AEI.{o}.{a}"),
                               "cost_centre": format!("03.0{cc}"), "physical_programmed": "10", "physical_executed": "7"});
            if let Some(x) = fp { v["financial_programmed"] = json!(x); }
            if let Some(x) = fx { v["financial_executed"] = json!(x); }
            if let Some(x) = pp { v["physical_programmed"] = json!(x); }
            v
        })
}

fn plan() -> impl Strategy<Value = Value> {
    let objectives = (0usize..4).prop_flat_map(|n| (0..n).map(objective).collect::<Vec<_>>());
    (objectives, prop::collection::vec(activity(), 0..8), any::<bool>()).prop_map(|(objectives, mut acts, weighted)| {
        for (k, a) in acts.iter_mut().enumerate() {
            a["code"] = json!(format!("AO.{k}"));
        }
        json!({
            "format_version": 1,
            "entity": {"name": "E", "level": "local_distrital"},
            "plan": {"name": "P", "start_year": 2021, "end_year": 2025},
            "evaluation": {"year": 2022},
            "settings": {"rollup": if weighted { "weighted_advance" } else { "share_met" }},
            "objectives": objectives,
            "poi": {"activities": acts}
        })
    })
}

/// Generated plans are well-formed and within the limits: each must load.
fn load(v: &Value) -> Plan {
    load_plan(&v.to_string()).unwrap_or_else(|e| panic!("a generated plan was refused: {}", e.message))
}

#[test]
fn a_figure_above_the_limit_is_refused_with_a_message_that_says_so() {
    cases("a_figure_above_the_limit_is_refused", 32, plan(), |mut v| {
        v["objectives"] = json!([{"code": "OEI.1", "name": "o", "indicators": [
            {"code": "I", "name": "n", "unit": "cantidad", "expected": {"2022": "1000000000000000001"}}
        ]}]);
        let e = load_plan(&v.to_string()).expect_err("10^18 + 1 must be refused");
        prop_assert!(e.message.contains("demasiado grandes"), "{}", e.message);
        Ok(())
    });
}

#[test]
fn evaluation_is_total_and_consistent() {
    cases("evaluation_is_total_and_consistent", 256, plan(), |v| {
        let p = load(&v);
        for strict in [false, true] {
            let ev = evaluate(&p, Options { strict });
            let n: usize = p
                .objectives
                .iter()
                .map(|o| o.indicators.len() + o.actions.iter().map(|a| a.indicators.len()).sum::<usize>())
                .sum();
            prop_assert_eq!(ev.indicators.len(), n);
            for o in &ev.objectives {
                prop_assert_eq!(
                    o.counts.total,
                    o.counts.met
                        + o.counts.not_met
                        + o.counts.sin_informacion
                        + o.counts.no_calculable
                        + o.counts.sentido_por_definir
                );
            }
            if let Some(a) = &ev.budget.allocation {
                let parts: Decimal = a.objectives.iter().map(|o| o.programmed).sum();
                prop_assert_eq!(a.total_programmed, parts);
                for o in &a.objectives {
                    let s: Decimal = o.actions.iter().map(|l| l.programmed).sum();
                    prop_assert_eq!(o.programmed, s);
                }
            }
            if let Some(c) = &ev.budget.cost_centres {
                let s: Decimal = c.rows.iter().filter_map(|r| r.executed).sum();
                prop_assert_eq!(c.total_executed, s);
            }
        }
        Ok(())
    });
}

#[test]
fn reordering_objectives_and_activities_changes_nothing() {
    cases(
        "reordering_objectives_and_activities_changes_nothing",
        256,
        plan(),
        |v| {
            let p = load(&v);
            let mut q = p.clone();
            q.objectives.reverse();
            q.poi.activities.reverse();
            let (a, b) = (evaluate(&p, Options::default()), evaluate(&q, Options::default()));
            prop_assert_eq!(a.institution.result_pct, b.institution.result_pct);
            for i in &a.indicators {
                let j = b.indicator(&i.code).unwrap();
                prop_assert_eq!((i.status, i.advance_pct), (j.status, j.advance_pct));
            }
            for o in &a.objectives {
                prop_assert_eq!(o.result_pct, b.objective(&o.code).unwrap().result_pct);
            }
            if let (Some(x), Some(y)) = (&a.budget.allocation, &b.budget.allocation) {
                prop_assert_eq!(x.total_programmed, y.total_programmed);
            }
            let mut da: Vec<_> = a.diagnostics.iter().map(|d| (d.code, d.path.clone())).collect();
            let mut db: Vec<_> = b.diagnostics.iter().map(|d| (d.code, d.path.clone())).collect();
            da.sort();
            db.sort();
            prop_assert_eq!(da, db);
            Ok(())
        },
    );
}

#[test]
fn export_then_import_is_identity() {
    cases("export_then_import_is_identity", 256, plan(), |v| {
        let p = load(&v);
        let text = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(load_plan(&text).unwrap(), p);
        Ok(())
    });
}

/// What any text must get: a plan that survives being written and read again, or a refusal that
/// says something.
fn read_or_refused(text: &str) -> TestCaseResult {
    match load_plan(text) {
        Ok(p) => {
            let ev = evaluate(&p, Options::default());
            prop_assert_eq!(ev.indicators.len(), p.indicators_in_order().count());
            let again = serde_json::to_string(&p).unwrap();
            prop_assert_eq!(load_plan(&again).unwrap(), p);
        }
        Err(e) => prop_assert!(e.message.trim().len() > 10, "an empty refusal: {:?}", e.message),
    }
    Ok(())
}

#[test]
fn any_text_is_read_or_refused_with_a_message() {
    cases("any_text_is_read_or_refused_with_a_message", 256, ".{0,200}", |s| {
        read_or_refused(&s)
    });
}

#[test]
fn a_damaged_example_is_read_or_refused_with_a_message() {
    let damage = prop::collection::vec((0usize..85_000, any::<u8>()), 1..6);
    cases(
        "a_damaged_example_is_read_or_refused_with_a_message",
        256,
        damage,
        |cuts| {
            let mut bytes = semaforo_engine::examples::ILO_2022.as_bytes().to_vec();
            for (pos, b) in cuts {
                let i = pos % bytes.len();
                bytes[i] = b;
            }
            match String::from_utf8(bytes) {
                Ok(text) => read_or_refused(&text),
                Err(_) => Ok(()),
            }
        },
    );
}

mod merging {
    use super::*;
    use semaforo_engine::field::all_fields;
    use semaforo_engine::history::{self, Stamp};
    use semaforo_engine::merge::{self, IncomingFile};
    use semaforo_engine::Origin;
    use std::collections::BTreeMap;

    /// Three units each change some values of the plan (picked by index, value from a small set
    /// so that units sometimes agree and sometimes disagree).
    fn edits() -> impl Strategy<Value = Vec<Vec<(usize, Option<i64>)>>> {
        prop::collection::vec(prop::collection::vec((0usize..40, prop::option::of(0i64..4)), 0..6), 3)
    }

    fn returned(office: &Plan, edits: &[Vec<(usize, Option<i64>)>]) -> Vec<IncomingFile> {
        let fields = all_fields(office);
        edits
            .iter()
            .enumerate()
            .map(|(u, list)| {
                let mut copy = office.clone();
                for (k, (i, v)) in list.iter().enumerate() {
                    if fields.is_empty() {
                        break;
                    }
                    let (f, _) = &fields[i % fields.len()];
                    let stamp = Stamp {
                        by: format!("unidad {u}"),
                        at: format!("2026-11-2{u}T10:{k:02}:00Z"),
                    };
                    history::record(&mut copy, f, v.map(Decimal::from), &stamp, Origin::Typed);
                }
                IncomingFile {
                    name: format!("unidad-{u}.json"),
                    plan: copy,
                }
            })
            .collect()
    }

    #[test]
    fn the_outcome_does_not_depend_on_the_order_of_files() {
        cases(
            "the_outcome_does_not_depend_on_the_order_of_files",
            64,
            (plan(), edits()),
            |(v, e)| {
                let office = load(&v);
                let files = returned(&office, &e);
                let stamp = Stamp {
                    by: "oficina".into(),
                    at: "2026-11-25T10:00:00Z".into(),
                };
                let first = merge::preview(&office, &files);
                let mut merged = office.clone();
                merge::apply(&mut merged, &first, &BTreeMap::new(), &Default::default(), &stamp);
                prop_assert!(history::verify(&merged.history).is_intact());
                for order in [[2, 1, 0], [1, 2, 0], [0, 2, 1]] {
                    let shuffled: Vec<IncomingFile> = order.iter().map(|&i| files[i].clone()).collect();
                    let p = merge::preview(&office, &shuffled);
                    prop_assert_eq!(&p.takes, &first.takes);
                    prop_assert_eq!(&p.conflicts, &first.conflicts);
                    let mut other = office.clone();
                    merge::apply(&mut other, &p, &BTreeMap::new(), &Default::default(), &stamp);
                    prop_assert_eq!(&other, &merged);
                }
                // Every value a single file changed is taken; nothing else moves without a choice.
                for (f, now) in all_fields(&merged) {
                    let proposals: std::collections::BTreeSet<Option<Decimal>> = files
                        .iter()
                        .filter_map(|x| f.read(&x.plan))
                        .filter(|v| Some(*v) != f.read(&office))
                        .collect();
                    match proposals.len() {
                        0 => prop_assert_eq!(Some(now), f.read(&office)),
                        1 => prop_assert_eq!(Some(now), proposals.into_iter().next()),
                        _ => prop_assert_eq!(Some(now), f.read(&office)),
                    }
                }
                Ok(())
            },
        );
    }
}

mod incremental {
    use super::*;
    use semaforo_engine::evaluation::{add_diagnostics, evaluate_figures};
    use semaforo_engine::field::{all_fields, FieldRef};
    use semaforo_engine::{evaluate_reusing, evaluate_without_values};

    /// What the app relies on: the POI's part, computed before obtained values change, still
    /// gives the full evaluation after they change.
    #[test]
    fn a_kept_budget_part_gives_the_full_evaluation() {
        let inputs = (plan(), 0usize..50, prop::option::of(0i64..200));
        cases(
            "a_kept_budget_part_gives_the_full_evaluation",
            64,
            inputs,
            |(v, pick, value)| {
                let before = load(&v);
                let part = evaluate_without_values(&before);
                let mut after = before.clone();
                let obtained: Vec<FieldRef> = all_fields(&before)
                    .into_iter()
                    .map(|(f, _)| f)
                    .filter(|f| matches!(f, FieldRef::Obtained { .. }))
                    .collect();
                if let Some(f) = obtained.get(pick % obtained.len().max(1)) {
                    f.write(&mut after, value.map(Decimal::from));
                }
                for strict in [false, true] {
                    let options = Options { strict };
                    prop_assert_eq!(evaluate_reusing(&after, options, &part), evaluate(&after, options));
                }
                Ok(())
            },
        );
    }

    /// The page's two steps: the figures first (the checks' code may still be on its way), then
    /// the diagnostics added, give the same evaluation; the figures alone differ only in having
    /// no diagnostics.
    #[test]
    fn figures_then_diagnostics_give_the_full_evaluation() {
        cases("figures_then_diagnostics_give_the_full_evaluation", 64, plan(), |v| {
            let plan = load(&v);
            let part = evaluate_without_values(&plan);
            for strict in [false, true] {
                let options = Options { strict };
                let whole = evaluate(&plan, options);
                // First with the empty budget the page starts with, then with the real one.
                let first = evaluate_figures(&plan, options, Default::default());
                prop_assert!(first.diagnostics.is_empty());
                prop_assert_eq!(&first.institution, &whole.institution);
                prop_assert_eq!(&first.indicators, &whole.indicators);
                let mut figures = evaluate_figures(&plan, options, part.budget.clone());
                add_diagnostics(&plan, &mut figures, part.diagnostics.clone());
                prop_assert_eq!(figures, whole);
            }
            Ok(())
        });
    }
}
