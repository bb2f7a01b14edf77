//! Deterministic synthetic plans, realistic in shape, for benchmarks and scale tests.
//!
//! Same size and seed, same plan, byte for byte: a small linear-congruential generator drives
//! every choice (no clock, no OS randomness), so figures from two runs compare.

use serde_json::{json, Value};

pub mod measure;

/// How big a plan to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub objectives: usize,
    pub actions: usize,
    pub indicators: usize,
    pub activities: usize,
    pub cost_centres: usize,
}

impl Size {
    pub const SMALL: Size = Size {
        objectives: 9,
        actions: 45,
        indicators: 100,
        activities: 400,
        cost_centres: 40,
    };
    pub const MEDIUM: Size = Size {
        objectives: 20,
        actions: 150,
        indicators: 1_000,
        activities: 5_000,
        cost_centres: 120,
    };
    /// The "a hundred times the Ilo plan": a whole region's consolidated plan.
    pub const LARGE: Size = Size {
        objectives: 50,
        actions: 400,
        indicators: 10_000,
        activities: 50_000,
        cost_centres: 300,
    };
    /// About 20 MB of JSON: the largest consolidated plan the issue expects a browser to open.
    /// More AO than LARGE (the POI detail is what makes real files big), same indicator count.
    pub const XL: Size = Size {
        objectives: 50,
        actions: 400,
        indicators: 10_000,
        activities: XL_ACTIVITIES,
        cost_centres: 300,
    };

    /// The sizes by the names the command line and the wasm benchmark take.
    pub const NAMED: [(&'static str, Size); 4] = [
        ("small", Size::SMALL),
        ("medium", Size::MEDIUM),
        ("large", Size::LARGE),
        ("xl", Size::XL),
    ];

    pub fn by_name(name: &str) -> Option<Size> {
        Size::NAMED.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }
}

/// Chosen so that `plan_json(Size::XL, 1)` is about 20 MB (checked by a test).
const XL_ACTIVITIES: usize = 72_000;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
}

/// An amount in cents, up to five million soles.
fn cents(rng: &mut Lcg) -> u64 {
    rng.below(500_000_000)
}

fn soles(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Now and then (one time in `one_in`) a stated figure that does not add up, as in real reports.
fn misstated(rng: &mut Lcg, cents: u64, one_in: u64) -> u64 {
    if rng.below(one_in) == 0 {
        cents + rng.below(100_000) + 1
    } else {
        cents
    }
}

/// Per-AEI or per-cost-centre sums of the AO: count, programmed and executed cents.
#[derive(Default, Clone, Copy)]
struct Sums {
    count: u32,
    programmed: u64,
    executed: u64,
}

/// A plan of `size` as JSON text: mixed directions (some left to inference), ~5 % values missing,
/// a few evaluator verdicts, AO one by one (a few without their executed amount), and the
/// aggregate tables a report also states (allocation and execution per AEI with objective
/// subtotals, cost centres with totals), which mostly agree with the AO and now and then do not,
/// so the consistency checks have work to do.
pub fn plan_json(size: Size, seed: u64) -> String {
    let mut rng = Lcg(seed ^ 0x5EED_5EED);
    let per_oei = size.actions.div_ceil(size.objectives.max(1)).max(1);
    let mut aei_codes = Vec::new();
    let mut aei_oei = Vec::new();
    let mut objectives = Vec::new();
    // One indicator per objective, the rest spread over the actions as evenly as possible.
    let own_per_oei = usize::from(size.indicators >= size.objectives);
    let for_actions = size.indicators - own_per_oei * size.objectives;
    let mut aei_left = size.actions;
    let mut aei_index = 0usize;
    for o in 0..size.objectives {
        let oei = format!("OEI.{:02}", o + 1);
        let mut actions = Vec::new();
        let n_actions = per_oei.min(aei_left);
        aei_left -= n_actions;
        for a in 0..n_actions {
            let aei = format!("AEI.{:02}.{:02}", o + 1, a + 1);
            let n = for_actions / size.actions.max(1) + usize::from(aei_index < for_actions % size.actions.max(1));
            aei_index += 1;
            let inds: Vec<Value> = (0..n)
                .map(|k| indicator(&mut rng, &format!("IND.{:02}.{aei}", k + 1)))
                .collect();
            actions.push(json!({"code": aei, "name": format!("Acción {aei}"), "priority": a + 1, "indicators": inds}));
            aei_codes.push(aei);
            aei_oei.push(o);
        }
        let own: Vec<Value> = (0..own_per_oei)
            .map(|_| indicator(&mut rng, &format!("IND.01.{oei}")))
            .collect();
        objectives.push(json!({
            "code": oei, "name": format!("Objetivo estratégico {}", o + 1), "priority": o + 1,
            "responsible": format!("Gerencia {}", o % 12 + 1), "indicators": own, "actions": actions
        }));
    }
    let cc = |i: usize| format!("03.{:02}.{:02}", i / 90 + 1, i % 90 + 1);
    let mut by_aei = vec![Sums::default(); aei_codes.len()];
    let mut by_cc = vec![Sums::default(); size.cost_centres.max(1)];
    let activities: Vec<Value> = (0..size.activities)
        .map(|i| {
            let k = rng.below(aei_codes.len() as u64) as usize;
            let c = rng.below(size.cost_centres.max(1) as u64) as usize;
            let prog = rng.below(100) + 1;
            // Execution mostly between 60 % and 110 % of what was programmed, a few far above.
            let programmed = cents(&mut rng);
            let share = if rng.below(50) == 0 { 150 } else { rng.below(51) + 60 };
            let executed = programmed * share / 100;
            let mut ao = json!({
                "code": format!("AOI{:011}", i + 1), "name": format!("Actividad {}", i + 1),
                "kind": if rng.below(10) == 0 { "inversion" } else { "actividad_operativa" },
                "aei": aei_codes[k], "cost_centre": cc(c),
                "physical_programmed": prog.to_string(), "physical_executed": (prog * (rng.below(66) + 50) / 100).to_string(),
                "financial_programmed": soles(programmed)
            });
            let executed = if rng.below(30) == 0 { 0 } else { executed };
            if executed > 0 {
                ao["financial_executed"] = json!(soles(executed));
            }
            for s in [&mut by_aei[k], &mut by_cc[c]] {
                s.count += 1;
                s.programmed += programmed;
                s.executed += executed;
            }
            ao
        })
        .collect();
    let cost_centres: Vec<Value> = (0..size.cost_centres)
        .map(|i| {
            let s = by_cc[i];
            let pct = (s.executed * 100 + s.programmed / 2)
                .checked_div(s.programmed)
                .unwrap_or(0);
            json!({"code": cc(i), "name": format!("Centro de costo {}", i + 1), "ao_count": s.count,
                   "programmed": soles(s.programmed), "executed": soles(misstated(&mut rng, s.executed, 40)),
                   "declared_pct": pct.to_string()})
        })
        .collect();
    let cc_total = by_cc.iter().fold(Sums::default(), |t, s| Sums {
        count: t.count + s.count,
        programmed: t.programmed + s.programmed,
        executed: t.executed + s.executed,
    });
    // The aggregate tables per AEI, and the objective subtotals the source prints under them.
    let mut by_oei = vec![Sums::default(); size.objectives];
    let mut allocation_rows = Vec::new();
    let mut execution_rows = Vec::new();
    for (k, aei) in aei_codes.iter().enumerate() {
        let s = by_aei[k];
        let o = &mut by_oei[aei_oei[k]];
        o.count += s.count;
        o.programmed += s.programmed;
        o.executed += s.executed;
        allocation_rows
            .push(json!({"aei": aei, "ao_count": s.count, "programmed": soles(misstated(&mut rng, s.programmed, 50))}));
        let mut row = json!({"aei": aei, "ao_count": s.count, "financial": soles(s.executed)});
        if rng.below(10) != 0 {
            row["physical_pct"] = json!((rng.below(60) + 60).to_string());
        }
        execution_rows.push(row);
    }
    let allocation_subtotals: Vec<Value> = (0..size.objectives)
        .map(|o| {
            json!({"oei": format!("OEI.{:02}", o + 1), "ao_count": by_oei[o].count,
                        "programmed": soles(misstated(&mut rng, by_oei[o].programmed, 20))})
        })
        .collect();
    let execution_subtotals: Vec<Value> = (0..size.objectives)
        .map(|o| {
            json!({"oei": format!("OEI.{:02}", o + 1), "ao_count": by_oei[o].count,
                        "financial": soles(misstated(&mut rng, by_oei[o].executed, 20))})
        })
        .collect();
    json!({
        "format_version": 2,
        "entity": {"name": "Gobierno Regional Sintético", "ejecutora_code": "999999", "level": "regional"},
        "plan": {"name": "Plan Estratégico Institucional 2021-2025", "start_year": 2021, "end_year": 2025},
        "evaluation": {"year": 2022, "period": "anual"},
        "objectives": objectives,
        "poi": {
            "activities": activities,
            "allocation": {"title": "Asignación por OEI y AEI", "rows": allocation_rows,
                           "declared_objectives": allocation_subtotals,
                           "declared_total": {"ao_count": cc_total.count, "amount": soles(cc_total.programmed)}},
            "execution": {"title": "Ejecución por OEI y AEI", "rows": execution_rows,
                          "declared_objectives": execution_subtotals},
            "cost_centres": {"title": "Ejecución por centro de costo", "rows": cost_centres,
                             "declared_total": {"ao_count": cc_total.count, "programmed": soles(cc_total.programmed),
                                                "executed": soles(cc_total.executed)}},
            "budget_stages": [{"stage": "pim", "source": "SIAF", "amount": soles(cc_total.programmed), "investments": size.activities / 10, "total": size.activities}]
        },
        "declared": {"result_pct": "50"}
    })
    .to_string()
}

fn indicator(rng: &mut Lcg, code: &str) -> Value {
    let unit = ["porcentaje", "porcentaje", "cantidad", "tasa_de_variacion"][rng.below(4) as usize];
    let base = rng.below(60) + 10;
    let step = rng.below(6) as i64 - 2;
    let expected: serde_json::Map<String, Value> = (2021..=2025)
        .map(|y| {
            (
                y.to_string(),
                json!(((base as i64 + step * (y - 2021)).max(0)).to_string()),
            )
        })
        .collect();
    let mut v = json!({"code": code, "name": format!("Indicador {code}"), "unit": unit, "expected": expected,
                       "relevance": rng.below(3) + 1, "baseline": {"year": 2020, "value": base.to_string()}});
    if rng.below(20) != 0 {
        v["obtained"] = json!({"2022": (base + rng.below(30)).saturating_sub(10).to_string()});
    }
    match rng.below(4) {
        0 => v["direction"] = json!("ascendente"),
        1 => v["direction"] = json!("descendente"),
        _ => {}
    }
    if rng.below(50) == 0 {
        v["verdict"] = json!({"met": true, "justification": "Acta de verificación de la unidad."});
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_loadable_at_every_size() {
        assert_eq!(plan_json(Size::SMALL, 7), plan_json(Size::SMALL, 7));
        assert_ne!(plan_json(Size::SMALL, 7), plan_json(Size::SMALL, 8));
        let plan = semaforo_engine::load_plan(&plan_json(Size::SMALL, 1)).unwrap();
        assert_eq!(plan.indicators_in_order().count(), Size::SMALL.indicators);
        assert_eq!(plan.poi.activities.len(), Size::SMALL.activities);
        let ev = semaforo_engine::evaluate(&plan, Default::default());
        assert!(ev.institution.result_pct.is_some());
        assert!(ev
            .indicators
            .iter()
            .any(|i| i.status == semaforo_engine::Status::SinInformacion));
        // Aggregates and AO detail together, with a stated figure that does not add up.
        assert!(plan.poi.allocation.is_some() && plan.poi.execution.is_some());
        assert!(ev.diagnostics.iter().any(|d| d.path.starts_with("poi.")));
    }

    #[test]
    fn mixed_directions_and_missing_values() {
        let text = plan_json(Size::SMALL, 1);
        for needle in ["\"ascendente\"", "\"descendente\"", "\"verdict\""] {
            assert!(text.contains(needle), "{needle}");
        }
        let plan = semaforo_engine::load_plan(&text).unwrap();
        assert!(plan.indicators_in_order().any(|(_, _, i)| i.direction.is_none()));
        assert!(plan.poi.activities.iter().any(|a| a.financial_executed.is_none()));
    }

    #[test]
    fn xl_is_about_twenty_megabytes() {
        let mb = plan_json(Size::XL, 1).len() as f64 / 1e6;
        assert!((19.0..=21.5).contains(&mb), "{mb} MB");
    }
}
