//! Magnitude limits checked on load, so that no sum the engine makes can overflow.
//!
//! A municipal budget is below 10^12 soles; allowing 10^18 per figure leaves room for any real
//! plan while a sum of ten million such figures still fits a `Decimal` (about 7.9 × 10^28).

use rust_decimal::Decimal;

use crate::model::Plan;

/// The largest absolute value accepted for any figure in a plan file.
pub const MAX_ABS: Decimal = Decimal::from_parts(0xA764_0000, 0x0DE0_B6B3, 0, false, 0); // 10^18

/// Every figure above the limit, as (where, value).
pub fn oversized(plan: &Plan) -> Vec<(String, Decimal)> {
    let mut out = Vec::new();
    let mut check = |path: String, v: Option<Decimal>| {
        if let Some(v) = v {
            if v.abs() > MAX_ABS {
                out.push((path, v));
            }
        }
    };
    let s = &plan.settings;
    check("settings.execution_alert_pct".into(), Some(s.execution_alert_pct));
    check("settings.rollup_cap_pct".into(), s.rollup_cap_pct);
    for b in &s.bands {
        check(format!("settings.bands ({})", b.id), Some(b.min_pct));
    }
    for (o, _, i) in plan.indicators_in_order() {
        for (k, v) in i.expected.iter().chain(&i.obtained) {
            check(format!("{} › {} › {k}", o.code, i.code), Some(*v));
        }
        check(
            format!("{} › {} › línea de base", o.code, i.code),
            i.baseline.as_ref().map(|b| b.value),
        );
    }
    for o in &plan.objectives {
        let declared = std::iter::once(&o.declared).chain(o.actions.iter().map(|a| &a.declared));
        for d in declared.flatten() {
            check(format!("{} › declared", o.code), d.result_pct);
        }
    }
    let poi = &plan.poi;
    for a in &poi.activities {
        for v in [
            a.physical_programmed,
            a.physical_executed,
            a.financial_programmed,
            a.financial_executed,
        ] {
            check(format!("poi.activities › {}", a.code), v);
        }
    }
    if let Some(t) = &poi.allocation {
        for r in &t.rows {
            check(format!("poi.allocation › {}", r.aei), r.programmed);
        }
        for d in &t.declared_objectives {
            check(format!("poi.allocation › {}", d.oei), d.programmed);
        }
        check(
            "poi.allocation › total".into(),
            t.declared_total.as_ref().and_then(|d| d.amount),
        );
    }
    if let Some(t) = &poi.execution {
        for r in &t.rows {
            check(format!("poi.execution › {}", r.aei), r.financial);
            check(format!("poi.execution › {}", r.aei), r.physical_pct);
        }
        for d in &t.declared_objectives {
            check(format!("poi.execution › {}", d.oei), d.financial);
            check(format!("poi.execution › {}", d.oei), d.physical_pct);
        }
    }
    if let Some(t) = &poi.cost_centres {
        for r in &t.rows {
            for v in [r.programmed, r.executed, r.declared_pct] {
                check(format!("poi.cost_centres › {}", r.name), v);
            }
        }
        if let Some(d) = &t.declared_total {
            for v in [d.programmed, d.executed, d.pct] {
                check("poi.cost_centres › total".into(), v);
            }
        }
    }
    for st in &poi.budget_stages {
        check("poi.budget_stages".into(), st.amount);
    }
    if let Some(d) = &plan.declared {
        check("declared".into(), d.result_pct);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn max_abs_is_ten_to_the_eighteenth() {
        assert_eq!(super::MAX_ABS.to_string(), "1000000000000000000");
    }
}
