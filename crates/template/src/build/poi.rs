//! The operational plan: activities one by one, the cost-centre table, the budget stages, and
//! the allocation and execution tables per AEI with the OEI subtotals a source states.

use std::collections::BTreeMap;

use semaforo_engine::{
    Activity, AllocationRow, AllocationTable, BudgetStage, CostCentre, CostCentreTable, DeclaredAllocation,
    DeclaredCostCentreTotal, DeclaredCountAmount, DeclaredExecution, ExecutionRow, ExecutionTable,
};

use super::head::Head;
use super::items::Items;
use super::table::{Fields, Table};
use crate::labels::{self, RowKind};
use crate::layout::{Col, Field};
use crate::report::Problems;

pub fn read_activities(items: &Items, table: &Table, p: &mut Problems) -> Vec<Activity> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let code = r.code(Col::Code);
        let code = r.require(Col::Code, code, "el código de la actividad");
        r.item.clone_from(&code);
        let name = r.text(Col::Name);
        let name = r.require(Col::Name, name, "el nombre de la actividad");
        let kind = r.choice(Col::Kind, labels::KINDS);
        let kind = r.require(Col::Kind, kind, "el tipo (Actividad operativa o Inversión)");
        let aei = r.code(Col::AeiCode);
        let aei = r.require(Col::AeiCode, aei, "el código de la AEI a la que se alinea");
        let activity = Activity {
            code: code.clone().unwrap_or_default(),
            name: name.unwrap_or_default(),
            kind: kind.unwrap_or(semaforo_engine::ActivityKind::ActividadOperativa),
            aei: aei.clone().unwrap_or_default(),
            responsible: r.text(Col::Responsible),
            cost_centre: r.code(Col::CostCentre),
            physical_unit: r.text(Col::PhysicalUnit),
            physical_programmed: r.amount(Col::PhysicalProgrammed),
            physical_executed: r.amount(Col::PhysicalExecuted),
            financial_programmed: r.amount(Col::FinancialProgrammed),
            financial_executed: r.amount(Col::FinancialExecuted),
        };
        if let Some(aei) = aei.filter(|a| !items.action_known(a)) {
            r.warn(
                Col::AeiCode,
                &format!(
                    "La AEI {aei} no está en el plan: se importa igual y Semáforo lo señalará entre los diagnósticos."
                ),
            );
        }
        let Some(code) = code else { continue };
        if let Some(first) = seen.get(&code) {
            r.error(
                Col::Code,
                &format!("La actividad {code} ya está en la fila {first}: cada código va una sola vez."),
            );
            continue;
        }
        seen.insert(code, r.number());
        out.push(activity);
    }
    out
}

pub fn read_cost_centres(head: &Head, table: Option<&Table>, p: &mut Problems) -> Option<CostCentreTable> {
    let mut rows = Vec::new();
    if let Some(table) = table {
        for row in table.rows() {
            let mut r = Fields::new(table, row, p);
            let code = r.code(Col::Code);
            r.item.clone_from(&code);
            let name = r.text(Col::Name);
            let name = r.require(Col::Name, name, "el nombre del centro de costo");
            rows.push(CostCentre {
                code,
                name: name.unwrap_or_default(),
                responsible: r.text(Col::Responsible),
                ao_count: r.count(Col::AoCount),
                programmed: r.amount(Col::Programmed),
                executed: r.amount(Col::Executed),
                declared_pct: r.amount(Col::DeclaredPct),
            });
        }
    }
    let total = DeclaredCostCentreTotal {
        ao_count: head.count(Field::CostCount),
        programmed: head.figure(Field::CostProgrammed),
        executed: head.figure(Field::CostExecuted),
        pct: head.figure(Field::CostPct),
    };
    let declared_total = (total != DeclaredCostCentreTotal::default()).then_some(total);
    let title = head.text(Field::CostTitle);
    (!rows.is_empty() || declared_total.is_some() || title.is_some()).then_some(CostCentreTable {
        title,
        rows,
        declared_total,
    })
}

pub fn read_stages(table: &Table, p: &mut Problems) -> Vec<BudgetStage> {
    let mut out = Vec::new();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let stage = r.choice(Col::Stage, labels::STAGES);
        let stage = r.require(Col::Stage, stage, "la etapa");
        let s = BudgetStage {
            stage: stage.unwrap_or(semaforo_engine::StageKind::Pim),
            source: r.text(Col::StageSource),
            amount: r.amount(Col::Amount),
            investments: r.count(Col::Investments),
            activities: r.count(Col::ActivitiesCount),
            total: r.count(Col::Total),
        };
        if stage.is_some() {
            out.push(s);
        }
    }
    out
}

fn row_kind(r: &mut Fields) -> RowKind {
    r.choice(Col::RowKind, labels::ROW_KINDS).unwrap_or(RowKind::Action)
}

/// The row's code, checked against the plan: an unknown one is only a warning, since the
/// engine reports it with the table's other inconsistencies.
fn row_code(r: &mut Fields, items: &Items, kind: RowKind) -> Option<String> {
    let code = r.code(Col::Code);
    let what = match kind {
        RowKind::Action => "el código de la AEI",
        RowKind::ObjectiveSubtotal => "el código del OEI",
    };
    let code = r.require(Col::Code, code, what)?;
    r.item = Some(code.clone());
    let known = match kind {
        RowKind::Action => items.action_known(&code),
        RowKind::ObjectiveSubtotal => items.objective_known(&code),
    };
    if !known {
        r.warn(
            Col::Code,
            "Este código no está en el plan: se importa igual y Semáforo lo señalará entre los diagnósticos.",
        );
    }
    Some(code)
}

fn no_description_on_subtotals(r: &mut Fields) {
    if !r.blank(Col::Description) {
        r.warn(
            Col::Description,
            "Las filas «Subtotal OEI» no llevan descripción: se ignoró.",
        );
    }
}

pub fn read_allocation(head: &Head, items: &Items, table: Option<&Table>, p: &mut Problems) -> Option<AllocationTable> {
    let mut rows = Vec::new();
    let mut declared_objectives = Vec::new();
    if let Some(table) = table {
        for row in table.rows() {
            let mut r = Fields::new(table, row, p);
            let kind = row_kind(&mut r);
            let code = row_code(&mut r, items, kind);
            let ao_count = r.count(Col::AoCount);
            let programmed = r.amount(Col::Programmed);
            let Some(code) = code else { continue };
            match kind {
                RowKind::Action => rows.push(AllocationRow {
                    aei: code,
                    description: r.text(Col::Description),
                    ao_count,
                    programmed,
                }),
                RowKind::ObjectiveSubtotal => {
                    no_description_on_subtotals(&mut r);
                    declared_objectives.push(DeclaredAllocation {
                        oei: code,
                        ao_count,
                        programmed,
                    });
                }
            }
        }
    }
    let total = DeclaredCountAmount {
        ao_count: head.count(Field::AllocCount),
        amount: head.figure(Field::AllocAmount),
    };
    let declared_total = (total != DeclaredCountAmount::default()).then_some(total);
    let title = head.text(Field::AllocTitle);
    let any = !rows.is_empty() || !declared_objectives.is_empty() || declared_total.is_some() || title.is_some();
    any.then_some(AllocationTable {
        title,
        rows,
        declared_objectives,
        declared_total,
    })
}

pub fn read_execution(head: &Head, items: &Items, table: Option<&Table>, p: &mut Problems) -> Option<ExecutionTable> {
    let mut rows = Vec::new();
    let mut declared_objectives = Vec::new();
    if let Some(table) = table {
        for row in table.rows() {
            let mut r = Fields::new(table, row, p);
            let kind = row_kind(&mut r);
            let code = row_code(&mut r, items, kind);
            let priority = r.count(Col::Priority);
            let ao_count = r.count(Col::AoCount);
            let financial = r.amount(Col::Financial);
            let physical_pct = r.amount(Col::PhysicalPct);
            let Some(code) = code else { continue };
            match kind {
                RowKind::Action => rows.push(ExecutionRow {
                    aei: code,
                    description: r.text(Col::Description),
                    priority,
                    ao_count,
                    financial,
                    physical_pct,
                }),
                RowKind::ObjectiveSubtotal => {
                    no_description_on_subtotals(&mut r);
                    declared_objectives.push(DeclaredExecution {
                        oei: code,
                        priority,
                        ao_count,
                        financial,
                        physical_pct,
                    });
                }
            }
        }
    }
    let title = head.text(Field::ExecTitle);
    let any = !rows.is_empty() || !declared_objectives.is_empty() || title.is_some();
    any.then_some(ExecutionTable {
        title,
        rows,
        declared_objectives,
    })
}
