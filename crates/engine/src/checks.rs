//! Consistency diagnostics: every place where the plan contradicts itself or a stated figure
//! differs from the computed one. Both figures are always given.

use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;

use crate::budget::{cost_centre_key, Budget, FigureSource};
use crate::decimal_util::pct_or_not_calculable as pct_text;
use crate::decimal_util::{fmt_amount, fmt_pct, fmt_plain, pct, stated_matches, sum};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::direction::{self, DirectionSource};
use crate::evaluation::Evaluation;
use crate::indicator_eval::Status;
use crate::light;
use crate::model::Plan;
use crate::sorting;
use crate::unit_range;

/// Diagnostics that obtained values decide (and the settings'): they change when a value is typed.
pub fn run(plan: &Plan, ev: &Evaluation) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    settings(plan, &mut out);
    indicator_values(plan, ev, &mut out);
    declared_results(plan, ev, &mut out);
    objectives_without_own_indicators(plan, &mut out);
    out
}

/// Under "OEI indicators only", an OEI with none of its own gets no result: say so.
fn objectives_without_own_indicators(plan: &Plan, out: &mut Vec<Diagnostic>) {
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

/// Diagnostics about the plan's structure (repeated codes included), the indicators' targets and
/// directions, the POI and its budget tables: they do not depend on obtained values, so an app can keep them while only values are typed.
pub fn run_budget(plan: &Plan, budget: &Budget) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicates(plan, &mut out);
    indicator_targets(plan, &mut out);
    structure(plan, &mut out);
    poi_duplicates(plan, &mut out);
    allocation_table(plan, budget, &mut out);
    execution_table(plan, budget, &mut out);
    cost_centre_table(plan, budget, &mut out);
    activities(plan, &mut out);
    stages(plan, &mut out);
    out
}

fn warn(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Warning, path, msg)
}

fn error(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Error, path, msg)
}

fn info(code: Code, path: impl Into<String>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(code, Severity::Info, path, msg)
}

fn settings(plan: &Plan, out: &mut Vec<Diagnostic>) {
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
fn dup_check<'a>(
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

fn duplicates(plan: &Plan, out: &mut Vec<Diagnostic>) {
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
fn poi_duplicates(plan: &Plan, out: &mut Vec<Diagnostic>) {
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

fn valid_year_key(k: &str) -> bool {
    k.len() == 4 && k.parse::<i32>().is_ok()
}

fn valid_period_key(k: &str) -> bool {
    valid_year_key(k) || matches!(k.split_once('-'), Some((y, s)) if valid_year_key(y) && (s == "S1" || s == "S2"))
}

/// An indicator's own settings, targets, baseline and direction: none depends on obtained
/// values, so these are kept while values are typed (they run with the POI's checks).
fn indicator_targets(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (o, action, ind) in plan.indicators_in_order() {
        // Paths are written only for an indicator with something to say.
        let path = || match action {
            None => format!("{}/{}", o.code, ind.code),
            Some(a) => format!("{}/{}/{}", o.code, a.code, ind.code),
        };
        let code = &ind.code;
        if !(1..=3).contains(&ind.relevance) {
            out.push(error(
                Code::InvalidSetting,
                path(),
                format!(
                    "{code}: relevancia {} no válida; debe ser 1 (muy relevante), 2 (relevante) o 3 (menos relevante).",
                    ind.relevance
                ),
            ));
        }
        for k in ind.expected.keys().filter(|k| !valid_period_key(k)) {
            out.push(error(
                Code::InvalidSetting,
                path(),
                format!("{code}: la meta «{k}» no corresponde a un año ni a un semestre (se espera por ejemplo \"2022\" o \"2022-S1\")."),
            ));
        }
        let values = ind
            .expected
            .iter()
            .map(|(k, v)| ("logro esperado", k.clone(), *v))
            .chain(
                ind.baseline
                    .iter()
                    .map(|b| ("línea de base", b.year.to_string(), b.value)),
            );
        for (what, k, v) in values {
            if let Some(why) = unit_range::check(ind.unit, v) {
                out.push(error(
                    Code::ValueOutOfRange,
                    path(),
                    format!("{code}, {what} {k}: {why}."),
                ));
            }
        }
        let direction = direction::resolve(ind);
        match direction.source {
            DirectionSource::Declared => {}
            DirectionSource::Inferred => out.push(info(
                Code::DirectionInferred,
                path(),
                format!("{code}: {}", direction.reason()),
            )),
            DirectionSource::Undetermined => out.push(warn(
                Code::DirectionUndetermined,
                path(),
                format!("{code}: {}", direction.reason()),
            )),
        }
        if ind.verdict.as_ref().is_some_and(|v| v.justification.trim().is_empty()) {
            out.push(error(
                Code::VerdictWithoutJustification,
                path(),
                format!("{code}: el juicio del evaluador no tiene justificación escrita; es obligatoria."),
            ));
        }
    }
}

/// What obtained values decide: their periods and ranges, missing figures, and evaluator
/// verdicts the numbers contradict.
fn indicator_values(plan: &Plan, ev: &Evaluation, out: &mut Vec<Diagnostic>) {
    for ((_, _, ind), res) in plan.indicators_in_order().zip(&ev.indicators) {
        // Written only for an indicator with something to say.
        let path = || res.path();
        let code = &ind.code;
        for k in ind.obtained.keys().filter(|k| !valid_period_key(k)) {
            out.push(error(Code::InvalidSetting, path(), format!("{code}: el periodo «{k}» del valor obtenido no es válido (se espera \"2022\", \"2022-S1\" o \"2022-S2\").")));
        }
        for (k, v) in &ind.obtained {
            if let Some(why) = unit_range::check(ind.unit, *v) {
                out.push(error(
                    Code::ValueOutOfRange,
                    path(),
                    format!("{code}, valor obtenido {k}: {why}."),
                ));
            }
        }
        for n in &res.notes {
            let d = if n.kind.is_gap() { warn } else { info };
            out.push(d(Code::IncompleteSeries, path(), format!("{code}: {}", n.text)));
        }
        match res.computed_status {
            Status::SinInformacion => out.push(warn(
                Code::MissingObtained,
                path(),
                format!("{code}: {}", res.status_reason()),
            )),
            Status::NoCalculable if res.expected.is_none() => out.push(warn(
                Code::MissingExpected,
                path(),
                format!("{code}: {}", res.status_reason()),
            )),
            _ => {}
        }
        if let Some(v) = ind.verdict.as_ref().filter(|v| v.applies_to(&ev.cutoff)) {
            let computed_met = match res.computed_status {
                Status::Met => Some(true),
                Status::NotMet => Some(false),
                _ => None,
            };
            if computed_met != Some(v.met) {
                let said = if v.met { "cumplió" } else { "no cumplió" };
                let numbers = match (res.obtained, res.expected) {
                    (Some(o), Some(e)) => format!(
                        "obtenido {} frente a esperado {} ({}, avance {})",
                        o.normalize(),
                        e.normalize(),
                        res.direction.direction_word(),
                        crate::decimal_util::pct_or_not_calculable(res.advance_pct)
                    ),
                    _ => res.status_reason(),
                };
                out.push(
                    warn(Code::VerdictDiffers, path(), format!("{code}: el evaluador dice que {said}, pero los números dicen «{}»: {numbers}. Justificación: «{}».", res.computed_status.label(), v.justification))
                        .figures(said, res.computed_status.label()),
                );
            }
        }
    }
}

/// Does the POI give this AEI any AO, from any source?
fn poi_counts(plan: &Plan) -> Option<HashMap<&str, u32>> {
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

fn structure(plan: &Plan, out: &mut Vec<Diagnostic>) {
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

/// A stated percentage that differs from the computed one: a warning, unless the source merely
/// truncated instead of rounding (then a note, so real differences stand out).
fn pct_mismatch(
    path: String,
    what: String,
    stated: Decimal,
    computed: Option<Decimal>,
    detail: String,
) -> Option<Diagnostic> {
    if computed.is_some_and(|c| stated_matches(stated, c)) {
        return None;
    }
    let truncated = computed.is_some_and(|c| c.trunc_with_scale(stated.scale()) == stated);
    let (severity, tail) = if truncated {
        (
            Severity::Info,
            " El documento trunca el decimal en lugar de redondearlo.",
        )
    } else {
        (Severity::Warning, "")
    };
    Some(
        Diagnostic::new(
            Code::DeclaredPctMismatch,
            severity,
            path,
            format!(
                "{what}: el documento declara {} %, {detail} da {}.{tail}",
                fmt_plain(stated),
                pct_text(computed)
            ),
        )
        .figures(format!("{} %", fmt_plain(stated)), pct_text(computed)),
    )
}

fn declared_results(plan: &Plan, ev: &Evaluation, out: &mut Vec<Diagnostic>) {
    let groups = plan.objectives.iter().map(|o| (&o.code, &o.declared)).chain(
        plan.objectives
            .iter()
            .flat_map(|o| o.actions.iter().map(|a| (&a.code, &a.declared))),
    );
    for (code, declared) in groups {
        let Some(d) = declared else { continue };
        let Some(g) = ev.objective(code).or_else(|| ev.action(code)) else {
            continue;
        };
        let src = d.source.as_deref().map(|s| format!(" ({s})")).unwrap_or_default();
        if let Some(stated) = d.result_pct {
            let ok = g.result_pct.is_some_and(|c| stated_matches(stated, c));
            if !ok {
                out.push(
                    warn(
                        Code::DeclaredResultMismatch,
                        &g.path,
                        format!(
                            "{code}: el documento declara {} %{src}, el cálculo da {} ({}).",
                            fmt_plain(stated),
                            pct_text(g.result_pct),
                            g.met_sentence()
                        ),
                    )
                    .figures(format!("{} %", fmt_plain(stated)), pct_text(g.result_pct)),
                );
            }
        }
        let counts = [
            (d.indicators_total, g.indicators_total, "indicadores en total"),
            (d.indicators_met, g.indicators_met, "indicadores que cumplieron"),
            (
                d.indicators_not_met,
                g.indicators_not_met,
                "indicadores que no cumplieron",
            ),
        ];
        for (stated, computed, what) in counts {
            if let Some(s) = stated {
                if s != computed {
                    out.push(
                        warn(
                            Code::DeclaredResultMismatch,
                            &g.path,
                            format!("{code}: el documento declara {s} {what}{src}; el plan tiene {computed}."),
                        )
                        .figures(s.to_string(), computed.to_string()),
                    );
                }
            }
        }
    }

    let Some(d) = &plan.declared else { return };
    let inst = &ev.institution;
    let src = d.source.as_deref().map(|s| format!(" ({s})")).unwrap_or_default();
    if let Some(stated) = d.result_pct {
        if !inst.result_pct.is_some_and(|c| stated_matches(stated, c)) {
            let rounded: Vec<Decimal> = ev
                .objectives
                .iter()
                .filter_map(|o| o.result_pct.map(|r| crate::decimal_util::round(r, 0)))
                .collect();
            let hint = match crate::decimal_util::mean(&rounded) {
                Some(m) if stated_matches(stated, m) => format!(" La cifra declarada coincide con el promedio de los resultados ya redondeados a enteros ({}), no con el de los valores exactos.", fmt_pct(m)),
                _ => String::new(),
            };
            out.push(
                warn(
                    Code::DeclaredInstitutionMismatch,
                    "institución",
                    format!(
                        "Resultado institucional: el documento declara {} %{src}, el cálculo da {}.{hint}",
                        fmt_plain(stated),
                        pct_text(inst.result_pct)
                    ),
                )
                .figures(format!("{} %", fmt_plain(stated)), pct_text(inst.result_pct)),
            );
        }
    }
    for (id, stated) in &d.light_counts {
        let computed = inst.objective_lights.get(id).copied().unwrap_or(0);
        if *stated != computed {
            out.push(
                warn(
                    Code::DeclaredLightCountMismatch,
                    "institución",
                    format!("Semáforo «{id}»: el documento declara {stated} OEI{src}, el cálculo da {computed}."),
                )
                .figures(stated.to_string(), computed.to_string()),
            );
        }
    }
    let oei_level: Vec<_> = ev.indicators.iter().filter(|i| i.action.is_none()).collect();
    let oei_met = oei_level.iter().filter(|i| i.status == Status::Met).count() as u32;
    let oei_total = oei_level.len() as u32;
    let pairs = [
        (d.objective_indicators_total, oei_total, "indicadores de nivel OEI"),
        (
            d.objective_indicators_met,
            oei_met,
            "indicadores de nivel OEI que cumplieron",
        ),
    ];
    for (stated, computed, what) in pairs {
        if let Some(s) = stated {
            if s != computed {
                let met_codes: Vec<&str> = oei_level
                    .iter()
                    .filter(|i| i.status == Status::Met)
                    .map(|i| i.code.as_str())
                    .collect();
                out.push(
                    warn(
                        Code::DeclaredResultMismatch,
                        "institución",
                        format!(
                            "El documento declara {s} {what}{src}; el cálculo da {computed} (cumplieron: {}).",
                            if met_codes.is_empty() {
                                "ninguno".to_string()
                            } else {
                                met_codes.join(", ")
                            }
                        ),
                    )
                    .figures(s.to_string(), computed.to_string()),
                );
            }
        }
    }
}

fn amount_mismatch(code: Code, path: String, what: String, stated: Decimal, computed: Decimal) -> Option<Diagnostic> {
    if stated_matches(stated, computed) {
        return None;
    }
    let diff = computed.checked_sub(stated).map(fmt_amount).unwrap_or_default();
    Some(
        warn(
            code,
            path,
            format!(
                "{what}: el documento declara S/ {}, la suma de sus filas da S/ {} (diferencia {diff}).",
                fmt_amount(stated),
                fmt_amount(computed)
            ),
        )
        .figures(fmt_amount(stated), fmt_amount(computed)),
    )
}

fn count_mismatch(code: Code, path: String, what: String, stated: u32, computed: u32) -> Option<Diagnostic> {
    (stated != computed).then(|| {
        warn(
            code,
            path,
            format!("{what}: el documento declara {stated} AO/inversiones, la suma de sus filas da {computed}."),
        )
        .figures(stated.to_string(), computed.to_string())
    })
}

fn allocation_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
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
            rows.iter().filter_map(|r| r.ao_count).sum::<u32>(),
            sum(rows.iter().filter_map(|r| r.programmed)).unwrap_or_default(),
        )
    };
    let mut declared_sum_amount = Vec::new();
    let mut declared_sum_count = 0u32;
    for d in &t.declared_objectives {
        let (n, amount) = row_sum(&d.oei);
        let path = format!("poi.allocation/{}", d.oei);
        if let Some(s) = d.ao_count {
            declared_sum_count += s;
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
    let all_rows_count: u32 = t.rows.iter().filter_map(|r| r.ao_count).sum();
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

fn execution_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
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

/// Cost-centre codes are dot-separated groups of two digits ("03.08.04").
fn well_formed_cc(code: &str) -> bool {
    !code.is_empty()
        && code
            .split('.')
            .all(|g| g.len() == 2 && g.bytes().all(|b| b.is_ascii_digit()))
}

fn cost_centre_table(plan: &Plan, budget: &Budget, out: &mut Vec<Diagnostic>) {
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
    let rows_count: u32 = t.rows.iter().filter_map(|r| r.ao_count).sum();
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
fn cost_centres_against_activities(
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

fn activities(plan: &Plan, out: &mut Vec<Diagnostic>) {
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

fn stages(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let list = &plan.poi.budget_stages;
    for s in list {
        let src = s.source.as_deref().unwrap_or("sin fuente");
        let path = format!("poi.budget_stages/{}", s.stage.label());
        if let (Some(a), Some(i), Some(t)) = (s.activities, s.investments, s.total) {
            if a + i != t {
                out.push(
                    warn(
                        Code::StageCountMismatch,
                        &path,
                        format!(
                            "{} ({src}): {a} AO + {i} inversiones = {}, pero se declaran {t} en total.",
                            s.stage.label(),
                            a + i
                        ),
                    )
                    .figures(t.to_string(), (a + i).to_string()),
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
