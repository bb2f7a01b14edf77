//! Checks of the plan's shape: years and settings, repeated codes, objectives and actions without
//! indicators or AO, codes the POI names that the plan does not have.

use super::*;

pub(super) fn settings(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let p = &plan.plan;
    if p.start_year > p.end_year {
        out.push(error(
            Code::InvalidSetting,
            "plan",
            format!(
                "El periodo del plan empieza en {} y termina en {}: el inicio es posterior al fin.",
                p.start_year, p.end_year
            ),
        ));
    }
    let y = plan.evaluation.year;
    if y < p.start_year || y > p.end_year {
        out.push(warn(
            Code::InvalidSetting,
            "evaluation",
            format!(
                "Se evalúa el año {y}, fuera del periodo del plan ({}-{}).",
                p.start_year, p.end_year
            ),
        ));
    }
    if plan.settings.bands.is_empty() {
        out.push(error(
            Code::InvalidSetting,
            "settings.bands",
            "No hay bandas de semáforo: todo se mostrará en gris.",
        ));
    }
    let mut seen = BTreeSet::new();
    for b in &plan.settings.bands {
        if !seen.insert(b.id.as_str()) || b.id == light::GREY {
            out.push(error(
                Code::InvalidSetting,
                "settings.bands",
                format!("La banda «{}» está repetida o usa un nombre reservado.", b.id),
            ));
        }
    }
}

/// Duplicates in the plan's structure are errors (items become ambiguous); in a source's table
/// they are warnings (the row is kept as printed).
pub(super) fn dup_check<'a>(
    severity: Severity,
    what: &str,
    path: &str,
    codes: impl IntoIterator<Item = &'a str>,
    out: &mut Vec<Diagnostic>,
) {
    // Tens of thousands of AO codes: a hash map, with the first-seen order kept for messages.
    let mut count: HashMap<&str, u32> = std::collections::HashMap::new();
    let mut order = Vec::new();
    for c in codes {
        let n = count.entry(c).or_insert(0);
        if *n == 0 {
            order.push(c);
        }
        *n += 1;
    }
    for c in order {
        if count[c] > 1 {
            out.push(Diagnostic::new(
                Code::DuplicateCode,
                severity,
                format!("{path}/{c}"),
                format!(
                    "El código {c} aparece {} veces en {what}; los códigos deben ser únicos.",
                    count[c]
                ),
            ));
        }
    }
}

pub(super) fn duplicates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    dup_check(
        Severity::Error,
        "los OEI",
        "objectives",
        plan.objectives.iter().map(|o| o.code.as_str()),
        out,
    );
    dup_check(
        Severity::Error,
        "las AEI",
        "objectives",
        plan.objectives.iter().flat_map(|o| &o.actions).map(|a| a.code.as_str()),
        out,
    );
    dup_check(
        Severity::Error,
        "los indicadores",
        "objectives",
        plan.indicators_in_order().map(|(_, _, i)| i.code.as_str()),
        out,
    );
}

/// Repeated codes in the POI: AO, and rows of the source's tables.
pub(super) fn poi_duplicates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    dup_check(
        Severity::Error,
        "las AO e inversiones",
        "poi.activities",
        plan.poi.activities.iter().map(|a| a.code.as_str()),
        out,
    );
    if let Some(t) = &plan.poi.allocation {
        let title = t.title.as_deref().unwrap_or("la tabla de asignación");
        dup_check(
            Severity::Warning,
            &format!("las filas de {title}"),
            "poi.allocation",
            t.rows.iter().map(|r| r.aei.as_str()),
            out,
        );
    }
    if let Some(t) = &plan.poi.execution {
        let title = t.title.as_deref().unwrap_or("la tabla de ejecución");
        dup_check(
            Severity::Warning,
            &format!("las filas de {title}"),
            "poi.execution",
            t.rows.iter().map(|r| r.aei.as_str()),
            out,
        );
    }
    if let Some(t) = &plan.poi.cost_centres {
        dup_check(
            Severity::Warning,
            "los centros de costo",
            "poi.cost_centres",
            t.rows.iter().filter_map(|r| r.code.as_deref()),
            out,
        );
    }
}

/// Does the POI give this AEI any AO, from any source?
pub(super) fn poi_counts(plan: &Plan) -> Option<HashMap<&str, u32>> {
    let poi = &plan.poi;
    if poi.activities.is_empty() && poi.allocation.is_none() && poi.execution.is_none() {
        return None;
    }
    let mut m: HashMap<&str, u32> = crate::budget::ByAei::of(plan)
        .iter()
        .map(|(aei, list)| (aei, list.len() as u32))
        .collect();
    let rows = poi
        .allocation
        .iter()
        .flat_map(|t| t.rows.iter().map(|r| (&r.aei, r.ao_count)))
        .chain(
            poi.execution
                .iter()
                .flat_map(|t| t.rows.iter().map(|r| (&r.aei, r.ao_count))),
        );
    for (aei, n) in rows {
        let e = m.entry(aei.as_str()).or_default();
        *e = (*e).max(n.unwrap_or(0));
    }
    Some(m)
}

pub(super) fn structure(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let counts = poi_counts(plan);
    let mut known_aei = BTreeSet::new();
    for o in &plan.objectives {
        let has_any = !o.indicators.is_empty() || o.actions.iter().any(|a| !a.indicators.is_empty());
        if !has_any {
            out.push(warn(
                Code::NoIndicators,
                &o.code,
                format!(
                    "{} no tiene ningún indicador: su resultado no se puede calcular.",
                    o.code
                ),
            ));
        }
        for a in &o.actions {
            known_aei.insert(a.code.as_str());
            let path = format!("{}/{}", o.code, a.code);
            let Some(counts) = &counts else { continue };
            let n = counts.get(a.code.as_str()).copied().unwrap_or(0);
            if n == 0 && !a.indicators.is_empty() {
                out.push(warn(Code::AeiWithoutActivities, &path, format!("{} tiene {} indicador(es) pero ninguna AO o inversión en el POI: nada en el plan operativo contribuye a su meta.", a.code, a.indicators.len())));
            }
            if n > 0 && a.indicators.is_empty() {
                out.push(warn(
                    Code::AeiWithoutIndicators,
                    &path,
                    format!(
                        "{} tiene {n} AO o inversiones en el POI pero ningún indicador que mida su resultado.",
                        a.code
                    ),
                ));
            }
        }
    }
    let known_oei: BTreeSet<&str> = sorting::btree_set(plan.objectives.iter().map(|o| o.code.as_str()));
    let mut unknown = |path: String, what: String, code: &str| {
        out.push(error(
            Code::UnknownReference,
            path,
            format!("{what} se alinea a {code}, que no existe en el plan."),
        ));
    };
    for a in &plan.poi.activities {
        if !known_aei.contains(a.aei.as_str()) {
            unknown(
                format!("poi.activities/{}", a.code),
                format!("La AO {}", a.code),
                &a.aei,
            );
        }
    }
    // Aggregate tables: their AEI rows and their objective subtotals must name items of the plan.
    let tables: [(&str, &str, Vec<&str>, Vec<&str>); 2] = [
        (
            "poi.allocation",
            "asignación",
            plan.poi
                .allocation
                .iter()
                .flat_map(|t| t.rows.iter().map(|r| r.aei.as_str()))
                .collect(),
            plan.poi
                .allocation
                .iter()
                .flat_map(|t| t.declared_objectives.iter().map(|d| d.oei.as_str()))
                .collect(),
        ),
        (
            "poi.execution",
            "ejecución",
            plan.poi
                .execution
                .iter()
                .flat_map(|t| t.rows.iter().map(|r| r.aei.as_str()))
                .collect(),
            plan.poi
                .execution
                .iter()
                .flat_map(|t| t.declared_objectives.iter().map(|d| d.oei.as_str()))
                .collect(),
        ),
    ];
    for (prefix, name, rows, subtotals) in tables {
        for aei in rows.into_iter().filter(|c| !known_aei.contains(c)) {
            unknown(
                format!("{prefix}/{aei}"),
                format!("Una fila de la tabla de {name}"),
                aei,
            );
        }
        for oei in subtotals.into_iter().filter(|c| !known_oei.contains(c)) {
            unknown(
                format!("{prefix}/{oei}"),
                format!("Un subtotal de la tabla de {name}"),
                oei,
            );
        }
    }
}

/// Under "OEI indicators only", an OEI with none of its own gets no result: say so.
pub(super) fn objectives_without_own_indicators(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.settings.objective_indicators != crate::model::ObjectiveScope::OeiOnly {
        return;
    }
    for o in plan.objectives.iter().filter(|o| o.indicators.is_empty()) {
        out.push(warn(
            Code::ObjectiveWithoutOwnIndicators,
            o.code.as_str(),
            format!(
                "{}: no tiene indicadores propios y el plan calcula el resultado de cada OEI solo con los suyos, así que queda sin resultado (no se toma el de sus AEI). Agregue un indicador de OEI o cambie la regla en Método.",
                o.code
            ),
        ));
    }
}
