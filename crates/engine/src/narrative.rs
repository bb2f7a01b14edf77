//! Paragraphs of the evaluation report, generated from the figures in plain Spanish. A user may
//! replace any of them; the edited text is kept in the plan (`report.narratives`).

use crate::decimal_util::fmt_pct;
use crate::evaluation::Evaluation;
use crate::indicator_eval::Status;
use crate::model::Plan;

/// Key of the institution's paragraph in `report.narratives`.
pub const INSTITUTION_KEY: &str = "institucion";

fn count_word(n: u32, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

fn list(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} y {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// "De los 6 indicadores del OEI.01, 1 alcanzó la meta …; no alcanzaron: …".
pub fn objective(ev: &Evaluation, code: &str) -> Option<String> {
    let o = ev.objective(code)?;
    let inds: Vec<_> = ev.indicators.iter().filter(|i| *i.objective == *code).collect();
    let of = |s: Status| -> Vec<String> {
        inds.iter()
            .filter(|i| i.status == s)
            .map(|i| format!("{} ({})", i.code, i.name))
            .collect()
    };
    let met = of(Status::Met);
    let not_met = of(Status::NotMet);
    let mut text = format!(
        "De los {} del {}, {} la meta establecida para el periodo {}",
        count_word(o.counts.total, "indicador", "indicadores"),
        code,
        if o.counts.met == 1 {
            "1 alcanzó".to_string()
        } else {
            format!("{} alcanzaron", o.counts.met)
        },
        ev.cutoff
    );
    if !met.is_empty() {
        text.push_str(&format!(": {}", list(&met)));
    }
    text.push('.');
    if !not_met.is_empty() {
        text.push_str(&format!(" No alcanzaron la meta: {}.", list(&not_met)));
    }
    let apart = of(Status::SinInformacion);
    if !apart.is_empty() {
        text.push_str(&format!(" Sin información: {}.", list(&apart)));
    }
    let no_calc = of(Status::NoCalculable);
    if !no_calc.is_empty() {
        text.push_str(&format!(" No calculables: {}.", list(&no_calc)));
    }
    // Each verdict that overrides the numbers is written as what it says (met or not met) over
    // what the numbers said, so a "no cumplió" is never told as "se considera cumplido".
    let mut overridden: Vec<((Status, Status), Vec<String>)> = Vec::new();
    for i in inds
        .iter()
        .filter(|i| i.verdict_applied && i.status != i.computed_status)
    {
        let key = (i.status, i.computed_status);
        match overridden.iter_mut().find(|(k, _)| *k == key) {
            Some((_, codes)) => codes.push(i.code.clone()),
            None => overridden.push((key, vec![i.code.clone()])),
        }
    }
    for ((status, computed), codes) in &overridden {
        text.push_str(&verdict_sentence(*status, *computed, codes));
    }
    if let Some(r) = o.result_pct {
        text.push_str(&format!(
            " El resultado del objetivo es {} ({}).",
            fmt_pct(r),
            o.light.label.to_lowercase()
        ));
    }
    Some(text)
}

/// " IND.01 se considera cumplido por juicio del evaluador, aunque sus cifras no alcanzan la meta."
fn verdict_sentence(status: Status, computed: Status, codes: &[String]) -> String {
    let one = codes.len() == 1;
    let verb = match (status == Status::Met, one) {
        (true, true) => "se considera cumplido",
        (true, false) => "se consideran cumplidos",
        (false, true) => "se considera no cumplido",
        (false, false) => "se consideran no cumplidos",
    };
    let numbers = match (computed, one) {
        (Status::Met, _) => "sus cifras alcanzan la meta",
        (Status::NotMet, _) => "sus cifras no alcanzan la meta",
        (Status::SinInformacion, true) => "no se reportó su valor obtenido",
        (Status::SinInformacion, false) => "no se reportaron sus valores obtenidos",
        (Status::NoCalculable, _) => "sus cifras no permiten calcularlo",
        (Status::SentidoPorDefinir, _) => "el plan no declara su sentido",
    };
    format!(" {} {verb} por juicio del evaluador, aunque {numbers}.", list(codes))
}

/// The institution's paragraph: its figure, light and the objectives per light.
pub fn institution(plan: &Plan, ev: &Evaluation) -> String {
    let i = &ev.institution;
    let mut text = format!(
        "En {}, la evaluación del {} da un resultado institucional de {}",
        ev.cutoff,
        plan.plan.name,
        crate::decimal_util::pct_or_not_calculable(i.result_pct)
    );
    text.push_str(&format!(
        " ({}), promedio de los resultados de {} OEI.",
        i.light.label.to_lowercase(),
        i.objectives_with_result
    ));
    let counts: Vec<String> = crate::light::ordered(&plan.settings.bands)
        .iter()
        .filter_map(|b| {
            let n = i.objective_lights.get(&b.id).copied().unwrap_or(0);
            (n > 0).then(|| format!("{} en {}", count_word(n, "OEI", "OEI"), b.label.to_lowercase()))
        })
        .collect();
    if !counts.is_empty() {
        text.push_str(&format!(" Según el semáforo: {}.", list(&counts)));
    }
    text.push_str(&format!(
        " De {} indicadores, {} alcanzaron la meta y {} no la alcanzaron",
        i.counts.total, i.counts.met, i.counts.not_met
    ));
    if i.counts.sin_informacion + i.counts.no_calculable > 0 {
        text.push_str(&format!(
            "; {} quedan sin información y {} no son calculables",
            i.counts.sin_informacion, i.counts.no_calculable
        ));
    }
    text.push('.');
    let best = ev
        .objectives
        .iter()
        .filter(|o| o.result_pct.is_some())
        .max_by_key(|o| o.result_pct);
    let worst = ev
        .objectives
        .iter()
        .filter(|o| o.result_pct.is_some())
        .min_by_key(|o| o.result_pct);
    if let (Some(b), Some(w)) = (best, worst) {
        if b.code != w.code {
            text.push_str(&format!(
                " El mayor avance es el del {} ({}) y el menor el del {} ({}).",
                b.code,
                b.result_pct.map(fmt_pct).unwrap_or_default(),
                w.code,
                w.result_pct.map(fmt_pct).unwrap_or_default()
            ));
        }
    }
    text
}

/// The paragraph to show: the user's edited text if any, else the generated one.
pub fn text_for(plan: &Plan, ev: &Evaluation, key: &str) -> String {
    if let Some(t) = plan.report.narratives.get(key) {
        return t.clone();
    }
    if key == INSTITUTION_KEY {
        institution(plan, ev)
    } else {
        objective(ev, key).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, examples::ILO_2022, load_plan, Options};

    #[test]
    fn ilo_paragraphs_state_the_facts() {
        let p = load_plan(ILO_2022).unwrap();
        let ev = evaluate(&p, Options::default());
        let t = objective(&ev, "OEI.01").unwrap();
        assert!(
            t.starts_with(
                "De los 6 indicadores del OEI.01, 1 alcanzó la meta establecida para el periodo 2022: IND.01.OEI.01"
            ),
            "{t}"
        );
        assert!(t.contains("No alcanzaron la meta: IND.01.AEI.01.01"), "{t}");
        assert!(
            t.contains("IND.01.OEI.01 se considera cumplido por juicio del evaluador"),
            "{t}"
        );
        assert!(t.ends_with("El resultado del objetivo es 16.67 % (rojo)."), "{t}");
        let t = objective(&ev, "OEI.09").unwrap();
        assert!(t.contains("0 alcanzaron"), "{t}");
        let t = institution(&p, &ev);
        assert!(
            t.contains("40.11 %") && t.contains("2 OEI en verde, 2 OEI en naranja y 5 OEI en rojo"),
            "{t}"
        );
        assert!(
            t.contains("El mayor avance es el del OEI.05 (85.71 %) y el menor el del OEI.09 (0.00 %)"),
            "{t}"
        );
    }

    /// Issue 14.9: every branch of the verdict sentence says what the verdict says.
    #[test]
    fn verdict_sentences_follow_the_verdict() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        use Status::*;
        let cases = [
            (Met, NotMet, c(&["A"]), " A se considera cumplido por juicio del evaluador, aunque sus cifras no alcanzan la meta."),
            (NotMet, Met, c(&["A"]), " A se considera no cumplido por juicio del evaluador, aunque sus cifras alcanzan la meta."),
            (NotMet, Met, c(&["A", "B"]), " A y B se consideran no cumplidos por juicio del evaluador, aunque sus cifras alcanzan la meta."),
            (Met, NotMet, c(&["A", "B", "C"]), " A, B y C se consideran cumplidos por juicio del evaluador, aunque sus cifras no alcanzan la meta."),
            (Met, SinInformacion, c(&["A"]), " A se considera cumplido por juicio del evaluador, aunque no se reportó su valor obtenido."),
            (NotMet, SinInformacion, c(&["A", "B"]), " A y B se consideran no cumplidos por juicio del evaluador, aunque no se reportaron sus valores obtenidos."),
            (Met, NoCalculable, c(&["A"]), " A se considera cumplido por juicio del evaluador, aunque sus cifras no permiten calcularlo."),
        ];
        for (status, computed, codes, want) in cases {
            assert_eq!(verdict_sentence(status, computed, &codes), want);
        }
    }

    #[test]
    fn a_not_met_verdict_over_met_numbers_is_told_as_not_met() {
        let mut p = load_plan(ILO_2022).unwrap();
        let ind = &mut p.objectives[1].indicators[0];
        let code = ind.code.clone();
        let target = ind.expected["2022"];
        ind.obtained.insert("2022".into(), target);
        ind.direction = Some(crate::model::Direction::Ascendente);
        ind.verdict = Some(crate::model::EvaluatorVerdict {
            met: false,
            justification: "El dato no está sustentado.".into(),
            period: None,
        });
        let ev = evaluate(&p, Options::default());
        let t = objective(&ev, &p.objectives[1].code).unwrap();
        assert!(
            t.contains(&format!(
                "{code} se considera no cumplido por juicio del evaluador, aunque sus cifras alcanzan la meta."
            )),
            "{t}"
        );
        assert!(!t.contains("se considera cumplido"), "{t}");
    }

    #[test]
    fn edited_paragraphs_replace_generated_ones() {
        let mut p = load_plan(ILO_2022).unwrap();
        let ev = evaluate(&p, Options::default());
        p.report.narratives.insert("OEI.02".into(), "Texto propio.".into());
        assert_eq!(text_for(&p, &ev, "OEI.02"), "Texto propio.");
        assert!(text_for(&p, &ev, "OEI.03").starts_with("De los 5 indicadores"));
        assert!(text_for(&p, &ev, INSTITUTION_KEY).contains("40.11 %"));
    }
}
