//! Plans for property tests: every field of the plan file, each optional one sometimes present
//! and sometimes not, figures with up to four decimals and some too long for a number cell,
//! texts with accents, quotes, separators and line breaks, and a change log made the way the
//! app makes it. Deterministic from a seed, so a failing case is reproduced by its seed.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use semaforo_engine::field::FieldRef;
use semaforo_engine::history::{record, Stamp};
use semaforo_engine::*;

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "gestión",
    "Año",
    "niños",
    "señor",
    "«índice»",
    "\"comillas\"",
    "a;b",
    "1,5",
    "ÚLTIMO",
    "ejecución",
    "Perú",
    "€",
    "línea\nnueva",
    "tab\tdentro",
    "’apóstrofo’",
    "=SUMA(A1)",
    "-guion",
    "50 %",
    "ñandú",
    "x",
    "S/ 1,200",
];

pub fn text(rng: &mut Rng) -> String {
    let n = rng.range(1, 6);
    let mut words: Vec<&str> = (0..n).map(|_| *rng.pick(WORDS)).collect();
    if rng.chance(10) {
        words.push("fin\r\ncon retorno");
    }
    words.join(" ")
}

pub fn opt_text(rng: &mut Rng) -> Option<String> {
    rng.chance(60).then(|| text(rng))
}

/// Up to four decimals; now and then a figure with more digits than a number cell keeps.
pub fn decimal(rng: &mut Rng, min: i64, max: i64, integer: bool) -> Decimal {
    if !integer && rng.chance(8) {
        // 15+ significant digits: written as text with its exact digits.
        let whole = rng.range(min.max(0), max.min(99_999_999_999));
        let frac = rng.range(1, 9999);
        let d = Decimal::from(whole) + Decimal::new(frac, 4) + Decimal::new(rng.range(1, 9), 9);
        if d <= Decimal::from(max) {
            return d;
        }
    }
    let whole = rng.range(min, max);
    if integer || rng.chance(30) {
        return Decimal::from(whole);
    }
    let scale = rng.range(1, 4) as u32;
    let frac = rng.range(0, 10_i64.pow(scale) - 1);
    let d = Decimal::from(whole) + Decimal::new(if whole < 0 { -frac } else { frac }, scale);
    d.clamp(Decimal::from(min), Decimal::from(max))
}

pub fn amount(rng: &mut Rng) -> Decimal {
    if rng.chance(10) {
        return decimal(rng, 0, 900_000_000_000_000_000, false);
    }
    decimal(rng, 0, 50_000_000, false)
}

pub fn opt_amount(rng: &mut Rng) -> Option<Decimal> {
    rng.chance(70).then(|| amount(rng))
}

pub fn opt_count(rng: &mut Rng) -> Option<u32> {
    rng.chance(60).then(|| rng.range(0, 500) as u32)
}

fn unit_value(rng: &mut Rng, unit: Unit) -> Decimal {
    match unit {
        Unit::Porcentaje => decimal(rng, 0, 100, false),
        Unit::Cantidad | Unit::Numero => decimal(rng, 0, 1_000_000, true),
        Unit::Ratio | Unit::Tasa | Unit::Indice => decimal(rng, 0, 5000, false),
        Unit::TasaDeVariacion => decimal(rng, -100, 300, false),
    }
}

const UNITS: &[Unit] = &[
    Unit::Cantidad,
    Unit::Numero,
    Unit::Porcentaje,
    Unit::Ratio,
    Unit::Tasa,
    Unit::Indice,
    Unit::TasaDeVariacion,
];

fn declared(rng: &mut Rng) -> Option<DeclaredResult> {
    if !rng.chance(40) {
        return None;
    }
    let d = DeclaredResult {
        result_pct: rng.chance(70).then(|| decimal(rng, 0, 100, false)),
        indicators_total: opt_count(rng),
        indicators_met: opt_count(rng),
        indicators_not_met: opt_count(rng),
        source: opt_text(rng),
    };
    Some(if d == DeclaredResult::default() {
        DeclaredResult {
            indicators_total: Some(1),
            ..d
        }
    } else {
        d
    })
}

fn indicator(rng: &mut Rng, code: String, start: i32, end: i32) -> Indicator {
    let unit = *rng.pick(UNITS);
    let mut expected = BTreeMap::new();
    for y in (start - 1)..=(end + 1) {
        if rng.chance(55) {
            expected.insert(y.to_string(), unit_value(rng, unit));
        }
    }
    let mut obtained = BTreeMap::new();
    for y in start..=end {
        for key in [y.to_string(), format!("{y}-S1"), format!("{y}-S2")] {
            if rng.chance(25) {
                obtained.insert(key, unit_value(rng, unit));
            }
        }
    }
    let cumulative = rng.chance(30);
    Indicator {
        code,
        name: text(rng),
        unit,
        direction: rng.chance(60).then(|| {
            *rng.pick(&[
                Direction::Ascendente,
                Direction::Descendente,
                Direction::Maximo,
                Direction::Minimo,
            ])
        }),
        cumulative,
        // Running totals only mean something for a cumulative indicator; now and then one is
        // given anyway, as a plan file may say it.
        targets: if (cumulative && rng.chance(50)) || rng.chance(5) {
            TargetSeries::RunningTotal
        } else {
            TargetSeries::PerPeriod
        },
        aggregation: rng
            .chance(40)
            .then(|| *rng.pick(&[Aggregation::Sum, Aggregation::Last, Aggregation::Mean])),
        relevance: rng.range(1, 3) as u8,
        baseline: rng.chance(50).then(|| Baseline {
            year: rng.range(1990, start as i64) as i32,
            value: unit_value(rng, unit),
        }),
        expected,
        obtained,
        responsible: opt_text(rng),
        source: opt_text(rng),
        notes: opt_text(rng),
        verdict: rng.chance(25).then(|| EvaluatorVerdict {
            met: rng.chance(50),
            justification: text(rng),
            period: None,
        }),
    }
}

fn band_ids(rng: &mut Rng) -> Vec<String> {
    let all = ["verde", "ambar", "naranja", "rojo", "azul"];
    let n = rng.range(1, 4) as usize;
    let skip = rng.below(2) as usize;
    all.iter().skip(skip).take(n).map(|s| s.to_string()).collect()
}

pub fn plan(seed: u64) -> Plan {
    let rng = &mut Rng::new(seed);
    let start = rng.range(2015, 2026) as i32;
    let end = start + rng.range(0, 6) as i32;
    let ids = band_ids(rng);
    let bands: Vec<Band> = ids
        .iter()
        .map(|id| Band {
            id: id.clone(),
            label: text(rng),
            min_pct: decimal(rng, 0, 100, false),
            symbol: rng.pick(&["●", "▲", "■", "◆"]).to_string(),
            colour: format!("#{:06x}", rng.below(0x100_0000)),
        })
        .collect();
    let mut objectives = Vec::new();
    let mut aei_codes = Vec::new();
    for o in 1..=rng.range(1, 4) {
        let oei = format!("OEI.{o:02}");
        let indicators = (1..=rng.range(0, 3))
            .map(|i| indicator(rng, format!("IND.{i:02}.{oei}"), start, end))
            .collect();
        let mut actions = Vec::new();
        for a in 1..=rng.range(0, 3) {
            let aei = format!("AEI.{o:02}.{a:02}");
            aei_codes.push(aei.clone());
            actions.push(Action {
                code: aei.clone(),
                name: text(rng),
                priority: rng.chance(50).then(|| rng.range(1, 20) as u32),
                responsible: opt_text(rng),
                indicators: (1..=rng.range(0, 2))
                    .map(|i| indicator(rng, format!("IND.{i:02}.{aei}"), start, end))
                    .collect(),
                declared: declared(rng),
            });
        }
        objectives.push(Objective {
            code: oei,
            name: text(rng),
            priority: rng.chance(50).then(|| rng.range(1, 20) as u32),
            responsible: opt_text(rng),
            indicators,
            actions,
            declared: declared(rng),
        });
    }
    let oei_codes: Vec<String> = objectives.iter().map(|o| o.code.clone()).collect();
    let some_aei = |rng: &mut Rng| {
        if aei_codes.is_empty() || rng.chance(10) {
            "AEI.99.01".to_string()
        } else {
            rng.pick(&aei_codes).clone()
        }
    };
    let activities = (1..=rng.range(0, 3))
        .map(|n| Activity {
            code: format!("AOI{n:011}"),
            name: text(rng),
            kind: *rng.pick(&[ActivityKind::ActividadOperativa, ActivityKind::Inversion]),
            aei: some_aei(rng),
            responsible: opt_text(rng),
            cost_centre: rng
                .chance(60)
                .then(|| format!("03.{:02}.{:02}", rng.range(1, 20), rng.range(1, 9))),
            physical_unit: opt_text(rng),
            physical_programmed: opt_amount(rng),
            physical_executed: opt_amount(rng),
            financial_programmed: opt_amount(rng),
            financial_executed: opt_amount(rng),
        })
        .collect();
    let allocation = rng.chance(60).then(|| AllocationTable {
        title: opt_text(rng),
        rows: (0..rng.range(1, 4))
            .map(|_| AllocationRow {
                aei: some_aei(rng),
                description: opt_text(rng),
                ao_count: opt_count(rng),
                programmed: opt_amount(rng),
            })
            .collect(),
        declared_objectives: (0..rng.range(0, 3))
            .map(|_| DeclaredAllocation {
                oei: rng.pick(&oei_codes).clone(),
                ao_count: opt_count(rng),
                programmed: opt_amount(rng),
            })
            .collect(),
        declared_total: rng.chance(50).then(|| DeclaredCountAmount {
            ao_count: Some(rng.range(0, 900) as u32),
            amount: opt_amount(rng),
        }),
    });
    let execution = rng.chance(60).then(|| ExecutionTable {
        title: opt_text(rng),
        rows: (0..rng.range(1, 4))
            .map(|_| ExecutionRow {
                aei: some_aei(rng),
                description: opt_text(rng),
                priority: rng.chance(50).then(|| rng.range(1, 9) as u32),
                ao_count: opt_count(rng),
                financial: opt_amount(rng),
                physical_pct: rng.chance(70).then(|| decimal(rng, 0, 300, false)),
            })
            .collect(),
        declared_objectives: (0..rng.range(0, 3))
            .map(|_| DeclaredExecution {
                oei: rng.pick(&oei_codes).clone(),
                priority: rng.chance(50).then(|| rng.range(1, 9) as u32),
                ao_count: opt_count(rng),
                financial: opt_amount(rng),
                physical_pct: rng.chance(70).then(|| decimal(rng, 0, 300, false)),
            })
            .collect(),
    });
    let cost_centres = rng.chance(60).then(|| CostCentreTable {
        title: opt_text(rng),
        rows: (0..rng.range(1, 4))
            .map(|_| CostCentre {
                code: rng.chance(80).then(|| format!("03.{:02}", rng.range(1, 30))),
                name: text(rng),
                responsible: opt_text(rng),
                ao_count: opt_count(rng),
                programmed: opt_amount(rng),
                executed: opt_amount(rng),
                declared_pct: rng.chance(60).then(|| decimal(rng, 0, 400, false)),
            })
            .collect(),
        declared_total: rng.chance(50).then(|| DeclaredCostCentreTotal {
            ao_count: opt_count(rng),
            programmed: opt_amount(rng),
            executed: opt_amount(rng),
            pct: Some(decimal(rng, 0, 200, false)),
        }),
    });
    let stages = [
        StageKind::PoiAprobado,
        StageKind::PoiConsistentePia,
        StageKind::Pim,
        StageKind::Certificacion,
        StageKind::Compromiso,
        StageKind::Devengado,
        StageKind::Girado,
    ];
    let budget_stages = (0..rng.range(0, 3))
        .map(|_| BudgetStage {
            stage: *rng.pick(&stages),
            source: opt_text(rng),
            amount: opt_amount(rng),
            investments: opt_count(rng),
            activities: opt_count(rng),
            total: opt_count(rng),
        })
        .collect();
    let declared = rng.chance(50).then(|| {
        let mut light_counts = BTreeMap::new();
        for id in ids.iter().chain(std::iter::once(&"gris".to_string())) {
            if rng.chance(60) {
                light_counts.insert(id.clone(), rng.range(0, 9) as u32);
            }
        }
        DeclaredInstitution {
            result_pct: Some(decimal(rng, 0, 100, false)),
            light_counts,
            objective_indicators_total: opt_count(rng),
            objective_indicators_met: opt_count(rng),
            source: opt_text(rng),
        }
    });
    let mut narratives = BTreeMap::new();
    for key in oei_codes.iter().map(String::as_str).chain(["institucion"]) {
        if rng.chance(25) {
            narratives.insert(key.to_string(), text(rng));
        }
    }
    let report = ReportTexts {
        context: opt_text(rng).unwrap_or_default(),
        conclusions: opt_text(rng).unwrap_or_default(),
        recommendations: opt_text(rng).unwrap_or_default(),
        improvement_measures: opt_text(rng).unwrap_or_default(),
        narratives,
    };
    let mut plan = Plan {
        schema: rng
            .chance(30)
            .then(|| "https://semaforo.example/plan.schema.json".to_string()),
        format_version: FORMAT_VERSION,
        entity: Entity {
            name: text(rng),
            ejecutora_code: rng.chance(60).then(|| format!("{:06}", rng.range(1, 999_999))),
            level: *rng.pick(&[
                GovernmentLevel::Nacional,
                GovernmentLevel::Regional,
                GovernmentLevel::LocalProvincial,
                GovernmentLevel::LocalDistrital,
            ]),
        },
        plan: PlanInfo {
            name: text(rng),
            start_year: start,
            end_year: end,
            approved_by: opt_text(rng),
            source: opt_text(rng),
        },
        evaluation: EvaluationPeriod {
            year: rng.range(start as i64, end as i64) as i32,
            period: *rng.pick(&[PeriodKind::Anual, PeriodKind::Semestre1]),
        },
        settings: Settings {
            bands,
            rollup: *rng.pick(&[RollupMethod::ShareMet, RollupMethod::WeightedAdvance]),
            use_evaluator_verdicts: rng.chance(70),
            execution_alert_pct: decimal(rng, 0, 400, false),
            rollup_cap_pct: rng.chance(70).then(|| decimal(rng, 0, 300, false)),
            missing_values: *rng.pick(&[MissingValues::CountedAsNotMet, MissingValues::LeftOut]),
            objective_indicators: *rng.pick(&[ObjectiveScope::OeiAndAei, ObjectiveScope::OeiOnly]),
            aei_without_activities: *rng.pick(&[EmptyAei::CountedAsZero, EmptyAei::LeftOut]),
        },
        objectives,
        poi: Poi {
            activities,
            allocation,
            execution,
            cost_centres,
            budget_stages,
        },
        declared,
        source_notes: (0..rng.range(0, 3)).map(|_| text(rng)).collect(),
        report,
        sharing: rng.chance(25).then(|| Sharing { for_unit: text(rng) }),
        history: Vec::new(),
        past_years: Vec::new(),
        exercise: false,
    };
    changes(rng, &mut plan);
    // As a plan read from a file: a workbook's verdicts are given for the period it evaluates.
    semaforo_engine::period::pin_verdicts(&mut plan);
    plan
}

/// A few values typed or merged as the app logs them.
fn changes(rng: &mut Rng, plan: &mut Plan) {
    let targets: Vec<(String, Unit)> = plan
        .indicators_in_order()
        .map(|(_, _, i)| (i.code.clone(), i.unit))
        .collect();
    if targets.is_empty() {
        return;
    }
    let period = plan.cutoff_key();
    for n in 0..rng.range(0, 5) {
        let (code, unit) = rng.pick(&targets).clone();
        let value = rng.chance(85).then(|| unit_value(rng, unit));
        let stamp = Stamp {
            by: text(rng),
            at: format!("2023-0{}-1{}T10:{:02}:00Z", rng.range(1, 9), rng.range(0, 9), n * 7),
        };
        let origin = if rng.chance(50) {
            Origin::Typed
        } else {
            Origin::Merged {
                file: format!("{}.json", text(rng)),
                author: opt_text(rng),
                authored_at: rng.chance(50).then(|| "2023-05-01T08:00:00Z".to_string()),
                chosen: rng.chance(30),
                rejected: if rng.chance(30) {
                    vec![None, Some(Decimal::new(125, 1))]
                } else {
                    Vec::new()
                },
            }
        };
        let field = FieldRef::Obtained {
            indicator: code,
            period: period.clone(),
        };
        record(plan, &field, value, &stamp, origin);
    }
}
