//! From template sheets to a plan: each sheet read in the order its references need (objectives
//! before actions before indicators before values), every problem collected, and the plan made
//! only when there is none. The result then goes through the engine's own loader, so an imported
//! plan is exactly one the app could have opened from a file.

mod head;
mod items;
mod poi;
mod table;
mod texts;

use semaforo_engine::{load_plan, Entity, EvaluationPeriod, PlanInfo, Poi, Settings, Sharing, FORMAT_VERSION};
use semaforo_engine::{GovernmentLevel, Plan};

use crate::layout::{sheet, Col, Field, SheetId};
use crate::read::cells::Grid;
use crate::report::{Counts, Problems};
use table::Table;

/// Columns without which a sheet's rows cannot be read at all.
fn essential(id: SheetId) -> &'static [Col] {
    match id {
        SheetId::Plan => &[Col::Field, Col::Value],
        SheetId::Bands => &[Col::BandId, Col::BandMin],
        SheetId::Objectives => &[Col::Code, Col::Name],
        SheetId::Actions => &[Col::OeiCode, Col::Code, Col::Name],
        SheetId::Indicators => &[Col::Code, Col::Name, Col::Unit],
        SheetId::Values => &[Col::IndicatorCode, Col::Obtained],
        SheetId::Activities => &[Col::Code, Col::Name, Col::Kind, Col::AeiCode],
        SheetId::CostCentres => &[Col::Name],
        SheetId::Stages => &[Col::Stage],
        SheetId::Allocation | SheetId::Execution => &[Col::Code],
        SheetId::Texts => &[Col::Section, Col::Text],
        SheetId::History => &[Col::Json],
        SheetId::Instructions => &[],
    }
}

pub fn build(sheets: &[(SheetId, Grid)], p: &mut Problems) -> (Option<Plan>, Counts) {
    let tables: Vec<Table> = sheets
        .iter()
        .filter_map(|(id, g)| {
            let t = Table::bind(g, sheet(*id), p)?;
            let missing: Vec<&str> = essential(*id)
                .iter()
                .filter(|c| !t.has(**c))
                .filter_map(|c| t.sheet.column(*c).map(|c| c.header))
                .collect();
            if missing.is_empty() {
                return Some(t);
            }
            let has_rows = t.rows().next().is_some() || *id == SheetId::Plan;
            if has_rows {
                p.error(
                    t.name(),
                    Some(t.header_row()),
                    None,
                    format!(
                        "Faltan columnas que esta hoja necesita: {}. Revise la fila de encabezados (no se leyó ninguna fila de la hoja).",
                        missing.iter().map(|m| format!("«{m}»")).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            None
        })
        .collect();
    let get = |id: SheetId| tables.iter().find(|t| t.sheet.id == id);

    let plan_table = get(SheetId::Plan);
    let head = head::read_head(plan_table, p);
    head::missing_fields(&head, plan_table, p);
    let bands = head::read_bands(get(SheetId::Bands), p);

    let mut items = items::Items::default();
    if let Some(t) = get(SheetId::Objectives) {
        items::read_objectives(&mut items, t, p);
    }
    if let Some(t) = get(SheetId::Actions) {
        items::read_actions(&mut items, t, p);
    }
    if let Some(t) = get(SheetId::Indicators) {
        items::read_indicators(&mut items, &head, t, p);
    }
    if let Some(t) = get(SheetId::Values) {
        items::read_values(&mut items, &head, t, p);
    }
    let activities = get(SheetId::Activities)
        .map(|t| poi::read_activities(&items, t, p))
        .unwrap_or_default();
    let cost_centres = poi::read_cost_centres(&head, get(SheetId::CostCentres), p);
    let budget_stages = get(SheetId::Stages).map(|t| poi::read_stages(t, p)).unwrap_or_default();
    let allocation = poi::read_allocation(&head, &items, get(SheetId::Allocation), p);
    let execution = poi::read_execution(&head, &items, get(SheetId::Execution), p);
    let report = get(SheetId::Texts).map(|t| texts::read_texts(t, p)).unwrap_or_default();
    let history = get(SheetId::History)
        .map(|t| texts::read_history(t, p))
        .unwrap_or_default();

    let counts = Counts {
        objectives: items.objectives.len(),
        actions: items.objectives.iter().map(|o| o.actions.len()).sum(),
        indicators: items.indicator_count(),
        obtained_values: items.obtained_count(),
        activities: activities.len(),
        cost_centres: cost_centres.as_ref().map_or(0, |c| c.rows.len()),
        budget_stages: budget_stages.len(),
    };
    if items.objectives.is_empty() && !p.has_errors() {
        p.general("El plan no tiene ningún OEI: llene la hoja OEI (o la hoja Indicadores con las columnas «Código OEI» y «Nombre OEI»).".into());
    }
    if p.has_errors() {
        return (None, counts);
    }
    let required = |f: Field| head.text(f).unwrap_or_default();
    let year = |f: Field| head.year(f).unwrap_or_default();
    let defaults = Settings::default();
    let plan = Plan {
        schema: head.text(Field::Schema),
        format_version: FORMAT_VERSION,
        entity: Entity {
            name: required(Field::EntityName),
            ejecutora_code: head.text(Field::Ejecutora).map(|t| t.trim().to_string()),
            level: head.level().unwrap_or(GovernmentLevel::LocalDistrital),
        },
        plan: PlanInfo {
            name: required(Field::PlanName),
            start_year: year(Field::StartYear),
            end_year: year(Field::EndYear),
            approved_by: head.text(Field::ApprovedBy),
            source: head.text(Field::PlanSource),
        },
        evaluation: EvaluationPeriod {
            year: year(Field::EvalYear),
            period: head.period().unwrap_or_default(),
        },
        settings: Settings {
            bands,
            rollup: head.rollup().unwrap_or_default(),
            use_evaluator_verdicts: head.use_verdicts().unwrap_or(true),
            execution_alert_pct: head
                .figure(Field::ExecutionAlert)
                .unwrap_or(defaults.execution_alert_pct),
            rollup_cap_pct: head.figure(Field::RollupCap),
            missing_values: head.missing_values().unwrap_or_default(),
            objective_indicators: head.objective_indicators().unwrap_or_default(),
            aei_without_activities: head.aei_without_activities().unwrap_or_default(),
        },
        objectives: items.objectives,
        poi: Poi {
            activities,
            allocation,
            execution,
            cost_centres,
            budget_stages,
        },
        declared: head.declared(),
        source_notes: head.source_notes.clone(),
        report,
        sharing: head.text(Field::ForUnit).map(|for_unit| Sharing { for_unit }),
        history,
        // Closed years are not in the template: the workbook is one year's plan.
        past_years: Vec::new(),
        exercise: false,
    };
    // The engine's loader is the last word: what it refuses is not imported.
    let checked = serde_json::to_string(&plan)
        .map_err(|e| e.to_string())
        .and_then(|json| load_plan(&json).map_err(|e| e.message));
    match checked {
        Ok(plan) => (Some(plan), counts),
        Err(message) => {
            p.general(format!(
                "El plan leído no pasa la revisión de Semáforo (esto no debería ocurrir; avise con el archivo): {message}"
            ));
            (None, counts)
        }
    }
}
