//! Sending the plan to units and merging what they send back: assignments, merges with and
//! without conflicts, provenance through export and import, tampered histories, comparison.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use semaforo_engine::assign;
use semaforo_engine::compare::{self, DiffKind};
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history::{self, ChainStatus, Stamp};
use semaforo_engine::merge::{self, Choice, IncomingFile};
use semaforo_engine::{evaluate, load_plan, load_plan_report, Options, Origin, Plan};

const SEGURIDAD: &str = "Subgerencia de Seguridad Ciudadana";
const PARTICIPACION: &str = "Subgerencia de Participación Ciudadana";
const URBANO: &str = "Gerencia de Desarrollo Urbano Ambiental";

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn obtained(code: &str) -> FieldRef {
    FieldRef::Obtained {
        indicator: code.into(),
        period: "2022".into(),
    }
}

fn stamp(by: &str, minute: u32) -> Stamp {
    Stamp {
        by: by.into(),
        at: format!("2026-11-20T10:{minute:02}:00.000Z"),
    }
}

fn ilo() -> Plan {
    load_plan(ILO_2022).unwrap()
}

/// A unit fills values in its copy and sends it back as JSON, which the office reads again.
fn unit_returns(office: &Plan, unit: &str, edits: &[(&str, &str)]) -> IncomingFile {
    let mut copy = assign::for_unit(office, unit);
    for (i, (code, value)) in edits.iter().enumerate() {
        assert!(history::record(
            &mut copy,
            &obtained(code),
            Some(d(value)),
            &stamp(unit, i as u32 * 5),
            Origin::Typed
        ));
    }
    let text = serde_json::to_string_pretty(&copy).unwrap();
    IncomingFile {
        name: format!("{}.json", unit.split(' ').nth(2).unwrap()),
        plan: load_plan(&text).unwrap(),
    }
}

fn three_units(office: &Plan) -> Vec<IncomingFile> {
    vec![
        unit_returns(office, SEGURIDAD, &[("IND.01.OEI.03", "35")]),
        unit_returns(office, PARTICIPACION, &[("IND.01.OEI.02", "55")]),
        unit_returns(office, URBANO, &[("IND.01.OEI.04", "95"), ("IND.01.OEI.07", "41.5")]),
    ]
}

fn merge_all(office: &Plan, files: &[IncomingFile]) -> (Plan, merge::MergeSummary) {
    let mut plan = office.clone();
    let preview = merge::preview(&plan, files);
    assert!(preview.conflicts.is_empty(), "{:?}", preview.conflicts);
    let summary = merge::apply(
        &mut plan,
        &preview,
        &BTreeMap::new(),
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    (plan, summary)
}

#[test]
fn units_and_their_items_come_from_the_responsible_fields() {
    let plan = ilo();
    let units = assign::units(&plan);
    let urbano = units.iter().find(|u| u.unit == URBANO).unwrap();
    assert!(urbano.indicators.contains(&"IND.01.OEI.04".to_string()));
    assert!(urbano.indicators.contains(&"IND.01.OEI.07".to_string()));
    assert_eq!(
        assign::indicator_unit(&plan, "IND.01.OEI.03").as_deref(),
        Some(SEGURIDAD)
    );
    let copy = assign::for_unit(&plan, SEGURIDAD);
    assert!(assign::is_for_this_unit(&copy, Some(SEGURIDAD)));
    assert!(!assign::is_for_this_unit(&copy, Some(URBANO)));
    let mut plan = plan;
    assert!(assign::set_responsible(
        &mut plan,
        &assign::Assignee::Indicator("IND.01.OEI.03".into()),
        "Rentas"
    ));
    assert_eq!(
        assign::indicator_unit(&plan, "IND.01.OEI.03").as_deref(),
        Some("Rentas")
    );
}

#[test]
fn three_unit_files_without_conflicts_merge_the_same_in_any_order() {
    let office = ilo();
    let files = three_units(&office);
    let (merged, summary) = merge_all(&office, &files);
    assert_eq!(obtained("IND.01.OEI.03").read(&merged), Some(Some(d("35"))));
    assert_eq!(obtained("IND.01.OEI.07").read(&merged), Some(Some(d("41.5"))));
    assert_eq!(summary.from_file["Desarrollo.json"].len(), 2);
    assert_eq!(summary.from_file["Seguridad.json"].len(), 1);
    assert!(history::verify(&merged.history).is_intact());
    let before = evaluate(&office, Options::default()).institution.result_pct;
    let after = evaluate(&merged, Options::default()).institution.result_pct;
    assert!(after > before);
    let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for order in orders {
        let shuffled: Vec<IncomingFile> = order.iter().map(|&i| files[i].clone()).collect();
        let (other, _) = merge_all(&office, &shuffled);
        assert_eq!(other, merged, "order {order:?}");
    }
    // Merging one file at a time gives the same values.
    let mut step = office.clone();
    for f in &files {
        let p = merge::preview(&step, std::slice::from_ref(f));
        assert!(p.conflicts.is_empty());
        merge::apply(
            &mut step,
            &p,
            &BTreeMap::new(),
            &Default::default(),
            &stamp("Planeamiento", 59),
        );
    }
    for (f, v) in semaforo_engine::field::all_fields(&merged) {
        assert_eq!(f.read(&step), Some(v), "{f}");
    }
}

#[test]
fn provenance_says_who_entered_each_value_and_survives_export_and_import() {
    let office = ilo();
    let (merged, _) = merge_all(&office, &three_units(&office));
    let text = serde_json::to_string(&merged).unwrap();
    let back = load_plan(&text).unwrap();
    assert_eq!(back, merged);
    assert!(history::verify(&back.history).is_intact());
    let e = history::provenance(&back, &obtained("IND.01.OEI.03")).unwrap();
    match &e.origin {
        Origin::Merged { file, author, .. } => {
            assert_eq!(file, "Seguridad.json");
            assert_eq!(author.as_deref(), Some(SEGURIDAD));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.by, "Planeamiento");
    let said = history::describe_entry(e);
    assert!(said.contains(SEGURIDAD) && said.contains("Seguridad.json"), "{said}");
    // A value nobody touched has no log entry: it is the plan file's own.
    assert!(history::provenance(&back, &obtained("IND.01.OEI.01")).is_none());
}

#[test]
fn different_values_for_the_same_item_wait_for_the_user() {
    let office = ilo();
    let files = vec![
        unit_returns(&office, SEGURIDAD, &[("IND.01.OEI.03", "35"), ("IND.01.OEI.09", "61")]),
        unit_returns(&office, URBANO, &[("IND.01.OEI.03", "36"), ("IND.01.OEI.04", "95")]),
        // Agrees with Seguridad on OEI.09: not a conflict.
        unit_returns(&office, PARTICIPACION, &[("IND.01.OEI.09", "61")]),
    ];
    let mut plan = office.clone();
    // The office typed its own value for OEI.04 after sending the files out.
    history::record(
        &mut plan,
        &obtained("IND.01.OEI.04"),
        Some(d("80")),
        &stamp("Planeamiento", 30),
        Origin::Typed,
    );
    let preview = merge::preview(&plan, &files);
    let conflicts: Vec<String> = preview.conflicts.iter().map(|c| c.field.to_string()).collect();
    assert_eq!(
        conflicts,
        ["obtenido/IND.01.OEI.03/2022", "obtenido/IND.01.OEI.04/2022"]
    );
    let c3 = &preview.conflicts[0];
    assert_eq!(c3.current, Some(d("20")));
    assert_eq!(c3.proposals.len(), 2);
    assert_eq!(c3.proposals[0].value, Some(d("35")));
    assert_eq!(c3.proposals[0].author.as_deref(), Some(SEGURIDAD));
    let c4 = &preview.conflicts[1];
    assert_eq!(c4.current_by.as_deref(), Some("Planeamiento"));
    let take: Vec<&str> = preview.takes.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(take, ["IND.01.OEI.09 · valor obtenido 2022"]);
    assert_eq!(
        preview.takes[0].proposal.files,
        ["Participación.json", "Seguridad.json"]
    );

    // Nothing is written before the user chooses.
    assert_eq!(obtained("IND.01.OEI.03").read(&plan), Some(Some(d("20"))));
    let mut choices = BTreeMap::new();
    choices.insert(obtained("IND.01.OEI.03"), Choice::Take(1));
    choices.insert(obtained("IND.01.OEI.04"), Choice::KeepCurrent);
    let summary = merge::apply(
        &mut plan,
        &preview,
        &choices,
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    assert_eq!(obtained("IND.01.OEI.03").read(&plan), Some(Some(d("36"))));
    assert_eq!(obtained("IND.01.OEI.04").read(&plan), Some(Some(d("80"))));
    // The summary names the indicator, not only its code.
    assert_eq!(
        summary.kept_current,
        ["IND.01.OEI.04 «Porcentaje de la población urbana de la provincia de Ilo que vive en una zona que cuenta con ordenamiento urbano» · valor obtenido 2022"]
    );
    assert!(summary.unanswered.is_empty());
    match &history::provenance(&plan, &obtained("IND.01.OEI.03")).unwrap().origin {
        Origin::Merged {
            chosen,
            author,
            rejected,
            ..
        } => {
            assert!(*chosen);
            assert_eq!(author.as_deref(), Some(URBANO));
            // What lost is logged with the decision: Seguridad's 35 and the 20 on screen.
            assert_eq!(rejected, &[Some(d("35")), Some(d("20"))]);
        }
        other => panic!("{other:?}"),
    }
    // Keeping the value on screen is logged too, without changing it or who entered it.
    let kept = plan.history.last().unwrap();
    assert_eq!(kept.field, "obtenido/IND.01.OEI.04/2022");
    assert_eq!((kept.old, kept.new), (Some(d("80")), Some(d("80"))));
    assert_eq!(
        kept.origin,
        Origin::Kept {
            file: "Desarrollo.json".into(),
            rejected: vec![Some(d("95"))]
        }
    );
    assert!(history::describe_entry(kept).starts_with(
        "Planeamiento mantuvo el valor en pantalla el 20/11/2026 10:59 UTC frente a 95 de «Desarrollo.json»"
    ));
    assert_eq!(
        history::provenance(&plan, &obtained("IND.01.OEI.04")).unwrap().by,
        "Planeamiento"
    );
    assert!(history::verify(&plan.history).is_intact());
    assert!(history::unlogged_changes(&plan).is_empty());
    // The same files merged again ask nothing: every question was answered.
    let repeat = merge::preview(&plan, &files);
    assert!(repeat.conflicts.is_empty(), "{:?}", repeat.conflicts);
    assert!(repeat.takes.is_empty(), "{:?}", repeat.takes);
    // A unit that changes its value again is asked about again.
    let mut urbano = files[1].plan.clone();
    history::record(
        &mut urbano,
        &obtained("IND.01.OEI.04"),
        Some(d("97")),
        &stamp(URBANO, 58),
        Origin::Typed,
    );
    let newer = [IncomingFile {
        name: "Desarrollo.json".into(),
        plan: urbano,
    }];
    let asked: Vec<String> = merge::preview(&plan, &newer)
        .conflicts
        .iter()
        .map(|c| c.field.to_string())
        .collect();
    assert_eq!(asked, ["obtenido/IND.01.OEI.04/2022"]);
    // An unanswered conflict leaves the value on screen.
    let mut again = office.clone();
    let p = merge::preview(&again, &files);
    let s = merge::apply(
        &mut again,
        &p,
        &BTreeMap::new(),
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    assert_eq!(s.unanswered.len(), 1);
    assert_eq!(obtained("IND.01.OEI.03").read(&again), Some(Some(d("20"))));
}

#[test]
fn a_value_changed_only_on_screen_is_not_undone_by_a_file_that_kept_the_old_one() {
    let office = ilo();
    let files = vec![unit_returns(&office, SEGURIDAD, &[("IND.01.OEI.03", "35")])];
    let mut plan = office.clone();
    history::record(
        &mut plan,
        &obtained("IND.01.OEI.02"),
        Some(d("55")),
        &stamp("Planeamiento", 30),
        Origin::Typed,
    );
    let preview = merge::preview(&plan, &files);
    assert!(preview.conflicts.is_empty());
    assert_eq!(preview.takes.len(), 1);
    merge::apply(
        &mut plan,
        &preview,
        &BTreeMap::new(),
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    assert_eq!(obtained("IND.01.OEI.02").read(&plan), Some(Some(d("55"))));
    // Merging the same file again changes nothing.
    let again = merge::preview(&plan, &files);
    assert!(again.takes.is_empty() && again.conflicts.is_empty());
}

#[test]
fn files_for_another_plan_or_year_are_refused_and_older_formats_migrated() {
    let office = ilo();
    let mut other_year = assign::for_unit(&office, SEGURIDAD);
    other_year.evaluation.year = 2023;
    let mut other_entity = office.clone();
    other_entity.entity.name = "Municipalidad Distrital de Pacocha".into();
    let files = vec![
        IncomingFile {
            name: "2023.json".into(),
            plan: other_year,
        },
        IncomingFile {
            name: "pacocha.json".into(),
            plan: other_entity,
        },
    ];
    let preview = merge::preview(&office, &files);
    assert!(preview.takes.is_empty());
    let why = preview.files[0].refused.as_deref().unwrap();
    assert!(why.contains("2023") && why.contains("2022"), "{why}");
    assert!(preview.files[1].refused.as_deref().unwrap().contains("Pacocha"));

    let v1 = ILO_2022.replacen("\"format_version\": 2", "\"format_version\": 1", 1);
    assert_ne!(v1, ILO_2022);
    let loaded = load_plan_report(&v1).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    assert!(loaded.migration_note().unwrap().contains("versión 1"));
    assert_eq!(loaded.plan, office);
    assert_eq!(load_plan_report(ILO_2022).unwrap().migrated_from, None);
    let v0 = ILO_2022.replacen("\"format_version\": 2", "\"format_version\": 0", 1);
    assert!(load_plan(&v0).unwrap_err().message.contains("ya no se admite"));
}

#[test]
fn a_rewritten_history_in_a_returned_file_is_reported() {
    let office = ilo();
    let mut f = unit_returns(&office, SEGURIDAD, &[("IND.01.OEI.03", "35"), ("IND.01.OEI.09", "61")]);
    assert!(merge::preview(&office, std::slice::from_ref(&f)).files[0]
        .chain
        .is_intact());
    // Someone edits the first entry by hand to hide the original value.
    f.plan.history[0].new = Some(d("25"));
    let preview = merge::preview(&office, std::slice::from_ref(&f));
    let report = &preview.files[0];
    assert!(matches!(report.chain, ChainStatus::Broken { position: 1, .. }));
    assert!(report.chain.describe().contains("alterado"));
    // And a value changed in a text editor, without the log, is pointed out.
    let mut g = unit_returns(&office, URBANO, &[]);
    obtained("IND.01.OEI.04").write(&mut g.plan, Some(d("99")));
    g.plan.history = f.plan.history.clone();
    g.plan.history.truncate(0);
    history::record(
        &mut g.plan,
        &obtained("IND.01.OEI.07"),
        Some(d("1")),
        &stamp(URBANO, 1),
        Origin::Typed,
    );
    obtained("IND.01.OEI.07").write(&mut g.plan, Some(d("2")));
    let r = merge::preview(&office, std::slice::from_ref(&g));
    assert_eq!(r.files[0].unlogged, ["IND.01.OEI.07 · valor obtenido 2022"]);
}

#[test]
fn values_for_items_the_plan_does_not_have_are_listed_not_taken() {
    let office = ilo();
    let mut f = unit_returns(&office, SEGURIDAD, &[("IND.01.OEI.03", "35")]);
    f.plan.objectives[2].indicators[0].code = "IND.99".into();
    let preview = merge::preview(&office, std::slice::from_ref(&f));
    assert_eq!(preview.files[0].unknown, ["IND.99 · valor obtenido 2022"]);
    assert!(preview.takes.is_empty());
}

#[test]
fn comparing_two_versions_lists_targets_values_and_structure() {
    let a = ilo();
    let mut b = a.clone();
    b.objectives[0].indicators[0].expected.insert("2022".into(), d("12"));
    obtained("IND.01.OEI.02").write(&mut b, Some(d("55")));
    b.objectives[8].actions.pop();
    // The same figure written differently is not a difference.
    let same = *a.objectives[1].indicators[0].obtained.get("2022").unwrap();
    let mut c = a.clone();
    obtained("IND.01.OEI.02").write(
        &mut c,
        Some(Decimal::new(same.mantissa() as i64 * 100, same.scale() + 2)),
    );
    assert!(compare::differences(&a, &c).is_empty());
    let diffs = compare::differences(&a, &b);
    assert!(diffs
        .iter()
        .any(|x| x.kind == DiffKind::Target && x.item == "IND.01.OEI.01" && x.after == "12"));
    assert!(diffs
        .iter()
        .any(|x| x.kind == DiffKind::Value && x.item == "IND.01.OEI.02" && x.before == "40"));
    assert!(diffs
        .iter()
        .any(|x| x.kind == DiffKind::Structure && x.what == "acción eliminado"));
    let results = compare::results(&evaluate(&a, Options::default()), &evaluate(&b, Options::default()));
    assert_eq!(results[0].name, "Institución");
    let oei2 = results.iter().find(|r| r.code == "OEI.02").unwrap();
    assert_eq!(oei2.b, Some(Decimal::ONE_HUNDRED));
    assert!(oei2.change.unwrap() > Decimal::ZERO);
}

#[test]
fn a_value_a_unit_cleared_is_cleared_in_the_merge() {
    // Found by the merge property test: a cleared value with no target for its period is no
    // longer listed among the file's values, but the merge must still see it.
    let office = ilo();
    let mut f = unit_returns(&office, SEGURIDAD, &[]);
    f.plan.objectives[2].indicators[0].expected.clear();
    let mut plan = office.clone();
    plan.objectives[2].indicators[0].expected.clear();
    history::record(
        &mut f.plan,
        &obtained("IND.01.OEI.03"),
        None,
        &stamp(SEGURIDAD, 1),
        Origin::Typed,
    );
    let preview = merge::preview(&plan, std::slice::from_ref(&f));
    assert_eq!(preview.takes.len(), 1);
    merge::apply(
        &mut plan,
        &preview,
        &BTreeMap::new(),
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    assert_eq!(obtained("IND.01.OEI.03").read(&plan), Some(None));
}

/// A unit that changes a target sends back a structure change: it is offered, never taken by
/// itself; the office's own later changes are not offered back to it.
#[test]
fn a_target_changed_by_a_unit_is_a_decision_not_a_silent_change() {
    use semaforo_engine::structure::{self, Item, ItemRef, PlanEdit};
    let office = ilo();
    let mut copy = assign::for_unit(&office, PARTICIPACION);
    let mut ind = semaforo_engine::edit::indicator(&copy, "IND.01.OEI.02")
        .unwrap()
        .clone();
    ind.expected.insert("2022".into(), d("40"));
    structure::apply(
        &mut copy,
        PlanEdit::Replace(ItemRef::Indicator("IND.01.OEI.02".into()), Item::Indicator(ind)),
        &stamp(PARTICIPACION, 1),
    )
    .unwrap();
    history::record(
        &mut copy,
        &obtained("IND.01.OEI.03"),
        Some(d("35")),
        &stamp(PARTICIPACION, 2),
        Origin::Typed,
    );
    // The office changes another target after sending the copy.
    let mut plan = office.clone();
    let mut other = semaforo_engine::edit::indicator(&plan, "IND.01.OEI.04")
        .unwrap()
        .clone();
    other.expected.insert("2022".into(), d("1"));
    structure::apply(
        &mut plan,
        PlanEdit::Replace(ItemRef::Indicator("IND.01.OEI.04".into()), Item::Indicator(other)),
        &stamp("Planeamiento", 3),
    )
    .unwrap();
    let text = serde_json::to_string(&copy).unwrap();
    let file = IncomingFile {
        name: "participacion.json".into(),
        plan: load_plan(&text).unwrap(),
    };
    let preview = merge::preview(&plan, std::slice::from_ref(&file));
    assert_eq!(preview.structure.len(), 1, "{:#?}", preview.structure);
    let s = &preview.structure[0];
    assert!(s.logged);
    assert_eq!(s.changes, vec!["IND.01.OEI.02 · meta 2022: 50 → 40".to_string()]);
    assert_eq!(preview.takes.len(), 1, "the unit's value still comes in by itself");

    let mut kept = plan.clone();
    let summary = merge::apply(
        &mut kept,
        &preview,
        &BTreeMap::new(),
        &Default::default(),
        &stamp("Planeamiento", 59),
    );
    assert_eq!(
        semaforo_engine::edit::indicator(&kept, "IND.01.OEI.02")
            .unwrap()
            .expected["2022"],
        d("50")
    );
    assert_eq!(summary.structure_kept.len(), 1);
    assert_eq!(obtained("IND.01.OEI.03").read(&kept), Some(Some(d("35"))));

    let mut taken = plan.clone();
    let choose: std::collections::BTreeSet<usize> = [0].into();
    merge::apply(
        &mut taken,
        &preview,
        &BTreeMap::new(),
        &choose,
        &stamp("Planeamiento", 59),
    );
    assert_eq!(
        semaforo_engine::edit::indicator(&taken, "IND.01.OEI.02")
            .unwrap()
            .expected["2022"],
        d("40")
    );
    assert_eq!(
        semaforo_engine::edit::indicator(&taken, "IND.01.OEI.04")
            .unwrap()
            .expected["2022"],
        d("1"),
        "the office's own change stays"
    );
    assert!(history::verify(&taken.history).is_intact());

    // The same change made by hand in the file (no log entry) is offered too, flagged.
    let mut by_hand = assign::for_unit(&office, PARTICIPACION);
    semaforo_engine::edit::indicator_mut(&mut by_hand, "IND.01.OEI.02")
        .unwrap()
        .expected
        .insert("2022".into(), d("45"));
    let p = merge::preview(
        &office,
        &[IncomingFile {
            name: "a-mano.json".into(),
            plan: by_hand,
        }],
    );
    assert_eq!(p.structure.len(), 1);
    assert!(!p.structure[0].logged);
}

/// An indicator a unit adds or removes is offered as such.
#[test]
fn items_added_or_removed_in_a_file_are_offered() {
    use semaforo_engine::structure::{self, ItemRef, PlanEdit};
    let office = ilo();
    let mut copy = assign::for_unit(&office, URBANO);
    structure::apply(
        &mut copy,
        PlanEdit::Remove(ItemRef::Indicator("IND.01.OEI.04".into())),
        &stamp(URBANO, 1),
    )
    .unwrap();
    let p = merge::preview(
        &office,
        &[IncomingFile {
            name: "urbano.json".into(),
            plan: copy,
        }],
    );
    assert_eq!(p.structure.len(), 1, "{:#?}", p.structure);
    assert_eq!(p.structure[0].changes, vec!["lo elimina".to_string()]);
    let mut plan = office.clone();
    merge::apply(&mut plan, &p, &BTreeMap::new(), &[0].into(), &stamp("Planeamiento", 59));
    assert!(semaforo_engine::edit::indicator(&plan, "IND.01.OEI.04").is_none());
}

#[test]
fn a_value_a_unit_changed_outside_its_own_items_is_flagged_with_the_unit_that_answers_for_it() {
    let office = ilo();
    // Seguridad answers for OEI.03 only; OEI.02 is Participación's.
    assert_eq!(
        assign::indicator_unit(&office, "IND.01.OEI.03").as_deref(),
        Some(SEGURIDAD)
    );
    assert_eq!(
        assign::indicator_unit(&office, "IND.01.OEI.02").as_deref(),
        Some(PARTICIPACION)
    );
    let files = vec![unit_returns(
        &office,
        SEGURIDAD,
        &[("IND.01.OEI.03", "35"), ("IND.01.OEI.02", "55")],
    )];
    let preview = merge::preview(&office, &files);
    let flagged: Vec<(&str, &[String])> = preview
        .takes
        .iter()
        .map(|t| (t.label.as_str(), t.proposal.outside_unit.as_slice()))
        .collect();
    assert_eq!(
        flagged,
        [
            (
                "IND.01.OEI.02 · valor obtenido 2022",
                ["Seguridad.json".to_string()].as_slice()
            ),
            ("IND.01.OEI.03 · valor obtenido 2022", [].as_slice()),
        ]
    );
    assert_eq!(preview.takes[0].responsible.as_deref(), Some(PARTICIPACION));
    assert_eq!(
        preview.takes[0]
            .proposal
            .outside_note(preview.takes[0].responsible.as_deref())
            .as_deref(),
        Some(format!("⚠ fuera de su unidad: lo llena «{PARTICIPACION}»").as_str())
    );
    assert_eq!(
        preview.takes[1]
            .proposal
            .outside_note(preview.takes[1].responsible.as_deref()),
        None
    );
    assert!(preview.takes[0].name.as_deref().is_some_and(|n| !n.is_empty()));
    let report = &preview.files[0];
    assert_eq!(report.changed, 2);
    assert_eq!(report.outside_unit.len(), 1);
    assert!(
        report.outside_unit[0].starts_with("IND.01.OEI.02 «")
            && report.outside_unit[0].ends_with(&format!("({PARTICIPACION})")),
        "{}",
        report.outside_unit[0]
    );
    // A whole plan (not a unit's copy) is nobody's: nothing is flagged.
    let mut whole = files[0].clone();
    whole.plan.sharing = None;
    let preview = merge::preview(&office, &[whole]);
    assert!(preview.takes.iter().all(|t| t.proposal.outside_unit.is_empty()));
    assert!(preview.files[0].outside_unit.is_empty());
}

#[test]
fn a_blank_responsible_unit_is_no_unit_everywhere() {
    // The rule (own unit, else the AEI's, else the OEI's; a blank name is no name) has one home:
    // the evaluation's rows, unit copies and merges agree on it.
    let mut plan = ilo();
    let aei_unit = "Gerencia de Prueba".to_string();
    let action = &mut plan.objectives[1].actions[0];
    action.responsible = Some(aei_unit.clone());
    let code = action.indicators[0].code.clone();
    semaforo_engine::edit::indicator_mut(&mut plan, &code)
        .unwrap()
        .responsible = Some("   ".into());
    let ev = evaluate(&plan, Options::default());
    assert_eq!(
        ev.indicator(&code).unwrap().responsible.as_deref(),
        Some(aei_unit.as_str())
    );
    assert_eq!(assign::indicator_unit(&plan, &code).as_deref(), Some(aei_unit.as_str()));
    assert_eq!(
        assign::field_unit(&plan, &obtained(&code)).as_deref(),
        Some(aei_unit.as_str())
    );
    let units = assign::units(&plan);
    assert!(units.iter().all(|u| !u.unit.trim().is_empty()));
    assert!(units
        .iter()
        .find(|u| u.unit == aei_unit)
        .unwrap()
        .indicators
        .contains(&code));
}
