//! What each sheet holds for a plan (or for none: the empty template), cell by cell, laid out
//! by the columns `layout` gives.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history::human_time;
use semaforo_engine::{default_bands, DeclaredResult, Indicator, Plan, ReportTexts};

use crate::labels::{self, List, RowKind};
use crate::layout::{
    section_label, target_header, Col, Field, FieldKind, Section, Sheet, SheetId, LIGHT_COUNT_PREFIX, PLAN_FIELDS,
    YEAR_PLACEHOLDER,
};

#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    Empty,
    Text(String),
    Figure(Decimal),
    Int(i64),
}

fn text(s: &str) -> Out {
    Out::Text(s.to_string())
}

fn opt_text(s: &Option<String>) -> Out {
    s.as_deref().map_or(Out::Empty, text)
}

fn fig(d: Option<Decimal>) -> Out {
    d.map_or(Out::Empty, Out::Figure)
}

fn int<T: Into<i64>>(n: Option<T>) -> Out {
    n.map_or(Out::Empty, |n| Out::Int(n.into()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Col(Col),
    Target(String),
}

pub struct ColumnOut {
    pub slot: Slot,
    pub header: String,
    pub note: &'static str,
    pub width: f64,
    pub list: Option<List>,
}

pub struct SheetOut {
    pub sheet: &'static Sheet,
    pub columns: Vec<ColumnOut>,
    pub rows: Vec<Vec<Out>>,
    /// Drop-down lists of single cells (the `Plan` sheet's choice fields): (row, column).
    pub cell_lists: Vec<(usize, usize, List)>,
    /// Cells kept as text when typed into (codes such as 01.01): (row, column).
    pub text_cells: Vec<(usize, usize)>,
}

/// Years the empty template offers target columns for, before the planner names them.
const EMPTY_TEMPLATE_TARGET_COLUMNS: usize = 5;

fn columns(sheet: &'static Sheet, years: &[String]) -> Vec<ColumnOut> {
    let mut out = Vec::new();
    for c in sheet.written() {
        if c.col == Col::Targets {
            for y in years {
                out.push(ColumnOut {
                    slot: Slot::Target(y.clone()),
                    header: target_header(y),
                    note: c.note,
                    width: c.width,
                    list: None,
                });
            }
        } else {
            out.push(ColumnOut {
                slot: Slot::Col(c.col),
                header: c.header.to_string(),
                note: c.note,
                width: c.width,
                list: c.list,
            });
        }
    }
    out
}

fn row(cols: &[ColumnOut], mut f: impl FnMut(&Slot) -> Out) -> Vec<Out> {
    cols.iter().map(|c| f(&c.slot)).collect()
}

fn sheet_out(sheet: &'static Sheet, columns: Vec<ColumnOut>) -> SheetOut {
    SheetOut {
        sheet,
        columns,
        rows: Vec::new(),
        cell_lists: Vec::new(),
        text_cells: Vec::new(),
    }
}

pub fn sheet(sheet: &'static Sheet, plan: Option<&Plan>) -> SheetOut {
    match sheet.id {
        SheetId::Instructions => sheet_out(sheet, Vec::new()),
        SheetId::Plan => plan_sheet(sheet, plan),
        SheetId::Indicators => indicators(sheet, plan),
        _ => {
            let mut s = sheet_out(sheet, columns(sheet, &[]));
            if let Some(plan) = plan {
                s.rows = simple_rows(sheet.id, &s.columns, plan);
            } else if sheet.id == SheetId::Bands {
                s.rows = bands(&s.columns, &default_bands());
            }
            s
        }
    }
}

fn plan_value(plan: &Plan, field: Field) -> Out {
    let s = &plan.settings;
    let d = plan.declared.as_ref();
    let poi = &plan.poi;
    match field {
        Field::EntityName => text(&plan.entity.name),
        Field::Level => text(labels::label(labels::LEVELS, plan.entity.level)),
        Field::Ejecutora => opt_text(&plan.entity.ejecutora_code),
        Field::PlanName => text(&plan.plan.name),
        Field::StartYear => Out::Int(plan.plan.start_year.into()),
        Field::EndYear => Out::Int(plan.plan.end_year.into()),
        Field::ApprovedBy => opt_text(&plan.plan.approved_by),
        Field::PlanSource => opt_text(&plan.plan.source),
        Field::EvalYear => Out::Int(plan.evaluation.year.into()),
        Field::EvalPeriod => text(labels::label(labels::PERIODS, plan.evaluation.period)),
        Field::Rollup => text(labels::label(labels::ROLLUPS, s.rollup)),
        Field::UseVerdicts => text(labels::label(labels::YES_NO, s.use_evaluator_verdicts)),
        Field::ExecutionAlert => Out::Figure(s.execution_alert_pct),
        Field::RollupCap => fig(s.rollup_cap_pct),
        Field::MissingValues => text(labels::label(labels::MISSING_VALUES, s.missing_values)),
        Field::ObjectiveIndicators => text(labels::label(labels::OBJECTIVE_SCOPES, s.objective_indicators)),
        Field::AeiWithoutActivities => text(labels::label(labels::EMPTY_AEIS, s.aei_without_activities)),
        Field::ForUnit => plan.sharing.as_ref().map_or(Out::Empty, |x| text(&x.for_unit)),
        Field::Schema => opt_text(&plan.schema),
        Field::DeclResult => fig(d.and_then(|d| d.result_pct)),
        Field::DeclObjTotal => int(d.and_then(|d| d.objective_indicators_total)),
        Field::DeclObjMet => int(d.and_then(|d| d.objective_indicators_met)),
        Field::DeclSource => d.map_or(Out::Empty, |d| opt_text(&d.source)),
        Field::AllocTitle => poi.allocation.as_ref().map_or(Out::Empty, |t| opt_text(&t.title)),
        Field::AllocCount => int(poi
            .allocation
            .as_ref()
            .and_then(|t| t.declared_total.as_ref()?.ao_count)),
        Field::AllocAmount => fig(poi.allocation.as_ref().and_then(|t| t.declared_total.as_ref()?.amount)),
        Field::ExecTitle => poi.execution.as_ref().map_or(Out::Empty, |t| opt_text(&t.title)),
        Field::CostTitle => poi.cost_centres.as_ref().map_or(Out::Empty, |t| opt_text(&t.title)),
        Field::CostCount => int(poi
            .cost_centres
            .as_ref()
            .and_then(|t| t.declared_total.as_ref()?.ao_count)),
        Field::CostProgrammed => fig(poi
            .cost_centres
            .as_ref()
            .and_then(|t| t.declared_total.as_ref()?.programmed)),
        Field::CostExecuted => fig(poi
            .cost_centres
            .as_ref()
            .and_then(|t| t.declared_total.as_ref()?.executed)),
        Field::CostPct => fig(poi.cost_centres.as_ref().and_then(|t| t.declared_total.as_ref()?.pct)),
        // Written row by row by `plan_sheet`.
        Field::LightCount | Field::SourceNote => Out::Empty,
    }
}

fn plan_sheet(sheet: &'static Sheet, plan: Option<&Plan>) -> SheetOut {
    let mut s = sheet_out(sheet, columns(sheet, &[]));
    let value_col = s
        .columns
        .iter()
        .position(|c| c.slot == Slot::Col(Col::Value))
        .unwrap_or(1);
    let mut rows: Vec<(String, Out, &'static str, FieldKind)> = Vec::new();
    for f in PLAN_FIELDS {
        match f.field {
            Field::LightCount => {
                // One row per light the plan knows: its bands, and any id the source counted.
                let bands = plan.map_or_else(default_bands, |p| p.settings.bands.clone());
                let counts = plan
                    .and_then(|p| p.declared.as_ref())
                    .map(|d| d.light_counts.clone())
                    .unwrap_or_default();
                let mut ids: Vec<String> = bands.iter().map(|b| b.id.clone()).collect();
                ids.extend(counts.keys().filter(|k| !ids.contains(k)).cloned().collect::<Vec<_>>());
                for id in ids {
                    let v = int(counts.get(&id).copied());
                    rows.push((format!("{LIGHT_COUNT_PREFIX} {id}"), v, f.note, f.kind));
                }
            }
            Field::SourceNote => {
                let notes = plan.map(|p| p.source_notes.clone()).unwrap_or_default();
                if notes.is_empty() {
                    rows.push((f.label.to_string(), Out::Empty, f.note, f.kind));
                }
                for n in notes {
                    rows.push((f.label.to_string(), Out::Text(n), f.note, f.kind));
                }
            }
            field => {
                let v = plan.map_or(Out::Empty, |p| plan_value(p, field));
                rows.push((f.label.to_string(), v, f.note, f.kind));
            }
        }
    }
    for (i, (label, value, note, kind)) in rows.into_iter().enumerate() {
        match kind {
            FieldKind::Choice(list) => s.cell_lists.push((i, value_col, list)),
            FieldKind::Text => s.text_cells.push((i, value_col)),
            _ => {}
        }
        s.rows.push(row(&s.columns, |slot| match slot {
            Slot::Col(Col::Field) => Out::Text(label.clone()),
            Slot::Col(Col::Value) => value.clone(),
            Slot::Col(Col::Explanation) => text(note),
            _ => Out::Empty,
        }));
    }
    s
}

fn bands(cols: &[ColumnOut], bands: &[semaforo_engine::Band]) -> Vec<Vec<Out>> {
    bands
        .iter()
        .map(|b| {
            row(cols, |slot| match slot {
                Slot::Col(Col::BandId) => text(&b.id),
                Slot::Col(Col::BandLabel) => text(&b.label),
                Slot::Col(Col::BandMin) => Out::Figure(b.min_pct),
                Slot::Col(Col::BandSymbol) => text(&b.symbol),
                Slot::Col(Col::BandColour) => text(&b.colour),
                _ => Out::Empty,
            })
        })
        .collect()
}

fn declared(col: Col, d: &Option<DeclaredResult>) -> Option<Out> {
    let d = d.as_ref();
    Some(match col {
        Col::DeclResult => fig(d.and_then(|d| d.result_pct)),
        Col::DeclTotal => int(d.and_then(|d| d.indicators_total)),
        Col::DeclMet => int(d.and_then(|d| d.indicators_met)),
        Col::DeclNotMet => int(d.and_then(|d| d.indicators_not_met)),
        Col::DeclSource => d.map_or(Out::Empty, |d| opt_text(&d.source)),
        _ => return None,
    })
}

/// The target years: every year of the plan, then any other year a target is given for.
fn target_years(plan: &Plan) -> Vec<String> {
    let mut years: Vec<String> = (plan.plan.start_year..=plan.plan.end_year.min(plan.plan.start_year + 200))
        .map(|y| y.to_string())
        .collect();
    let mut others: BTreeSet<String> = BTreeSet::new();
    for (_, _, i) in plan.indicators_in_order() {
        others.extend(i.expected.keys().filter(|k| !years.contains(k)).cloned());
    }
    years.extend(others);
    years
}

fn indicators(sheet: &'static Sheet, plan: Option<&Plan>) -> SheetOut {
    let Some(plan) = plan else {
        let placeholders = vec![YEAR_PLACEHOLDER.to_string(); EMPTY_TEMPLATE_TARGET_COLUMNS];
        return sheet_out(sheet, columns(sheet, &placeholders));
    };
    let mut s = sheet_out(sheet, columns(sheet, &target_years(plan)));
    for (o, a, i) in plan.indicators_in_order() {
        let r = row(&s.columns, |slot| match slot {
            Slot::Target(y) => fig(i.expected.get(y).copied()),
            Slot::Col(c) => match c {
                Col::OeiCode => text(&o.code),
                Col::AeiCode => a.map_or(Out::Empty, |a| text(&a.code)),
                _ => indicator_cell(*c, i),
            },
        });
        s.rows.push(r);
    }
    s
}

fn indicator_cell(c: Col, i: &Indicator) -> Out {
    match c {
        Col::Code => text(&i.code),
        Col::Name => text(&i.name),
        Col::Unit => text(labels::label(labels::UNITS, i.unit)),
        Col::Direction => i
            .direction
            .map_or(Out::Empty, |d| text(labels::label(labels::DIRECTIONS, d))),
        Col::Cumulative => text(labels::label(labels::YES_NO, i.cumulative)),
        // Only a cumulative indicator's targets add up: for the others the cell stays empty
        // unless the plan says otherwise.
        Col::TargetSeries if i.cumulative || !i.targets.is_per_period() => {
            text(labels::label(labels::TARGET_SERIES, i.targets))
        }
        Col::Aggregation => i
            .aggregation
            .map_or(Out::Empty, |a| text(labels::label(labels::AGGREGATIONS, a))),
        Col::Relevance => Out::Int(i.relevance.into()),
        Col::BaseYear => int(i.baseline.as_ref().map(|b| b.year)),
        Col::BaseValue => fig(i.baseline.as_ref().map(|b| b.value)),
        Col::Responsible => opt_text(&i.responsible),
        Col::DataSource => opt_text(&i.source),
        Col::Notes => opt_text(&i.notes),
        Col::Verdict => i
            .verdict
            .as_ref()
            .map_or(Out::Empty, |v| text(labels::label(labels::VERDICTS, v.met))),
        Col::Justification => i.verdict.as_ref().map_or(Out::Empty, |v| text(&v.justification)),
        _ => Out::Empty,
    }
}

fn simple_rows(id: SheetId, cols: &[ColumnOut], plan: &Plan) -> Vec<Vec<Out>> {
    let poi = &plan.poi;
    match id {
        SheetId::Bands => bands(cols, &plan.settings.bands),
        SheetId::Objectives => plan
            .objectives
            .iter()
            .map(|o| {
                row(cols, |slot| match slot {
                    Slot::Col(Col::Code) => text(&o.code),
                    Slot::Col(Col::Name) => text(&o.name),
                    Slot::Col(Col::Priority) => int(o.priority),
                    Slot::Col(Col::Responsible) => opt_text(&o.responsible),
                    Slot::Col(c) => declared(*c, &o.declared).unwrap_or(Out::Empty),
                    _ => Out::Empty,
                })
            })
            .collect(),
        SheetId::Actions => plan
            .objectives
            .iter()
            .flat_map(|o| o.actions.iter().map(move |a| (o, a)))
            .map(|(o, a)| {
                row(cols, |slot| match slot {
                    Slot::Col(Col::OeiCode) => text(&o.code),
                    Slot::Col(Col::Code) => text(&a.code),
                    Slot::Col(Col::Name) => text(&a.name),
                    Slot::Col(Col::Priority) => int(a.priority),
                    Slot::Col(Col::Responsible) => opt_text(&a.responsible),
                    Slot::Col(c) => declared(*c, &a.declared).unwrap_or(Out::Empty),
                    _ => Out::Empty,
                })
            })
            .collect(),
        SheetId::Values => values(cols, plan),
        SheetId::Activities => poi
            .activities
            .iter()
            .map(|a| {
                row(cols, |slot| match slot {
                    Slot::Col(Col::Code) => text(&a.code),
                    Slot::Col(Col::Name) => text(&a.name),
                    Slot::Col(Col::Kind) => text(labels::label(labels::KINDS, a.kind)),
                    Slot::Col(Col::AeiCode) => text(&a.aei),
                    Slot::Col(Col::CostCentre) => opt_text(&a.cost_centre),
                    Slot::Col(Col::Responsible) => opt_text(&a.responsible),
                    Slot::Col(Col::PhysicalUnit) => opt_text(&a.physical_unit),
                    Slot::Col(Col::PhysicalProgrammed) => fig(a.physical_programmed),
                    Slot::Col(Col::PhysicalExecuted) => fig(a.physical_executed),
                    Slot::Col(Col::FinancialProgrammed) => fig(a.financial_programmed),
                    Slot::Col(Col::FinancialExecuted) => fig(a.financial_executed),
                    _ => Out::Empty,
                })
            })
            .collect(),
        SheetId::CostCentres => poi
            .cost_centres
            .iter()
            .flat_map(|t| &t.rows)
            .map(|c| {
                row(cols, |slot| match slot {
                    Slot::Col(Col::Code) => opt_text(&c.code),
                    Slot::Col(Col::Name) => text(&c.name),
                    Slot::Col(Col::Responsible) => opt_text(&c.responsible),
                    Slot::Col(Col::AoCount) => int(c.ao_count),
                    Slot::Col(Col::Programmed) => fig(c.programmed),
                    Slot::Col(Col::Executed) => fig(c.executed),
                    Slot::Col(Col::DeclaredPct) => fig(c.declared_pct),
                    _ => Out::Empty,
                })
            })
            .collect(),
        SheetId::Stages => poi
            .budget_stages
            .iter()
            .map(|st| {
                row(cols, |slot| match slot {
                    Slot::Col(Col::Stage) => text(labels::label(labels::STAGES, st.stage)),
                    Slot::Col(Col::StageSource) => opt_text(&st.source),
                    Slot::Col(Col::Amount) => fig(st.amount),
                    Slot::Col(Col::Investments) => int(st.investments),
                    Slot::Col(Col::ActivitiesCount) => int(st.activities),
                    Slot::Col(Col::Total) => int(st.total),
                    _ => Out::Empty,
                })
            })
            .collect(),
        SheetId::Allocation => allocation(cols, plan),
        SheetId::Execution => execution(cols, plan),
        SheetId::Texts => report_texts(cols, &plan.report),
        SheetId::History => history(cols, plan),
        SheetId::Instructions | SheetId::Plan | SheetId::Indicators => Vec::new(),
    }
}

fn values(cols: &[ColumnOut], plan: &Plan) -> Vec<Vec<Out>> {
    let cutoff = plan.cutoff_key();
    let mut out = Vec::new();
    for (_, _, i) in plan.indicators_in_order() {
        // The evaluated period first, even empty: that is the cell the office fills.
        let mut periods: Vec<&str> = vec![cutoff.as_str()];
        periods.extend(i.obtained.keys().map(String::as_str).filter(|k| *k != cutoff));
        for period in periods {
            let year: String = period.chars().take(4).collect();
            out.push(row(cols, |slot| match slot {
                Slot::Col(Col::IndicatorCode) => text(&i.code),
                Slot::Col(Col::IndicatorName) => text(&i.name),
                Slot::Col(Col::Period) => text(period),
                Slot::Col(Col::PeriodTarget) => fig(i.expected.get(&year).copied()),
                Slot::Col(Col::Obtained) => fig(i.obtained.get(period).copied()),
                _ => Out::Empty,
            }));
        }
    }
    out
}

/// Which OEI an AEI code belongs to: the plan's, else the one its code names (AEI.03.02 → OEI.03).
fn owners(plan: &Plan) -> impl Fn(&str) -> Option<String> + '_ {
    let known: BTreeMap<&str, &str> = plan
        .objectives
        .iter()
        .flat_map(|o| o.actions.iter().map(move |a| (a.code.as_str(), o.code.as_str())))
        .collect();
    move |aei: &str| {
        known.get(aei).map(|o| o.to_string()).or_else(|| {
            let rest = aei.strip_prefix("AEI.")?;
            let (n, _) = rest.split_once('.')?;
            Some(format!("OEI.{n}"))
        })
    }
}

/// Positions of subtotal rows among AEI rows: each after the last row of its objective, never
/// before an earlier subtotal (both lists keep their order, which is what the plan stores).
fn subtotal_positions(row_owners: &[Option<String>], subtotal_oeis: &[&str]) -> Vec<usize> {
    let mut out = Vec::with_capacity(subtotal_oeis.len());
    let mut floor = 0;
    for oei in subtotal_oeis {
        let after_last = row_owners
            .iter()
            .rposition(|o| o.as_deref() == Some(*oei))
            .map_or(row_owners.len(), |i| i + 1);
        let pos = after_last.max(floor);
        floor = pos;
        out.push(pos);
    }
    out
}

fn interleave(rows: Vec<Vec<Out>>, subtotals: Vec<Vec<Out>>, positions: &[usize]) -> Vec<Vec<Out>> {
    let mut out = Vec::with_capacity(rows.len() + subtotals.len());
    let mut subs = subtotals.into_iter().zip(positions.iter().copied()).peekable();
    for (i, r) in rows.into_iter().enumerate() {
        while let Some((s, _)) = subs.next_if(|(_, p)| *p <= i) {
            out.push(s);
        }
        out.push(r);
    }
    out.extend(subs.map(|(s, _)| s));
    out
}

fn row_kind(kind: RowKind) -> Out {
    text(labels::label(labels::ROW_KINDS, kind))
}

fn allocation(cols: &[ColumnOut], plan: &Plan) -> Vec<Vec<Out>> {
    let Some(t) = &plan.poi.allocation else {
        return Vec::new();
    };
    let owner = owners(plan);
    let rows: Vec<Vec<Out>> = t
        .rows
        .iter()
        .map(|r| {
            row(cols, |slot| match slot {
                Slot::Col(Col::RowKind) => row_kind(RowKind::Action),
                Slot::Col(Col::Code) => text(&r.aei),
                Slot::Col(Col::Description) => opt_text(&r.description),
                Slot::Col(Col::AoCount) => int(r.ao_count),
                Slot::Col(Col::Programmed) => fig(r.programmed),
                _ => Out::Empty,
            })
        })
        .collect();
    let subs: Vec<Vec<Out>> = t
        .declared_objectives
        .iter()
        .map(|d| {
            row(cols, |slot| match slot {
                Slot::Col(Col::RowKind) => row_kind(RowKind::ObjectiveSubtotal),
                Slot::Col(Col::Code) => text(&d.oei),
                Slot::Col(Col::AoCount) => int(d.ao_count),
                Slot::Col(Col::Programmed) => fig(d.programmed),
                _ => Out::Empty,
            })
        })
        .collect();
    let row_owners: Vec<Option<String>> = t.rows.iter().map(|r| owner(&r.aei)).collect();
    let oeis: Vec<&str> = t.declared_objectives.iter().map(|d| d.oei.as_str()).collect();
    interleave(rows, subs, &subtotal_positions(&row_owners, &oeis))
}

fn execution(cols: &[ColumnOut], plan: &Plan) -> Vec<Vec<Out>> {
    let Some(t) = &plan.poi.execution else {
        return Vec::new();
    };
    let owner = owners(plan);
    let rows: Vec<Vec<Out>> = t
        .rows
        .iter()
        .map(|r| {
            row(cols, |slot| match slot {
                Slot::Col(Col::RowKind) => row_kind(RowKind::Action),
                Slot::Col(Col::Code) => text(&r.aei),
                Slot::Col(Col::Description) => opt_text(&r.description),
                Slot::Col(Col::Priority) => int(r.priority),
                Slot::Col(Col::AoCount) => int(r.ao_count),
                Slot::Col(Col::Financial) => fig(r.financial),
                Slot::Col(Col::PhysicalPct) => fig(r.physical_pct),
                _ => Out::Empty,
            })
        })
        .collect();
    let subs: Vec<Vec<Out>> = t
        .declared_objectives
        .iter()
        .map(|d| {
            row(cols, |slot| match slot {
                Slot::Col(Col::RowKind) => row_kind(RowKind::ObjectiveSubtotal),
                Slot::Col(Col::Code) => text(&d.oei),
                Slot::Col(Col::Priority) => int(d.priority),
                Slot::Col(Col::AoCount) => int(d.ao_count),
                Slot::Col(Col::Financial) => fig(d.financial),
                Slot::Col(Col::PhysicalPct) => fig(d.physical_pct),
                _ => Out::Empty,
            })
        })
        .collect();
    let row_owners: Vec<Option<String>> = t.rows.iter().map(|r| owner(&r.aei)).collect();
    let oeis: Vec<&str> = t.declared_objectives.iter().map(|d| d.oei.as_str()).collect();
    interleave(rows, subs, &subtotal_positions(&row_owners, &oeis))
}

/// Excel's limit per cell, in UTF-16 units.
pub const MAX_CELL: usize = 32_767;

/// A text in pieces that each fit a cell, cut between characters.
pub fn pieces(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut units = 0;
    for c in s.chars() {
        if units + c.len_utf16() > MAX_CELL {
            out.push(std::mem::take(&mut current));
            units = 0;
        }
        units += c.len_utf16();
        current.push(c);
    }
    if !current.is_empty() || out.is_empty() {
        out.push(current);
    }
    out
}

fn report_texts(cols: &[ColumnOut], r: &ReportTexts) -> Vec<Vec<Out>> {
    let mut sections: Vec<(Section, &str)> = vec![
        (Section::Context, &r.context),
        (Section::Conclusions, &r.conclusions),
        (Section::Recommendations, &r.recommendations),
        (Section::Improvement, &r.improvement_measures),
    ];
    sections.extend(
        r.narratives
            .iter()
            .map(|(k, v)| (Section::Narrative(k.clone()), v.as_str())),
    );
    let mut out = Vec::new();
    for (section, t) in sections {
        if t.is_empty() {
            continue;
        }
        let label = section_label(&section);
        for piece in pieces(t) {
            out.push(row(cols, |slot| match slot {
                Slot::Col(Col::Section) => Out::Text(label.clone()),
                Slot::Col(Col::Text) => Out::Text(piece.clone()),
                _ => Out::Empty,
            }));
        }
    }
    out
}

/// A text for reading only, cut to fit one cell (the full entry is in the JSON column).
fn fit(s: &str) -> String {
    match pieces(s).into_iter().next() {
        Some(first) if first.len() < s.len() => {
            let mut cut: String = first.chars().take(first.chars().count().saturating_sub(1)).collect();
            cut.push('…');
            cut
        }
        _ => s.to_string(),
    }
}

fn history(cols: &[ColumnOut], plan: &Plan) -> Vec<Vec<Out>> {
    let mut out = Vec::new();
    for e in &plan.history {
        let json = serde_json::to_string(e).unwrap_or_default();
        let what = FieldRef::parse(&e.field).map_or_else(|| e.field.clone(), |f| f.label(plan));
        for (n, piece) in pieces(&json).into_iter().enumerate() {
            let first = n == 0;
            out.push(row(cols, |slot| match slot {
                Slot::Col(Col::Seq) if first => Out::Int(i64::try_from(e.seq).unwrap_or(i64::MAX)),
                Slot::Col(Col::At) if first => Out::Text(fit(&human_time(&e.at))),
                Slot::Col(Col::By) if first => Out::Text(fit(&e.by)),
                Slot::Col(Col::What) if first => Out::Text(fit(&what)),
                Slot::Col(Col::Old) if first => fig(e.old),
                Slot::Col(Col::New) if first => fig(e.new),
                Slot::Col(Col::Json) => Out::Text(piece.clone()),
                _ => Out::Empty,
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtotals_follow_their_objective_and_keep_their_order() {
        let owners = |v: &[&str]| v.iter().map(|s| Some(s.to_string())).collect::<Vec<_>>();
        let rows = owners(&["OEI.01", "OEI.01", "OEI.02", "OEI.03"]);
        assert_eq!(
            subtotal_positions(&rows, &["OEI.01", "OEI.02", "OEI.03"]),
            vec![2, 3, 4]
        );
        // Out of order in the plan: the second cannot go before the first.
        assert_eq!(subtotal_positions(&rows, &["OEI.02", "OEI.01"]), vec![3, 3]);
        assert_eq!(subtotal_positions(&rows, &["OEI.09"]), vec![4]);
        let r = |s: &str| vec![text(s)];
        let merged = interleave(vec![r("a"), r("b"), r("c")], vec![r("x"), r("y")], &[0, 2]);
        assert_eq!(merged, vec![r("x"), r("a"), r("b"), r("y"), r("c")]);
    }

    #[test]
    fn long_texts_are_cut_between_characters_to_fit_cells() {
        let s = "é".repeat(MAX_CELL) + "😀😀";
        let p = pieces(&s);
        assert_eq!(p.len(), 2);
        assert_eq!(p.concat(), s);
        assert!(p.iter().all(|x| x.encode_utf16().count() <= MAX_CELL));
        assert_eq!(pieces(""), vec![String::new()]);
    }
}
