//! The allocation table (programming per AEI) against its own subtotals and the AO.

use super::*;

pub(super) fn allocation_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
    let Some(t) = &plan.poi.allocation else {
        return;
    };
    let title = t.title.clone().unwrap_or_else(|| "Tabla de asignación".into());
    for r in &t.rows {
        if r.ao_count.is_none() && r.programmed.is_some_and(|p| !p.is_zero()) {
            out.push(warn(
                Code::AmountWithoutBase,
                format!("poi.allocation/{}", r.aei),
                format!(
                    "{title}, {}: tiene S/ {} programados pero el número de AO está en blanco; se cuenta como 0.",
                    r.aei,
                    fmt_amount(r.programmed.unwrap_or_default())
                ),
            ));
        }
    }
    // Subtotals are checked against the table's own rows, whatever source the summary uses.
    let row_sum = |oei: &str| {
        let aeis: BTreeSet<&str> = sorting::btree_set(
            plan.objectives
                .iter()
                .filter(|o| o.code == oei)
                .flat_map(|o| o.actions.iter().map(|a| a.code.as_str())),
        );
        let rows: Vec<_> = t.rows.iter().filter(|r| aeis.contains(r.aei.as_str())).collect();
        (
            crate::decimal_util::count_sum(rows.iter().filter_map(|r| r.ao_count)),
            sum(rows.iter().filter_map(|r| r.programmed)).unwrap_or_default(),
        )
    };
    let mut declared_sum_amount = Vec::new();
    let mut declared_sum_count = 0u32;
    for d in &t.declared_objectives {
        let (n, amount) = row_sum(&d.oei);
        let path = format!("poi.allocation/{}", d.oei);
        if let Some(s) = d.ao_count {
            declared_sum_count = declared_sum_count.saturating_add(s);
            out.extend(count_mismatch(
                Code::DeclaredSubtotalMismatch,
                path.clone(),
                format!("{title}, subtotal de {}", d.oei),
                s,
                n,
            ));
        }
        if let Some(s) = d.programmed {
            declared_sum_amount.push(s);
            out.extend(amount_mismatch(
                Code::DeclaredSubtotalMismatch,
                path,
                format!("{title}, subtotal de {}", d.oei),
                s,
                amount,
            ));
        }
    }
    let Some(total) = &t.declared_total else {
        return;
    };
    let all_rows_count = crate::decimal_util::count_sum(t.rows.iter().filter_map(|r| r.ao_count));
    let all_rows_amount = sum(t.rows.iter().filter_map(|r| r.programmed)).unwrap_or_default();
    if let Some(s) = total.ao_count {
        if let Some(mut d) = count_mismatch(
            Code::DeclaredTotalMismatch,
            "poi.allocation/total".into(),
            format!("{title}, total"),
            s,
            all_rows_count,
        ) {
            if !t.declared_objectives.is_empty() && declared_sum_count != s {
                d.message.push_str(&format!(
                    " Tampoco coincide con la suma de los subtotales por OEI ({declared_sum_count})."
                ));
            }
            out.push(d);
        }
    }
    if let Some(s) = total.amount {
        if let Some(mut d) = amount_mismatch(
            Code::DeclaredTotalMismatch,
            "poi.allocation/total".into(),
            format!("{title}, total"),
            s,
            all_rows_amount,
        ) {
            if let Some(alloc) = &budget.allocation {
                if alloc.source == FigureSource::Table {
                    d.message
                        .push_str(" Las participaciones por OEI se calculan sobre la suma de las filas.");
                }
            }
            if let Some(st) = plan.poi.budget_stages.iter().find(|st| st.amount == Some(s)) {
                d.message.push_str(&format!(
                    " El total declarado es idéntico al monto del {} ({}), no a la suma de esta tabla.",
                    st.stage.label(),
                    st.source.as_deref().unwrap_or("sin fuente")
                ));
            }
            out.push(d);
        }
    }
}
