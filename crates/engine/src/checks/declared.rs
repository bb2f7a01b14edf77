//! The results a source document states (per OEI, AEI and for the institution) against the
//! computed ones.

use super::*;

pub(super) fn declared_results(plan: &Plan, ev: &Evaluation, out: &mut Vec<Diagnostic>) {
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
            (d.indicators_total, g.counts.total, "indicadores en total"),
            (d.indicators_met, g.counts.met, "indicadores que cumplieron"),
            (d.indicators_not_met, g.counts.not_met, "indicadores que no cumplieron"),
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
