use rust_decimal::Decimal;

use super::*;
use crate::examples::ILO_2022;
use crate::history::verify;
use crate::model::{Baseline, Direction, GovernmentLevel, PeriodKind, Unit};
use crate::{evaluate, load_plan, Options};

fn stamp() -> Stamp {
    Stamp {
        by: "Planeamiento".into(),
        at: "2026-12-02T10:00:00Z".into(),
    }
}

fn header() -> Header {
    Header {
        entity: Entity {
            name: "Municipalidad Distrital de Prueba".into(),
            ejecutora_code: Some("300999".into()),
            level: GovernmentLevel::LocalDistrital,
        },
        plan: PlanInfo {
            name: "PEI 2024-2027".into(),
            start_year: 2024,
            end_year: 2027,
            approved_by: None,
            source: None,
        },
        evaluation: EvaluationPeriod {
            year: 2025,
            period: PeriodKind::Anual,
        },
    }
}

fn objective(code: &str, name: &str) -> Item {
    Item::Objective(Objective {
        code: code.into(),
        name: name.into(),
        priority: None,
        responsible: None,
        indicators: Vec::new(),
        actions: Vec::new(),
        declared: None,
    })
}

fn action(code: &str, name: &str) -> Item {
    Item::Action(Action {
        code: code.into(),
        name: name.into(),
        priority: None,
        responsible: None,
        indicators: Vec::new(),
        declared: None,
    })
}

fn indicator(code: &str, unit: Unit, targets: &[(&str, &str)]) -> Indicator {
    Indicator {
        unit,
        expected: targets
            .iter()
            .map(|(y, v)| (y.to_string(), v.parse().unwrap()))
            .collect(),
        ..super::new_indicator(code.into(), format!("Indicador {code}"))
    }
}

fn ok(plan: &mut Plan, edit: PlanEdit) -> PlanEdit {
    apply(plan, edit, &stamp()).unwrap().undo
}

/// The plan without its log: what undo must give back exactly.
fn content(plan: &Plan) -> Plan {
    Plan {
        history: Vec::new(),
        past_years: Vec::new(),
        exercise: false,
        ..plan.clone()
    }
}

#[test]
fn a_new_plan_needs_names_and_years_in_order() {
    let p = new_plan(header()).unwrap();
    assert!(p.objectives.is_empty());
    assert_eq!(p.format_version, crate::model::FORMAT_VERSION);
    let text = serde_json::to_string(&p).unwrap();
    assert_eq!(load_plan(&text).unwrap(), p);

    let mut h = header();
    h.entity.name = "  ".into();
    assert!(new_plan(h).unwrap_err().contains("nombre de la entidad"));
    let mut h = header();
    h.plan.end_year = 2020;
    assert!(new_plan(h).unwrap_err().contains("antes de empezar"));
    let mut h = header();
    h.evaluation.year = 2030;
    assert!(new_plan(h).unwrap_err().contains("dentro del plan"));
    let mut h = header();
    h.plan.start_year = 224;
    assert!(new_plan(h).unwrap_err().contains("año entre"));
}

/// The journey of the issue: two objectives, three actions, six indicators (one descending, one
/// cumulative), codes as suggested, values filled, results computed.
#[test]
fn a_plan_built_from_nothing_evaluates_and_opens_again() {
    let mut p = new_plan(header()).unwrap();
    for name in ["Mejorar la gestión", "Reducir la anemia"] {
        let code = next_objective_code(&p);
        ok(
            &mut p,
            PlanEdit::Insert {
                parent: Parent::Plan,
                index: usize::MAX,
                item: objective(&code, name),
            },
        );
    }
    assert_eq!(
        p.objectives.iter().map(|o| o.code.as_str()).collect::<Vec<_>>(),
        ["OEI.01", "OEI.02"]
    );
    for oei in ["OEI.01", "OEI.01", "OEI.02"] {
        let code = next_action_code(&p, oei);
        ok(
            &mut p,
            PlanEdit::Insert {
                parent: Parent::Objective(oei.into()),
                index: usize::MAX,
                item: action(&code, "Acción"),
            },
        );
    }
    assert_eq!(p.objectives[0].actions[1].code, "AEI.01.02");
    assert_eq!(p.objectives[1].actions[0].code, "AEI.02.01");
    let parents = [
        Parent::Objective("OEI.01".into()),
        Parent::Objective("OEI.02".into()),
        Parent::Action("AEI.01.01".into()),
        Parent::Action("AEI.01.01".into()),
        Parent::Action("AEI.01.02".into()),
        Parent::Action("AEI.02.01".into()),
    ];
    for (n, parent) in parents.iter().enumerate() {
        let code = next_indicator_code(&p, parent);
        let mut ind = indicator(&code, Unit::Porcentaje, &[("2024", "40"), ("2025", "50")]);
        if n == 1 {
            ind.direction = Some(Direction::Descendente);
            ind.expected = [
                ("2024".to_string(), Decimal::from(20)),
                ("2025".to_string(), Decimal::from(17)),
            ]
            .into();
            ind.baseline = Some(Baseline {
                year: 2023,
                value: Decimal::from(25),
            });
        }
        if n == 4 {
            ind.unit = Unit::Cantidad;
            ind.cumulative = true;
        }
        ok(
            &mut p,
            PlanEdit::Insert {
                parent: parent.clone(),
                index: usize::MAX,
                item: Item::Indicator(ind),
            },
        );
    }
    assert_eq!(p.objectives[0].indicators[0].code, "IND.01.OEI.01");
    assert_eq!(p.objectives[0].actions[0].indicators[1].code, "IND.02.AEI.01.01");
    for (code, v) in [
        ("IND.01.OEI.01", "55"),
        ("IND.01.OEI.02", "16"),
        ("IND.01.AEI.01.01", "30"),
    ] {
        let field = FieldRef::Obtained {
            indicator: code.into(),
            period: "2025".into(),
        };
        ok(&mut p, PlanEdit::Value(field, Some(v.parse().unwrap())));
    }
    let ev = evaluate(&p, Options::default());
    assert_eq!(ev.indicators.len(), 6);
    assert_eq!(ev.objectives.len(), 2);
    assert!(ev.institution.result_pct.is_some());
    assert!(verify(&p.history).is_intact());
    assert!(p.history.len() >= 2 + 3 + 6 + 3);
    let reopened = load_plan(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(reopened, p);
}

#[test]
fn a_code_in_use_or_a_value_out_of_range_changes_nothing() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = p.clone();
    let dup = apply(
        &mut p,
        PlanEdit::Insert {
            parent: Parent::Plan,
            index: 0,
            item: objective("OEI.01", "Otro"),
        },
        &stamp(),
    );
    assert!(dup.unwrap_err().contains("Ya hay un objetivo con el código OEI.01"));
    let over = indicator("IND.99", Unit::Porcentaje, &[("2022", "120")]);
    let e = apply(
        &mut p,
        PlanEdit::Insert {
            parent: Parent::Objective("OEI.01".into()),
            index: 0,
            item: Item::Indicator(over),
        },
        &stamp(),
    )
    .unwrap_err();
    assert!(e.contains("meta 2022") && e.contains("máximo"), "{e}");
    let empty = apply(
        &mut p,
        PlanEdit::Insert {
            parent: Parent::Plan,
            index: 0,
            item: objective("OEI.77", " "),
        },
        &stamp(),
    );
    assert!(empty.unwrap_err().contains("nombre del objetivo OEI.77"));
    let taken_by_other = {
        let mut i = crate::edit::indicator(&p, "IND.01.OEI.01").unwrap().clone();
        i.code = "IND.01.OEI.02".into();
        apply(
            &mut p,
            PlanEdit::Replace(ItemRef::Indicator("IND.01.OEI.01".into()), Item::Indicator(i)),
            &stamp(),
        )
    };
    assert!(taken_by_other.is_err());
    assert_eq!(p, before);
}

#[test]
fn deleting_an_objective_with_everything_in_it_is_undone_exactly() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let undo = ok(&mut p, PlanEdit::Remove(ItemRef::Objective("OEI.02".into())));
    assert!(p.objectives.iter().all(|o| o.code != "OEI.02"));
    let entry = p.history.last().unwrap();
    assert_eq!(entry.field, "estructura/OEI.02");
    assert!(entry.old_text.as_deref().unwrap().contains("OEI.02"));
    let redo = ok(&mut p, undo);
    assert_eq!(content(&p), before);
    ok(&mut p, redo);
    assert!(p.objectives.iter().all(|o| o.code != "OEI.02"));
    assert!(verify(&p.history).is_intact());
}

#[test]
fn a_new_action_code_follows_its_activities_and_rows() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let aei = p
        .poi
        .allocation
        .as_ref()
        .and_then(|t| t.rows.first())
        .map(|r| r.aei.clone())
        .unwrap();
    let Item::Action(mut a) = find::get(&p, &ItemRef::Action(aei.clone())).unwrap() else {
        panic!()
    };
    a.code = "AEI.X".into();
    let undo = ok(&mut p, PlanEdit::Replace(ItemRef::Action(aei.clone()), Item::Action(a)));
    let rows = p.poi.allocation.as_ref().unwrap();
    assert!(rows.rows.iter().any(|r| r.aei == "AEI.X"));
    assert!(rows.rows.iter().all(|r| r.aei != aei));
    assert_eq!(
        p.history.last().unwrap().field,
        "estructura/AEI.X/nombre"
            .replace("/nombre", "/código")
            .replace("AEI.X", &aei)
    );
    ok(&mut p, undo);
    assert_eq!(content(&p), before);
}

#[test]
fn a_replacement_keeps_values_and_logs_each_field() {
    let mut p = load_plan(ILO_2022).unwrap();
    let code = "IND.01.OEI.02";
    let old = crate::edit::indicator(&p, code).unwrap().clone();
    let mut new = old.clone();
    new.name = "Nuevo nombre".into();
    new.expected.insert("2022".into(), Decimal::from(60));
    new.obtained.clear();
    new.direction = Some(Direction::Ascendente);
    new.targets = crate::model::TargetSeries::RunningTotal;
    new.aggregation = Some(crate::model::Aggregation::Sum);
    let n = p.history.len();
    let undo = ok(
        &mut p,
        PlanEdit::Replace(ItemRef::Indicator(code.into()), Item::Indicator(new)),
    );
    let now = crate::edit::indicator(&p, code).unwrap();
    assert_eq!(now.obtained, old.obtained, "obtained values are values, not definition");
    assert_eq!(now.name, "Nuevo nombre");
    let fields: Vec<&str> = p.history[n..].iter().map(|e| e.field.as_str()).collect();
    assert!(fields.contains(&"estructura/IND.01.OEI.02/nombre"), "{fields:?}");
    assert!(fields.contains(&"meta/IND.01.OEI.02/2022"), "{fields:?}");
    assert!(
        fields.contains(&"estructura/IND.01.OEI.02/forma de las metas"),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"estructura/IND.01.OEI.02/agregación semestral"),
        "{fields:?}"
    );
    let meta = p
        .history
        .iter()
        .rev()
        .find(|e| e.field == "meta/IND.01.OEI.02/2022")
        .unwrap();
    assert_eq!(meta.new, Some(Decimal::from(60)));
    assert_eq!(field_label(&meta.field).unwrap(), "IND.01.OEI.02 · meta 2022");
    ok(&mut p, undo);
    assert_eq!(crate::edit::indicator(&p, code).unwrap(), &old);
}

#[test]
fn moving_stops_at_the_ends_and_is_undone() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let undo = ok(&mut p, PlanEdit::Move(ItemRef::Objective("OEI.01".into()), Step::Down));
    assert_eq!(p.objectives[1].code, "OEI.01");
    assert_eq!(p.history.last().unwrap().new_text.as_deref(), Some("2"));
    ok(&mut p, undo);
    assert_eq!(content(&p), before);
    assert!(apply(
        &mut p,
        PlanEdit::Move(ItemRef::Objective("OEI.01".into()), Step::Up),
        &stamp()
    )
    .is_err());
}

#[test]
fn pois_items_are_added_changed_and_removed() {
    let mut p = new_plan(header()).unwrap();
    let code = next_activity_code(&p);
    assert_eq!(code, "AO.01");
    let activity = Activity {
        code,
        name: "Campaña".into(),
        kind: crate::model::ActivityKind::ActividadOperativa,
        aei: "AEI.01.01".into(),
        responsible: None,
        cost_centre: Some("03.01".into()),
        physical_unit: None,
        physical_programmed: Some(Decimal::from(10)),
        physical_executed: None,
        financial_programmed: Some("1500.50".parse().unwrap()),
        financial_executed: None,
    };
    ok(
        &mut p,
        PlanEdit::Insert {
            parent: Parent::Plan,
            index: 0,
            item: Item::Activity(activity.clone()),
        },
    );
    let mut negative = activity.clone();
    negative.financial_programmed = Some(Decimal::from(-1));
    assert!(apply(
        &mut p,
        PlanEdit::Replace(ItemRef::Activity("AO.01".into()), Item::Activity(negative)),
        &stamp()
    )
    .unwrap_err()
    .contains("negativo"));
    let centre = CostCentre {
        code: None,
        name: "Gerencia de Desarrollo Social".into(),
        responsible: None,
        ao_count: None,
        programmed: Some(Decimal::from(100)),
        executed: None,
        declared_pct: None,
    };
    let undo = ok(
        &mut p,
        PlanEdit::Insert {
            parent: Parent::Plan,
            index: 0,
            item: Item::CostCentre(centre),
        },
    );
    assert_eq!(p.poi.cost_centres.as_ref().unwrap().rows.len(), 1);
    assert_eq!(undo, PlanEdit::Remove(ItemRef::CostCentre(0)));
    assert_eq!(p.history.last().unwrap().field, "estructura/centro-de-costo/1");
    let logged = p.history.len();
    ok(&mut p, undo);
    assert!(p.poi.cost_centres.as_ref().unwrap().rows.is_empty());
    // Added and removed again at once by the same person: the log keeps no trace of nothing.
    assert_eq!(p.history.len(), logged - 1);
}

#[test]
fn header_changes_are_checked_logged_and_undone() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let mut h = Header::of(&p);
    h.plan.name = "PEI ampliado".into();
    let undo = ok(&mut p, PlanEdit::Header(Box::new(h)));
    assert_eq!(p.plan.name, "PEI ampliado");
    assert_eq!(p.history.last().unwrap().field, "plan/nombre del plan");
    ok(&mut p, undo);
    assert_eq!(content(&p), before);
}

#[test]
fn method_settings_are_checked_logged_and_undone() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let mut s = p.settings.clone();
    s.missing_values = crate::model::MissingValues::LeftOut;
    s.bands[0].min_pct = Decimal::from(80);
    let applied = apply(&mut p, PlanEdit::Settings(Box::new(s)), &stamp()).unwrap();
    assert_eq!(applied.summary, "Se cambiaron reglas del método.");
    let fields: Vec<&str> = p.history.iter().rev().take(2).map(|h| h.field.as_str()).collect();
    assert_eq!(
        fields,
        ["método/indicadores sin valor reportado", "método/bandas del semáforo"]
    );
    assert_eq!(
        p.history.last().unwrap().new_text.as_deref(),
        Some("Quedan fuera del cálculo")
    );
    ok(&mut p, applied.undo);
    assert_eq!(content(&p), before);
    // Bands that cannot be told apart are refused with the reason.
    let mut s = p.settings.clone();
    s.bands[1].min_pct = s.bands[0].min_pct;
    let e = apply(&mut p, PlanEdit::Settings(Box::new(s)), &stamp()).unwrap_err();
    assert!(e.contains("Dos bandas empiezan en 75 %"), "{e}");
    let mut s = p.settings.clone();
    s.bands[2].min_pct = Decimal::from(-5);
    assert!(apply(&mut p, PlanEdit::Settings(Box::new(s)), &stamp()).is_err());
    assert_eq!(content(&p), before);
}

/// Any sequence of edits followed by their undos, in reverse, gives the plan back.
#[test]
fn undoing_a_sequence_in_reverse_gives_the_plan_back() {
    let mut p = load_plan(ILO_2022).unwrap();
    let before = content(&p);
    let edits = vec![
        PlanEdit::Move(ItemRef::Objective("OEI.03".into()), Step::Down),
        PlanEdit::Remove(ItemRef::Action("AEI.01.01".into())),
        PlanEdit::Insert {
            parent: Parent::Plan,
            index: 3,
            item: objective("OEI.10", "Nuevo"),
        },
        PlanEdit::Value(
            FieldRef::Obtained {
                indicator: "IND.01.OEI.03".into(),
                period: "2022".into(),
            },
            None,
        ),
        PlanEdit::Remove(ItemRef::Stage(0)),
        PlanEdit::Move(ItemRef::CostCentre(2), Step::Up),
    ];
    let mut undos = Vec::new();
    for e in edits {
        undos.push(ok(&mut p, e));
    }
    assert_ne!(content(&p), before);
    for u in undos.into_iter().rev() {
        ok(&mut p, u);
    }
    assert_eq!(content(&p), before);
    assert!(verify(&p.history).is_intact());
}

#[test]
fn log_addresses_read_as_phrases() {
    for (field, phrase) in [
        ("estructura/OEI.01", "OEI.01 · elemento"),
        ("estructura/OEI.01/nombre", "OEI.01 · nombre"),
        ("estructura/A/B/unidad de medida", "A/B · unidad de medida"),
        ("estructura/centro-de-costo/3", "centro de costo, fila 3"),
        ("estructura/etapa/1/monto", "etapa del presupuesto, fila 1 · monto"),
        ("linea-base/IND.1", "IND.1 · línea de base"),
        ("plan/año evaluado", "datos del plan · año evaluado"),
    ] {
        assert_eq!(field_label(field).as_deref(), Some(phrase), "{field}");
    }
    assert_eq!(field_label("obtenido/X/2022"), None);
}
