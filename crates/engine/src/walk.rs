//! *Paso a paso*: how an OEI's or the institution's result is reached, as a sequence of steps a
//! trainer walks on a projector: the data, each verdict and why, the roll-up, and the light with
//! its band. Every sentence comes from the same evaluation the other screens show, so what is
//! taught is what is computed.

use crate::decimal_util::{fmt_pct, fmt_plain};
use crate::light::{self, Light};
use crate::model::Plan;
use crate::rollup::GroupResult;
use crate::Evaluation;

/// A table on a step, with at most one row marked (e.g. the band the result falls in).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StepTable {
    pub heads: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub marked: Option<usize>,
}

/// One step: a heading, what to say, and optionally a table and a figure shown large.
#[derive(Debug, Clone, PartialEq)]
pub struct WalkStep {
    pub heading: String,
    pub lines: Vec<String>,
    pub table: Option<StepTable>,
    /// The figure the step arrives at, with its light.
    pub figure: Option<(String, Light)>,
}

/// The steps for one OEI or for the institution.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk {
    /// "OEI.01 Promover …" or "Institución".
    pub subject: String,
    pub steps: Vec<WalkStep>,
}

/// The walk from an OEI's indicators to its result and light; `None` for a code the evaluation
/// does not have.
pub fn objective(plan: &Plan, ev: &Evaluation, code: &str) -> Option<Walk> {
    let group = ev.objective(code)?;
    let members = ev.members(group);
    let mut steps = Vec::with_capacity(members.len() + 3);
    let count = members.len();
    steps.push(WalkStep {
        heading: "1. Los indicadores y sus datos".into(),
        lines: vec![format!(
            "El resultado de {} se calcula con {} {}. Para cada uno: qué se esperaba lograr en {} y qué se obtuvo.",
            group.code,
            count,
            if count == 1 { "indicador" } else { "indicadores" },
            ev.cutoff
        )],
        table: Some(StepTable {
            heads: vec!["Indicador", "Sentido", "Logro esperado", "Valor obtenido"],
            rows: members
                .iter()
                .map(|i| {
                    vec![
                        format!("{} {}", i.code, i.name),
                        i.direction.hint().to_string(),
                        plain(i.expected),
                        plain(i.obtained),
                    ]
                })
                .collect(),
            marked: None,
        }),
        figure: None,
    });
    for (n, i) in members.iter().enumerate() {
        let mut lines = i.explanation(plan);
        if let Some(a) = i.advance_pct {
            lines.insert(0, format!("Avance: {}.", fmt_pct(a)));
        }
        steps.push(WalkStep {
            heading: format!("2.{} ¿Cumplió {}? {}", n + 1, i.code, i.status.label()),
            lines,
            table: None,
            figure: Some((i.status.label().to_string(), i.light.clone())),
        });
    }
    steps.push(rollup_step(group, &plan.settings.bands));
    steps.push(light_step(&plan.settings.bands, &group.light, group.result_pct));
    Some(Walk {
        subject: format!("{} {}", group.code, group.name),
        steps,
    })
}

/// The walk from the OEI results to the institution's figure and light.
pub fn institution(plan: &Plan, ev: &Evaluation) -> Walk {
    let bands = &plan.settings.bands;
    let inst = &ev.institution;
    let data = WalkStep {
        heading: "1. Los objetivos y sus resultados".into(),
        lines: vec![format!(
            "El resultado institucional parte del resultado de cada uno de los {} OEI, cada uno calculado con sus indicadores.",
            ev.objectives.len()
        )],
        table: Some(StepTable {
            heads: vec!["Objetivo", "Resultado", "Semáforo"],
            rows: ev
                .objectives
                .iter()
                .map(|o| {
                    vec![
                        format!("{} {}", o.code, o.name),
                        o.result_pct.map(fmt_pct).unwrap_or_else(|| "—".into()),
                        format!("{} {}", o.light.symbol, o.light.label),
                    ]
                })
                .collect(),
            marked: None,
        }),
        figure: None,
    };
    let shown = pct_text(inst.result_pct);
    let rollup = WalkStep {
        heading: "2. Del resultado de cada OEI al institucional".into(),
        lines: vec![inst.explanation.clone()],
        table: None,
        figure: Some((shown, inst.light.clone())),
    };
    Walk {
        subject: "Institución".into(),
        steps: vec![data, rollup, light_step(bands, &inst.light, inst.result_pct)],
    }
}

fn rollup_step(group: &GroupResult, bands: &[crate::model::Band]) -> WalkStep {
    // The group's explanation ends with why it got its light, which is the next step's subject.
    let light_text = light::explain(bands, &group.light, group.result_pct);
    let how = group
        .explanation
        .strip_suffix(&light_text)
        .unwrap_or(&group.explanation)
        .trim_end()
        .to_string();
    let mut lines = vec![how];
    if let Some(note) = &group.result_note {
        lines.push(format!("Sin resultado: {note}."));
    }
    WalkStep {
        heading: format!("3. El resultado de {}", group.code),
        lines,
        table: None,
        figure: Some((pct_text(group.result_pct), group.light.clone())),
    }
}

fn light_step(bands: &[crate::model::Band], light: &Light, pct: Option<rust_decimal::Decimal>) -> WalkStep {
    let legend = light::legend(bands);
    let marked = legend.iter().position(|(l, _)| l.id == light.id);
    WalkStep {
        heading: "Último paso: el semáforo y su banda".into(),
        lines: vec![light::explain(bands, light, pct)],
        table: Some(StepTable {
            heads: vec!["Semáforo", "Resultado"],
            rows: legend
                .into_iter()
                .map(|(l, range)| vec![format!("{} {}", l.symbol, l.label), range])
                .collect(),
            marked,
        }),
        figure: Some((pct_text(pct), light.clone())),
    }
}

fn plain(x: Option<rust_decimal::Decimal>) -> String {
    x.map(fmt_plain).unwrap_or_else(|| "sin información".into())
}

fn pct_text(x: Option<rust_decimal::Decimal>) -> String {
    x.map(fmt_pct).unwrap_or_else(|| "sin resultado".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::{evaluate, load_plan, Options};

    fn ilo() -> (Plan, Evaluation) {
        let plan = load_plan(ILO_2022).expect("Ilo loads");
        let ev = evaluate(&plan, Options::default());
        (plan, ev)
    }

    #[test]
    fn an_oei_walks_from_its_six_indicators_to_its_result_and_light() {
        let (plan, ev) = ilo();
        let walk = objective(&plan, &ev, "OEI.01").expect("OEI.01");
        let group = ev.objective("OEI.01").expect("OEI.01");
        let members = ev.members(group);
        // Data, one verdict per indicator, the roll-up, the light.
        assert_eq!(walk.steps.len(), members.len() + 3);
        let data = walk.steps[0].table.as_ref().expect("a table of data");
        assert_eq!(data.rows.len(), members.len());
        assert_eq!(data.rows[0][0], format!("{} {}", members[0].code, members[0].name));
        for (step, i) in walk.steps[1..=members.len()].iter().zip(members) {
            assert!(step.heading.contains(&i.code), "{}", step.heading);
            assert!(step.heading.ends_with(i.status.label()));
            assert_eq!(step.lines, {
                let mut l = i.explanation(&plan);
                if let Some(a) = i.advance_pct {
                    l.insert(0, format!("Avance: {}.", fmt_pct(a)));
                }
                l
            });
        }
        let rollup = &walk.steps[members.len() + 1];
        assert_eq!(rollup.figure.as_ref().map(|f| f.0.as_str()), Some("16.67 %"));
        assert!(
            rollup.lines[0].contains("Porcentaje de indicadores que cumplieron: 1 de 6 = 16.67 %"),
            "{:?}",
            rollup.lines
        );
        assert!(!rollup.lines[0].contains("Semáforo"), "the light is the next step's");
        let last = walk.steps.last().expect("a light step");
        assert_eq!(
            last.figure.as_ref().map(|f| f.1.id.as_ref()),
            Some(group.light.id.as_ref())
        );
        let bands = last.table.as_ref().expect("the bands");
        let marked = bands.marked.expect("its band is marked");
        assert!(bands.rows[marked][0].ends_with(group.light.label.as_ref()));
        assert_eq!(
            last.lines,
            vec![light::explain(&plan.settings.bands, &group.light, group.result_pct)]
        );
    }

    #[test]
    fn the_institution_walks_from_the_oei_results_to_its_figure() {
        let (plan, ev) = ilo();
        let walk = institution(&plan, &ev);
        assert_eq!(walk.steps.len(), 3);
        assert_eq!(
            walk.steps[0].table.as_ref().map(|t| t.rows.len()),
            Some(ev.objectives.len())
        );
        assert_eq!(walk.steps[1].figure.as_ref().map(|f| f.0.as_str()), Some("40.11 %"));
        assert!(walk.steps[2].table.as_ref().and_then(|t| t.marked).is_some());
    }

    #[test]
    fn an_unknown_objective_has_no_walk() {
        let (plan, ev) = ilo();
        assert!(objective(&plan, &ev, "OEI.99").is_none());
    }

    #[test]
    fn an_oei_without_a_result_says_why_and_stays_grey() {
        let plan = crate::examples::ilo_without_values();
        let ev = evaluate(&plan, Options::default());
        let walk = objective(&plan, &ev, "OEI.01").expect("OEI.01");
        let rollup = &walk.steps[walk.steps.len() - 2];
        assert_eq!(rollup.figure.as_ref().map(|f| f.0.as_str()), Some("sin resultado"));
        let last = walk.steps.last().expect("light");
        assert!(last.figure.as_ref().is_some_and(|f| f.1.is_grey()));
        assert_eq!(
            last.table.as_ref().and_then(|t| t.marked),
            Some(last.table.as_ref().map_or(0, |t| t.rows.len() - 1))
        );
    }
}
