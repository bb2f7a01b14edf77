//! Traffic lights: a colour, a word and a symbol, never the colour alone.

use crate::sorting;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::indicator_eval::Status;
use crate::model::Band;

/// Id of the light for 'sin información' / nothing to judge. Not a band: always available.
pub const GREY: &str = "gris";

/// A light: its texts, shared, so giving ten thousand indicators their light copies one pointer
/// (`light.label` and the others read through to [`LightTexts`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Light(Arc<LightTexts>);

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct LightTexts {
    pub id: Arc<str>,
    pub label: Arc<str>,
    pub symbol: Arc<str>,
    pub colour: Arc<str>,
}

impl std::ops::Deref for Light {
    type Target = LightTexts;
    fn deref(&self) -> &LightTexts {
        &self.0
    }
}

impl Light {
    pub fn new(id: &str, label: &str, symbol: &str, colour: &str) -> Light {
        Light(Arc::new(LightTexts {
            id: id.into(),
            label: label.into(),
            symbol: symbol.into(),
            colour: colour.into(),
        }))
    }

    pub fn grey() -> Light {
        Light::new(GREY, "Sin información", "○", "#7f8c8d")
    }

    pub fn of(b: &Band) -> Light {
        Light::new(&b.id, &b.label, &b.symbol, &b.colour)
    }

    pub fn is_grey(&self) -> bool {
        &*self.id == GREY
    }
}

/// Bands from best to worst (highest threshold first).
pub fn ordered(bands: &[Band]) -> Vec<&Band> {
    let mut v: Vec<&Band> = bands.iter().collect();
    sorting::sort_by_key(&mut v, |b| std::cmp::Reverse(b.min_pct));
    v
}

/// The band a figure reaches as printed; below every threshold it takes the lowest band.
pub fn for_pct(bands: &[Band], pct: Decimal) -> Light {
    Lights::new(bands).for_shown_pct(pct)
}

/// The plan's bands best first, each with its light made once per evaluation (grey too).
pub struct Lights {
    ordered: Vec<(Decimal, Light)>,
    grey: Light,
}

impl Lights {
    pub fn new(bands: &[Band]) -> Lights {
        Lights {
            ordered: ordered(bands).into_iter().map(|b| (b.min_pct, Light::of(b))).collect(),
            grey: Light::grey(),
        }
    }

    /// The band a percentage reaches; below every threshold it takes the lowest band.
    pub fn for_pct(&self, pct: Decimal) -> Light {
        match self.ordered.iter().find(|(min, _)| pct >= *min).or(self.ordered.last()) {
            Some((_, l)) => l.clone(),
            None => self.grey(),
        }
    }

    /// The band of a figure as it is printed (two decimals, half away from zero), so "75.00 %"
    /// is never below a 75 % band.
    pub fn for_shown_pct(&self, pct: Decimal) -> Light {
        self.for_pct(crate::decimal_util::round(pct, 2))
    }

    /// An indicator's light follows its result first and its advance second: met takes the
    /// best band; not met takes the band of its advance as printed, but never the best band
    /// (the next one down), and the worst band when there is no advance; nothing to judge is
    /// grey. So a "No cumplió" is never green and a "Cumplió" never red.
    pub fn for_indicator(&self, status: Status, advance: Option<Decimal>) -> Light {
        let at = |i: usize| {
            self.ordered
                .get(i)
                .map(|(_, l)| l.clone())
                .unwrap_or_else(|| self.grey())
        };
        match status {
            Status::SinInformacion | Status::NoCalculable | Status::SentidoPorDefinir => self.grey(),
            Status::Met => at(0),
            Status::NotMet => {
                let last = self.ordered.len().saturating_sub(1);
                let band = advance
                    .map(|a| crate::decimal_util::round(a, 2))
                    .and_then(|a| self.ordered.iter().position(|(min, _)| a >= *min))
                    .unwrap_or(last);
                at(band.max(1).min(last))
            }
        }
    }

    /// Nothing to judge.
    pub fn grey(&self) -> Light {
        self.grey.clone()
    }
}

/// Where a printed figure sits among the plan's bands, in words: "es menor que 50 %, el mínimo
/// de Naranja" or "alcanza 50 %, el mínimo de Naranja, y es menor que 75 %, el de Verde".
fn placed(bands: &[Band], light: &Light, pct: Decimal) -> String {
    let order = ordered(bands);
    let shown = crate::decimal_util::fmt_pct(pct);
    let Some(i) = order.iter().position(|b| *b.id == *light.id) else {
        return format!("{shown} no está en ninguna banda");
    };
    let own = order[i];
    let above = i.checked_sub(1).map(|j| order[j]);
    let below_own = crate::decimal_util::round(pct, 2) < own.min_pct;
    match (below_own, above) {
        // Below every threshold: the lowest band, named against the next one up.
        (true, _) => format!(
            "{shown} es menor que {} %, el mínimo de {}; queda en la banda más baja",
            own.min_pct.normalize(),
            own.label
        ),
        (false, None) => format!(
            "{shown} alcanza {} %, el mínimo de {}",
            own.min_pct.normalize(),
            own.label
        ),
        (false, Some(up)) if i + 1 == order.len() && own.min_pct.is_zero() => format!(
            "{shown} es menor que {} %, el mínimo de {}",
            up.min_pct.normalize(),
            up.label
        ),
        (false, Some(up)) => format!(
            "{shown} alcanza {} %, el mínimo de {}, y es menor que {} %, el de {}",
            own.min_pct.normalize(),
            own.label,
            up.min_pct.normalize(),
            up.label
        ),
    }
}

/// Why a figure got its light, in words a trainer can read out: "Semáforo Rojo: 16.67 % es
/// menor que 50 %, el mínimo de Naranja."
pub fn explain(bands: &[Band], light: &Light, pct: Option<Decimal>) -> String {
    match pct {
        _ if light.is_grey() => format!("Semáforo {}: no hay resultado que ubicar.", light.label),
        Some(p) => format!("Semáforo {}: {}.", light.label, placed(bands, light, p)),
        None => format!(
            "Semáforo {}: según el resultado, pues no hay porcentaje que ubicar.",
            light.label
        ),
    }
}

/// Why an indicator got its light: its result first, then its advance as printed.
pub fn explain_indicator(bands: &[Band], light: &Light, status: Status, advance: Option<Decimal>) -> String {
    let why = match (status, advance) {
        (Status::Met, _) => "cumplió, y un indicador que cumplió toma la mejor banda".to_string(),
        (Status::NotMet, Some(a)) => {
            let best = ordered(bands).first().map(|b| b.label.clone()).unwrap_or_default();
            let shown = crate::decimal_util::fmt_pct(a);
            if ordered(bands)
                .first()
                .is_some_and(|b| crate::decimal_util::round(a, 2) >= b.min_pct)
            {
                format!("no cumplió: su avance de {shown} alcanzaría {best}, pero un indicador que no cumplió nunca toma la mejor banda")
            } else {
                format!("no cumplió y su avance {}", placed(bands, light, a))
            }
        }
        (Status::NotMet, None) => "no cumplió y su avance no es calculable: toma la peor banda".to_string(),
        _ => "no hay resultado que ubicar".to_string(),
    };
    format!("Semáforo {}: {why}.", light.label)
}

/// The plan's bands as a legend, best first, each light with the range it covers as printed
/// figures are placed ("desde 75 %", "desde 50 % hasta menos de 75 %", "menos de 50 %"), then
/// grey.
pub fn legend(bands: &[Band]) -> Vec<(Light, String)> {
    let order = ordered(bands);
    let mut out: Vec<(Light, String)> = Vec::with_capacity(order.len() + 1);
    for (i, b) in order.iter().enumerate() {
        let min = b.min_pct.normalize();
        let above = i.checked_sub(1).map(|j| order[j].min_pct.normalize());
        let lowest = i + 1 == order.len();
        let range = match above {
            None => format!("desde {min} %"),
            Some(up) if lowest => format!("menos de {up} %"),
            Some(up) => format!("desde {min} % hasta menos de {up} %"),
        };
        out.push((Light::of(b), range));
    }
    out.push((
        Light::grey(),
        "sin resultado (sin información, no calculable o sentido por definir)".into(),
    ));
    out
}

/// Every light in display order: the plan's bands best first, then grey (no result). Screens
/// list lights from here, so grey's words and colour are said once.
pub fn all(bands: &[Band]) -> Vec<Light> {
    let mut v: Vec<Light> = ordered(bands).into_iter().map(Light::of).collect();
    v.push(Light::grey());
    v
}

/// Ids of all lights in display order: bands best first, then grey.
pub fn ids(bands: &[Band]) -> Vec<String> {
    all(bands).iter().map(|l| l.id.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_light_says_which_threshold_it_reached_or_missed() {
        let bands = crate::model::default_bands();
        let say = |p: &str| {
            let p: Decimal = p.parse().unwrap();
            explain(&bands, &for_pct(&bands, p), Some(p))
        };
        assert_eq!(say("96"), "Semáforo Verde: 96.00 % alcanza 95 %, el mínimo de Verde.");
        assert_eq!(
            say("80"),
            "Semáforo Ámbar: 80.00 % alcanza 75 %, el mínimo de Ámbar, y es menor que 95 %, el de Verde."
        );
        assert_eq!(
            say("74.99"),
            "Semáforo Rojo: 74.99 % es menor que 75 %, el mínimo de Ámbar."
        );
        // Printed 75.00 %: amber, as printed.
        assert!(say("74.995").starts_with("Semáforo Ámbar: 75.00 % alcanza 75 %"));
        // Bands that do not start at 0: below all of them is the lowest, said against its own.
        let high: Vec<Band> = bands.iter().filter(|b| !b.min_pct.is_zero()).cloned().collect();
        let p: Decimal = "10".parse().unwrap();
        assert_eq!(
            explain(&high, &for_pct(&high, p), Some(p)),
            "Semáforo Ámbar: 10.00 % es menor que 75 %, el mínimo de Ámbar; queda en la banda más baja."
        );
        assert_eq!(
            explain(&bands, &Light::grey(), None),
            "Semáforo Sin información: no hay resultado que ubicar."
        );
    }

    #[test]
    fn the_legend_reads_the_bands_as_ranges() {
        let bands = crate::method::report_bands();
        let l: Vec<String> = legend(&bands)
            .into_iter()
            .map(|(l, r)| format!("{}: {r}", l.label))
            .collect();
        assert_eq!(
            l,
            [
                "Verde: desde 75 %",
                "Naranja: desde 50 % hasta menos de 75 %",
                "Rojo: menos de 50 %",
                "Sin información: sin resultado (sin información, no calculable o sentido por definir)"
            ]
        );
    }
}
