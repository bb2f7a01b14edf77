//! The plan file: plain data, exactly as it travels in JSON.
//!
//! Every amount and percentage is a `Decimal`. JSON numbers and JSON strings are both accepted
//! and read exactly (serde_json's `arbitrary_precision` keeps the digits); decimals are written
//! back as strings so no consumer (JavaScript included) rounds them through a float.
//!
//! Unknown fields make the fast read fail; the loader then takes them out, lists them as warnings
//! and keeps going (a file from a newer Semáforo, or a typo the user should see).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The format version this build writes. Version 1 files (before history, provenance and unit
/// assignments) are still read and migrated: version 2 only added optional fields.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The JSON Schema an editor should validate this file against (optional, not used here).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of this file format. This build writes version 2 and reads 1 and 2.
    pub format_version: u32,
    pub entity: Entity,
    pub plan: PlanInfo,
    pub evaluation: EvaluationPeriod,
    #[serde(default)]
    pub settings: Settings,
    /// OEI (objetivos estratégicos institucionales), each with its AEI.
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub poi: Poi,
    /// Institution-wide figures a source document states, kept to be cross-checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<DeclaredInstitution>,
    /// Remarks about the source the engine cannot check by itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_notes: Vec<String>,
    /// The evaluation report's texts written by the planning office.
    #[serde(default, skip_serializing_if = "ReportTexts::is_empty")]
    pub report: ReportTexts,
    /// Set when the planning office sent this file to one unit: that unit's items come first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
    /// Every change to a value, oldest first, each entry chained to the previous by a hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Years closed with *Nuevo ejercicio*, oldest first: what belonged to that year's
    /// evaluation alone, kept as history and not evaluated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub past_years: Vec<PastYear>,
    /// Handed out by a trainer as an exercise: whoever opens it sees the data and answers, and
    /// the computed results stay hidden until they choose to see them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exercise: bool,
}

/// One year closed when the next one was started from its file. Its targets and values stay in
/// the indicators (they hold every year); this keeps the rest of that year's evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PastYear {
    pub year: i32,
    /// The method's rules the year was evaluated under.
    pub settings: Settings,
    /// That year's operational plan: activities, investments and budget tables.
    #[serde(default)]
    pub poi: Poi,
    #[serde(default, skip_serializing_if = "ReportTexts::is_empty")]
    pub report: ReportTexts,
    /// The institution's figures that year's source document stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<DeclaredInstitution>,
    /// The OEI and AEI figures that year's source document stated, by code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub declared_items: BTreeMap<String, DeclaredResult>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_notes: Vec<String>,
}

/// Who a copy of the plan was sent to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sharing {
    /// The unit (as written in the items' `responsible`) this copy is for.
    pub for_unit: String,
}

/// One change to one value. `hash` is the SHA-256 (hex) of the entry's other fields and the
/// previous entry's hash, so rewriting any earlier entry breaks every later link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// Position in the log, from 1.
    pub seq: u64,
    /// When the change was recorded (ISO 8601, UTC).
    pub at: String,
    /// Who recorded it: the person's or unit's name as typed in the app.
    pub by: String,
    /// Which value, e.g. "obtenido/IND.01.OEI.02/2022" (see `field::FieldRef`).
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<Decimal>,
    /// For a change to the plan's structure (a name, a unit, an item added or removed): what it
    /// said before and after, in words. Absent for a change to a figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_text: Option<String>,
    pub origin: Origin,
    /// Hash of the previous entry ("" for the first).
    pub prev: String,
    pub hash: String,
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Origin {
    /// Typed in the app by `by`.
    Typed,
    /// Taken from a unit's file in a merge; `author`/`authored_at` say who entered it there.
    Merged {
        file: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        author: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        authored_at: Option<String>,
        /// The user chose this value among conflicting ones.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        chosen: bool,
        /// The other values proposed for it, not taken (`null`: clearing it). Merging the same
        /// files again does not ask about them again.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rejected: Vec<Option<Decimal>>,
    },
    /// Not a change: the user kept the value on screen against the values units' files proposed
    /// for it (`rejected`), so merging the same files again does not ask again.
    Kept {
        file: String,
        rejected: Vec<Option<Decimal>>,
    },
}

/// Texts of the evaluation report that people write. Generated paragraphs are not stored: only
/// the ones a user edited, keyed by objective code or "institucion".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportTexts {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conclusions: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recommendations: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub improvement_measures: String,
    /// Narrative paragraphs as edited by the user, replacing the generated ones.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub narratives: BTreeMap<String, String>,
}

impl ReportTexts {
    pub fn is_empty(&self) -> bool {
        self == &ReportTexts::default()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub name: String,
    /// Código de unidad ejecutora (e.g. "301498").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ejecutora_code: Option<String>,
    pub level: GovernmentLevel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GovernmentLevel {
    Nacional,
    Regional,
    LocalProvincial,
    LocalDistrital,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanInfo {
    /// e.g. "Plan Estratégico Institucional 2021-2025".
    pub name: String,
    pub start_year: i32,
    pub end_year: i32,
    /// Approving document, e.g. "Resolución de Alcaldía N° 749-2020-MPI".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// Where the figures come from (report, resolution, date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvaluationPeriod {
    pub year: i32,
    #[serde(default)]
    pub period: PeriodKind,
}

/// The cut-off being evaluated within the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    Semestre1,
    #[default]
    Anual,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Traffic-light bands, any order; a figure takes the band with the highest `min_pct` it
    /// reaches. Grey ('sin información') is not a band: it is always there.
    #[serde(default = "default_bands")]
    pub bands: Vec<Band>,
    #[serde(default)]
    pub rollup: RollupMethod,
    /// Whether evaluator verdicts replace the computed met/not-met. `false` is the strict reading.
    #[serde(default = "yes")]
    pub use_evaluator_verdicts: bool,
    /// Executions above this percentage are flagged as implausible.
    #[serde(default = "default_execution_alert")]
    pub execution_alert_pct: Decimal,
    /// In the weighted roll-up each indicator's advance counts at most this much, so that one
    /// over-achiever cannot hide another's shortfall. The raw advance is always kept.
    #[serde(default = "default_rollup_cap")]
    pub rollup_cap_pct: Option<Decimal>,
    /// How an indicator without a reported value counts in a roll-up.
    #[serde(default)]
    pub missing_values: MissingValues,
    /// Which indicators make an OEI's result.
    #[serde(default)]
    pub objective_indicators: ObjectiveScope,
    /// How an AEI with no AO or inversión counts in its OEI's physical execution.
    #[serde(default)]
    pub aei_without_activities: EmptyAei,
}

/// How an AEI that has no AO or inversión counts in its OEI's physical execution, the same
/// whether the plan lists AO one by one or only an aggregate table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmptyAei {
    /// As 0 %: a strategic action with nothing programmed did not advance (the reference
    /// report's Tabla 04 prints such rows as 0 %).
    #[default]
    CountedAsZero,
    /// Left out of the OEI's mean.
    LeftOut,
}

/// How an indicator with no reported value ('sin información') counts in a roll-up. It is
/// always shown as 'sin información', never as 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MissingValues {
    /// Counted as not met (advance 0 in the weighted roll-up): not reporting never raises a
    /// result. The reference report's rule (conclusion 7.6).
    #[default]
    CountedAsNotMet,
    /// Left out of the roll-up and counted apart.
    LeftOut,
}

/// Which indicators make an objective's (OEI) result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ObjectiveScope {
    /// The OEI's own indicators and those of its AEI (the Ilo report).
    #[default]
    OeiAndAei,
    /// The OEI's own indicators only; the AEI are evaluated apart (CEPLAN's follow-up tables).
    OeiOnly,
}

fn yes() -> bool {
    true
}

fn default_execution_alert() -> Decimal {
    Decimal::from(150)
}

fn default_rollup_cap() -> Option<Decimal> {
    Some(Decimal::ONE_HUNDRED)
}

/// CEPLAN's common default: red < 75 %, amber 75 % to < 95 %, green ≥ 95 %.
pub fn default_bands() -> Vec<Band> {
    vec![
        Band::new("verde", "Verde", "95", "●", "#1b7f3b"),
        Band::new("ambar", "Ámbar", "75", "▲", "#b26a00"),
        Band::new("rojo", "Rojo", "0", "■", "#c0392b"),
    ]
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bands: default_bands(),
            rollup: RollupMethod::default(),
            use_evaluator_verdicts: true,
            execution_alert_pct: default_execution_alert(),
            rollup_cap_pct: default_rollup_cap(),
            missing_values: MissingValues::default(),
            objective_indicators: ObjectiveScope::default(),
            aei_without_activities: EmptyAei::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Stable id, e.g. "verde".
    pub id: String,
    /// Word shown next to the colour, e.g. "Verde".
    pub label: String,
    /// Lowest percentage (inclusive) that earns this band.
    pub min_pct: Decimal,
    /// Symbol shown with the colour so it is never the only signal.
    pub symbol: String,
    /// CSS colour.
    pub colour: String,
}

impl Band {
    fn new(id: &str, label: &str, min: &str, symbol: &str, colour: &str) -> Band {
        Band {
            id: id.into(),
            label: label.into(),
            min_pct: min.parse().unwrap_or_default(),
            symbol: symbol.into(),
            colour: colour.into(),
        }
    }
}

/// How indicators roll up to AEI, OEI and the institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RollupMethod {
    /// Share of indicators that met their target (the Ilo report's method).
    #[default]
    ShareMet,
    /// Mean advance weighted by relevance (weight 4 − relevance).
    WeightedAdvance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// e.g. "OEI.01".
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// AEI (acciones estratégicas institucionales).
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<DeclaredResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// e.g. "AEI.01.01".
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<DeclaredResult>,
}

/// What a source document states about an objective's or action's result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_pct: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_total: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_met: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators_not_met: Option<u32>,
    /// Where the statement is, e.g. "Sección OEI.01".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredInstitution {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_pct: Option<Decimal>,
    /// Number of objectives per light id, e.g. {"verde": 2, "naranja": 2, "rojo": 5}.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub light_counts: BTreeMap<String, u32>,
    /// Objective-level indicators (not AEI) stated as total / met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective_indicators_total: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective_indicators_met: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// CEPLAN's seven units of measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Cantidad,
    Numero,
    Porcentaje,
    Ratio,
    Tasa,
    Indice,
    TasaDeVariacion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better.
    Ascendente,
    /// Less is better.
    Descendente,
    /// A ceiling that must not be exceeded.
    Maximo,
    /// A floor that must be reached.
    Minimo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// e.g. "IND.01.AEI.01.01".
    pub code: String,
    pub name: String,
    pub unit: Unit,
    /// Omitted: inferred from the yearly expected values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Cumulative indicators compare sums since the first year; others the value at the cut-off.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cumulative: bool,
    /// How the yearly targets of a cumulative indicator are written: each year's own target
    /// (added up to the cut-off) or already as running totals (never added up).
    #[serde(default, skip_serializing_if = "TargetSeries::is_per_period")]
    pub targets: TargetSeries,
    /// How a year's value is made from its semesters. Omitted: from the unit (cantidad and
    /// número add up; percentages, ratios, rates and indexes take the latest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation: Option<Aggregation>,
    /// 1 very relevant, 2 relevant, 3 less relevant.
    #[serde(default = "default_relevance")]
    pub relevance: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Logro esperado per year: {"2022": "20"}.
    #[serde(default)]
    pub expected: BTreeMap<String, Decimal>,
    /// Valor obtenido per period: {"2022": "10"} or {"2022-S1": "4"}. Absent is 'sin información', never 0.
    #[serde(default)]
    pub obtained: BTreeMap<String, Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// The evaluator's own met/not-met, with the reason written down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<EvaluatorVerdict>,
}

/// How the targets of a cumulative indicator are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TargetSeries {
    /// Each year's target is what that year must add (2021: 10, 2022: 10 → 20 by 2022).
    #[default]
    PerPeriod,
    /// Each year's target is already the total to reach by then (2021: 10, 2022: 20).
    RunningTotal,
}

impl TargetSeries {
    pub fn is_per_period(&self) -> bool {
        *self == TargetSeries::PerPeriod
    }
}

/// How the semester values of one year make that year's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// A flow: S1 + S2 (people trained, licences issued).
    Sum,
    /// A stock or a rate: the latest value (coverage %, anaemia rate).
    Last,
    /// The mean of the semesters reported.
    Mean,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn default_relevance() -> u8 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub year: i32,
    pub value: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvaluatorVerdict {
    pub met: bool,
    /// Required: why the evaluator decided so (a quote from the report, for instance).
    pub justification: String,
    /// The period it was given for ("2022", "2022-S1"); it decides no other. Files written before
    /// verdicts had a period are read as giving it for the period they evaluate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

impl EvaluatorVerdict {
    /// Whether it decides the indicator in the period `cutoff` ("2022", "2022-S1").
    pub fn applies_to(&self, cutoff: &str) -> bool {
        self.period.as_deref().is_none_or(|p| p == cutoff)
    }
}

/// The operational plan: AO by AO, aggregate tables from a source, or both (then cross-checked).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Poi {
    /// Actividades operativas e inversiones, one by one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Programming per AEI when only aggregates are known (e.g. the Ilo report's Tabla 03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation: Option<AllocationTable>,
    /// Physical and financial follow-up per AEI (e.g. Tabla 04).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution: Option<ExecutionTable>,
    /// Centros de costo, with their figures when only aggregates are known (e.g. Tabla 05).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_centres: Option<CostCentreTable>,
    /// POI approved, consistent with PIA, PIM…: one row per stage and source table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget_stages: Vec<BudgetStage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    ActividadOperativa,
    Inversion,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub code: String,
    pub name: String,
    pub kind: ActivityKind,
    /// Code of the AEI it is aligned to.
    pub aei: String,
    /// Unit in charge; when absent, the AEI's (or its OEI's) responsible unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_centre: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_programmed: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_executed: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_programmed: Option<Decimal>,
    /// Devengado.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_executed: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AllocationTable {
    /// Name of the source table, used in messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub rows: Vec<AllocationRow>,
    /// Objective subtotal rows as the source states them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declared_objectives: Vec<DeclaredAllocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_total: Option<DeclaredCountAmount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AllocationRow {
    pub aei: String,
    /// The row's own wording, when it differs from the AEI's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Number of AO and inversiones; absent when the source leaves it blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programmed: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredAllocation {
    pub oei: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programmed: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredCountAmount {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExecutionTable {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub rows: Vec<ExecutionRow>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declared_objectives: Vec<DeclaredExecution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExecutionRow {
    pub aei: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Priority as printed in this row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    /// Seguimiento financiero (amount).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial: Option<Decimal>,
    /// Ejecución física anual (%), as reported for the AEI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredExecution {
    pub oei: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostCentreTable {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub rows: Vec<CostCentre>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_total: Option<DeclaredCostCentreTotal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostCentre {
    /// e.g. "03.08.04"; absent when the source omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// Aggregate figures, when AO are not given one by one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programmed: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executed: Option<Decimal>,
    /// Execution percentage as the source prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredCostCentreTotal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ao_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programmed: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executed: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pct: Option<Decimal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    PoiAprobado,
    PoiConsistentePia,
    Pim,
    Certificacion,
    Compromiso,
    Devengado,
    Girado,
}

impl StageKind {
    /// The stage's name in a report.
    pub fn label(self) -> &'static str {
        match self {
            StageKind::PoiAprobado => "POI aprobado",
            StageKind::PoiConsistentePia => "POI consistente con el PIA",
            StageKind::Pim => "PIM",
            StageKind::Certificacion => "Certificación",
            StageKind::Compromiso => "Compromiso",
            StageKind::Devengado => "Devengado",
            StageKind::Girado => "Girado",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BudgetStage {
    pub stage: StageKind,
    /// Source table, e.g. "Tabla N°01"; the same stage stated in two tables is cross-checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investments: Option<u32>,
    /// Number of AO (without inversiones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<u32>,
    /// Number of AO and inversiones together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
}

impl Plan {
    /// A plan with only these parts: no POI, report, log, past years or declared figures. What
    /// a new plan starts from, and what judging indicators at another period needs.
    pub fn with_parts(
        entity: Entity,
        plan: PlanInfo,
        evaluation: EvaluationPeriod,
        settings: Settings,
        objectives: Vec<Objective>,
    ) -> Plan {
        Plan {
            schema: None,
            format_version: FORMAT_VERSION,
            entity,
            plan,
            evaluation,
            settings,
            objectives,
            poi: Poi::default(),
            declared: None,
            source_notes: Vec::new(),
            report: ReportTexts::default(),
            sharing: None,
            history: Vec::new(),
            past_years: Vec::new(),
            exercise: false,
        }
    }

    /// Every indicator in plan order, each OEI's own first and then each of its AEI's, with the
    /// OEI and AEI it belongs to: the order of `Evaluation::indicators`.
    pub fn indicators_in_order(&self) -> impl Iterator<Item = (&Objective, Option<&Action>, &Indicator)> {
        self.objectives.iter().flat_map(|o| {
            let own = o.indicators.iter().map(move |i| (o, None, i));
            let of_actions = o
                .actions
                .iter()
                .flat_map(move |a| a.indicators.iter().map(move |i| (o, Some(a), i)));
            own.chain(of_actions)
        })
    }

    /// The key of the evaluated cut-off in `obtained` maps: "2022" or "2022-S1".
    pub fn cutoff_key(&self) -> String {
        period_key(self.evaluation.year, self.evaluation.period)
    }
}

pub fn period_key(year: i32, period: PeriodKind) -> String {
    match period {
        PeriodKind::Anual => year.to_string(),
        PeriodKind::Semestre1 => format!("{year}-S1"),
    }
}
