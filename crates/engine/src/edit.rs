//! Edits a user makes to a plan, as plain functions over the plan data (the app holds the plan in
//! a signal and calls these; everything else is re-derived). Each returns whether the item was
//! found, so a stale code never edits the wrong row.

use rust_decimal::Decimal;

use crate::model::{EvaluatorVerdict, Indicator, Plan};
use crate::unit_range;
use crate::user_number;

pub fn indicator_mut<'a>(plan: &'a mut Plan, code: &str) -> Option<&'a mut Indicator> {
    plan.objectives.iter_mut().find_map(|o| {
        o.indicators
            .iter_mut()
            .chain(o.actions.iter_mut().flat_map(|a| a.indicators.iter_mut()))
            .find(|i| i.code == code)
    })
}

pub fn indicator<'a>(plan: &'a Plan, code: &str) -> Option<&'a Indicator> {
    plan.indicators_in_order().map(|(_, _, i)| i).find(|i| i.code == code)
}

/// Sets (or clears, with `None`) the obtained value of an indicator for a period key.
pub fn set_obtained(plan: &mut Plan, code: &str, period: &str, value: Option<Decimal>) -> bool {
    let Some(ind) = indicator_mut(plan, code) else {
        return false;
    };
    match value {
        Some(v) => {
            ind.obtained.insert(period.to_string(), v);
        }
        None => {
            ind.obtained.remove(period);
        }
    }
    true
}

/// What a typed obtained value means for an indicator: the value and a note, or why it is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedValue {
    /// Empty field: the value is cleared ('sin información').
    Cleared,
    Accepted {
        value: Decimal,
        note: Option<String>,
    },
    Refused(String),
}

/// Parses what a person typed for an indicator and checks it against the unit's range.
pub fn read_typed_obtained(plan: &Plan, code: &str, typed: &str) -> TypedValue {
    if typed.trim().is_empty() {
        return TypedValue::Cleared;
    }
    let Some(ind) = indicator(plan, code) else {
        return TypedValue::Refused(format!("El indicador {code} ya no está en el plan."));
    };
    read_typed_figure(ind.unit, typed)
}

/// Parses a typed figure of an indicator measured in `unit` (a value, a target, a baseline) and
/// checks it against the unit's range.
pub fn read_typed_figure(unit: crate::model::Unit, typed: &str) -> TypedValue {
    if typed.trim().is_empty() {
        return TypedValue::Cleared;
    }
    match user_number::parse(typed) {
        Err(e) => TypedValue::Refused(e),
        Ok(u) => match unit_range::check(unit, u.value) {
            Some(why) => TypedValue::Refused(format!("No se acepta: {why}.")),
            None => TypedValue::Accepted {
                value: u.value,
                note: u.note,
            },
        },
    }
}

/// Parses a typed amount or goal (non-negative).
pub fn read_typed_amount(typed: &str) -> TypedValue {
    if typed.trim().is_empty() {
        return TypedValue::Cleared;
    }
    match user_number::parse(typed) {
        Err(e) => TypedValue::Refused(e),
        Ok(u) if u.value.is_sign_negative() && !u.value.is_zero() => {
            TypedValue::Refused("No se aceptan montos ni metas negativos.".into())
        }
        Ok(u) => TypedValue::Accepted {
            value: u.value,
            note: u.note,
        },
    }
}

/// Sets or clears an evaluator verdict. A verdict needs a justification.
pub fn set_verdict(plan: &mut Plan, code: &str, verdict: Option<(bool, String)>) -> Result<(), String> {
    if let Some((_, j)) = &verdict {
        if j.trim().is_empty() {
            return Err("Escriba la justificación del juicio: es obligatoria.".into());
        }
        text_fits(j)?;
    }
    let period = plan.cutoff_key();
    let Some(ind) = indicator_mut(plan, code) else {
        return Err(format!("El indicador {code} ya no está en el plan."));
    };
    ind.verdict = verdict.map(|(met, justification)| EvaluatorVerdict {
        met,
        justification: justification.trim().to_string(),
        period: Some(period),
    });
    Ok(())
}

/// Which executed figure of an AO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityField {
    PhysicalExecuted,
    FinancialExecuted,
}

pub fn set_activity(plan: &mut Plan, code: &str, field: ActivityField, value: Option<Decimal>) -> bool {
    let Some(a) = plan.poi.activities.iter_mut().find(|a| a.code == code) else {
        return false;
    };
    match field {
        ActivityField::PhysicalExecuted => a.physical_executed = value,
        ActivityField::FinancialExecuted => a.financial_executed = value,
    }
    true
}

/// Executed amount of a cost-centre row, keyed as in the budget summary (code or "fila N").
pub fn set_cost_centre_executed(plan: &mut Plan, key: &str, value: Option<Decimal>) -> bool {
    let Some(t) = plan.poi.cost_centres.as_mut() else {
        return false;
    };
    let found = t
        .rows
        .iter_mut()
        .enumerate()
        .find(|(i, r)| crate::budget::cost_centre_key(r.code.as_deref(), *i) == key);
    match found {
        Some((_, r)) => {
            r.executed = value;
            true
        }
        None => false,
    }
}

/// Physical execution (%) of an aggregate AEI row; `index` is the row's position, since a source
/// may repeat a code.
pub fn set_execution_row_physical(plan: &mut Plan, index: usize, value: Option<Decimal>) -> bool {
    match plan.poi.execution.as_mut().and_then(|t| t.rows.get_mut(index)) {
        Some(r) => {
            r.physical_pct = value;
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::{evaluate, load_plan, Options, Status};

    #[test]
    fn editing_an_obtained_value_changes_verdict_objective_and_institution() {
        let mut p = load_plan(ILO_2022).unwrap();
        let before = evaluate(&p, Options::default());
        assert!(set_obtained(
            &mut p,
            "IND.01.OEI.02",
            "2022",
            Some("55".parse().unwrap())
        ));
        let after = evaluate(&p, Options::default());
        assert_eq!(before.indicator("IND.01.OEI.02").unwrap().status, Status::NotMet);
        assert_eq!(after.indicator("IND.01.OEI.02").unwrap().status, Status::Met);
        assert_eq!(
            after.objective("OEI.02").unwrap().result_pct,
            Some(Decimal::ONE_HUNDRED)
        );
        assert!(after.institution.result_pct > before.institution.result_pct);
        assert!(!set_obtained(&mut p, "NO-EXISTE", "2022", None));
    }

    #[test]
    fn typed_values_are_checked_against_the_unit() {
        let p = load_plan(ILO_2022).unwrap();
        assert_eq!(read_typed_obtained(&p, "IND.01.OEI.02", " "), TypedValue::Cleared);
        assert!(
            matches!(read_typed_obtained(&p, "IND.01.OEI.02", "120"), TypedValue::Refused(m) if m.contains("máximo"))
        );
        assert!(matches!(
            read_typed_obtained(&p, "IND.01.OEI.02", "45,5"),
            TypedValue::Accepted { note: Some(_), .. }
        ));
        assert!(matches!(
            read_typed_obtained(&p, "IND.01.OEI.02", "abc"),
            TypedValue::Refused(_)
        ));
        assert!(matches!(read_typed_amount("-5"), TypedValue::Refused(_)));
        assert!(matches!(read_typed_amount("1,234.50"), TypedValue::Accepted { .. }));
    }

    #[test]
    fn a_typed_figure_that_is_accepted_still_loads_once_saved() {
        // Before the limit was checked as typed, 10^18 + 1 was accepted, saved in the draft, and
        // the draft then opened as damaged.
        assert!(matches!(
            read_typed_amount("1000000000000000001"),
            TypedValue::Refused(_)
        ));
        let mut p = load_plan(ILO_2022).unwrap();
        let code = "IND.01.OEI.01";
        assert!(matches!(
            read_typed_obtained(&p, code, "1000000000000000001"),
            TypedValue::Refused(_)
        ));
        let TypedValue::Accepted { value, .. } = read_typed_amount("1000000000000000000") else {
            panic!("the limit itself is accepted");
        };
        p.poi.cost_centres.as_mut().unwrap().rows[0].executed = Some(value);
        let text = serde_json::to_string(&p).unwrap();
        assert!(load_plan(&text).is_ok());
    }

    #[test]
    fn a_text_too_long_to_load_again_is_refused() {
        let mut p = load_plan(ILO_2022).unwrap();
        let long = "a".repeat(crate::load::MAX_TEXT_BYTES);
        assert!(set_report_text(&mut p, ReportSection::Context, long.clone()).is_err());
        assert!(set_narrative(&mut p, "OEI.01", Some(long.clone())).is_err());
        assert!(set_verdict(&mut p, "IND.01.OEI.01", Some((true, long))).is_err());
        // Escapes count as the file holds them: 40,000 quotes are 80,000 bytes there.
        let quotes = "\"\n".repeat(crate::load::MAX_TEXT_BYTES / 4 + 1);
        assert!(set_report_text(&mut p, ReportSection::Context, quotes).is_err());
        let fits = "ñ".repeat(crate::load::MAX_TEXT_BYTES / 2 - 10);
        set_report_text(&mut p, ReportSection::Conclusions, fits.clone()).unwrap();
        set_narrative(&mut p, "OEI.01", Some(fits)).unwrap();
        let text = serde_json::to_string(&p).unwrap();
        assert!(load_plan(&text).is_ok());
        let mut refused = load_plan(ILO_2022).unwrap();
        refused.report.context = "a".repeat(crate::load::MAX_TEXT_BYTES + 1);
        assert!(
            load_plan(&serde_json::to_string(&refused).unwrap()).is_err(),
            "the limit mirrors the loader's"
        );
    }

    #[test]
    fn empty_report_sections_are_listed_in_order_until_written() {
        let mut p = load_plan(ILO_2022).unwrap();
        assert_eq!(ReportSection::empty(&p), ReportSection::ALL);
        set_report_text(&mut p, ReportSection::Conclusions, "El POI creció.".into()).unwrap();
        assert_eq!(ReportSection::Conclusions.text(&p), "El POI creció.");
        assert_eq!(
            ReportSection::empty(&p),
            [
                ReportSection::Context,
                ReportSection::Recommendations,
                ReportSection::ImprovementMeasures
            ]
        );
        set_report_text(&mut p, ReportSection::Context, "   ".into()).unwrap();
        assert!(
            ReportSection::empty(&p).contains(&ReportSection::Context),
            "blank is empty"
        );
    }

    #[test]
    fn verdicts_need_a_justification() {
        let mut p = load_plan(ILO_2022).unwrap();
        assert!(set_verdict(&mut p, "IND.01.OEI.02", Some((true, "  ".into()))).is_err());
        set_verdict(&mut p, "IND.01.OEI.02", Some((true, "Acta de la reunión".into()))).unwrap();
        assert_eq!(
            evaluate(&p, Options::default())
                .indicator("IND.01.OEI.02")
                .unwrap()
                .status,
            Status::Met
        );
        set_verdict(&mut p, "IND.01.OEI.02", None).unwrap();
        assert_eq!(
            evaluate(&p, Options::default())
                .indicator("IND.01.OEI.02")
                .unwrap()
                .status,
            Status::NotMet
        );
    }

    #[test]
    fn aggregate_rows_can_be_edited() {
        let mut p = load_plan(ILO_2022).unwrap();
        assert!(set_cost_centre_executed(
            &mut p,
            "03.11",
            Some("160000".parse().unwrap())
        ));
        assert!(set_cost_centre_executed(&mut p, "fila 18", None));
        assert!(set_execution_row_physical(&mut p, 0, Some("104".parse().unwrap())));
        let ev = evaluate(&p, Options::default());
        let row = ev
            .budget
            .cost_centres
            .as_ref()
            .unwrap()
            .rows
            .iter()
            .find(|r| r.key == "03.11")
            .unwrap();
        assert!(row.execution_pct.unwrap() < Decimal::ONE_HUNDRED);
        assert!(!set_execution_row_physical(&mut p, 999, None));
    }
}

/// Which free-text section of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportSection {
    Context,
    Conclusions,
    Recommendations,
    ImprovementMeasures,
}

impl ReportSection {
    /// In the report's order.
    pub const ALL: [ReportSection; 4] = [
        ReportSection::Context,
        ReportSection::Conclusions,
        ReportSection::Recommendations,
        ReportSection::ImprovementMeasures,
    ];

    /// The section's heading in the report.
    pub fn title(self) -> &'static str {
        match self {
            ReportSection::Context => "Contexto de la evaluación",
            ReportSection::Conclusions => "Conclusiones",
            ReportSection::Recommendations => "Recomendaciones",
            ReportSection::ImprovementMeasures => "Medidas para la mejora continua",
        }
    }

    /// What the planning office wrote in it.
    pub fn text(self, plan: &Plan) -> &str {
        let r = &plan.report;
        match self {
            ReportSection::Context => &r.context,
            ReportSection::Conclusions => &r.conclusions,
            ReportSection::Recommendations => &r.recommendations,
            ReportSection::ImprovementMeasures => &r.improvement_measures,
        }
    }

    /// The sections still empty, which print nothing.
    pub fn empty(plan: &Plan) -> Vec<ReportSection> {
        Self::ALL
            .into_iter()
            .filter(|s| s.text(plan).trim().is_empty())
            .collect()
    }
}

pub fn set_report_text(plan: &mut Plan, section: ReportSection, text: String) -> Result<(), String> {
    text_fits(&text)?;
    let r = &mut plan.report;
    match section {
        ReportSection::Context => r.context = text,
        ReportSection::Conclusions => r.conclusions = text,
        ReportSection::Recommendations => r.recommendations = text,
        ReportSection::ImprovementMeasures => r.improvement_measures = text,
    }
    Ok(())
}

/// Keeps a user's paragraph for an objective (or the institution); `None` or an empty text
/// returns to the generated one.
pub fn set_narrative(plan: &mut Plan, key: &str, text: Option<String>) -> Result<(), String> {
    match text.filter(|t| !t.trim().is_empty()) {
        Some(t) => {
            text_fits(&t)?;
            plan.report.narratives.insert(key.to_string(), t);
        }
        None => {
            plan.report.narratives.remove(key);
        }
    }
    Ok(())
}

/// Refuses a text the loader would refuse once saved (see `load::MAX_TEXT_BYTES`): kept, it
/// would make the draft unopenable. Measured as the file holds it, escapes included.
pub fn text_fits(text: &str) -> Result<(), String> {
    let escaped: usize = text
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
            c if (c as u32) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum();
    if escaped >= crate::load::MAX_TEXT_BYTES {
        return Err(format!(
            "Este texto es demasiado largo ({} caracteres): un plan admite textos de hasta unos {} caracteres. Acórtelo o resúmalo; no se guardó.",
            text.chars().count(),
            crate::load::MAX_TEXT_BYTES
        ));
    }
    Ok(())
}
