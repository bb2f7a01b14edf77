//! The timed operations, shared by the native benchmark and the wasm one (crates/bench-wasm) so
//! both measure exactly the same work; only the clock differs (`Instant` natively,
//! `performance.now()` in the browser).

use semaforo_engine::indicator_eval::Context;
use semaforo_engine::{evaluate, evaluate_indicators, evaluate_reusing, evaluate_without_values, load_plan, Options};
use serde_json::{json, Value};

/// Median and worst of several runs, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub median: f64,
    pub worst: f64,
}

/// One plan's figures.
#[derive(Debug, Clone)]
pub struct Measurement {
    pub plan: String,
    pub bytes: usize,
    pub indicators: usize,
    pub activities: usize,
    pub runs: usize,
    /// Reading the JSON into a plan, with the loader's own checks (version, limits, field types).
    pub parse: Timing,
    /// The whole evaluation: indicators, roll-ups, budget and every diagnostic (the consistency
    /// checks run inside `evaluate`; there is no separate validation pass).
    pub evaluate: Timing,
    /// What typing an obtained value recomputes (`evaluate_reusing`, the POI's, structure's
    /// and targets' part kept): every indicator, the roll-ups, the diagnostics values decide.
    pub edit: Timing,
    /// The step that decides each indicator's result (`evaluate_indicators`): direction, expected
    /// and obtained values, advance, met / not met, light.
    pub indicators_step: Timing,
    /// Writing the plan back to JSON, as *Guardar el plan en un archivo* and the draft store do.
    pub serialise: Timing,
}

impl Measurement {
    /// Indicators whose results are decided per second (`evaluate_indicators`).
    pub fn indicators_per_s(&self) -> f64 {
        self.indicators as f64 / (self.indicators_step.median / 1000.0)
    }

    /// The same rate through what an edit recomputes, roll-ups and diagnostics included.
    pub fn edit_indicators_per_s(&self) -> f64 {
        self.indicators as f64 / (self.edit.median / 1000.0)
    }

    /// The same rate through the whole evaluation, POI and every check included.
    pub fn evaluate_indicators_per_s(&self) -> f64 {
        self.indicators as f64 / (self.evaluate.median / 1000.0)
    }

    pub fn parse_mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / (self.parse.median / 1000.0)
    }

    pub fn to_json(&self) -> Value {
        json!({
            "plan": self.plan, "bytes": self.bytes, "indicators": self.indicators,
            "activities": self.activities, "runs": self.runs,
            "parse_ms_median": self.parse.median, "parse_ms_worst": self.parse.worst,
            "evaluate_ms_median": self.evaluate.median, "evaluate_ms_worst": self.evaluate.worst,
            "edit_ms_median": self.edit.median, "edit_ms_worst": self.edit.worst,
            "indicators_ms_median": self.indicators_step.median, "indicators_ms_worst": self.indicators_step.worst,
            "edit_indicators_per_s": self.edit_indicators_per_s(),
            "evaluate_indicators_per_s": self.evaluate_indicators_per_s(),
            "serialise_ms_median": self.serialise.median, "serialise_ms_worst": self.serialise.worst,
            "indicators_per_s": self.indicators_per_s(), "parse_mb_per_s": self.parse_mb_per_s(),
        })
    }
}

/// Times `f` `runs` times with the clock `now` (milliseconds).
pub fn time<T>(runs: usize, now: &dyn Fn() -> f64, mut f: impl FnMut() -> T) -> Timing {
    let mut v: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = now();
            std::hint::black_box(f());
            now() - t
        })
        .collect();
    v.sort_by(|a, b| a.total_cmp(b));
    Timing {
        median: v[v.len() / 2],
        worst: v[v.len() - 1],
    }
}

/// Parses, evaluates and serialises `text` `runs` times each. Panics on a plan that does not
/// load: benchmark plans always do.
pub fn measure(plan: &str, text: &str, runs: usize, now: &dyn Fn() -> f64) -> Measurement {
    let loaded = load_plan(text).expect("benchmark plans load");
    let indicators = loaded.indicators_in_order().count();
    Measurement {
        plan: plan.into(),
        bytes: text.len(),
        indicators,
        activities: loaded.poi.activities.len(),
        runs,
        parse: time(runs, now, || load_plan(text)),
        evaluate: time(runs, now, || evaluate(&loaded, Options::default())),
        edit: {
            let part = evaluate_without_values(&loaded);
            time(runs * 2, now, || evaluate_reusing(&loaded, Options::default(), &part))
        },
        indicators_step: {
            let ctx = Context::new(&loaded, loaded.settings.use_evaluator_verdicts);
            time(runs * 2, now, || evaluate_indicators(&loaded, &ctx))
        },
        serialise: time(runs, now, || semaforo_plan_json::to_json(&loaded)),
    }
}

/// The plans the benchmarks know, by name: label, JSON text and how many runs suit its size.
pub fn named_plan(name: &str) -> Option<(String, String, usize)> {
    use crate::{plan_json, Size};
    Some(match name {
        "ilo" => ("Ilo 2022".into(), semaforo_engine::examples::ILO_2022.to_string(), 30),
        "small" => ("sintético S".into(), plan_json(Size::SMALL, 1), 20),
        "medium" => ("sintético M".into(), plan_json(Size::MEDIUM, 1), 10),
        "large" => ("sintético L".into(), plan_json(Size::LARGE, 1), 5),
        "xl" => ("sintético XL".into(), plan_json(Size::XL, 1), 3),
        _ => return None,
    })
}
