//! The Ilo example's tables carry the engine's figures, unchanged, and its CSV prints them.

use rust_decimal::Decimal;
use semaforo_engine::{evaluate, load_plan, Evaluation, Options, Plan};
use semaforo_export::tables::TABLE_IDS;
use semaforo_export::{tables, to_csv, Cell, Table};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn ilo() -> (Plan, Evaluation) {
    let plan = load_plan(semaforo_engine::examples::ILO_2022).unwrap();
    let ev = evaluate(&plan, Options::default());
    (plan, ev)
}

fn table<'a>(ts: &'a [Table], id: &str) -> &'a Table {
    ts.iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no table {id}"))
}

fn col(t: &Table, header: &str) -> usize {
    t.headers
        .iter()
        .position(|h| h == header)
        .unwrap_or_else(|| panic!("{}: no column {header:?} in {:?}", t.id, t.headers))
}

fn row<'a>(t: &'a Table, first: &str, key_col: usize) -> &'a [Cell] {
    t.rows
        .iter()
        .find(|r| r.get(key_col) == Some(&Cell::Text(first.into())))
        .unwrap_or_else(|| panic!("{}: no row {first}", t.id))
}

fn text(s: &str) -> Cell {
    Cell::Text(s.into())
}

#[test]
fn every_table_in_order_with_rows_as_wide_as_headers() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let ids: Vec<&str> = ts.iter().map(|t| t.id).collect();
    assert_eq!(ids, TABLE_IDS);
    for t in &ts {
        assert!(!t.title.is_empty() && !t.headers.is_empty(), "{}", t.id);
        for r in &t.rows {
            assert_eq!(r.len(), t.headers.len(), "{}: {r:?}", t.id);
        }
    }
    let rows = |id: &str| table(&ts, id).rows.len();
    assert_eq!(rows("institucion"), 1);
    assert_eq!(rows("resultados_oei"), 9);
    assert_eq!(rows("indicadores"), 51);
    assert_eq!(rows("centros_de_costo"), 68 + 1);
    assert_eq!(rows("etapas"), 4);
    assert_eq!(rows("diagnosticos"), ev.diagnostics.len());
}

#[test]
fn objective_results_are_the_engines_full_precision_figures() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "resultados_oei");
    let result = col(t, "Resultado (%)");
    for o in &ev.objectives {
        let r = row(t, &o.code, 0);
        assert_eq!(r[result], Cell::Pct(o.result_pct.unwrap()), "{}", o.code);
        assert_eq!(r[col(t, "Indicadores")], Cell::Int(o.counts.total.into()));
        assert_eq!(r[col(t, "Cumplieron")], Cell::Int(o.counts.met.into()));
        assert_eq!(r[col(t, "Semáforo")], text(&o.light.label));
    }
    let oei01 = row(t, "OEI.01", 0);
    // Full precision in the cell: 1/6, not 16.67.
    let Cell::Pct(p) = oei01[result] else {
        panic!("{:?}", oei01[result])
    };
    assert!((p - d("100") / d("6")).abs() < d("0.0000000000001"), "{p}");
    assert_ne!(p, d("16.67"));
    assert_eq!(oei01[col(t, "No cumplieron")], Cell::Int(5));
    assert_eq!(oei01[col(t, "Semáforo")], text("Rojo"));
    let csv = to_csv(t);
    assert!(
        csv.contains("\r\nOEI.01,Modernizar la gestión institucional de la Municipalidad Provincial de Ilo,6,1,5,0,0,0,16.67,Rojo\r\n"),
        "{csv}"
    );
    assert!(csv.contains(",85.71,Verde\r\n"), "{csv}");
}

#[test]
fn institution_row() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "institucion");
    let r = &t.rows[0];
    assert_eq!(
        r[col(t, "Resultado (%)")],
        Cell::Pct(ev.institution.result_pct.unwrap())
    );
    assert_eq!(r[col(t, "Semáforo")], text("Rojo"));
    assert_eq!(r[col(t, "OEI en verde")], Cell::Int(2));
    assert_eq!(r[col(t, "OEI en naranja")], Cell::Int(2));
    assert_eq!(r[col(t, "OEI en rojo")], Cell::Int(5));
    assert_eq!(r[col(t, "OEI sin información")], Cell::Int(0));
    assert_eq!(r[col(t, "Lectura")], text("Con el juicio del evaluador"));
    assert_eq!(r[col(t, "Corte")], text("2022"));
    assert!(to_csv(t).contains("\r\n2022,Con el juicio del evaluador,40.11,Rojo,9,9,2,2,5,0,51,"));
    // The strict reading is labelled as such and carries its own figure.
    let strict = evaluate(&plan, Options { strict: true });
    let ts = tables(&plan, &strict);
    let t = table(&ts, "institucion");
    assert_eq!(t.rows[0][col(t, "Lectura")], text("Estricta (solo los números)"));
    assert!(to_csv(t).contains(",33.43,"), "{}", to_csv(t));
}

#[test]
fn indicators_carry_status_verdict_and_light() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "indicadores");
    let r = row(t, "IND.01.OEI.08", col(t, "Código"));
    let i = ev.indicator("IND.01.OEI.08").unwrap();
    assert_eq!(r[col(t, "OEI")], text("OEI.08"));
    assert_eq!(r[col(t, "AEI")], Cell::Empty);
    assert_eq!(r[col(t, "Avance (%)")], Cell::Pct(i.advance_pct.unwrap()));
    assert_eq!(r[col(t, "Logro esperado")], Cell::Number(i.expected.unwrap()));
    assert_eq!(r[col(t, "Valor obtenido")], Cell::Number(d("45")));
    assert_eq!(r[col(t, "Estado")], text("Cumplió"));
    assert_eq!(r[col(t, "Juicio del evaluador aplicado")], text("Sí"));
    assert_eq!(r[col(t, "Semáforo")], text(&i.light.label));
    assert_eq!(
        r[col(t, "Responsable")],
        text("Oficina de Gestión de Riesgo de Desastres")
    );
    let r = row(t, "IND.01.AEI.01.02", col(t, "Código"));
    assert_eq!(r[col(t, "AEI")], text("AEI.01.02"));
    assert_eq!(r[col(t, "Estado")], text("No cumplió"));
    assert_eq!(r[col(t, "Juicio del evaluador aplicado")], text("No"));
    let csv = to_csv(t);
    assert!(csv.contains(",40,45,88.89,Cumplió,Sí,"), "{csv}");
    // Every status the engine gives appears with its Spanish label.
    let status = col(t, "Estado");
    for (i, r) in ev.indicators.iter().zip(&t.rows) {
        assert_eq!(r[status], text(i.status.label()), "{}", i.code);
    }
}

#[test]
fn allocation_rows_and_total() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "asignacion");
    let a = ev.budget.allocation.as_ref().unwrap();
    let code = col(t, "Código");
    let oei01 = row(t, "OEI.01", code);
    assert_eq!(oei01[col(t, "Nivel")], text("OEI"));
    assert_eq!(oei01[col(t, "N° AO / inversiones")], Cell::Int(114));
    assert_eq!(oei01[col(t, "Programado (S/)")], Cell::Amount(d("37266078.95")));
    assert_eq!(
        oei01[col(t, "Parte del total (%)")],
        Cell::Pct(a.objectives[0].share_pct.unwrap())
    );
    let aei = row(t, "AEI.01.03", code);
    assert_eq!(aei[col(t, "Nivel")], text("AEI"));
    assert_eq!(
        aei[col(t, "Parte del OEI (%)")],
        Cell::Pct(a.objectives[0].actions[2].share_of_objective_pct.unwrap())
    );
    let total = row(t, "Total", col(t, "Nivel"));
    assert_eq!(total[col(t, "Programado (S/)")], Cell::Amount(d("97971952.95")));
    assert_eq!(total[col(t, "N° AO / inversiones")], Cell::Int(368));
    let csv = to_csv(t);
    assert!(
        csv.contains("\r\nTotal,,Total (suma de las filas de OEI),368,97971952.95,,\r\n"),
        "{csv}"
    );
    assert!(csv.contains("\r\nOEI.04,") || csv.contains(",OEI.04,"), "{csv}");
    assert!(csv.contains(",45.95\r\n"), "OEI.04's share: {csv}");
    // Rows the engine sums: every OEI of the plan, then its AEI lines.
    let lines: usize = a.objectives.iter().map(|o| 1 + o.actions.len()).sum();
    assert_eq!(t.rows.len(), lines + 1 + a.unassigned.len());
}

#[test]
fn execution_and_cost_centres() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "ejecucion");
    let e = ev.budget.execution.as_ref().unwrap();
    let oei07 = row(t, "OEI.07", col(t, "Código"));
    assert_eq!(oei07[col(t, "Ejecución física (%)")], Cell::Pct(d("70.5")));
    let total = row(t, "Total", col(t, "Nivel"));
    assert_eq!(
        total[col(t, "Seguimiento financiero (S/)")],
        Cell::Amount(e.total_financial)
    );
    assert_eq!(
        total[col(t, "Ejecución física (%)")],
        Cell::Pct(e.physical_pct.unwrap())
    );

    let t = table(&ts, "centros_de_costo");
    let c = ev.budget.cost_centres.as_ref().unwrap();
    let total = t.rows.last().unwrap();
    assert_eq!(total[0], text("Total"));
    assert_eq!(total[col(t, "Ejecutado (S/)")], Cell::Amount(d("231322566.69")));
    assert_eq!(total[col(t, "Programado (S/)")], Cell::Amount(d("143279648.35")));
    assert_eq!(total[col(t, "N° AO")], Cell::Int(316));
    assert_eq!(total[col(t, "Ejecución (%)")], Cell::Pct(c.total_pct.unwrap()));
    let r = row(t, "01.01", 0);
    assert_eq!(r[col(t, "Ejecución (%)")], Cell::Pct(c.rows[0].execution_pct.unwrap()));
    // A row without a code in the source stays without one.
    assert!(t.rows.iter().any(|r| r[0] == Cell::Empty));
    let csv = to_csv(t);
    assert!(
        csv.ends_with("\r\nTotal,Total (suma de las filas),316,143279648.35,231322566.69,161.45\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\n01.01,COMISION DE REGIDORES,4,271633.70,267327.00,98.41\r\n"),
        "{csv}"
    );
}

#[test]
fn stages_and_diagnostics() {
    let (plan, ev) = ilo();
    let ts = tables(&plan, &ev);
    let t = table(&ts, "etapas");
    assert_eq!(
        t.rows[0],
        vec![
            text("POI aprobado"),
            text("Tabla N°01"),
            Cell::Amount(d("143405654.45")),
            Cell::Int(14),
            Cell::Int(198),
            Cell::Int(212)
        ]
    );
    assert_eq!(t.rows[3][4], Cell::Empty, "PIM has no AO count of its own");

    let t = table(&ts, "diagnosticos");
    let conflict = t
        .rows
        .iter()
        .find(|r| r[col(t, "Código")] == text("STAGE_CONFLICT"))
        .expect("stage conflict");
    assert_eq!(conflict[col(t, "Severidad")], text("Aviso"));
    assert_eq!(conflict[col(t, "Cifra declarada")], text("245"));
    assert_eq!(conflict[col(t, "Cifra calculada")], text("207"));
    // Codes are spelt as in the engine's JSON, which scripts filter on.
    for (x, r) in ev.diagnostics.iter().zip(&t.rows) {
        let json = serde_json::to_value(x.code).unwrap();
        assert_eq!(r[col(t, "Código")], text(json.as_str().unwrap()));
        assert_eq!(r[col(t, "Ubicación")], text(&x.path));
        assert_eq!(r[col(t, "Mensaje")], text(&x.message));
    }
}

#[test]
fn a_plan_without_budget_still_gives_every_table() {
    let (mut plan, _) = ilo();
    plan.poi = Default::default();
    let ev = evaluate(&plan, Options::default());
    let ts = tables(&plan, &ev);
    assert_eq!(ts.len(), TABLE_IDS.len());
    for id in ["asignacion", "ejecucion", "centros_de_costo", "etapas"] {
        let t = table(&ts, id);
        assert!(t.rows.is_empty(), "{id}");
        let csv = to_csv(t);
        assert_eq!(csv.matches("\r\n").count(), 1, "{id}: header only");
    }
}
