//! Magnitude limits checked on load, so that no sum the engine makes can overflow.
//!
//! A municipal budget is below 10^12 soles; allowing 10^18 per figure leaves room for any real
//! plan while a sum of ten million such figures still fits a `Decimal` (about 7.9 × 10^28).

use rust_decimal::Decimal;

use crate::model::Plan;

/// The largest absolute value accepted for any figure in a plan file.
pub const MAX_ABS: Decimal = Decimal::from_parts(0xA764_0000, 0x0DE0_B6B3, 0, false, 0); // 10^18

/// [`MAX_ABS`] as a planner reads it.
pub const MAX_ABS_WORDS: &str = "un trillón (1 000 000 000 000 000 000)";

/// Every figure above the limit, as (where, value); the place is a path for
/// [`crate::diagnostic::place`].
pub fn oversized(plan: &Plan) -> Vec<(String, Decimal)> {
    let mut out = Vec::new();
    let s = &plan.settings;
    check(&mut out, Some(s.execution_alert_pct), &|| {
        "settings.execution_alert_pct".into()
    });
    check(&mut out, s.rollup_cap_pct, &|| "settings.rollup_cap_pct".into());
    for b in &s.bands {
        check(&mut out, Some(b.min_pct), &|| format!("settings.bands/{}", b.id));
    }
    for (o, _, i) in plan.indicators_in_order() {
        for (k, v) in &i.expected {
            check(&mut out, Some(*v), &|| format!("{}/{}/meta {k}", o.code, i.code));
        }
        for (k, v) in &i.obtained {
            check(&mut out, Some(*v), &|| {
                format!("{}/{}/valor obtenido {k}", o.code, i.code)
            });
        }
        check(&mut out, i.baseline.as_ref().map(|b| b.value), &|| {
            format!("{}/{}/línea de base", o.code, i.code)
        });
    }
    for o in &plan.objectives {
        let declared = std::iter::once(&o.declared).chain(o.actions.iter().map(|a| &a.declared));
        for d in declared.flatten() {
            check(&mut out, d.result_pct, &|| format!("{}/resultado declarado", o.code));
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
            check(&mut out, v, &|| format!("poi.activities/{}", a.code));
        }
    }
    if let Some(t) = &poi.allocation {
        for r in &t.rows {
            check(&mut out, r.programmed, &|| format!("poi.allocation/{}", r.aei));
        }
        for d in &t.declared_objectives {
            check(&mut out, d.programmed, &|| format!("poi.allocation/{}", d.oei));
        }
        check(&mut out, t.declared_total.as_ref().and_then(|d| d.amount), &|| {
            "poi.allocation/total".into()
        });
    }
    if let Some(t) = &poi.execution {
        for r in &t.rows {
            check(&mut out, r.financial, &|| format!("poi.execution/{}", r.aei));
            check(&mut out, r.physical_pct, &|| format!("poi.execution/{}", r.aei));
        }
        for d in &t.declared_objectives {
            check(&mut out, d.financial, &|| format!("poi.execution/{}", d.oei));
            check(&mut out, d.physical_pct, &|| format!("poi.execution/{}", d.oei));
        }
    }
    if let Some(t) = &poi.cost_centres {
        for r in &t.rows {
            for v in [r.programmed, r.executed, r.declared_pct] {
                check(&mut out, v, &|| format!("poi.cost_centres/{}", r.name));
            }
        }
        if let Some(d) = &t.declared_total {
            for v in [d.programmed, d.executed, d.pct] {
                check(&mut out, v, &|| "poi.cost_centres/total".into());
            }
        }
    }
    for st in &poi.budget_stages {
        check(&mut out, st.amount, &|| "poi.budget_stages".into());
    }
    if let Some(d) = &plan.declared {
        check(&mut out, d.result_pct, &|| "declared".into());
    }
    out
}

/// Adds the value if it is over the limit; the place is only written then (a plan has hundreds of
/// thousands of figures, and formatting each one's place took a tenth of reading a large plan).
fn check(out: &mut Vec<(String, Decimal)>, v: Option<Decimal>, path: &dyn Fn() -> String) {
    if let Some(v) = v {
        // |v| = |mantissa| / 10^scale, so a mantissa within the limit needs no Decimal comparison
        // (which rescales; a plan has hundreds of thousands of figures).
        let small = v.mantissa().unsigned_abs() <= MAX_MANTISSA;
        if !small && v.abs() > MAX_ABS {
            out.push((path(), v));
        }
    }
}

const MAX_MANTISSA: u128 = 1_000_000_000_000_000_000;

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    #[test]
    fn max_abs_is_ten_to_the_eighteenth() {
        assert_eq!(super::MAX_ABS.to_string(), "1000000000000000000");
        assert_eq!(Decimal::from(super::MAX_MANTISSA as i128), super::MAX_ABS);
    }

    #[test]
    fn the_mantissa_shortcut_agrees_with_the_comparison() {
        let over = |v: Decimal| {
            let mut out = Vec::new();
            super::check(&mut out, Some(v), &|| String::new());
            !out.is_empty()
        };
        for (m, scale) in [
            (1_000_000_000_000_000_000i128, 0),
            (1_000_000_000_000_000_001, 0),
            (10_000_000_000_000_000_001, 1),
            (10_000_000_000_000_000_000, 1),
            (123_456_789_012_345_678_901_234, 5),
            (1, 28),
            (-1_000_000_000_000_000_001, 0),
        ] {
            let v = Decimal::from_i128_with_scale(m, scale);
            assert_eq!(over(v), v.abs() > super::MAX_ABS, "{v}");
        }
    }
}
