//! The execution table (follow-up per AEI) against its own subtotals and the AO.

use super::*;

pub(super) fn execution_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
    let Some(t) = &plan.poi.execution else { return };
    let title = t.title.clone().unwrap_or_else(|| "Tabla de ejecución".into());
    let alert = plan.settings.execution_alert_pct;
    for r in &t.rows {
        let path = format!("poi.execution/{}", r.aei);
        if r.ao_count == Some(0) && r.financial.is_some_and(|f| !f.is_zero()) {
            out.push(warn(
                Code::AmountWithoutBase,
                &path,
                format!(
                    "{title}, {}: 0 AO pero S/ {} de seguimiento financiero.",
                    r.aei,
                    fmt_amount(r.financial.unwrap_or_default())
                ),
            ));
        }
        if let Some(p) = r.physical_pct {
            if p > alert {
                out.push(warn(
                    Code::ExecutionAboveThreshold,
                    &path,
                    format!(
                        "{title}, {}: ejecución física de {} %, por encima del umbral de alerta de {} %.",
                        r.aei,
                        fmt_plain(p),
                        fmt_plain(alert)
                    ),
                ));
            }
            if r.ao_count == Some(0) && !p.is_zero() {
                out.push(warn(
                    Code::AmountWithoutBase,
                    &path,
                    format!(
                        "{title}, {}: ejecución física de {} % sin ninguna AO.",
                        r.aei,
                        fmt_plain(p)
                    ),
                ));
            }
        }
        if let Some(prio) = r.priority {
            let plan_prio = plan
                .objectives
                .iter()
                .flat_map(|o| &o.actions)
                .find(|a| a.code == r.aei)
                .and_then(|a| a.priority);
            if let Some(pp) = plan_prio {
                if pp != prio {
                    out.push(info(
                        Code::DeclaredSubtotalMismatch,
                        &path,
                        format!("{title}, {}: prioridad {prio} en la tabla, {pp} en el plan.", r.aei),
                    ));
                }
            }
        }
    }
    let Some(exec) = &budget.execution else {
        return;
    };
    if exec.source != FigureSource::Table {
        return;
    }
    for d in &t.declared_objectives {
        let Some(o) = exec.objectives.iter().find(|o| o.code == d.oei) else {
            continue;
        };
        let path = format!("poi.execution/{}", d.oei);
        let what = format!("{title}, subtotal de {}", d.oei);
        if let Some(s) = d.ao_count {
            out.extend(count_mismatch(
                Code::DeclaredSubtotalMismatch,
                path.clone(),
                what.clone(),
                s,
                o.count,
            ));
        }
        if let Some(s) = d.financial {
            out.extend(amount_mismatch(
                Code::DeclaredSubtotalMismatch,
                path.clone(),
                what.clone(),
                s,
                o.financial,
            ));
        }
        if let Some(s) = d.physical_pct {
            let rows: Vec<String> = o
                .actions
                .iter()
                .map(|a| {
                    format!(
                        "{} {}",
                        a.code,
                        a.physical_pct
                            .map(|p| format!("{} %", fmt_plain(p)))
                            .unwrap_or_else(|| "—".into())
                    )
                })
                .collect();
            out.extend(pct_mismatch(
                path,
                format!("{what}, ejecución física"),
                s,
                o.physical_pct,
                format!("el promedio de sus AEI ({})", rows.join("; ")),
            ));
        }
    }
}
