//! Compliance of one indicator: advance against the target, advance from the baseline, verdict
//! and light, each with the reason a trainer can read out.

use std::borrow::Cow;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::decimal_util::pct;
use crate::direction::{self, DirectionUsed};
use crate::light::{self, Light};
use crate::model::{Direction, Indicator, Plan};
use crate::series::{self, SeriesNote};
use crate::unit_range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// No obtained value reported: not zero, counted apart.
    SinInformacion,
    /// The figures cannot be compared (no target, value out of range…); the reason says why.
    NoCalculable,
    /// The plan does not declare which way is better and the targets cannot tell: not judged
    /// until the direction is declared.
    SentidoPorDefinir,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Met => "Cumplió",
            Status::NotMet => "No cumplió",
            Status::SinInformacion => "Sin información",
            Status::NoCalculable => "No calculable",
            Status::SentidoPorDefinir => "Sentido por definir",
        }
    }

    /// Heading for a list of indicators in this status: "Cumplieron".
    pub fn heading(self) -> &'static str {
        match self {
            Status::Met => "Cumplieron",
            Status::NotMet => "No cumplieron",
            Status::SinInformacion => "Sin información",
            Status::NoCalculable => "No calculables",
            Status::SentidoPorDefinir => "Con sentido por definir",
        }
    }

    /// Every status, in the order lists show them.
    pub const ALL: [Status; 5] = [
        Status::Met,
        Status::NotMet,
        Status::SinInformacion,
        Status::NoCalculable,
        Status::SentidoPorDefinir,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorResult {
    pub code: String,
    pub name: String,
    /// Code of the OEI it belongs to (directly or through its AEI). Shared by the OEI's
    /// indicators, so evaluating one copies no text.
    pub objective: Arc<str>,
    /// Code of the AEI, when it is an AEI indicator (shared likewise).
    pub action: Option<Arc<str>>,
    pub responsible: Option<String>,
    pub relevance: u8,
    pub direction: DirectionUsed,
    /// Logro esperado compared (summed since the first year for cumulative indicators).
    pub expected: Option<Decimal>,
    /// Valor obtenido compared.
    pub obtained: Option<Decimal>,
    pub baseline: Option<Decimal>,
    /// Advance against the year's target, in full precision; above 100 is kept.
    pub advance_pct: Option<Decimal>,
    /// Why the advance could not be computed.
    pub advance_note: Option<String>,
    /// What the numbers alone say.
    pub computed_status: Status,
    /// What counts: the evaluator's verdict when it applies, else the computed status.
    pub status: Status,
    pub verdict_applied: bool,
    /// The evaluator's justification, when there is a verdict.
    pub verdict_justification: Option<String>,
    pub light: Light,
    pub cumulative: bool,
    /// The indicator's unit, shown with its figures.
    pub unit: crate::model::Unit,
    /// How the figures were made from semesters and past years, when that needed a rule.
    pub notes: Vec<SeriesNote>,
}

/// What every indicator of one evaluation shares, worked out once rather than per indicator.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub use_verdicts: bool,
    /// The period evaluated ("2022", "2022-S1"): verdicts given for another do not count.
    pub cutoff: String,
    lights: light::Lights,
    keys: series::Keys,
}

impl<'a> Context<'a> {
    pub fn new(plan: &'a Plan, use_verdicts: bool) -> Context<'a> {
        Context::with_bands(plan, &plan.settings.bands, use_verdicts)
    }

    /// The context with other bands than the plan's (the *Método* panel's "what if").
    pub fn with_bands(plan: &'a Plan, bands: &[crate::model::Band], use_verdicts: bool) -> Context<'a> {
        Context {
            plan,
            use_verdicts,
            cutoff: plan.cutoff_key(),
            lights: light::Lights::new(bands),
            keys: series::Keys::new(plan),
        }
    }
}

impl Context<'_> {
    /// The plan's lights, made once for the evaluation (roll-ups use them too).
    pub fn lights(&self) -> &light::Lights {
        &self.lights
    }
}

fn advance(dir: Direction, vo: Decimal, le: Decimal) -> Result<Decimal, String> {
    let negative = "hay valores negativos: el cociente no mide el avance; se compara valor con meta";
    match dir {
        Direction::Ascendente => {
            if vo.is_sign_negative() && !vo.is_zero() || le.is_sign_negative() && !le.is_zero() {
                Err(negative.into())
            } else {
                pct(vo, le).ok_or_else(|| "la meta es 0: el avance (obtenido ÷ meta) no se puede calcular".into())
            }
        }
        Direction::Descendente => {
            if vo < Decimal::ZERO || le < Decimal::ZERO {
                Err(negative.into())
            } else if vo.is_zero() {
                // CEPLAN practice: reaching zero on a 'less is better' indicator is full compliance.
                Ok(Decimal::ONE_HUNDRED)
            } else {
                pct(le, vo).ok_or_else(|| "no calculable".into())
            }
        }
        Direction::Maximo => {
            if vo <= le {
                Ok(Decimal::ONE_HUNDRED)
            } else if vo > Decimal::ZERO && le >= Decimal::ZERO {
                pct(le, vo).ok_or_else(|| "no calculable".into())
            } else {
                Err(negative.into())
            }
        }
        Direction::Minimo => {
            if vo >= le {
                Ok(Decimal::ONE_HUNDRED)
            } else if le > Decimal::ZERO && vo >= Decimal::ZERO {
                pct(vo, le).ok_or_else(|| "no calculable".into())
            } else {
                Err(negative.into())
            }
        }
    }
}

fn advance_from_baseline(dir: Direction, vo: Decimal, le: Decimal, lb: Decimal) -> Result<Decimal, String> {
    let (num, den) = match dir {
        Direction::Ascendente | Direction::Minimo => (vo.checked_sub(lb), le.checked_sub(lb)),
        Direction::Descendente | Direction::Maximo => (lb.checked_sub(vo), lb.checked_sub(le)),
    };
    match (num, den) {
        (Some(n), Some(d)) if !d.is_zero() => pct(n, d).ok_or_else(|| "no calculable".into()),
        (Some(_), Some(_)) => Err("la meta es igual a la línea de base: no hay avance que medir".into()),
        _ => Err("no calculable".into()),
    }
}

fn met(dir: Direction, vo: Decimal, le: Decimal) -> bool {
    match dir {
        Direction::Ascendente | Direction::Minimo => vo >= le,
        Direction::Descendente | Direction::Maximo => vo <= le,
    }
}

fn formula(dir: Direction) -> &'static str {
    match dir {
        Direction::Ascendente => "avance = obtenido ÷ esperado × 100",
        Direction::Descendente => "avance = esperado ÷ obtenido × 100 (obtenido 0 cuenta como 100 %)",
        Direction::Maximo => "avance = 100 % si obtenido ≤ máximo; si no, máximo ÷ obtenido × 100",
        Direction::Minimo => "avance = 100 % si obtenido ≥ mínimo; si no, obtenido ÷ mínimo × 100",
    }
}

pub fn evaluate(ind: &Indicator, objective: &Arc<str>, action: Option<&Arc<str>>, ctx: &Context) -> IndicatorResult {
    let dir = direction::resolve(ind);
    let d = dir.direction;
    let inp = series::inputs(ind, ctx.plan, &ctx.keys);
    let use_verdicts = ctx.use_verdicts;

    let range_problem = |v: Decimal, what: &str| {
        unit_range::check(ind.unit, v).map(|why| format!("el valor {what} no es admisible: {why}"))
    };
    let expected = inp.expected.as_ref().ok().copied();
    let obtained = inp.obtained.as_ref().ok().copied();
    let baseline = ind.baseline.as_ref().map(|b| b.value);

    let (computed_status, advance_pct, advance_note) = match (&inp.expected, &inp.obtained) {
        (_, Err(why)) => (Status::SinInformacion, None, Some(why.clone())),
        (Err(why), Ok(_)) => (Status::NoCalculable, None, Some(why.clone())),
        (Ok(_), Ok(_)) if dir.is_undetermined() => (
            Status::SentidoPorDefinir,
            None,
            Some("el plan no declara el sentido y las metas no permiten deducirlo".into()),
        ),
        (Ok(le), Ok(vo)) => {
            let problem = if ind.cumulative {
                None
            } else {
                range_problem(*vo, "obtenido").or_else(|| range_problem(*le, "esperado"))
            };
            if let Some(p) = problem {
                (Status::NoCalculable, None, Some(p))
            } else {
                let status = if met(d, *vo, *le) { Status::Met } else { Status::NotMet };
                match advance(d, *vo, *le) {
                    Ok(a) => (status, Some(a), None),
                    Err(why) => (status, None, Some(why)),
                }
            }
        }
    };

    let verdict = ind.verdict.as_ref().filter(|v| v.applies_to(&ctx.cutoff));
    let verdict_applied = use_verdicts && verdict.is_some();
    let status = match verdict {
        Some(v) if verdict_applied => {
            if v.met {
                Status::Met
            } else {
                Status::NotMet
            }
        }
        _ => computed_status,
    };

    IndicatorResult {
        code: ind.code.clone(),
        name: ind.name.clone(),
        objective: objective.clone(),
        action: action.cloned(),
        responsible: ind.responsible.clone(),
        relevance: ind.relevance,
        direction: dir,
        expected,
        obtained,
        baseline,
        advance_pct,
        advance_note,
        computed_status,
        status,
        verdict_applied,
        verdict_justification: verdict.map(|v| v.justification.clone()),
        light: ctx.lights.for_indicator(status, advance_pct),
        cumulative: ind.cumulative,
        unit: ind.unit,
        notes: inp.notes,
    }
}

impl IndicatorResult {
    /// Advance from the baseline towards the target, or why it cannot be had. Worked out when
    /// asked for (few screens show it), from the figures the result keeps.
    pub fn advance_from_baseline(&self) -> Result<Decimal, Cow<'static, str>> {
        if self.direction.is_undetermined() {
            return Err(Cow::Borrowed("el sentido del indicador está por definir"));
        }
        if self.cumulative {
            // A multi-year sum minus a one-year baseline measures nothing: for a cumulative
            // indicator the advance is what was accumulated against the accumulated target.
            return match (self.expected, self.obtained) {
                (Some(le), Some(vo)) => advance(self.direction.direction, vo, le).map_err(Cow::Owned),
                _ => Err(Cow::Borrowed("faltan la meta o el valor obtenido")),
            };
        }
        match (self.baseline, self.expected, self.obtained) {
            (None, _, _) => Err(Cow::Borrowed("el plan no registra línea de base")),
            (Some(lb), Some(le), Some(vo)) => {
                advance_from_baseline(self.direction.direction, vo, le, lb).map_err(Cow::Owned)
            }
            _ => Err(Cow::Borrowed("faltan la meta o el valor obtenido")),
        }
    }

    /// Where in the plan, as diagnostics name it: `OEI.01/IND.01` or `OEI.01/AEI.01.01/IND.01`.
    /// Written on demand: an evaluation has thousands of indicators and few paths are read.
    pub fn path(&self) -> String {
        match &self.action {
            None => format!("{}/{}", self.objective, self.code),
            Some(a) => format!("{}/{}/{}", self.objective, a, self.code),
        }
    }

    /// Why the numbers give their verdict, in Spanish: "Cumplió: obtenido 55 ≥ esperado 50.",
    /// "Sin información: no se reportó valor obtenido para 2022."
    pub fn status_reason(&self) -> String {
        let note = self.advance_note.as_deref().unwrap_or("");
        match (self.computed_status, self.obtained, self.expected) {
            (Status::SinInformacion, ..) => format!("Sin información: {note}."),
            (Status::NoCalculable, ..) => format!("No calculable: {note}."),
            (Status::SentidoPorDefinir, ..) => format!("Sentido por definir: {note}; declárelo para evaluarlo."),
            (status, Some(vo), Some(le)) => {
                let is_met = status == Status::Met;
                let cmp = match (self.direction.direction, is_met) {
                    (Direction::Ascendente | Direction::Minimo, true) => "≥",
                    (Direction::Ascendente | Direction::Minimo, false) => "<",
                    (Direction::Descendente | Direction::Maximo, true) => "≤",
                    (Direction::Descendente | Direction::Maximo, false) => ">",
                };
                format!(
                    "{}: obtenido {} {} esperado {}.",
                    status.label(),
                    vo.normalize(),
                    cmp,
                    le.normalize()
                )
            }
            (status, ..) => format!("{}.", status.label()),
        }
    }

    /// How the figures were obtained, step by step, in Spanish. Built on demand (the panel is
    /// opened for one indicator at a time), so evaluating a large plan formats no prose.
    pub fn explanation(&self, plan: &Plan) -> Vec<String> {
        let mut out = vec![self.direction.reason().into_owned()];
        if self.cumulative {
            let targets = match crate::edit::indicator(plan, &self.code).map(|i| i.targets) {
                Some(crate::model::TargetSeries::RunningTotal) => {
                    "las metas están escritas como totales acumulados y se toma la del corte, sin sumarlas"
                }
                _ => "las metas de cada año se suman hasta el corte",
            };
            out.push(format!(
                "Indicador acumulado: se suman los valores obtenidos desde el primer año con meta hasta el corte; {targets}. El avance desde la línea de base es también lo acumulado frente a la meta acumulada."
            ));
        }
        out.extend(self.notes.iter().map(|n| n.text.clone()));
        if !self.direction.is_undetermined() {
            out.push(format!("Fórmula: {}.", formula(self.direction.direction)));
        }
        match (self.advance_pct, &self.advance_note) {
            (Some(a), _) => out.push(format!(
                "Avance respecto de la meta: {} (se conserva sobre 100 %).",
                crate::decimal_util::fmt_pct(a)
            )),
            (None, Some(n)) => out.push(format!("Avance no calculable: {n}.")),
            _ => {}
        }
        out.push(format!("Resultado con los números: {}", self.status_reason()));
        let cutoff = plan.cutoff_key();
        let verdict = crate::edit::indicator(plan, &self.code)
            .and_then(|i| i.verdict.as_ref())
            .filter(|v| v.applies_to(&cutoff));
        if let Some(v) = verdict {
            let word = if v.met { "cumplió" } else { "no cumplió" };
            if self.verdict_applied {
                out.push(format!(
                    "Juicio del evaluador aplicado: {word}. Justificación: «{}».",
                    v.justification
                ));
            } else {
                out.push(format!(
                    "Lectura estricta: se ignora el juicio del evaluador ({word}: «{}»).",
                    v.justification
                ));
            }
        }
        let bands = &plan.settings.bands;
        out.push(light::explain_indicator(
            bands,
            &self.light,
            self.status,
            self.advance_pct,
        ));
        out.extend(crate::needed::lines(self, bands));
        out
    }
}
