//! The Ilo 2022 report reproduced: every figure the report states is either matched or reported.

use rust_decimal::Decimal;
use semaforo_engine::decimal_util::round;
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::{compare_readings, evaluate, load_plan, Code, Evaluation, Options, Plan, Severity, Status};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn plan() -> Plan {
    load_plan(ILO_2022).expect("the built-in example must load")
}

fn with_verdicts() -> Evaluation {
    evaluate(&plan(), Options::default())
}

fn strict() -> Evaluation {
    evaluate(&plan(), Options { strict: true })
}

fn diags<'a>(ev: &'a Evaluation, code: Code, path: &str) -> Vec<&'a semaforo_engine::Diagnostic> {
    ev.diagnostics
        .iter()
        .filter(|x| x.code == code && x.path == path)
        .collect()
}

#[test]
fn objective_results_match_the_report() {
    let ev = with_verdicts();
    let expected = [
        ("OEI.01", 6, 1, "16.67"),
        ("OEI.02", 4, 3, "75.00"),
        ("OEI.03", 5, 1, "20.00"),
        ("OEI.04", 8, 2, "25.00"),
        ("OEI.05", 7, 6, "85.71"),
        ("OEI.06", 5, 3, "60.00"),
        ("OEI.07", 7, 2, "28.57"),
        ("OEI.08", 6, 3, "50.00"),
        ("OEI.09", 3, 0, "0.00"),
    ];
    assert_eq!(ev.objectives.len(), 9);
    for (code, total, met, pct) in expected {
        let o = ev.objective(code).unwrap();
        assert_eq!(o.counts.total, total, "{code} total");
        assert_eq!(o.counts.met, met, "{code} met");
        assert_eq!(round(o.result_pct.unwrap(), 2), d(pct), "{code} result");
        // Every stated objective figure agrees once the report's verdicts apply.
        assert!(
            diags(&ev, Code::DeclaredResultMismatch, code).is_empty(),
            "{code}: {:?}",
            diags(&ev, Code::DeclaredResultMismatch, code)
        );
    }
}

#[test]
fn institution_is_the_exact_mean_and_the_stated_40_2_is_flagged() {
    let ev = with_verdicts();
    let exact =
        (d("1") / d("6") + d("0.75") + d("0.2") + d("0.25") + d("6") / d("7") + d("0.6") + d("2") / d("7") + d("0.5"))
            * d("100")
            / d("9");
    let got = ev.institution.result_pct.unwrap();
    assert!((got - exact).abs() < d("0.0000000001"), "{got} vs {exact}");
    assert_eq!(round(got, 2), d("40.11"));
    assert_eq!(&*ev.institution.light.id, "rojo");
    let mismatch = diags(&ev, Code::DeclaredInstitutionMismatch, "institución");
    assert_eq!(mismatch.len(), 1);
    assert_eq!(mismatch[0].stated.as_deref(), Some("40.2 %"));
    assert_eq!(mismatch[0].computed.as_deref(), Some("40.11 %"));
    assert!(mismatch[0].message.contains("redondeados"), "{}", mismatch[0].message);
}

#[test]
fn lights_are_two_green_two_orange_five_red_with_the_files_bands() {
    let ev = with_verdicts();
    let l = &ev.institution.objective_lights;
    assert_eq!(l["verde"], 2);
    assert_eq!(l["naranja"], 2);
    assert_eq!(l["rojo"], 5);
    assert!(ev
        .diagnostics
        .iter()
        .all(|x| x.code != Code::DeclaredLightCountMismatch));
    let light = |c: &str| ev.objective(c).unwrap().light.id.to_string();
    assert_eq!(light("OEI.02"), "verde");
    assert_eq!(light("OEI.05"), "verde");
    assert_eq!(light("OEI.06"), "naranja");
    assert_eq!(light("OEI.08"), "naranja");
    for c in ["OEI.01", "OEI.03", "OEI.04", "OEI.07", "OEI.09"] {
        assert_eq!(light(c), "rojo", "{c}");
    }
}

#[test]
fn evaluator_verdicts_are_applied_and_always_reported() {
    let verdicts = ["IND.01.OEI.01", "IND.01.AEI.04.02", "IND.01.AEI.07.01", "IND.01.OEI.08"];
    for ev in [with_verdicts(), strict()] {
        let differs: Vec<&str> = ev
            .diagnostics
            .iter()
            .filter(|x| x.code == Code::VerdictDiffers)
            .map(|x| x.path.rsplit('/').next().unwrap())
            .collect();
        assert_eq!(differs, verdicts);
    }
    let ev = with_verdicts();
    for code in verdicts {
        let i = ev.indicator(code).unwrap();
        assert!(i.verdict_applied);
        assert_eq!(i.status, Status::Met);
        assert_eq!(i.computed_status, Status::NotMet);
    }
    assert_eq!(
        round(ev.indicator("IND.01.OEI.08").unwrap().advance_pct.unwrap(), 2),
        d("88.89")
    );
}

#[test]
fn strict_reading_and_its_differences() {
    let (a, b) = (with_verdicts(), strict());
    let r = |ev: &Evaluation, c: &str| round(ev.objective(c).unwrap().result_pct.unwrap(), 2);
    assert_eq!(r(&b, "OEI.01"), d("0"));
    assert_eq!(r(&b, "OEI.04"), d("12.5"));
    assert_eq!(r(&b, "OEI.07"), d("14.29"));
    // IND.01.AEI.08.01 measures homes exposed to hazards: descending, met by its numbers (35 ≤ 37)
    // as the report says, so it needs no verdict and counts in the strict reading too.
    assert_eq!(r(&b, "OEI.08"), d("33.33"));
    for c in ["OEI.02", "OEI.03", "OEI.05", "OEI.06", "OEI.09"] {
        assert_eq!(r(&a, c), r(&b, c), "{c} does not depend on verdicts");
    }
    assert_eq!(round(b.institution.result_pct.unwrap(), 2), d("33.43"));
    let lights = &b.institution.objective_lights;
    assert_eq!((lights["verde"], lights["naranja"], lights["rojo"]), (2, 1, 6));
    let diff = compare_readings(&a, &b);
    let codes: Vec<&str> = diff.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "IND.01.OEI.01",
            "IND.01.AEI.04.02",
            "IND.01.AEI.07.01",
            "IND.01.OEI.08",
            "OEI.01",
            "OEI.04",
            "OEI.07",
            "OEI.08",
            "institución"
        ]
    );
    // Strictly read, the stated objective figures no longer hold, and the engine says so.
    for c in ["OEI.01", "OEI.04", "OEI.07", "OEI.08"] {
        assert!(!diags(&b, Code::DeclaredResultMismatch, c).is_empty(), "{c}");
    }
}

#[test]
fn objective_level_indicators_stated_three_met_computed_four() {
    let ev = with_verdicts();
    let d = ev
        .diagnostics
        .iter()
        .find(|x| x.code == Code::DeclaredResultMismatch && x.path == "institución")
        .unwrap();
    assert_eq!((d.stated.as_deref(), d.computed.as_deref()), (Some("3"), Some("4")));
    let s = strict();
    let d = s
        .diagnostics
        .iter()
        .find(|x| x.code == Code::DeclaredResultMismatch && x.path == "institución")
        .unwrap();
    assert_eq!(d.computed.as_deref(), Some("2"));
}

#[test]
fn tabla_03_shares_over_the_sum_of_objective_rows() {
    let ev = with_verdicts();
    let a = ev.budget.allocation.as_ref().unwrap();
    assert_eq!(a.total_programmed, d("97971952.95"));
    assert_eq!(a.total_count, 368);
    let share = |c: &str| round(a.objectives.iter().find(|o| o.code == c).unwrap().share_pct.unwrap(), 2);
    assert_eq!(share("OEI.04"), d("45.95"));
    assert_eq!(share("OEI.01"), d("38.04"));
    let sum: Decimal = a.objectives.iter().map(|o| o.share_pct.unwrap()).sum();
    assert!((sum - d("100")).abs() < d("0.000000001"));
    let oei01 = a.objectives.iter().find(|o| o.code == "OEI.01").unwrap();
    assert_eq!((oei01.count, oei01.programmed), (114, d("37266078.95")));
    // The stated total (383 AO, S/ 143,405,654.45) is not the sum of the rows.
    let total = diags(&ev, Code::DeclaredTotalMismatch, "poi.allocation/total");
    assert_eq!(total.len(), 2);
    assert!(total
        .iter()
        .any(|x| x.stated.as_deref() == Some("383") && x.computed.as_deref() == Some("368")));
    assert!(total
        .iter()
        .any(|x| x.stated.as_deref() == Some("143,405,654.45") && x.computed.as_deref() == Some("97,971,952.95")));
    // Every objective subtotal of Tabla 03 matches its AEI rows.
    assert!(ev
        .diagnostics
        .iter()
        .all(|x| !(x.code == Code::DeclaredSubtotalMismatch && x.path.starts_with("poi.allocation"))));
    assert!(!diags(&ev, Code::AmountWithoutBase, "poi.allocation/AEI.07.03").is_empty());
}

#[test]
fn tabla_04_physical_execution_rule_and_its_mismatches() {
    let ev = with_verdicts();
    let e = ev.budget.execution.as_ref().unwrap();
    let phys = |c: &str| e.objectives.iter().find(|o| o.code == c).unwrap().physical_pct.unwrap();
    assert_eq!(phys("OEI.02"), d("87"));
    assert_eq!(phys("OEI.03"), d("25"));
    assert_eq!(phys("OEI.04"), d("82"));
    assert_eq!(phys("OEI.07"), d("70.5"));
    assert_eq!(phys("OEI.09"), d("100.5"));
    let sev = |c: &str| {
        let v = diags(&ev, Code::DeclaredPctMismatch, &format!("poi.execution/{c}"));
        v.first().map(|x| x.severity)
    };
    assert_eq!(sev("OEI.01"), Some(Severity::Warning));
    assert_eq!(sev("OEI.03"), Some(Severity::Warning));
    assert_eq!(sev("OEI.07"), Some(Severity::Warning));
    assert_eq!(sev("OEI.06"), Some(Severity::Info), "119 % is 119.75 % truncated");
    // Issue 14.7: a stated 100 is not 100.5 rounded (that prints 101); it is 100.5 truncated.
    assert_eq!(sev("OEI.09"), Some(Severity::Info), "100 % is 100.5 % truncated");
    for c in ["OEI.02", "OEI.04", "OEI.05", "OEI.08"] {
        assert_eq!(sev(c), None, "{c} matches");
    }
    // AO counts and financial follow-up of every objective row add up.
    assert!(ev
        .diagnostics
        .iter()
        .all(|x| x.code != Code::DeclaredSubtotalMismatch || x.severity == Severity::Info));
    let dup = diags(&ev, Code::DuplicateCode, "poi.execution/AEI.03.03");
    assert_eq!(dup.len(), 1);
    assert!(!diags(&ev, Code::ExecutionAboveThreshold, "poi.execution/AEI.06.01").is_empty());
    assert!(!diags(&ev, Code::AmountWithoutBase, "poi.execution/AEI.08.01").is_empty());
}

#[test]
fn tabla_05_cost_centres_and_totals() {
    let ev = with_verdicts();
    let c = ev.budget.cost_centres.as_ref().unwrap();
    assert_eq!(c.rows.len(), 68);
    assert_eq!(c.total_programmed, d("143279648.35"));
    assert_eq!(c.total_executed, d("231322566.69"));
    assert_eq!(c.total_count, 316);
    assert_eq!(round(c.total_pct.unwrap(), 2), d("161.45"));
    let total = diags(&ev, Code::DeclaredTotalMismatch, "poi.cost_centres/total");
    assert!(total
        .iter()
        .any(|x| x.stated.as_deref() == Some("333") && x.computed.as_deref() == Some("316")));
    assert!(total.iter().any(|x| x.stated.as_deref() == Some("143,405,654.45")));
    assert!(
        total.iter().all(|x| x.stated.as_deref() != Some("231,322,566.69")),
        "executed total matches its rows"
    );
    let pct = diags(&ev, Code::DeclaredPctMismatch, "poi.cost_centres/total");
    assert_eq!(pct[0].stated.as_deref(), Some("84.8 %"));
    assert_eq!(pct[0].severity, Severity::Warning);
    let w = |key: &str| {
        diags(&ev, Code::DeclaredPctMismatch, &format!("poi.cost_centres/{key}"))
            .first()
            .map(|x| x.severity)
    };
    assert_eq!(w("03.11"), Some(Severity::Warning), "54 % printed for 54,138 %");
    assert_eq!(w("03.07.03"), Some(Severity::Warning), "69 % printed for 38.68 %");
    assert_eq!(w("02.05"), Some(Severity::Info), "107.86 % truncated to 107");
    assert_eq!(w("01.01"), None, "98 % matches 98.41 %");
    assert!(!diags(&ev, Code::MissingCode, "poi.cost_centres/fila 18").is_empty());
    assert!(!diags(&ev, Code::MalformedCode, "poi.cost_centres/3.11.03.04").is_empty());
    assert!(!diags(&ev, Code::ExecutionAboveThreshold, "poi.cost_centres/03.09.03").is_empty());
    assert!(!diags(&ev, Code::AmountWithoutBase, "poi.cost_centres/03.17").is_empty());
}

#[test]
fn every_stated_figure_in_tablas_03_to_05_is_matched_or_reported() {
    use semaforo_engine::decimal_util::{pct, stated_matches};
    let p = plan();
    let ev = with_verdicts();
    // A stated figure that differs must be reported as that kind of mismatch, at its row: any
    // other diagnostic at the same place (a malformed code, say) does not say the figure is off.
    let reported = |code: Code, path: &str| ev.diagnostics.iter().any(|x| x.code == code && x.path == path);
    let cc = p.poi.cost_centres.as_ref().unwrap();
    for (i, r) in cc.rows.iter().enumerate() {
        let key = semaforo_engine::budget::cost_centre_key(r.code.as_deref(), i);
        if let Some(s) = r.declared_pct {
            let computed = r.programmed.and_then(|pr| pct(r.executed.unwrap_or_default(), pr));
            let ok = computed.is_some_and(|c| stated_matches(s, c));
            assert!(
                ok || reported(Code::DeclaredPctMismatch, &format!("poi.cost_centres/{key}")),
                "Tabla 05 {key}: {s} vs {computed:?}"
            );
        }
    }
    let ex = p.poi.execution.as_ref().unwrap();
    let e = ev.budget.execution.as_ref().unwrap();
    for dcl in &ex.declared_objectives {
        let o = e.objectives.iter().find(|o| o.code == dcl.oei).unwrap();
        let path = format!("poi.execution/{}", dcl.oei);
        // The count and amount are a subtotal; the physical execution is a percentage.
        let sums = dcl.ao_count == Some(o.count) && dcl.financial.is_some_and(|f| stated_matches(f, o.financial));
        assert!(
            sums || reported(Code::DeclaredSubtotalMismatch, &path),
            "Tabla 04 {} subtotal",
            dcl.oei
        );
        let physical = dcl
            .physical_pct
            .is_some_and(|s| o.physical_pct.is_some_and(|c| stated_matches(s, c)));
        assert!(
            physical || reported(Code::DeclaredPctMismatch, &path),
            "Tabla 04 {} physical",
            dcl.oei
        );
    }
    let al = p.poi.allocation.as_ref().unwrap();
    let a = ev.budget.allocation.as_ref().unwrap();
    for dcl in &al.declared_objectives {
        let o = a.objectives.iter().find(|o| o.code == dcl.oei).unwrap();
        let ok = dcl.ao_count == Some(o.count) && dcl.programmed == Some(o.programmed);
        assert!(
            ok || reported(Code::DeclaredSubtotalMismatch, &format!("poi.allocation/{}", dcl.oei)),
            "Tabla 03 {}",
            dcl.oei
        );
    }
}

#[test]
fn budget_stages_conflict_between_tabla_01_and_02() {
    let ev = with_verdicts();
    let c: Vec<_> = ev
        .diagnostics
        .iter()
        .filter(|x| x.code == Code::StageConflict)
        .collect();
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].stated.as_deref(), c[0].computed.as_deref()),
        (Some("245"), Some("207"))
    );
    assert!(ev.diagnostics.iter().all(|x| x.code != Code::StageCountMismatch));
    assert_eq!(ev.budget.stages.len(), 4);
}

#[test]
fn aei_without_activities_are_listed() {
    let ev = with_verdicts();
    let mut aeis: Vec<&str> = ev
        .diagnostics
        .iter()
        .filter(|x| x.code == Code::AeiWithoutActivities)
        .map(|x| x.path.rsplit('/').next().unwrap())
        .collect();
    aeis.sort();
    assert_eq!(
        aeis,
        [
            "AEI.03.02",
            "AEI.03.03",
            "AEI.03.04",
            "AEI.04.03",
            "AEI.05.04",
            "AEI.07.05",
            "AEI.07.06",
            "AEI.08.01"
        ]
    );
}

#[test]
fn the_example_has_no_errors_and_every_message_is_spanish_with_a_path() {
    let ev = with_verdicts();
    assert!(
        ev.diagnostics.iter().all(|x| x.severity != Severity::Error),
        "{:?}",
        ev.diagnostics
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .collect::<Vec<_>>()
    );
    for x in &ev.diagnostics {
        assert!(!x.path.is_empty() && !x.message.is_empty());
        assert!(
            !x.message.contains("expected") && !x.message.contains("invalid"),
            "{}",
            x.message
        );
    }
    assert_eq!(ev.indicators.len(), 51);
    assert!(ev
        .indicators
        .iter()
        .all(|i| i.direction.source == semaforo_engine::direction::DirectionSource::Declared));
}

#[test]
fn export_then_import_is_identity() {
    let p = plan();
    let text = serde_json::to_string_pretty(&p).unwrap();
    let again = load_plan(&text).unwrap();
    assert_eq!(p, again);
    assert_eq!(evaluate(&p, Options::default()), evaluate(&again, Options::default()));
}

#[test]
fn indicators_inherit_the_responsible_unit_of_their_objective() {
    let ev = with_verdicts();
    let r = |c: &str| ev.indicator(c).unwrap().responsible.clone();
    assert_eq!(
        r("IND.01.AEI.01.01").as_deref(),
        Some("Subgerencia de Planes y Desarrollo Organizacional")
    );
    assert_eq!(
        r("IND.01.OEI.08").as_deref(),
        Some("Oficina de Gestión de Riesgo de Desastres")
    );
}

#[test]
fn explanations_name_the_formula_the_direction_and_the_bands() {
    let ev = with_verdicts();
    let i = ev.indicator("IND.01.AEI.01.02").unwrap().explanation(&plan()).join(" ");
    assert!(i.contains("Sentido declarado en el plan: ascendente"), "{i}");
    assert!(i.contains("avance = obtenido ÷ esperado × 100"), "{i}");
    assert!(
        i.contains("Semáforo Naranja: no cumplió y su avance 57.89 % alcanza 50 %, el mínimo de Naranja, y es menor que 75 %, el de Verde."),
        "{i}"
    );
    // What it would take: its target; the next light up is green, which only meeting gives.
    assert!(
        i.contains("¿Cuánto necesita para cumplir? Que el valor obtenido llegue al menos a "),
        "{i}"
    );
    assert!(!i.contains("Para pasar de"), "{i}");
    // An evaluator's verdict decides IND.01.OEI.01: no figure would change it.
    let v = ev.indicator("IND.01.OEI.01").unwrap().explanation(&plan()).join(" ");
    assert!(
        v.contains("Juicio del evaluador aplicado") && !v.contains("¿Cuánto"),
        "{v}"
    );
    let o = &ev.objective("OEI.06").unwrap().explanation;
    assert!(o.contains("3 de 5 = 60.00 %") && o.contains("Semáforo Naranja"), "{o}");
    // Why it is red, in words: the figure against the band it missed.
    let o = &ev.objective("OEI.01").unwrap().explanation;
    assert!(
        o.ends_with("Semáforo Rojo: 16.67 % es menor que 50 %, el mínimo de Naranja."),
        "{o}"
    );
    let o = &ev.objective("OEI.05").unwrap().explanation;
    assert!(
        o.ends_with("Semáforo Verde: 85.71 % alcanza 75 %, el mínimo de Verde."),
        "{o}"
    );
}

#[test]
fn lookups_by_position_fall_back_to_the_code_when_the_position_is_stale() {
    let plan = load_plan(ILO_2022).unwrap();
    let ev = evaluate(&plan, Options::default());
    let (first, last) = (&ev.indicators[0].code, &ev.indicators[ev.indicators.len() - 1].code);
    assert_eq!(&ev.indicator_at(Some(0), first).unwrap().code, first);
    // A position that now holds another indicator, or none at all, still finds the right one.
    assert_eq!(&ev.indicator_at(Some(0), last).unwrap().code, last);
    assert_eq!(&ev.indicator_at(Some(10_000), last).unwrap().code, last);
    assert!(ev.indicator_at(Some(0), "IND.NO.EXISTE").is_none());
    assert_eq!(ev.objective_at(Some(0), "OEI.02").unwrap().code, "OEI.02");
    assert_eq!(ev.objective_at(None, "OEI.09").unwrap().code, "OEI.09");
    assert!(ev.objective_at(Some(1), "OEI.99").is_none());
}

#[test]
fn an_objective_names_the_indicators_it_counted() {
    let ev = with_verdicts();
    let o = ev.objective("OEI.01").unwrap();
    let members = ev.members(o);
    assert_eq!(members.len(), 6);
    assert!(members.iter().all(|i| &*i.objective == "OEI.01"));
    let met: Vec<&str> = members
        .iter()
        .filter(|i| i.status == semaforo_engine::Status::Met)
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(met.len() as u32, o.counts.met);
    let by_status = ev.members_by_status(o);
    assert_eq!(by_status[0].0, semaforo_engine::Status::Met);
    assert_eq!(by_status[0].1.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(), met);
    assert_eq!(by_status.iter().map(|(_, v)| v.len()).sum::<usize>(), 6);
    let a = ev.action("AEI.01.01").unwrap();
    assert!(ev.members(a).iter().all(|i| i.action.as_deref() == Some("AEI.01.01")));
    assert_eq!(ev.members(a).len() as u32, a.counts.total);
}
