//! Each AO and investment, and the budget stages.

use super::*;

pub(super) fn activities(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let alert = plan.settings.execution_alert_pct;
    for a in &plan.poi.activities {
        let path = format!("poi.activities/{}", a.code);
        if let (Some(p), Some(x)) = (a.physical_programmed, a.physical_executed) {
            match pct(x, p) {
                Some(v) if v > alert => out.push(warn(
                    Code::ExecutionAboveThreshold,
                    &path,
                    format!(
                        "AO {}: ejecución física de {} ({} de {}), por encima del umbral de {} %.",
                        a.code,
                        fmt_pct(v),
                        x.normalize(),
                        p.normalize(),
                        fmt_plain(alert)
                    ),
                )),
                None if !x.is_zero() => out.push(warn(
                    Code::AmountWithoutBase,
                    &path,
                    format!(
                        "AO {}: meta física ejecutada {} sin meta programada.",
                        a.code,
                        x.normalize()
                    ),
                )),
                _ => {}
            }
        }
        if let (Some(p), Some(x)) = (a.financial_programmed, a.financial_executed) {
            match pct(x, p) {
                Some(v) if v > alert => out.push(warn(
                    Code::ExecutionAboveThreshold,
                    &path,
                    format!(
                        "AO {}: ejecución financiera de {} (S/ {} de S/ {}).",
                        a.code,
                        fmt_pct(v),
                        fmt_amount(x),
                        fmt_amount(p)
                    ),
                )),
                None if !x.is_zero() => out.push(warn(
                    Code::AmountWithoutBase,
                    &path,
                    format!("AO {}: S/ {} ejecutados sin monto programado.", a.code, fmt_amount(x)),
                )),
                _ => {}
            }
        }
    }
    if let Some(t) = &plan.poi.allocation {
        if plan.poi.activities.is_empty() {
            return;
        }
        // Grouped once: a regional plan has hundreds of rows and tens of thousands of AO.
        let by_aei = crate::budget::ByAei::of(plan);
        for r in &t.rows {
            let list = by_aei.get(&r.aei);
            let n = list.len() as u32;
            let amount = sum(list.iter().filter_map(|a| a.financial_programmed)).unwrap_or_default();
            let path = format!("poi.allocation/{}", r.aei);
            if let Some(s) = r.ao_count {
                if s != n {
                    out.push(
                        warn(
                            Code::AggregateMismatch,
                            &path,
                            format!(
                                "{}: la tabla de asignación dice {s} AO, el POI detallado tiene {n}.",
                                r.aei
                            ),
                        )
                        .figures(s.to_string(), n.to_string()),
                    );
                }
            }
            if let Some(s) = r.programmed {
                if !stated_matches(s, amount) {
                    out.push(
                        warn(
                            Code::AggregateMismatch,
                            &path,
                            format!(
                                "{}: la tabla de asignación dice S/ {}, las AO suman S/ {}.",
                                r.aei,
                                fmt_amount(s),
                                fmt_amount(amount)
                            ),
                        )
                        .figures(fmt_amount(s), fmt_amount(amount)),
                    );
                }
            }
        }
    }
}

pub(super) fn stages(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let list = &plan.poi.budget_stages;
    for s in list {
        let src = s.source.as_deref().unwrap_or("sin fuente");
        let path = format!("poi.budget_stages/{}", s.stage.label());
        if let (Some(a), Some(i), Some(t)) = (s.activities, s.investments, s.total) {
            let both = u64::from(a) + u64::from(i);
            if both != u64::from(t) {
                out.push(
                    warn(
                        Code::StageCountMismatch,
                        &path,
                        format!(
                            "{} ({src}): {a} AO + {i} inversiones = {}, pero se declaran {t} en total.",
                            s.stage.label(),
                            both
                        ),
                    )
                    .figures(t.to_string(), both.to_string()),
                );
            }
        }
    }
    for (i, a) in list.iter().enumerate() {
        for b in list.iter().skip(i + 1).filter(|b| b.stage == a.stage) {
            let sa = a.source.as_deref().unwrap_or("una fuente");
            let sb = b.source.as_deref().unwrap_or("otra fuente");
            let path = format!("poi.budget_stages/{}", a.stage.label());
            let name = a.stage.label();
            if let (Some(x), Some(y)) = (a.amount, b.amount) {
                if x != y {
                    out.push(
                        warn(
                            Code::StageConflict,
                            &path,
                            format!("{name}: S/ {} en {sa}, S/ {} en {sb}.", fmt_amount(x), fmt_amount(y)),
                        )
                        .figures(fmt_amount(x), fmt_amount(y)),
                    );
                }
            }
            let counts = [
                (a.investments, b.investments, "inversiones"),
                (a.activities, b.activities, "AO"),
                (a.total, b.total, "AO e inversiones"),
            ];
            for (x, y, what) in counts {
                if let (Some(x), Some(y)) = (x, y) {
                    if x != y {
                        let mut msg = format!("{name}: {x} {what} en {sa}, {y} en {sb}.");
                        if what == "AO e inversiones" && b.activities.is_none() && a.activities == Some(y) {
                            msg.push_str(&format!(" {y} es el número de AO sin inversiones según {sa}."));
                        }
                        out.push(warn(Code::StageConflict, &path, msg).figures(x.to_string(), y.to_string()));
                    }
                }
            }
        }
    }
}
