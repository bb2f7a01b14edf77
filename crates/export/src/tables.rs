//! The evaluation laid out as plain tables, in the order a planning office reads them.
//!
//! Every cell is copied from the [`Evaluation`]; a figure the engine does not give (an OEI's share
//! of itself, the total's share of the total) is left empty rather than computed here.

use rust_decimal::Decimal;
use semaforo_engine::budget::{AllocationLine, ExecutionLine};
use semaforo_engine::diagnostic::{Code, Severity};
use semaforo_engine::light::{self, GREY};
use semaforo_engine::{Evaluation, Plan, StageKind};

/// One table: a CSV file, a worksheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// File and sheet stem, ASCII, e.g. "indicadores".
    pub id: &'static str,
    /// Spanish title, e.g. the source table's name ("Tabla N°03: …") when the plan gives one.
    pub title: String,
    /// Spanish column headers.
    pub headers: Vec<String>,
    /// Rows, each as long as `headers`.
    pub rows: Vec<Vec<Cell>>,
}

/// One value, typed so each writer can format it the way its readers expect.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A count (indicators, AO, inversiones).
    Int(i64),
    /// Soles; written with two decimals.
    Amount(Decimal),
    /// Percentage points in full precision: 16.666… means 16.67 %.
    Pct(Decimal),
    /// A figure in the indicator's own unit (expected, obtained), written as stated, unrounded.
    Number(Decimal),
    /// No figure: the engine has none (not the same as zero).
    Empty,
}

/// Ids of the tables, in the order [`tables`] returns them.
pub const TABLE_IDS: [&str; 8] = [
    "institucion",
    "resultados_oei",
    "indicadores",
    "asignacion",
    "ejecucion",
    "centros_de_costo",
    "etapas",
    "diagnosticos",
];

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn opt_text(s: Option<&str>) -> Cell {
    s.map(text).unwrap_or(Cell::Empty)
}

fn int(n: u32) -> Cell {
    Cell::Int(i64::from(n))
}

fn opt_int(n: Option<u32>) -> Cell {
    n.map(int).unwrap_or(Cell::Empty)
}

fn pct(x: Option<Decimal>) -> Cell {
    x.map(Cell::Pct).unwrap_or(Cell::Empty)
}

fn amount(x: Option<Decimal>) -> Cell {
    x.map(Cell::Amount).unwrap_or(Cell::Empty)
}

fn number(x: Option<Decimal>) -> Cell {
    x.map(Cell::Number).unwrap_or(Cell::Empty)
}

fn headers(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| s.to_string()).collect()
}

pub fn severity_label(s: Severity) -> &'static str {
    s.label()
}

pub fn stage_label(s: StageKind) -> &'static str {
    s.label()
}

/// The diagnostic's stable code as scripts see it in JSON ("DECLARED_TOTAL_MISMATCH").
pub fn code_label(c: Code) -> String {
    c.name()
}

fn yes_no(b: bool) -> Cell {
    text(if b { "Sí" } else { "No" })
}

/// Every table of the evaluation. Tables whose source the plan lacks (no POI, no stages) come
/// with their headers and no rows, so a consumer always finds the same files and sheets.
pub fn tables(plan: &Plan, ev: &Evaluation) -> Vec<Table> {
    vec![
        institution(plan, ev),
        objectives(ev),
        indicators(ev),
        allocation(ev),
        execution(ev),
        cost_centres(ev),
        stages(ev),
        diagnostics(ev),
    ]
}

fn reading(ev: &Evaluation) -> &'static str {
    if ev.strict {
        "Estricta (solo los números)"
    } else {
        "Con el juicio del evaluador"
    }
}

fn institution(plan: &Plan, ev: &Evaluation) -> Table {
    let i = &ev.institution;
    // Lights in display order (bands best first, then grey), then any id the bands lack.
    let mut ids = light::ids(&plan.settings.bands);
    ids.retain(|id| i.objective_lights.contains_key(id));
    for id in i.objective_lights.keys() {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let mut h = headers(&[
        "Corte",
        "Lectura",
        "Resultado (%)",
        "Semáforo",
        "OEI",
        "OEI con resultado",
    ]);
    let mut row = vec![
        text(ev.cutoff.clone()),
        text(reading(ev)),
        pct(i.result_pct),
        text(i.light.label.to_string()),
        int(i.objectives_total),
        int(i.objectives_with_result),
    ];
    for id in &ids {
        let header = if id == GREY {
            "OEI sin información".to_string()
        } else {
            let label = plan
                .settings
                .bands
                .iter()
                .find(|b| &b.id == id)
                .map(|b| b.label.as_str())
                .unwrap_or(id.as_str());
            format!("OEI en {}", label.to_lowercase())
        };
        h.push(header);
        row.push(int(i.objective_lights.get(id).copied().unwrap_or(0)));
    }
    h.extend(headers(&[
        "Indicadores",
        "Indicadores que cumplieron",
        "Indicadores que no cumplieron",
        "Indicadores sin información",
        "Indicadores no calculables",
        "Indicadores con sentido por definir",
    ]));
    row.extend(i.counts.in_table_order().map(int));
    Table {
        id: "institucion",
        title: format!("Resultado institucional — {}, {}", plan.entity.name, plan.plan.name),
        headers: h,
        rows: vec![row],
    }
}

fn objectives(ev: &Evaluation) -> Table {
    let rows = ev
        .objectives
        .iter()
        .map(|o| {
            let mut row = vec![text(o.code.clone()), text(o.name.clone())];
            row.extend(o.counts.in_table_order().map(int));
            row.extend([pct(o.result_pct), text(o.light.label.to_string())]);
            row
        })
        .collect();
    Table {
        id: "resultados_oei",
        title: "Resultados por objetivo estratégico institucional (OEI)".into(),
        headers: headers(&[
            "OEI",
            "Objetivo estratégico institucional",
            "Indicadores",
            "Cumplieron",
            "No cumplieron",
            "Sin información",
            "No calculables",
            "Sentido por definir",
            "Resultado (%)",
            "Semáforo",
        ]),
        rows,
    }
}

fn indicators(ev: &Evaluation) -> Table {
    let rows = ev
        .indicators
        .iter()
        .map(|i| {
            vec![
                text(i.objective.to_string()),
                opt_text(i.action.as_deref()),
                text(i.code.clone()),
                text(i.name.clone()),
                opt_text(i.responsible.as_deref()),
                text(i.direction.direction_word()),
                number(i.expected),
                number(i.obtained),
                pct(i.advance_pct),
                text(i.status.label()),
                yes_no(i.verdict_applied),
                text(i.light.label.to_string()),
                text(i.status_reason()),
            ]
        })
        .collect();
    Table {
        id: "indicadores",
        title: "Indicadores de OEI y AEI".into(),
        headers: headers(&[
            "OEI",
            "AEI",
            "Código",
            "Indicador",
            "Responsable",
            "Sentido",
            "Logro esperado",
            "Valor obtenido",
            "Avance (%)",
            "Estado",
            "Juicio del evaluador aplicado",
            "Semáforo",
            "Según los números",
        ]),
        rows,
    }
}

const LEVEL_OEI: &str = "OEI";
const LEVEL_AEI: &str = "AEI";
const LEVEL_TOTAL: &str = "Total";
/// Rows aligned to an AEI the plan does not have: shown, but outside the engine's totals.
const LEVEL_OUTSIDE: &str = "AEI fuera del plan";

fn allocation_line(level: &str, l: &AllocationLine) -> Vec<Cell> {
    vec![
        text(level),
        text(l.code.clone()),
        text(l.name.clone()),
        opt_int(l.count),
        Cell::Amount(l.programmed),
        pct(l.share_of_objective_pct),
        pct(l.share_pct),
    ]
}

fn allocation(ev: &Evaluation) -> Table {
    let mut rows = Vec::new();
    let mut title = "Asignación por OEI y AEI".to_string();
    if let Some(a) = &ev.budget.allocation {
        if let Some(t) = &a.title {
            title = t.clone();
        }
        for o in &a.objectives {
            rows.push(vec![
                text(LEVEL_OEI),
                text(o.code.clone()),
                text(o.name.clone()),
                int(o.count),
                Cell::Amount(o.programmed),
                Cell::Empty,
                pct(o.share_pct),
            ]);
            rows.extend(o.actions.iter().map(|l| allocation_line(LEVEL_AEI, l)));
        }
        rows.push(vec![
            text(LEVEL_TOTAL),
            Cell::Empty,
            text("Total (suma de las filas de OEI)"),
            int(a.total_count),
            Cell::Amount(a.total_programmed),
            Cell::Empty,
            Cell::Empty,
        ]);
        rows.extend(a.unassigned.iter().map(|l| allocation_line(LEVEL_OUTSIDE, l)));
    }
    Table {
        id: "asignacion",
        title,
        headers: headers(&[
            "Nivel",
            "Código",
            "Descripción",
            "N° AO / inversiones",
            "Programado (S/)",
            "Parte del OEI (%)",
            "Parte del total (%)",
        ]),
        rows,
    }
}

fn execution_line(level: &str, l: &ExecutionLine) -> Vec<Cell> {
    vec![
        text(level),
        text(l.code.clone()),
        text(l.name.clone()),
        opt_int(l.count),
        amount(l.financial),
        pct(l.physical_pct),
    ]
}

fn execution(ev: &Evaluation) -> Table {
    let mut rows = Vec::new();
    let mut title = "Ejecución física y financiera por OEI y AEI".to_string();
    if let Some(e) = &ev.budget.execution {
        if let Some(t) = &e.title {
            title = t.clone();
        }
        for o in &e.objectives {
            rows.push(vec![
                text(LEVEL_OEI),
                text(o.code.clone()),
                text(o.name.clone()),
                int(o.count),
                Cell::Amount(o.financial),
                pct(o.physical_pct),
            ]);
            rows.extend(o.actions.iter().map(|l| execution_line(LEVEL_AEI, l)));
        }
        rows.push(vec![
            text(LEVEL_TOTAL),
            Cell::Empty,
            text("Total (suma de las filas de OEI; ejecución física: promedio de los OEI)"),
            int(e.total_count),
            Cell::Amount(e.total_financial),
            pct(e.physical_pct),
        ]);
        rows.extend(e.unassigned.iter().map(|l| execution_line(LEVEL_OUTSIDE, l)));
    }
    Table {
        id: "ejecucion",
        title,
        headers: headers(&[
            "Nivel",
            "Código",
            "Descripción",
            "N° AO / inversiones",
            "Seguimiento financiero (S/)",
            "Ejecución física (%)",
        ]),
        rows,
    }
}

fn cost_centres(ev: &Evaluation) -> Table {
    let mut rows = Vec::new();
    let mut title = "Ejecución por centro de costo".to_string();
    if let Some(c) = &ev.budget.cost_centres {
        if let Some(t) = &c.title {
            title = t.clone();
        }
        for r in &c.rows {
            rows.push(vec![
                opt_text(r.code.as_deref()),
                text(r.name.clone()),
                opt_int(r.count),
                amount(r.programmed),
                amount(r.executed),
                pct(r.execution_pct),
            ]);
        }
        rows.push(vec![
            text(LEVEL_TOTAL),
            text("Total (suma de las filas)"),
            int(c.total_count),
            Cell::Amount(c.total_programmed),
            Cell::Amount(c.total_executed),
            pct(c.total_pct),
        ]);
    }
    Table {
        id: "centros_de_costo",
        title,
        headers: headers(&[
            "Código",
            "Centro de costo",
            "N° AO",
            "Programado (S/)",
            "Ejecutado (S/)",
            "Ejecución (%)",
        ]),
        rows,
    }
}

fn stages(ev: &Evaluation) -> Table {
    let rows = ev
        .budget
        .stages
        .iter()
        .map(|s| {
            vec![
                text(stage_label(s.stage)),
                opt_text(s.source.as_deref()),
                amount(s.amount),
                opt_int(s.investments),
                opt_int(s.activities),
                opt_int(s.total),
            ]
        })
        .collect();
    Table {
        id: "etapas",
        title: "Etapas del presupuesto".into(),
        headers: headers(&["Etapa", "Fuente", "Monto (S/)", "Inversiones", "AO", "AO e inversiones"]),
        rows,
    }
}

fn diagnostics(ev: &Evaluation) -> Table {
    let rows = ev
        .diagnostics
        .iter()
        .map(|d| {
            vec![
                text(severity_label(d.severity)),
                text(code_label(d.code)),
                text(d.path.clone()),
                text(d.message.clone()),
                opt_text(d.stated.as_deref()),
                opt_text(d.computed.as_deref()),
            ]
        })
        .collect();
    Table {
        id: "diagnosticos",
        title: "Diagnósticos: inconsistencias y avisos".into(),
        headers: headers(&[
            "Severidad",
            "Código",
            "Ubicación",
            "Mensaje",
            "Cifra declarada",
            "Cifra calculada",
        ]),
        rows,
    }
}
