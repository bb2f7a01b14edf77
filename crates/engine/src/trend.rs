//! The trend: every period of the plan that has values, evaluated under the plan's current rules,
//! for the institution, each OEI and each indicator (*Resumen*, "¿Cómo se calculó?" and the
//! report's "Evolución").
//!
//! Years are compared under one set of rules, the plan's: a figure only moves because the values
//! moved. A year closed under other rules (`PastYear::settings`) says so, since the figure its
//! report gave may differ from the one recalculated here.

use rust_decimal::Decimal;

use crate::evaluation::{roll_up, Options, Rolled};
use crate::indicator_eval::Status;
use crate::light::Light;
use crate::model::{PeriodKind, Plan};
use crate::period;

/// One period of the trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub year: i32,
    pub period: PeriodKind,
    /// "2022", "1.er sem. 2023".
    pub label: String,
    /// The period the plan evaluates now.
    pub current: bool,
}

/// One figure in one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The group's result, or the indicator's advance.
    pub pct: Option<Decimal>,
    pub light: Light,
    /// For an indicator: its value and target in that period, and whether it was met.
    pub obtained: Option<Decimal>,
    pub expected: Option<Decimal>,
    pub status: Option<Status>,
}

impl Cell {
    /// The figure in words: "40.11 %" for a group; "15 de 20 · No cumplió" for an indicator.
    pub fn words(&self) -> String {
        use crate::decimal_util::{fmt_pct, fmt_plain};
        match (self.status, self.obtained) {
            (None, _) => self.pct.map(fmt_pct).unwrap_or_else(|| "—".into()),
            (Some(s), None) => s.label().to_string(),
            (Some(s), Some(v)) => match self.expected {
                Some(e) => format!("{} de {} · {}", fmt_plain(v), fmt_plain(e), s.label()),
                None => format!("{} · {}", fmt_plain(v), s.label()),
            },
        }
    }
}

/// The institution, one OEI or one indicator across the periods.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The OEI's or indicator's code; empty for the institution.
    pub code: String,
    pub name: String,
    /// For an indicator, its OEI.
    pub objective: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub columns: Vec<Column>,
    pub institution: Row,
    pub objectives: Vec<Row>,
    pub indicators: Vec<Row>,
    /// What a reader comparing years must know (a year closed under other rules).
    pub notes: Vec<String>,
}

impl Trend {
    /// One indicator across the periods in one line: "2022: 15 de 20 · No cumplió; 2023: …".
    pub fn indicator_line(&self, code: &str) -> Option<String> {
        let row = self.indicators.iter().find(|r| r.code == code)?;
        Some(
            self.columns
                .iter()
                .zip(&row.cells)
                .map(|(c, cell)| format!("{}: {}", c.label, cell.words()))
                .collect::<Vec<_>>()
                .join("; "),
        )
    }

    /// What the trend says when there is only one period: where the comparison will come from.
    pub fn single_period_note(&self) -> Option<String> {
        match self.columns.as_slice() {
            [only] => Some(format!(
                "Solo {} tiene valores: la evolución aparece cuando otro año o semestre los tenga (por ejemplo, al empezar el ejercicio siguiente con «Nuevo ejercicio»).",
                only.label
            )),
            _ => None,
        }
    }

    /// Whether there is anything to compare: at least two periods.
    pub fn compares(&self) -> bool {
        self.columns.len() > 1
    }

    pub fn objective(&self, code: &str) -> Option<&Row> {
        self.objectives.iter().find(|r| r.code == code)
    }

    pub fn indicators_of<'a>(&'a self, objective: &'a str) -> impl Iterator<Item = &'a Row> + 'a {
        self.indicators.iter().filter(move |r| r.objective == objective)
    }
}

/// "2022", "1.er sem. 2023".
pub fn short_label(year: i32, period: PeriodKind) -> String {
    match period {
        PeriodKind::Anual => year.to_string(),
        PeriodKind::Semestre1 => format!("1.er sem. {year}"),
    }
}

/// Only what judging indicators reads: the log, the POI and the past years are not copied for
/// each period.
fn evaluable(plan: &Plan, year: i32, kind: PeriodKind) -> Plan {
    let mut p = Plan::with_parts(
        plan.entity.clone(),
        plan.plan.clone(),
        plan.evaluation.clone(),
        plan.settings.clone(),
        plan.objectives.clone(),
    );
    p.evaluation.year = year;
    p.evaluation.period = kind;
    p
}

/// The plan's indicators judged and rolled up at another period, under the plan's rules.
pub fn rolled_at(plan: &Plan, year: i32, kind: PeriodKind, options: Options) -> Rolled {
    let use_verdicts = plan.settings.use_evaluator_verdicts && !options.strict;
    let p = evaluable(plan, year, kind);
    roll_up(&p, &p.settings, use_verdicts)
}

/// Every year of the plan, first semester then annual, that has at least one value, plus the
/// period evaluated now.
pub fn trend(plan: &Plan, options: Options) -> Trend {
    let mut columns = Vec::new();
    let mut institution = Row {
        code: String::new(),
        name: plan.entity.name.clone(),
        objective: String::new(),
        cells: Vec::new(),
    };
    let mut objectives: Vec<Row> = plan
        .objectives
        .iter()
        .map(|o| Row {
            code: o.code.clone(),
            name: o.name.clone(),
            objective: o.code.clone(),
            cells: Vec::new(),
        })
        .collect();
    let mut indicators: Vec<Row> = plan
        .indicators_in_order()
        .map(|(o, _, i)| Row {
            code: i.code.clone(),
            name: i.name.clone(),
            objective: o.code.clone(),
            cells: Vec::new(),
        })
        .collect();
    for year in period::years(plan) {
        for kind in [PeriodKind::Semestre1, PeriodKind::Anual] {
            let current = plan.evaluation.year == year && plan.evaluation.period == kind;
            let rolled = rolled_at(plan, year, kind, options);
            if !current && rolled.indicators.iter().all(|i| i.obtained.is_none()) {
                continue;
            }
            columns.push(Column {
                year,
                period: kind,
                label: short_label(year, kind),
                current,
            });
            institution
                .cells
                .push(group_cell(rolled.institution.result_pct, &rolled.institution.light));
            for (row, o) in objectives.iter_mut().zip(&rolled.objectives) {
                row.cells.push(group_cell(o.result_pct, &o.light));
            }
            for (row, i) in indicators.iter_mut().zip(&rolled.indicators) {
                row.cells.push(Cell {
                    pct: i.advance_pct,
                    light: i.light.clone(),
                    obtained: i.obtained,
                    expected: i.expected,
                    status: Some(i.status),
                });
            }
        }
    }
    let notes = plan
        .past_years
        .iter()
        .filter(|y| columns.iter().any(|c| c.year == y.year))
        .filter_map(|y| {
            let differ = crate::structure::rule_differences(&y.settings, &plan.settings);
            (!differ.is_empty()).then(|| {
                format!(
                    "{} se evaluó con otras reglas del método ({}): aquí se recalcula con las reglas actuales del plan para comparar los años, y su cifra puede diferir de la de su informe.",
                    y.year,
                    crate::words::join_y(&differ)
                )
            })
        })
        .collect();
    Trend {
        columns,
        institution,
        objectives,
        indicators,
        notes,
    }
}

fn group_cell(pct: Option<Decimal>, light: &Light) -> Cell {
    Cell {
        pct,
        light: light.clone(),
        obtained: None,
        expected: None,
        status: None,
    }
}
