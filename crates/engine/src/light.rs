//! Traffic lights: a colour, a word and a symbol, never the colour alone.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::Band;

/// Id of the light for 'sin información' / nothing to judge. Not a band: always available.
pub const GREY: &str = "gris";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Light {
    pub id: String,
    pub label: String,
    pub symbol: String,
    pub colour: String,
}

impl Light {
    pub fn grey() -> Light {
        Light {
            id: GREY.into(),
            label: "Sin información".into(),
            symbol: "○".into(),
            colour: "#7f8c8d".into(),
        }
    }

    fn of(b: &Band) -> Light {
        Light {
            id: b.id.clone(),
            label: b.label.clone(),
            symbol: b.symbol.clone(),
            colour: b.colour.clone(),
        }
    }
}

/// Bands from best to worst (highest threshold first).
pub fn ordered(bands: &[Band]) -> Vec<&Band> {
    let mut v: Vec<&Band> = bands.iter().collect();
    v.sort_by_key(|b| std::cmp::Reverse(b.min_pct));
    v
}

/// The band a percentage reaches; below every threshold it takes the lowest band.
pub fn for_pct(bands: &[Band], pct: Decimal) -> Light {
    let ordered = ordered(bands);
    match ordered.iter().find(|b| pct >= b.min_pct).or(ordered.last()) {
        Some(b) => Light::of(b),
        None => Light::grey(),
    }
}

/// Best band for a met indicator whose advance cannot be computed, worst for a missed one.
pub fn for_verdict(bands: &[Band], met: bool) -> Light {
    let ordered = ordered(bands);
    let band = if met { ordered.first() } else { ordered.last() };
    band.map(|b| Light::of(b)).unwrap_or_else(Light::grey)
}

/// Why a figure got its light, in words a trainer can read out: the light, the figure, and the
/// plan's bands ("Semáforo Naranja: 57.89 % está desde 50 % (bandas del plan: Verde desde 75 %,
/// Naranja desde 50 %, Rojo desde 0 %).").
pub fn explain(bands: &[Band], light: &Light, pct: Option<Decimal>) -> String {
    let list: Vec<String> = ordered(bands)
        .iter()
        .map(|b| format!("{} desde {} %", b.label, b.min_pct.normalize()))
        .collect();
    let why = match (pct, ordered(bands).iter().find(|b| b.id == light.id)) {
        (Some(p), Some(b)) => format!(
            "{} está desde {} %",
            crate::decimal_util::fmt_pct(p),
            b.min_pct.normalize()
        ),
        (None, Some(_)) => "según el resultado, pues no hay porcentaje que ubicar".to_string(),
        _ => "no hay resultado que ubicar".to_string(),
    };
    format!(
        "Semáforo {}: {why} (bandas del plan: {}).",
        light.label,
        list.join(", ")
    )
}

/// Ids of all lights in display order: bands best first, then grey.
pub fn ids(bands: &[Band]) -> Vec<String> {
    let mut v: Vec<String> = ordered(bands).iter().map(|b| b.id.clone()).collect();
    v.push(GREY.into());
    v
}
