//! Budget summaries: allocation per OEI/AEI, physical and financial execution, cost centres.
//!
//! AO-level data wins when the plan has it; aggregate tables from a source are used otherwise
//! (and cross-checked against the AO when both exist, see `checks`). Amounts are always summed
//! before dividing, never averaged.
//!
//! Physical execution rule (CEPLAN does not publish one): an AO's physical execution is executed
//! ÷ programmed goal × 100; an AEI's is the plain mean of its AO's percentages (AO without a
//! programmed goal are left out); an OEI's is the plain mean of its AEI's percentages, counting
//! every AEI that has a figure — including a reported 0 %. Goals of different AO are in different
//! units, so they are never summed.
//!
//! An AEI without any AO or inversión gives the same figure whichever way the plan holds the POI
//! (issue 14, rule 8), by the plan's `aei_without_activities` setting: counted as 0 %, it is a
//! 0 % line in both (the AO path adds a line for each AEI no AO names; a table row with 0 AO and
//! no figure reads as 0 %); left out, it enters neither mean. An AEI that an aggregate table does
//! not list is not invented: the table is the source's own account.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::decimal_util::{count_sum, mean, pct, sum};
use crate::model::{Activity, BudgetStage, EmptyAei, Plan};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureSource {
    /// Summed from the AO and inversiones one by one.
    Activities,
    /// Taken from an aggregate table of the source.
    Table,
}

/// `Default` is the empty budget: what a page passes to `evaluate_figures` before it has
/// computed the real one (no screen that shows the budget is drawn until then).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Budget {
    pub allocation: Option<Allocation>,
    pub execution: Option<Execution>,
    pub cost_centres: Option<CostCentres>,
    /// Each AO's own execution, when the plan has AO one by one.
    pub activities: Vec<ActivityLine>,
    pub stages: Vec<BudgetStage>,
    pub physical_rule: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Allocation {
    pub source: FigureSource,
    pub title: Option<String>,
    pub objectives: Vec<AllocationObjective>,
    /// Rows aligned to an AEI the plan does not have.
    pub unassigned: Vec<AllocationLine>,
    pub total_count: u32,
    pub total_programmed: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AllocationObjective {
    pub code: String,
    pub name: String,
    pub count: u32,
    pub programmed: Decimal,
    /// Share of the sum over all objectives.
    pub share_pct: Option<Decimal>,
    pub actions: Vec<AllocationLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AllocationLine {
    pub code: String,
    pub name: String,
    /// `None` when the source leaves the count blank.
    pub count: Option<u32>,
    pub programmed: Decimal,
    pub share_of_objective_pct: Option<Decimal>,
    pub share_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Execution {
    pub source: FigureSource,
    pub title: Option<String>,
    pub objectives: Vec<ExecutionObjective>,
    pub unassigned: Vec<ExecutionLine>,
    /// Mean of the objectives' physical execution.
    pub physical_pct: Option<Decimal>,
    pub total_count: u32,
    pub total_financial: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExecutionObjective {
    pub code: String,
    pub name: String,
    pub count: u32,
    pub financial: Decimal,
    pub physical_pct: Option<Decimal>,
    pub actions: Vec<ExecutionLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExecutionLine {
    /// Position in the source table (`poi.execution.rows`), when the line comes from it; a source
    /// may repeat a code, so edits address rows by position.
    pub row_index: Option<usize>,
    pub code: String,
    pub name: String,
    pub count: Option<u32>,
    /// Financial follow-up (devengado when summed from AO).
    pub financial: Option<Decimal>,
    pub physical_pct: Option<Decimal>,
    /// What enters its OEI's physical mean: the figure, 0 for an AEI without AO and without a
    /// figure when such AEI count as 0 %, nothing when they are left out.
    pub physical_in_mean: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityLine {
    pub code: String,
    /// executed ÷ programmed physical goal × 100.
    pub physical_pct: Option<Decimal>,
    /// devengado ÷ programmed amount × 100.
    pub financial_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostCentres {
    pub source: FigureSource,
    pub title: Option<String>,
    pub rows: Vec<CostCentreLine>,
    pub total_count: u32,
    pub total_programmed: Decimal,
    pub total_executed: Decimal,
    pub total_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostCentreLine {
    /// Stable key: the code, or "fila N" when the source gives none.
    pub key: String,
    pub code: Option<String>,
    pub name: String,
    pub count: Option<u32>,
    pub programmed: Option<Decimal>,
    pub executed: Option<Decimal>,
    /// executed ÷ programmed × 100, `None` with no programmed amount.
    pub execution_pct: Option<Decimal>,
}

/// The physical execution rule in force, in Spanish, for "¿Cómo se calculó?".
pub fn physical_rule(empty: EmptyAei) -> String {
    let empty = match empty {
        EmptyAei::CountedAsZero => "una AEI sin AO ni inversiones cuenta como 0 % (regla del plan), tanto si el POI trae las AO una por una como si solo trae la tabla agregada",
        EmptyAei::LeftOut => "una AEI sin AO ni inversiones queda fuera del promedio (regla del plan), tanto si el POI trae las AO una por una como si solo trae la tabla agregada",
    };
    format!("Ejecución física: por AO, meta ejecutada ÷ meta programada × 100; por AEI, promedio simple de sus AO (sin las que no tienen meta programada); por OEI, promedio simple de sus AEI con cifra, incluidas las que reportan 0 %; {empty}. Los montos se suman antes de dividir, nunca se promedian.")
}

fn dsum<I: IntoIterator<Item = Decimal>>(items: I) -> Decimal {
    // Sums of real budgets never approach Decimal::MAX; saturate instead of panicking if one does.
    sum(items).unwrap_or(Decimal::MAX)
}

/// Where an AEI sits in the plan: (objective index, objective code).
fn aei_owner(plan: &Plan) -> BTreeMap<&str, usize> {
    let mut m = BTreeMap::new();
    for (i, o) in plan.objectives.iter().enumerate() {
        for a in &o.actions {
            m.entry(a.code.as_str()).or_insert(i);
        }
    }
    m
}

fn aei_name<'a>(plan: &'a Plan, code: &str) -> Option<&'a str> {
    plan.objectives
        .iter()
        .flat_map(|o| o.actions.iter())
        .find(|a| a.code == code)
        .map(|a| a.name.as_str())
}

pub fn compute(plan: &Plan) -> Budget {
    Budget {
        allocation: allocation(plan),
        execution: execution(plan, plan.settings.aei_without_activities),
        cost_centres: cost_centres(plan),
        activities: plan
            .poi
            .activities
            .iter()
            .map(|a| ActivityLine {
                code: a.code.clone(),
                physical_pct: a
                    .physical_executed
                    .zip(a.physical_programmed)
                    .and_then(|(x, p)| pct(x, p)),
                financial_pct: a
                    .financial_executed
                    .zip(a.financial_programmed)
                    .and_then(|(x, p)| pct(x, p)),
            })
            .collect(),
        stages: plan.poi.budget_stages.clone(),
        physical_rule: physical_rule(plan.settings.aei_without_activities),
    }
}

/// The POI's AO grouped by the AEI each names, in the order the AEI first appear: the one grouping
/// that the allocation, the execution and their checks share. Built once per use: a regional
/// plan has tens of thousands of AO.
pub struct ByAei<'a> {
    groups: Vec<(&'a str, Vec<&'a Activity>)>,
    at: HashMap<&'a str, usize>,
}

impl<'a> ByAei<'a> {
    pub fn of(plan: &'a Plan) -> ByAei<'a> {
        let mut out = ByAei {
            groups: Vec::new(),
            at: HashMap::new(),
        };
        for ao in &plan.poi.activities {
            let i = *out.at.entry(ao.aei.as_str()).or_insert_with(|| {
                out.groups.push((ao.aei.as_str(), Vec::new()));
                out.groups.len() - 1
            });
            out.groups[i].1.push(ao);
        }
        out
    }

    /// Each AEI named by some AO, with its AO, in order of first appearance.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &[&'a Activity])> + '_ {
        self.groups.iter().map(|(aei, list)| (*aei, list.as_slice()))
    }

    /// The AO that name `aei` (none when no AO does).
    pub fn get(&self, aei: &str) -> &[&'a Activity] {
        self.at.get(aei).map_or(&[], |&i| self.groups[i].1.as_slice())
    }
}

/// An allocation line before it is placed under its objective: AEI code, the source's own
/// wording, AO count, programmed amount.
type RawAllocationLine = (String, Option<String>, Option<u32>, Decimal);

/// Lines in plan order per objective, from AO or from the allocation table.
fn allocation(plan: &Plan) -> Option<Allocation> {
    let owner = aei_owner(plan);
    let (source, title, lines): (FigureSource, Option<String>, Vec<RawAllocationLine>) =
        if !plan.poi.activities.is_empty() {
            let lines = ByAei::of(plan)
                .iter()
                .map(|(code, list)| {
                    let amount = dsum(list.iter().filter_map(|a| a.financial_programmed));
                    (code.to_string(), None, Some(list.len() as u32), amount)
                })
                .collect();
            (FigureSource::Activities, None, lines)
        } else {
            let t = plan.poi.allocation.as_ref()?;
            let lines = t
                .rows
                .iter()
                .map(|r| {
                    (
                        r.aei.clone(),
                        r.description.clone(),
                        r.ao_count,
                        r.programmed.unwrap_or_default(),
                    )
                })
                .collect();
            (FigureSource::Table, t.title.clone(), lines)
        };

    let mut objectives: Vec<AllocationObjective> = plan
        .objectives
        .iter()
        .map(|o| AllocationObjective {
            code: o.code.clone(),
            name: o.name.clone(),
            count: 0,
            programmed: Decimal::ZERO,
            share_pct: None,
            actions: Vec::new(),
        })
        .collect();
    let mut unassigned = Vec::new();
    for (code, description, count, programmed) in lines {
        let name = aei_name(plan, &code)
            .map(str::to_string)
            .or(description)
            .unwrap_or_default();
        let line = AllocationLine {
            code: code.clone(),
            name,
            count,
            programmed,
            share_of_objective_pct: None,
            share_pct: None,
        };
        match owner.get(code.as_str()) {
            Some(&i) => objectives[i].actions.push(line),
            None => unassigned.push(line),
        }
    }
    for o in &mut objectives {
        o.count = count_sum(o.actions.iter().filter_map(|a| a.count));
        o.programmed = dsum(o.actions.iter().map(|a| a.programmed));
    }
    let total_programmed = dsum(objectives.iter().map(|o| o.programmed));
    let total_count = count_sum(objectives.iter().map(|o| o.count));
    for o in &mut objectives {
        o.share_pct = pct(o.programmed, total_programmed);
        for a in &mut o.actions {
            a.share_of_objective_pct = pct(a.programmed, o.programmed);
            a.share_pct = pct(a.programmed, total_programmed);
        }
    }
    Some(Allocation {
        source,
        title,
        objectives,
        unassigned,
        total_count,
        total_programmed,
    })
}

/// The institution's physical execution with AEI without activities read by `empty` (the
/// *Método* panel's "what if").
pub fn physical_pct(plan: &Plan, empty: EmptyAei) -> Option<Decimal> {
    execution(plan, empty).and_then(|e| e.physical_pct)
}

fn execution(plan: &Plan, empty: EmptyAei) -> Option<Execution> {
    let owner = aei_owner(plan);
    let (source, title, lines): (FigureSource, Option<String>, Vec<ExecutionLine>) = if !plan.poi.activities.is_empty()
    {
        let by_aei = ByAei::of(plan);
        let mut lines: Vec<ExecutionLine> = by_aei
            .iter()
            .map(|(code, list)| {
                let phys: Vec<Decimal> = list
                    .iter()
                    .filter_map(|ao| pct(ao.physical_executed?, ao.physical_programmed?))
                    .collect();
                ExecutionLine {
                    row_index: None,
                    code: code.to_string(),
                    name: aei_name(plan, code).unwrap_or_default().to_string(),
                    count: Some(list.len() as u32),
                    financial: Some(dsum(list.iter().filter_map(|ao| ao.financial_executed))),
                    physical_pct: mean(&phys),
                    physical_in_mean: mean(&phys),
                }
            })
            .collect();
        // An AEI no AO names is an AEI without activities: a 0 % line, as a table prints it.
        for a in plan.objectives.iter().flat_map(|o| &o.actions) {
            if by_aei.get(&a.code).is_empty() {
                lines.push(ExecutionLine {
                    row_index: None,
                    code: a.code.clone(),
                    name: a.name.clone(),
                    count: Some(0),
                    financial: Some(Decimal::ZERO),
                    physical_pct: Some(Decimal::ZERO),
                    physical_in_mean: (empty == EmptyAei::CountedAsZero).then_some(Decimal::ZERO),
                });
            }
        }
        (FigureSource::Activities, None, lines)
    } else {
        let t = plan.poi.execution.as_ref()?;
        let lines = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| ExecutionLine {
                row_index: Some(i),
                code: r.aei.clone(),
                name: r
                    .description
                    .clone()
                    .or_else(|| aei_name(plan, &r.aei).map(str::to_string))
                    .unwrap_or_default(),
                count: r.ao_count,
                financial: r.financial,
                physical_pct: r.physical_pct,
                physical_in_mean: match (r.ao_count, empty) {
                    (Some(0), EmptyAei::CountedAsZero) => Some(r.physical_pct.unwrap_or(Decimal::ZERO)),
                    (Some(0), EmptyAei::LeftOut) => None,
                    _ => r.physical_pct,
                },
            })
            .collect();
        (FigureSource::Table, t.title.clone(), lines)
    };
    let mut objectives: Vec<ExecutionObjective> = plan
        .objectives
        .iter()
        .map(|o| ExecutionObjective {
            code: o.code.clone(),
            name: o.name.clone(),
            count: 0,
            financial: Decimal::ZERO,
            physical_pct: None,
            actions: Vec::new(),
        })
        .collect();
    let mut unassigned = Vec::new();
    for line in lines {
        match owner.get(line.code.as_str()) {
            Some(&i) => objectives[i].actions.push(line),
            None => unassigned.push(line),
        }
    }
    for o in &mut objectives {
        o.count = count_sum(o.actions.iter().filter_map(|a| a.count));
        o.financial = dsum(o.actions.iter().filter_map(|a| a.financial));
        let phys: Vec<Decimal> = o.actions.iter().filter_map(|a| a.physical_in_mean).collect();
        o.physical_pct = mean(&phys);
    }
    let phys: Vec<Decimal> = objectives.iter().filter_map(|o| o.physical_pct).collect();
    Some(Execution {
        source,
        title,
        physical_pct: mean(&phys),
        total_count: count_sum(objectives.iter().map(|o| o.count)),
        total_financial: dsum(objectives.iter().map(|o| o.financial)),
        objectives,
        unassigned,
    })
}

fn cost_centres(plan: &Plan) -> Option<CostCentres> {
    let table = plan.poi.cost_centres.as_ref();
    let (source, rows): (FigureSource, Vec<CostCentreLine>) = if !plan.poi.activities.is_empty() {
        let mut groups: BTreeMap<String, (u32, Vec<Decimal>, Vec<Decimal>)> = BTreeMap::new();
        let mut order = Vec::new();
        for ao in &plan.poi.activities {
            let key = ao.cost_centre.clone().unwrap_or_else(|| "sin centro de costo".into());
            let e = groups.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                (0, Vec::new(), Vec::new())
            });
            e.0 += 1;
            e.1.extend(ao.financial_programmed);
            e.2.extend(ao.financial_executed);
        }
        let name_of = |code: &str| {
            table
                .and_then(|t| t.rows.iter().find(|r| r.code.as_deref() == Some(code)))
                .map(|r| r.name.clone())
        };
        let rows = order
            .into_iter()
            .map(|key| {
                let (n, p, x) = &groups[&key];
                let programmed = dsum(p.iter().copied());
                let executed = dsum(x.iter().copied());
                CostCentreLine {
                    name: name_of(&key).unwrap_or_else(|| key.clone()),
                    code: Some(key.clone()),
                    key,
                    count: Some(*n),
                    programmed: Some(programmed),
                    executed: Some(executed),
                    execution_pct: pct(executed, programmed),
                }
            })
            .collect();
        (FigureSource::Activities, rows)
    } else {
        let t = table?;
        let rows = t
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| CostCentreLine {
                key: cost_centre_key(r.code.as_deref(), i),
                code: r.code.clone(),
                name: r.name.clone(),
                count: r.ao_count,
                programmed: r.programmed,
                executed: r.executed,
                execution_pct: r.programmed.and_then(|p| pct(r.executed.unwrap_or_default(), p)),
            })
            .collect();
        (FigureSource::Table, rows)
    };
    let total_programmed = dsum(rows.iter().filter_map(|r| r.programmed));
    let total_executed = dsum(rows.iter().filter_map(|r| r.executed));
    Some(CostCentres {
        source,
        title: table.and_then(|t| t.title.clone()),
        total_count: count_sum(rows.iter().filter_map(|r| r.count)),
        total_pct: pct(total_executed, total_programmed),
        total_programmed,
        total_executed,
        rows,
    })
}

pub fn cost_centre_key(code: Option<&str>, index: usize) -> String {
    match code {
        Some(c) if !c.trim().is_empty() => c.to_string(),
        _ => format!("fila {}", index + 1),
    }
}
