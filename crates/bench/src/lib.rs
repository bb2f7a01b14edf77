//! Deterministic synthetic plans, realistic in shape, for benchmarks and scale tests.
//!
//! Same size and seed, same plan, byte for byte: a small linear-congruential generator drives
//! every choice (no clock, no OS randomness), so figures from two runs compare.

use serde_json::{json, Value};

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
}

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

fn money(rng: &mut Lcg) -> String {
    format!("{}.{:02}", rng.below(5_000_000), rng.below(100))
}

/// A plan of `size` as JSON text: mixed directions (some left to inference), ~5 % values missing,
/// a few evaluator verdicts, AO one by one, aggregate tables with stated totals.
pub fn plan_json(size: Size, seed: u64) -> String {
    let mut rng = Lcg(seed ^ 0x5EED_5EED);
    let per_oei = size.actions.div_ceil(size.objectives.max(1)).max(1);
    let mut aei_codes = Vec::new();
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
        }
        let own: Vec<Value> = (0..own_per_oei)
            .map(|_| indicator(&mut rng, &format!("IND.01.{oei}")))
            .collect();
        objectives.push(json!({
            "code": oei, "name": format!("Objetivo estratégico {}", o + 1), "priority": o + 1,
            "responsible": format!("Gerencia {}", o % 12 + 1), "indicators": own, "actions": actions
        }));
    }
    let cc = |i: u64| format!("03.{:02}.{:02}", i / 90 + 1, i % 90 + 1);
    let activities: Vec<Value> = (0..size.activities)
        .map(|i| {
            let aei = &aei_codes[rng.below(aei_codes.len() as u64) as usize];
            let prog = rng.below(100) + 1;
            json!({
                "code": format!("AOI{:011}", i + 1), "name": format!("Actividad {}", i + 1),
                "kind": if rng.below(10) == 0 { "inversion" } else { "actividad_operativa" },
                "aei": aei, "cost_centre": cc(rng.below(size.cost_centres.max(1) as u64)),
                "physical_programmed": prog.to_string(), "physical_executed": rng.below(prog * 13 / 10 + 1).to_string(),
                "financial_programmed": money(&mut rng), "financial_executed": money(&mut rng)
            })
        })
        .collect();
    let cost_centres: Vec<Value> = (0..size.cost_centres as u64)
        .map(|i| json!({"code": cc(i), "name": format!("Centro de costo {}", i + 1)}))
        .collect();
    json!({
        "format_version": 2,
        "entity": {"name": "Gobierno Regional Sintético", "ejecutora_code": "999999", "level": "regional"},
        "plan": {"name": "Plan Estratégico Institucional 2021-2025", "start_year": 2021, "end_year": 2025},
        "evaluation": {"year": 2022, "period": "anual"},
        "objectives": objectives,
        "poi": {
            "activities": activities,
            "cost_centres": {"rows": cost_centres},
            "budget_stages": [{"stage": "pim", "source": "SIAF", "amount": money(&mut rng), "investments": 40, "total": size.activities}]
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
        let n: usize = plan
            .objectives
            .iter()
            .map(|o| o.indicators.len() + o.actions.iter().map(|a| a.indicators.len()).sum::<usize>())
            .sum();
        assert_eq!(n, Size::SMALL.indicators);
        assert_eq!(plan.poi.activities.len(), Size::SMALL.activities);
        let ev = semaforo_engine::evaluate(&plan, Default::default());
        assert!(ev.institution.result_pct.is_some());
        assert!(ev
            .indicators
            .iter()
            .any(|i| i.status == semaforo_engine::Status::SinInformacion));
    }
}
