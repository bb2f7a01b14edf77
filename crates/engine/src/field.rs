//! The values people fill in, each with a stable address. History, provenance, merges and plan
//! comparison all speak of values through these addresses, so an entry written today still names
//! the same value after items are reordered.

use crate::sorting;
use std::fmt;

use rust_decimal::Decimal;

use crate::budget::cost_centre_key;
use crate::edit::{self, ActivityField};
use crate::model::Plan;

/// One value a person can fill in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldRef {
    /// Obtained value of an indicator for a period key ("2022", "2022-S1").
    Obtained { indicator: String, period: String },
    /// Executed physical goal of an AO.
    ActivityPhysical(String),
    /// Executed amount (devengado) of an AO.
    ActivityFinancial(String),
    /// Executed amount of a cost-centre row, keyed by code or "fila N".
    CostCentre(String),
    /// Physical execution (%) of an aggregate execution row, by position.
    ExecutionRow(usize),
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldRef::Obtained { indicator, period } => write!(f, "obtenido/{indicator}/{period}"),
            FieldRef::ActivityPhysical(c) => write!(f, "ao-fisico/{c}"),
            FieldRef::ActivityFinancial(c) => write!(f, "ao-financiero/{c}"),
            FieldRef::CostCentre(k) => write!(f, "centro/{k}"),
            FieldRef::ExecutionRow(i) => write!(f, "ejecucion-fisica/{i}"),
        }
    }
}

impl FieldRef {
    /// Reads an address as written by `Display`; `None` for anything else.
    pub fn parse(s: &str) -> Option<FieldRef> {
        let (kind, rest) = s.split_once('/')?;
        if rest.is_empty() {
            return None;
        }
        match kind {
            "obtenido" => {
                // Codes may hold '/', periods never do.
                let (indicator, period) = rest.rsplit_once('/')?;
                (!indicator.is_empty() && !period.is_empty()).then(|| FieldRef::Obtained {
                    indicator: indicator.to_string(),
                    period: period.to_string(),
                })
            }
            "ao-fisico" => Some(FieldRef::ActivityPhysical(rest.to_string())),
            "ao-financiero" => Some(FieldRef::ActivityFinancial(rest.to_string())),
            "centro" => Some(FieldRef::CostCentre(rest.to_string())),
            "ejecucion-fisica" => rest.parse().ok().map(FieldRef::ExecutionRow),
            _ => None,
        }
    }

    /// The value's current content; `None` when the item is not in the plan, `Some(None)` when
    /// the item is there but the value is empty.
    pub fn read(&self, plan: &Plan) -> Option<Option<Decimal>> {
        match self {
            FieldRef::Obtained { indicator, period } => {
                edit::indicator(plan, indicator).map(|i| i.obtained.get(period).copied())
            }
            FieldRef::ActivityPhysical(c) => activity(plan, c).map(|a| a.physical_executed),
            FieldRef::ActivityFinancial(c) => activity(plan, c).map(|a| a.financial_executed),
            FieldRef::CostCentre(k) => cost_centre(plan, k).map(|r| r.executed),
            FieldRef::ExecutionRow(i) => plan
                .poi
                .execution
                .as_ref()
                .and_then(|t| t.rows.get(*i))
                .map(|r| r.physical_pct),
        }
    }

    /// Sets the value; false when the item is not in the plan.
    pub fn write(&self, plan: &mut Plan, value: Option<Decimal>) -> bool {
        match self {
            FieldRef::Obtained { indicator, period } => edit::set_obtained(plan, indicator, period, value),
            FieldRef::ActivityPhysical(c) => edit::set_activity(plan, c, ActivityField::PhysicalExecuted, value),
            FieldRef::ActivityFinancial(c) => edit::set_activity(plan, c, ActivityField::FinancialExecuted, value),
            FieldRef::CostCentre(k) => edit::set_cost_centre_executed(plan, k, value),
            FieldRef::ExecutionRow(i) => edit::set_execution_row_physical(plan, *i, value),
        }
    }

    /// The item's code (indicator, AO, cost-centre key) or, for an execution row, its AEI.
    pub fn item(&self, plan: &Plan) -> String {
        match self {
            FieldRef::Obtained { indicator, .. } => indicator.clone(),
            FieldRef::ActivityPhysical(c) | FieldRef::ActivityFinancial(c) | FieldRef::CostCentre(c) => c.clone(),
            FieldRef::ExecutionRow(i) => plan
                .poi
                .execution
                .as_ref()
                .and_then(|t| t.rows.get(*i))
                .map(|r| r.aei.clone())
                .unwrap_or_else(|| format!("fila {}", i + 1)),
        }
    }

    /// The item's name (the indicator's, the AO's, the cost centre's or the execution row's
    /// AEI), when the plan has the item.
    pub fn item_name(&self, plan: &Plan) -> Option<String> {
        match self {
            FieldRef::Obtained { indicator, .. } => edit::indicator(plan, indicator).map(|i| i.name.clone()),
            FieldRef::ActivityPhysical(c) | FieldRef::ActivityFinancial(c) => activity(plan, c).map(|a| a.name.clone()),
            FieldRef::CostCentre(k) => cost_centre(plan, k).map(|r| r.name.clone()),
            FieldRef::ExecutionRow(_) => {
                let aei = self.item(plan);
                plan.objectives
                    .iter()
                    .flat_map(|o| &o.actions)
                    .find(|a| a.code == aei)
                    .map(|a| a.name.clone())
            }
        }
    }

    /// A phrase for people: "IND.01.OEI.02 · valor obtenido 2022".
    pub fn label(&self, plan: &Plan) -> String {
        let what = match self {
            FieldRef::Obtained { period, .. } => format!("valor obtenido {period}"),
            FieldRef::ActivityPhysical(_) => "meta física ejecutada".into(),
            FieldRef::ActivityFinancial(_) => "monto ejecutado (devengado)".into(),
            FieldRef::CostCentre(_) => "monto ejecutado del centro de costo".into(),
            FieldRef::ExecutionRow(i) => format!("ejecución física (%) de la fila {}", i + 1),
        };
        format!("{} · {what}", self.item(plan))
    }
}

fn activity<'a>(plan: &'a Plan, code: &str) -> Option<&'a crate::model::Activity> {
    plan.poi.activities.iter().find(|a| a.code == code)
}

pub(crate) fn cost_centre<'a>(plan: &'a Plan, key: &str) -> Option<&'a crate::model::CostCentre> {
    plan.poi.cost_centres.as_ref().and_then(|t| {
        t.rows
            .iter()
            .enumerate()
            .find(|(i, r)| cost_centre_key(r.code.as_deref(), *i) == key)
            .map(|(_, r)| r)
    })
}

/// Every fillable value of a plan, in plan order. Periods listed are those with a target or a
/// value, so an empty obtained value that has a target is still a value someone can fill. An item
/// whose code repeats (a diagnosed error) is addressed by its first occurrence only.
pub fn all_fields(plan: &Plan) -> Vec<(FieldRef, Option<Decimal>)> {
    let mut out = Vec::new();
    let mut seen_codes = std::collections::HashSet::new();
    let mut seen_fields = std::collections::HashSet::new();
    let indicators = plan.indicators_in_order().map(|(_, _, i)| i);
    for ind in indicators.filter(|i| seen_codes.insert(("ind", i.code.as_str()))) {
        let mut periods: Vec<&String> = ind.expected.keys().chain(ind.obtained.keys()).collect();
        sorting::sort(&mut periods);
        periods.dedup();
        for p in periods {
            out.push((
                FieldRef::Obtained {
                    indicator: ind.code.clone(),
                    period: p.clone(),
                },
                ind.obtained.get(p).copied(),
            ));
        }
    }
    for a in plan
        .poi
        .activities
        .iter()
        .filter(|a| seen_codes.insert(("ao", a.code.as_str())))
    {
        out.push((FieldRef::ActivityPhysical(a.code.clone()), a.physical_executed));
        out.push((FieldRef::ActivityFinancial(a.code.clone()), a.financial_executed));
    }
    if let Some(t) = &plan.poi.cost_centres {
        for (i, r) in t.rows.iter().enumerate() {
            let f = FieldRef::CostCentre(cost_centre_key(r.code.as_deref(), i));
            if seen_fields.insert(f.clone()) {
                out.push((f, r.executed));
            }
        }
    }
    if let Some(t) = &plan.poi.execution {
        for (i, r) in t.rows.iter().enumerate() {
            out.push((FieldRef::ExecutionRow(i), r.physical_pct));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::load_plan;

    #[test]
    fn addresses_round_trip_and_reject_garbage() {
        let refs = [
            FieldRef::Obtained {
                indicator: "IND/01".into(),
                period: "2022-S1".into(),
            },
            FieldRef::ActivityPhysical("AO0001".into()),
            FieldRef::ActivityFinancial("AO0001".into()),
            FieldRef::CostCentre("fila 3".into()),
            FieldRef::ExecutionRow(4),
        ];
        for r in refs {
            assert_eq!(FieldRef::parse(&r.to_string()), Some(r));
        }
        for bad in [
            "",
            "obtenido",
            "obtenido/",
            "obtenido/X",
            "otro/X",
            "ejecucion-fisica/x",
        ] {
            assert_eq!(FieldRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_listed_field_reads_and_writes_back() {
        let mut plan = load_plan(ILO_2022).unwrap();
        let fields = all_fields(&plan);
        assert!(fields.len() > 51);
        for (f, v) in &fields {
            assert_eq!(f.read(&plan), Some(*v), "{f}");
            assert!(f.write(&mut plan, Some(Decimal::new(7, 1))), "{f}");
            assert_eq!(f.read(&plan), Some(Some(Decimal::new(7, 1))), "{f}");
        }
        let missing = FieldRef::ActivityPhysical("NO".into());
        assert_eq!(missing.read(&plan), None);
        assert!(!missing.write(&mut plan, None));
    }
}
