//! The cost-centre table: codes, execution above the alert, totals, and against the AO.

use super::*;

/// Cost-centre codes are dot-separated groups of two digits ("03.08.04").
pub(super) fn well_formed_cc(code: &str) -> bool {
    !code.is_empty()
        && code
            .split('.')
            .all(|g| g.len() == 2 && g.bytes().all(|b| b.is_ascii_digit()))
}

pub(super) fn cost_centre_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
    let Some(t) = &plan.poi.cost_centres else {
        return;
    };
    let title = t.title.clone().unwrap_or_else(|| "Tabla de centros de costo".into());
    let alert = plan.settings.execution_alert_pct;
    for (i, r) in t.rows.iter().enumerate() {
        let key = cost_centre_key(r.code.as_deref(), i);
        let path = format!("poi.cost_centres/{key}");
        let who = format!("{title}, {key} {}", r.name);
        match r.code.as_deref() {
            None | Some("") => out.push(warn(
                Code::MissingCode,
                &path,
                format!("{who}: la fila no tiene código de centro de costo."),
            )),
            Some(c) if !well_formed_cc(c) => out.push(warn(
                Code::MalformedCode,
                &path,
                format!("{who}: el código «{c}» no sigue el formato de grupos de dos dígitos (p. ej. «03.11.03.04»)."),
            )),
            _ => {}
        }
        let executed = r.executed.unwrap_or_default();
        let programmed = r.programmed.unwrap_or_default();
        if programmed.is_zero() && !executed.is_zero() {
            out.push(warn(
                Code::AmountWithoutBase,
                &path,
                format!(
                    "{who}: S/ {} ejecutados sin monto programado; no se puede calcular un porcentaje.",
                    fmt_amount(executed)
                ),
            ));
        }
        if r.ao_count.is_none() && !programmed.is_zero() {
            out.push(info(
                Code::AmountWithoutBase,
                &path,
                format!("{who}: S/ {} programados sin número de AO.", fmt_amount(programmed)),
            ));
        }
        let computed = pct(executed, programmed);
        if let Some(c) = computed {
            if c > alert {
                out.push(warn(
                    Code::ExecutionAboveThreshold,
                    &path,
                    format!(
                        "{who}: ejecución de {} (S/ {} de S/ {}), por encima del umbral de alerta de {} %.",
                        fmt_pct(c),
                        fmt_amount(executed),
                        fmt_amount(programmed),
                        fmt_plain(alert)
                    ),
                ));
            }
        }
        if let Some(s) = r.declared_pct {
            out.extend(pct_mismatch(
                path,
                format!("{who}, ejecución"),
                s,
                computed,
                format!("S/ {} ÷ S/ {}", fmt_amount(executed), fmt_amount(programmed)),
            ));
        }
    }
    cost_centres_against_activities(t, &title, budget, out);
    let Some(total) = &t.declared_total else {
        return;
    };
    let rows_count = crate::decimal_util::count_sum(t.rows.iter().filter_map(|r| r.ao_count));
    let rows_programmed = sum(t.rows.iter().filter_map(|r| r.programmed)).unwrap_or_default();
    let rows_executed = sum(t.rows.iter().filter_map(|r| r.executed)).unwrap_or_default();
    let path = || "poi.cost_centres/total".to_string();
    if let Some(s) = total.ao_count {
        out.extend(count_mismatch(
            Code::DeclaredTotalMismatch,
            path(),
            format!("{title}, total"),
            s,
            rows_count,
        ));
    }
    if let Some(s) = total.programmed {
        out.extend(amount_mismatch(
            Code::DeclaredTotalMismatch,
            path(),
            format!("{title}, total programado"),
            s,
            rows_programmed,
        ));
    }
    if let Some(s) = total.executed {
        out.extend(amount_mismatch(
            Code::DeclaredTotalMismatch,
            path(),
            format!("{title}, total ejecutado"),
            s,
            rows_executed,
        ));
    }
    if let Some(s) = total.pct {
        let c = pct(rows_executed, rows_programmed);
        let from_stated = match (total.executed, total.programmed) {
            (Some(x), Some(p)) => pct(x, p),
            _ => None,
        };
        if !c.is_some_and(|c| stated_matches(s, c)) {
            let also = from_stated
                .map(|f| format!(" Con los propios totales declarados daría {}.", fmt_pct(f)))
                .unwrap_or_default();
            out.push(
                warn(Code::DeclaredPctMismatch, path(), format!("{title}, total: el documento declara {} % de ejecución; la suma de las filas da {} (S/ {} ÷ S/ {}).{also}", fmt_plain(s), pct_text(c), fmt_amount(rows_executed), fmt_amount(rows_programmed)))
                    .figures(format!("{} %", fmt_plain(s)), pct_text(c)),
            );
        }
    }
}

/// With AO one by one as well, the table must agree with them.
pub(super) fn cost_centres_against_activities(
    t: &crate::model::CostCentreTable,
    title: &str,
    budget: &Budget,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(cc) = budget
        .cost_centres
        .as_ref()
        .filter(|c| c.source == FigureSource::Activities)
    {
        for line in &cc.rows {
            let Some(row) = t.rows.iter().find(|r| r.code.as_deref() == line.code.as_deref()) else {
                continue;
            };
            if let (Some(s), Some(c)) = (row.programmed, line.programmed) {
                if !stated_matches(s, c) {
                    out.push(
                        warn(
                            Code::AggregateMismatch,
                            format!("poi.cost_centres/{}", line.key),
                            format!(
                                "{title}, {}: la tabla dice S/ {} programados, las AO suman S/ {}.",
                                line.key,
                                fmt_amount(s),
                                fmt_amount(c)
                            ),
                        )
                        .figures(fmt_amount(s), fmt_amount(c)),
                    );
                }
            }
        }
    }
}
