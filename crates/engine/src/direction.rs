//! Which way is better for an indicator: declared, or inferred from its yearly targets.

use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

use crate::model::{Direction, Indicator};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectionSource {
    /// Written in the plan.
    Declared,
    /// Deduced from the expected values of successive years (CEPLAN's rule).
    Inferred,
    /// Neither declared nor deducible (flat targets, or fewer than two points): the indicator is
    /// "sentido por definir" and is not judged until the plan declares its direction. Flat
    /// targets are not read as a floor: "anemia no mayor a 17 %" every year is a ceiling.
    Undetermined,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectionUsed {
    pub direction: Direction,
    pub source: DirectionSource,
    /// What the reason is made of; the text itself is written only when asked for, since every
    /// evaluation resolves every indicator's direction and few reasons are ever read.
    why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    Declared,
    /// Fewer than two points (targets and baseline) to compare.
    TooFewPoints,
    /// The series' first and last points (year, value) and how it moves.
    Inferred {
        first: (i32, Decimal),
        last: (i32, Decimal),
        shape: Shape,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Flat,
    Rises,
    Falls,
    MixedRising,
    MixedFalling,
    MixedLevel,
}

impl DirectionUsed {
    pub fn direction_word(&self) -> &'static str {
        if self.is_undetermined() {
            return "por definir";
        }
        direction_label(self.direction)
    }

    /// A short sign for next to a target: "↑ más es mejor", "↓ menos es mejor".
    pub fn hint(&self) -> &'static str {
        if self.is_undetermined() {
            return "? sentido por definir";
        }
        match self.direction {
            Direction::Ascendente => "↑ más es mejor",
            Direction::Descendente => "↓ menos es mejor",
            Direction::Maximo => "≤ no superar",
            Direction::Minimo => "≥ alcanzar",
        }
    }

    /// The plan does not say which way is better and the targets cannot tell: not judged.
    pub fn is_undetermined(&self) -> bool {
        self.source == DirectionSource::Undetermined
    }

    /// Why, in Spanish, for the explanation panel (a fixed text when the plan declares it).
    pub fn reason(&self) -> Cow<'static, str> {
        match self.why {
            Why::Declared => Cow::Borrowed(declared_reason(self.direction)),
            Why::TooFewPoints => Cow::Borrowed("Sentido por definir: el plan no declara el sentido y no hay dos valores (línea de base o metas) para deducirlo. Declárelo (ascendente, descendente, máximo o mínimo) para evaluar el indicador."),
            Why::Inferred { first, last, shape } => {
                let span = format!(
                    "{} en {} → {} en {}",
                    first.1.normalize(),
                    first.0,
                    last.1.normalize(),
                    last.0
                );
                let why = match shape {
                    Shape::Flat => format!("las metas se mantienen ({span}), así que no dicen si el valor debe subir, bajar, no superar la meta (máximo) o no bajar de ella (mínimo)"),
                    Shape::Rises => format!("las metas suben ({span})"),
                    Shape::Falls => format!("las metas bajan ({span})"),
                    Shape::MixedRising => format!("las metas suben y bajan; en conjunto suben ({span})"),
                    Shape::MixedFalling => format!("las metas suben y bajan; en conjunto bajan ({span})"),
                    Shape::MixedLevel => format!("las metas suben y bajan y terminan igual ({span})"),
                };
                if matches!(shape, Shape::Flat | Shape::MixedLevel) {
                    return Cow::Owned(format!(
                        "Sentido por definir: no está declarado y {why}. Declárelo para evaluar el indicador."
                    ));
                }
                Cow::Owned(format!("Sentido no declarado; deducido de las metas anuales: {why}."))
            }
        }
    }
}

impl Serialize for DirectionUsed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DirectionUsed", 3)?;
        st.serialize_field("direction", &self.direction)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("reason", &self.reason())?;
        st.end()
    }
}

pub fn direction_label(d: Direction) -> &'static str {
    match d {
        Direction::Ascendente => "ascendente (más es mejor)",
        Direction::Descendente => "descendente (menos es mejor)",
        Direction::Maximo => "máximo (no debe superarse)",
        Direction::Minimo => "mínimo (debe alcanzarse)",
    }
}

/// "Sentido declarado en el plan: …", without formatting it for every indicator.
fn declared_reason(d: Direction) -> &'static str {
    match d {
        Direction::Ascendente => "Sentido declarado en el plan: ascendente (más es mejor).",
        Direction::Descendente => "Sentido declarado en el plan: descendente (menos es mejor).",
        Direction::Maximo => "Sentido declarado en el plan: máximo (no debe superarse).",
        Direction::Minimo => "Sentido declarado en el plan: mínimo (debe alcanzarse).",
    }
}

/// Rising targets → ascending, falling → descending; flat (or ending where they began) → not
/// deducible. The baseline counts as the first point of the series, so one target plus a
/// baseline suffices.
pub fn resolve(ind: &Indicator) -> DirectionUsed {
    if let Some(d) = ind.direction {
        return DirectionUsed {
            direction: d,
            source: DirectionSource::Declared,
            why: Why::Declared,
        };
    }
    let mut series: Vec<(i32, Decimal)> = Vec::with_capacity(ind.expected.len() + 1);
    let mut baseline_seen = false;
    for (k, v) in &ind.expected {
        if let Some(y) = year_of(k) {
            baseline_seen |= ind.baseline.as_ref().is_some_and(|b| b.year == y);
            series.push((y, *v));
        }
    }
    if let Some(b) = ind.baseline.as_ref().filter(|_| !baseline_seen) {
        series.push((b.year, b.value));
    }
    // A handful of years: insertion sort (stable), with no allocation and little code.
    for i in 1..series.len() {
        let mut j = i;
        while j > 0 && series[j - 1].0 > series[j].0 {
            series.swap(j - 1, j);
            j -= 1;
        }
    }
    if series.len() < 2 {
        return DirectionUsed {
            // Placeholder: nothing reads it while the source is `Undetermined`.
            direction: Direction::Ascendente,
            source: DirectionSource::Undetermined,
            why: Why::TooFewPoints,
        };
    }
    let rises = series.windows(2).filter(|w| w[1].1 > w[0].1).count();
    let falls = series.windows(2).filter(|w| w[1].1 < w[0].1).count();
    let (first, last) = (series[0], series[series.len() - 1]);
    let (direction, shape) = match (rises, falls) {
        (0, 0) => (None, Shape::Flat),
        (_, 0) => (Some(Direction::Ascendente), Shape::Rises),
        (0, _) => (Some(Direction::Descendente), Shape::Falls),
        _ if last.1 > first.1 => (Some(Direction::Ascendente), Shape::MixedRising),
        _ if last.1 < first.1 => (Some(Direction::Descendente), Shape::MixedFalling),
        _ => (None, Shape::MixedLevel),
    };
    DirectionUsed {
        direction: direction.unwrap_or(Direction::Ascendente),
        source: if direction.is_some() {
            DirectionSource::Inferred
        } else {
            DirectionSource::Undetermined
        },
        why: Why::Inferred { first, last, shape },
    }
}

/// The year a target's key names, read as `str::parse::<i32>` reads it; plain digits (every
/// real key) are read without the general parser, which every evaluation would otherwise run
/// on every key of every indicator.
fn year_of(key: &str) -> Option<i32> {
    let b = key.as_bytes();
    if !b.is_empty() && b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
        return Some(b.iter().fold(0i32, |y, d| y * 10 + i32::from(d - b'0')));
    }
    key.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Baseline, Unit};

    fn ind(expected: &[(&str, &str)], baseline: Option<(i32, &str)>) -> Indicator {
        Indicator {
            code: "IND".into(),
            name: "x".into(),
            unit: Unit::Porcentaje,
            direction: None,
            cumulative: false,
            targets: Default::default(),
            aggregation: None,
            relevance: 1,
            baseline: baseline.map(|(y, v)| Baseline {
                year: y,
                value: v.parse().unwrap(),
            }),
            expected: expected
                .iter()
                .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
                .collect(),
            obtained: Default::default(),
            responsible: None,
            source: None,
            notes: None,
            verdict: None,
        }
    }

    #[test]
    fn rising_falling_flat() {
        assert_eq!(
            resolve(&ind(&[("2021", "10"), ("2022", "20")], None)).direction,
            Direction::Ascendente
        );
        assert_eq!(
            resolve(&ind(&[("2021", "20"), ("2022", "10")], None)).direction,
            Direction::Descendente
        );
        // Issue 14.2: a flat series does not say "floor": "no mayor a 17 %" is a ceiling.
        let flat = resolve(&ind(&[("2021", "17"), ("2022", "17"), ("2023", "17")], None));
        assert_eq!(flat.source, DirectionSource::Undetermined);
        assert!(flat.is_undetermined());
        assert_eq!(flat.direction_word(), "por definir");
        assert!(flat.reason().starts_with("Sentido por definir"), "{}", flat.reason());
        let level = resolve(&ind(&[("2021", "10"), ("2022", "30"), ("2023", "10")], None));
        assert_eq!(level.source, DirectionSource::Undetermined);
        let baseline_equal = resolve(&ind(&[("2022", "17")], Some((2020, "17"))));
        assert_eq!(baseline_equal.source, DirectionSource::Undetermined);
    }

    #[test]
    fn years_read_as_the_standard_parser_reads_them() {
        for k in [
            "2022",
            "0",
            "007",
            "999999999",
            "1000000000",
            "2147483647",
            "2147483648",
            "+2022",
            "-5",
            "",
            "20a2",
            " 2022",
            "2022-S1",
            "٢٠٢٢",
        ] {
            assert_eq!(year_of(k), k.parse::<i32>().ok(), "{k:?}");
        }
    }

    #[test]
    fn baseline_is_the_first_point() {
        let d = resolve(&ind(&[("2022", "17")], Some((2020, "22"))));
        assert_eq!(d.direction, Direction::Descendente);
    }

    #[test]
    fn single_target_without_baseline_is_undetermined() {
        let d = resolve(&ind(&[("2022", "17")], None));
        assert_eq!(d.source, DirectionSource::Undetermined);
        assert!(d.reason().contains("no hay dos valores"));
    }

    #[test]
    fn zigzag_uses_overall_change() {
        let d = resolve(&ind(&[("2021", "10"), ("2022", "30"), ("2023", "20")], None));
        assert_eq!(d.direction, Direction::Ascendente);
    }
}
