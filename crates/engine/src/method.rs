//! The method in force for a plan, rule by rule (issue 14): what each rule says, where it comes
//! from, its alternatives and what the institution's figure would be under each. The *Método*
//! panel, the report's annex and `semaforo evaluate --explain` all print this one list.
//!
//! A rule that is a plan setting lists its options, each with the plan's settings as they would
//! be under it (an app applies one as an ordinary, logged and undoable change) and the figure it
//! gives. A rule that is not a setting (the direction of an indicator, the formulas) is listed
//! with its source and no options: it is the same for every plan.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::budget;
use crate::decimal_util::fmt_pct;
use crate::evaluation::roll_up;
use crate::light;
use crate::model::{Band, EmptyAei, MissingValues, ObjectiveScope, Plan, RollupMethod, Settings};

/// One rule of the method.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    /// Stable key ("missing_values"), for tests and the panel's test ids.
    pub key: &'static str,
    /// "Indicadores sin valor reportado".
    pub title: &'static str,
    /// What the plan applies, in a sentence.
    pub in_force: String,
    /// Where the rule in force comes from: CEPLAN, the reference report, or Semáforo's choice and
    /// why.
    pub source: &'static str,
    /// The figure the options are compared on ("Resultado institucional").
    pub figure: Option<&'static str>,
    /// Empty for rules that are not a setting.
    pub options: Vec<RuleOption>,
}

impl Rule {
    /// What an option gives, named: "Resultado institucional: 40.11 %" (or the light counts of
    /// a band choice).
    pub fn option_outcome(&self, o: &RuleOption) -> String {
        match self.figure {
            Some(f) => format!("{f}: {}", o.outcome),
            None => o.outcome.clone(),
        }
    }
}

/// One choice of a rule, as the plan would be under it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleOption {
    pub label: String,
    pub in_force: bool,
    /// The plan's settings with this choice made.
    pub settings: Settings,
    /// The figure under this choice (the institution's result, or its physical execution).
    pub figure_pct: Option<Decimal>,
    /// What changes, for people: "40.11 %" or "OEI: 2 Verde, 2 Naranja, 5 Rojo".
    pub outcome: String,
}

pub fn rollup_label(m: RollupMethod) -> &'static str {
    match m {
        RollupMethod::ShareMet => "Porcentaje de indicadores que cumplieron",
        RollupMethod::WeightedAdvance => "Promedio del avance ponderado por relevancia",
    }
}

pub fn scope_label(s: ObjectiveScope) -> &'static str {
    match s {
        ObjectiveScope::OeiAndAei => "Indicadores del OEI y de sus AEI",
        ObjectiveScope::OeiOnly => "Solo indicadores del OEI (las AEI se evalúan aparte)",
    }
}

pub fn missing_label(m: MissingValues) -> &'static str {
    match m {
        MissingValues::CountedAsNotMet => "Cuentan como no cumplidos",
        MissingValues::LeftOut => "Quedan fuera del cálculo",
    }
}

pub fn verdicts_label(use_them: bool) -> &'static str {
    if use_them {
        "Se aplica el juicio del evaluador (con justificación escrita)"
    } else {
        "Solo los números (lectura estricta)"
    }
}

pub fn cap_label(cap: Option<Decimal>) -> String {
    match cap {
        Some(c) => format!("Cada avance con tope de {}", fmt_pct(c)),
        None => "Sin tope: el sobrecumplimiento cuenta entero".into(),
    }
}

pub fn empty_aei_label(e: EmptyAei) -> &'static str {
    match e {
        EmptyAei::CountedAsZero => "Cuenta como 0 %",
        EmptyAei::LeftOut => "Queda fuera del promedio",
    }
}

/// "Verde desde 75 %, Naranja desde 50 %, Rojo desde 0 %".
pub fn bands_label(bands: &[Band]) -> String {
    if bands.is_empty() {
        return "Sin bandas (todo en gris)".into();
    }
    light::ordered(bands)
        .iter()
        .map(|b| format!("{} desde {}", b.label, fmt_pct(b.min_pct)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The bands a reader of the reference report can deduce from its colours (it does not print
/// them): green at 75.00 % and 85.71 %, orange at 50 % and 60 %, red at 28.57 % and below.
pub fn report_bands() -> Vec<Band> {
    let b = |id: &str, label: &str, min: i64, symbol: &str, colour: &str| Band {
        id: id.into(),
        label: label.into(),
        min_pct: Decimal::from(min),
        symbol: symbol.into(),
        colour: colour.into(),
    };
    vec![
        b("verde", "Verde", 75, "●", "#1b7f3b"),
        b("naranja", "Naranja", 50, "▲", "#c25e00"),
        b("rojo", "Rojo", 0, "■", "#c0392b"),
    ]
}

fn same_bands(a: &[Band], b: &[Band]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.id == y.id && x.label == y.label && x.min_pct == y.min_pct)
}

/// What one choice of settings gives, worked out once per distinct choice.
struct Outcome {
    institution: Option<Decimal>,
    /// "OEI: 2 Verde, 2 Naranja, 5 Rojo; institución Rojo".
    lights: String,
}

fn outcome(plan: &Plan, s: &Settings) -> Outcome {
    let rolled = roll_up(plan, s, s.use_evaluator_verdicts);
    let counts = light::ordered(&s.bands)
        .iter()
        .map(|b| {
            let n = rolled.objectives.iter().filter(|o| *o.light.id == *b.id).count();
            format!("{n} {}", b.label)
        })
        .collect::<Vec<_>>()
        .join(", ");
    let grey = rolled.objectives.iter().filter(|o| o.light.is_grey()).count();
    let grey = if grey > 0 {
        format!(", {grey} sin resultado")
    } else {
        String::new()
    };
    Outcome {
        institution: rolled.institution.result_pct,
        lights: format!("OEI: {counts}{grey}; institución {}", rolled.institution.light.label),
    }
}

fn figure_text(p: Option<Decimal>) -> String {
    p.map(fmt_pct).unwrap_or_else(|| "sin resultado".into())
}

/// One figure a setting moves (the institution's result, its physical execution): as it is now,
/// and how to work it out under other settings.
struct Figure<'a> {
    settings: &'a Settings,
    now: Option<Decimal>,
    under: &'a dyn Fn(&Settings) -> Option<Decimal>,
}

impl Figure<'_> {
    /// Options of a setting: the plan's settings with each value, and the figure under each
    /// (the one in force is the figure already worked out).
    fn options<T: Copy + PartialEq>(
        &self,
        values: &[T],
        now: T,
        label: impl Fn(T) -> String,
        set: impl Fn(&mut Settings, T),
    ) -> Vec<RuleOption> {
        values
            .iter()
            .map(|&v| {
                let mut settings = self.settings.clone();
                set(&mut settings, v);
                let figure = if v == now { self.now } else { (self.under)(&settings) };
                RuleOption {
                    label: label(v),
                    in_force: v == now,
                    settings,
                    figure_pct: figure,
                    outcome: figure_text(figure),
                }
            })
            .collect()
    }
}

/// Every rule in force for `plan`, in the order a trainer explains them.
pub fn rules(plan: &Plan) -> Vec<Rule> {
    let s = &plan.settings;
    let current = outcome(plan, s);
    let institution_under = |st: &Settings| roll_up(plan, st, st.use_evaluator_verdicts).institution.result_pct;
    let institution_figure = Figure {
        settings: s,
        now: current.institution,
        under: &institution_under,
    };
    let institution = Some("Resultado institucional");
    let mut out = Vec::new();

    out.push(Rule {
        key: "rollup",
        title: "Resultado de cada OEI",
        in_force: format!("{}.", rollup_label(s.rollup)),
        source: match s.rollup {
            RollupMethod::ShareMet => "Informe de referencia (Ilo 2022): OEI.01 cumplió 1 de 6 indicadores = 16.67 %. CEPLAN no publica una fórmula de agregación.",
            RollupMethod::WeightedAdvance => "Práctica común de quienes siguen a CEPLAN: peso 4 − relevancia (muy relevante pesa 3). CEPLAN no publica una fórmula de agregación.",
        },
        figure: institution,
        options: institution_figure.options(
            &[RollupMethod::ShareMet, RollupMethod::WeightedAdvance],
            s.rollup,
            |v| rollup_label(v).to_string(),
            |st, v| st.rollup = v,
        ),
    });
    out.push(Rule {
        key: "objective_indicators",
        title: "Indicadores que forman el resultado de un OEI",
        in_force: format!("{}.", scope_label(s.objective_indicators)),
        source: match s.objective_indicators {
            ObjectiveScope::OeiAndAei => "Informe de referencia (Ilo 2022): cada OEI cuenta sus indicadores y los de sus AEI.",
            ObjectiveScope::OeiOnly => "Otro informe real (una entidad nacional) y las tablas de seguimiento de CEPLAN: el OEI se mide con sus propios indicadores; un OEI sin indicadores propios queda sin resultado y con advertencia.",
        },
        figure: institution,
        options: institution_figure.options(
            &[ObjectiveScope::OeiAndAei, ObjectiveScope::OeiOnly],
            s.objective_indicators,
            |v| scope_label(v).to_string(),
            |st, v| st.objective_indicators = v,
        ),
    });
    out.push(Rule {
        key: "missing_values",
        title: "Indicadores sin valor reportado",
        in_force: format!(
            "{}. El indicador se muestra siempre como «Sin información», nunca como 0.",
            missing_label(s.missing_values)
        ),
        source: match s.missing_values {
            MissingValues::CountedAsNotMet => "Informe de referencia, conclusión 7.6: lo no reportado cuenta como cero. Es el valor por defecto de Semáforo porque no reportar nunca debe subir un resultado.",
            MissingValues::LeftOut => "Elección del plan. Advertencia: así, no reportar un indicador puede subir el resultado de su OEI.",
        },
        figure: institution,
        options: institution_figure.options(
            &[MissingValues::CountedAsNotMet, MissingValues::LeftOut],
            s.missing_values,
            |v| missing_label(v).to_string(),
            |st, v| st.missing_values = v,
        ),
    });
    out.push(Rule {
        key: "verdicts",
        title: "Juicio del evaluador",
        in_force: format!("{}.", verdicts_label(s.use_evaluator_verdicts)),
        source: "Elección de Semáforo: el informe de referencia declara cumplimientos que sus números no sostienen; un juicio solo vale con justificación escrita y la lectura estricta se muestra siempre al lado.",
        figure: institution,
        options: institution_figure.options(
            &[true, false],
            s.use_evaluator_verdicts,
            |v| verdicts_label(v).to_string(),
            |st, v| st.use_evaluator_verdicts = v,
        ),
    });
    let cap_now = s.rollup_cap_pct;
    let cap_other = if cap_now.is_some() {
        None
    } else {
        Some(Decimal::ONE_HUNDRED)
    };
    let mut caps = vec![cap_now, cap_other];
    crate::sorting::sort_by_key(&mut caps, |c| c.is_none());
    out.push(Rule {
        key: "cap",
        title: "Tope del avance en el promedio ponderado",
        in_force: format!(
            "{}. Solo cambia el resultado con el promedio ponderado; el avance de cada indicador se muestra siempre entero.",
            cap_label(cap_now)
        ),
        source: "Otro informe real (entidad nacional): avance con tope de 100 %. Elección de Semáforo por defecto: un indicador sobrecumplido no tapa el incumplimiento de otro.",
        figure: institution,
        options: institution_figure.options(
            &caps,
            cap_now,
            cap_label,
            |st, v| st.rollup_cap_pct = v,
        ),
    });

    let mut band_choices: Vec<(String, Vec<Band>)> = vec![
        ("Bandas deducidas del informe de referencia".into(), report_bands()),
        ("Bandas de práctica común".into(), crate::model::default_bands()),
    ];
    if !band_choices.iter().any(|(_, b)| same_bands(b, &s.bands)) {
        band_choices.insert(0, ("Bandas propias del plan".into(), s.bands.clone()));
    }
    out.push(Rule {
        key: "bands",
        title: "Bandas del semáforo",
        in_force: format!(
            "{}. Un color se decide sobre la cifra tal como se imprime (redondeada a 2 decimales): 74.995 % se muestra 75.00 % y toma la banda de 75 %.",
            bands_label(&s.bands)
        ),
        source: "CEPLAN no publica bandas; la práctica común usa verde ≥ 95 % y ámbar ≥ 75 %. El informe de referencia no imprime las suyas: sus colores indican verde ≥ 75 % y naranja ≥ 50 %.",
        figure: None,
        options: band_choices
            .into_iter()
            .map(|(label, bands)| {
                let in_force = same_bands(&bands, &s.bands);
                let mut settings = s.clone();
                settings.bands = bands;
                let o = if in_force {
                    Outcome {
                        institution: current.institution,
                        lights: current.lights.clone(),
                    }
                } else {
                    outcome(plan, &settings)
                };
                RuleOption {
                    label: format!("{label}: {}", bands_label(&settings.bands)),
                    in_force,
                    settings,
                    figure_pct: o.institution,
                    outcome: o.lights,
                }
            })
            .collect(),
    });
    out.push(Rule {
        key: "indicator_lights",
        title: "Color de un indicador",
        in_force: "Primero el resultado, luego el avance: un indicador que cumplió toma la mejor banda; uno que no cumplió toma la banda de su avance pero nunca la mejor (el peor color si no hay avance calculable); sin información, no calculable o con sentido por definir, gris.".into(),
        source: "Elección de Semáforo: un «No cumplió» en verde o un «Cumplió» en rojo contradicen el informe que los imprime.",
        figure: None,
        options: Vec::new(),
    });

    let physical_now = budget::physical_pct(plan, s.aei_without_activities);
    out.push(Rule {
        key: "aei_without_activities",
        title: "Ejecución física de una AEI sin AO ni inversiones",
        in_force: format!(
            "{}. Igual si el POI trae las AO una por una o solo la tabla agregada. Por AO: meta ejecutada ÷ meta programada × 100; por AEI, promedio simple de sus AO; por OEI, promedio simple de sus AEI; la institución, promedio de sus OEI.",
            empty_aei_label(s.aei_without_activities)
        ),
        source: "CEPLAN no publica cómo se agrega la ejecución física. La Tabla 04 del informe de referencia imprime esas AEI con 0 %.",
        figure: Some("Ejecución física institucional"),
        options: Figure {
            settings: s,
            now: physical_now,
            under: &|st| budget::physical_pct(plan, st.aei_without_activities),
        }
        .options(
            &[EmptyAei::CountedAsZero, EmptyAei::LeftOut],
            s.aei_without_activities,
            |v| empty_aei_label(v).to_string(),
            |st, v| st.aei_without_activities = v,
        ),
    });

    for (key, title, in_force, source) in FIXED {
        out.push(Rule {
            key,
            title,
            in_force: in_force.to_string(),
            source,
            figure: None,
            options: Vec::new(),
        });
    }
    out
}

/// Rules that are the same for every plan: (key, title, rule, source).
const FIXED: [(&str, &str, &str, &str); 6] = [
    (
        "institution",
        "Resultado institucional",
        "Promedio simple de los resultados de los OEI que tienen resultado, con todos los decimales; se redondea solo al mostrar. Los OEI sin resultado se nombran aparte.",
        "Informe de referencia: promedio de los nueve OEI (imprime 40.2 %, el promedio de las cifras ya redondeadas; el exacto es 40.11 %).",
    ),
    (
        "direction",
        "Sentido de un indicador",
        "El declarado en el plan. Si no está declarado, se deduce de las metas: si suben, ascendente; si bajan, descendente; si suben y bajan, según la primera y la última. Si se mantienen o vuelven al punto de partida, queda «sentido por definir»: no se juzga y se pide declararlo.",
        "CEPLAN: el sentido se deduce de las metas. Elección de Semáforo para metas planas: deducir «mínimo» invertiría un indicador «no mayor a 17 %».",
    ),
    (
        "advance",
        "Avance de un indicador",
        "Ascendente: obtenido ÷ esperado × 100; descendente: esperado ÷ obtenido × 100 (obtenido 0 cuenta 100 %); máximo y mínimo: 100 % si se respeta el límite. Cumple con avance ≥ 100 %. Con meta 0 o valores negativos se compara valor con meta, sin cociente. El sobrecumplimiento se conserva.",
        "Práctica común de quienes siguen a CEPLAN.",
    ),
    (
        "cumulative",
        "Indicadores acumulados",
        "Se suman los valores de cada año desde la primera meta hasta el corte. Las metas escritas por año se suman; las escritas como total acumulado se toman tal cual. Un año pasado sin valor cuenta 0 (advertencia); un valor en un año sin meta se suma y se nombra; lo reportado antes de la primera meta no se suma. El avance desde la línea de base es el acumulado frente a la meta acumulada.",
        "Práctica común (las fichas escriben metas de las dos formas); el tratamiento de huecos es elección de Semáforo: un hueco no borra el indicador entero.",
    ),
    (
        "semesters",
        "Semestres",
        "El valor del año a partir de sus semestres sigue al indicador: un flujo suma S1 + S2, un stock o tasa toma el último, un promedio promedia; sin declarar, cantidad y número suman y las demás unidades toman el último. Al corte del primer semestre se compara con la meta semestral, o con la anual si no hay (y se dice). Un año con solo el S1 se evalúa con él y dice «solo primer semestre».",
        "Elección de Semáforo; el plan puede declarar la agregación de cada indicador.",
    ),
    (
        "stated",
        "Cifras declaradas en el documento",
        "Una cifra declarada coincide con la calculada si esta, redondeada a los decimales que imprime el documento (mitad lejos de cero), es igual: 100.5 no coincide con un 100 declarado.",
        "Elección de Semáforo: el mismo redondeo con que imprime sus cifras.",
    ),
];

/// The plan's bands with the thresholds a person typed (one per band, in the plan's order),
/// or the first problem, naming the band. Ordering and overlap are checked when the settings are
/// applied.
pub fn bands_from_typed(bands: &[Band], typed: &[String]) -> Result<Vec<Band>, String> {
    use crate::edit::{read_typed_amount, TypedValue};
    let mut out = bands.to_vec();
    for (b, t) in out.iter_mut().zip(typed) {
        match read_typed_amount(t) {
            TypedValue::Accepted { value, .. } => b.min_pct = value,
            TypedValue::Cleared => return Err(format!("Falta el umbral de la banda «{}».", b.label)),
            TypedValue::Refused(why) => return Err(format!("Banda «{}»: {why}", b.label)),
        }
    }
    Ok(out)
}

/// The list as plain lines, for `semaforo evaluate --explain` and the report's annex.
pub fn explain_lines(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    for r in rules(plan) {
        out.push(format!("{}: {}", r.title, r.in_force));
        out.push(format!("  Fuente: {}", r.source));
        if let Some(f) = r.figure {
            out.push(format!("  {f} según la opción:"));
        } else if !r.options.is_empty() {
            out.push("  Opciones:".into());
        }
        for o in &r.options {
            let mark = if o.in_force { "(en uso) " } else { "" };
            out.push(format!("    - {mark}{}: {}", o.label, o.outcome));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, load_plan, Options};

    fn ilo() -> Plan {
        load_plan(crate::examples::ILO_2022).unwrap()
    }

    fn rule<'a>(rules: &'a [Rule], key: &str) -> &'a Rule {
        rules.iter().find(|r| r.key == key).unwrap()
    }

    #[test]
    fn the_option_in_force_gives_the_evaluations_own_figure() {
        let plan = ilo();
        let ev = evaluate(&plan, Options::default());
        let rules = rules(&plan);
        for r in rules.iter().filter(|r| r.figure == Some("Resultado institucional")) {
            let now: Vec<_> = r.options.iter().filter(|o| o.in_force).collect();
            assert_eq!(now.len(), 1, "{}", r.key);
            assert_eq!(now[0].figure_pct, ev.institution.result_pct, "{}", r.key);
            assert_eq!(now[0].settings, plan.settings, "{}", r.key);
        }
    }

    #[test]
    fn every_alternative_predicts_what_the_plan_gives_under_it() {
        let plan = ilo();
        for r in rules(&plan) {
            for o in r.options.iter().filter(|o| !o.in_force) {
                let mut p = plan.clone();
                p.settings = o.settings.clone();
                let ev = evaluate(&p, Options::default());
                let got = match r.figure {
                    Some("Ejecución física institucional") => {
                        ev.budget.execution.as_ref().and_then(|e| e.physical_pct)
                    }
                    _ => ev.institution.result_pct,
                };
                assert_eq!(got, o.figure_pct, "{} / {}", r.key, o.label);
            }
        }
    }

    #[test]
    fn ilo_alternatives_are_the_figures_a_trainer_would_quote() {
        let plan = ilo();
        let rules = rules(&plan);
        let two = |p: Option<Decimal>| p.map(|x| x.round_dp(2).to_string());
        let missing = rule(&rules, "missing_values");
        assert_eq!(missing.options.len(), 2);
        assert_eq!(two(missing.options[0].figure_pct).as_deref(), Some("40.11"));
        let bands = rule(&rules, "bands");
        let in_force = bands.options.iter().find(|o| o.in_force).unwrap();
        assert!(
            in_force.outcome.starts_with("OEI: 2 Verde, 2 Naranja, 5 Rojo"),
            "{}",
            in_force.outcome
        );
        assert!(explain_lines(&plan).iter().any(|l| l.contains("(en uso)")));
    }

    #[test]
    fn typed_thresholds_name_the_band_they_concern() {
        let bands = report_bands();
        let typed = |v: [&str; 3]| v.map(String::from).to_vec();
        let b = bands_from_typed(&bands, &typed(["80", "55,5", "0"])).unwrap();
        assert_eq!(b[1].min_pct, "55.5".parse::<Decimal>().unwrap());
        let e = bands_from_typed(&bands, &typed(["80", "", "0"])).unwrap_err();
        assert!(e.contains("«Naranja»"), "{e}");
        let e = bands_from_typed(&bands, &typed(["80", "50", "-1"])).unwrap_err();
        assert!(e.starts_with("Banda «Rojo»"), "{e}");
    }

    #[test]
    fn a_plan_with_its_own_bands_keeps_them_as_an_option() {
        let mut plan = ilo();
        plan.settings.bands[0].min_pct = Decimal::from(90);
        let rules = rules(&plan);
        let bands = rule(&rules, "bands");
        assert_eq!(bands.options.len(), 3);
        assert!(bands.options[0].in_force && bands.options[0].label.starts_with("Bandas propias"));
    }
}
