//! Admissible values per CEPLAN unit of measure. Out-of-range values are rejected, not clamped.

use rust_decimal::Decimal;

use crate::model::Unit;

pub struct Range {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub integer: bool,
}

pub fn range(unit: Unit) -> Range {
    let zero = Some(Decimal::ZERO);
    match unit {
        Unit::Porcentaje => Range {
            min: zero,
            max: Some(Decimal::ONE_HUNDRED),
            integer: false,
        },
        Unit::Cantidad | Unit::Numero => Range {
            min: zero,
            max: None,
            integer: true,
        },
        Unit::Ratio | Unit::Tasa | Unit::Indice => Range {
            min: zero,
            max: None,
            integer: false,
        },
        // A quantity cannot fall by more than all of it.
        Unit::TasaDeVariacion => Range {
            min: Some(-Decimal::ONE_HUNDRED),
            max: None,
            integer: false,
        },
    }
}

pub fn unit_label(unit: Unit) -> &'static str {
    match unit {
        Unit::Cantidad => "cantidad",
        Unit::Numero => "número",
        Unit::Porcentaje => "porcentaje",
        Unit::Ratio => "ratio",
        Unit::Tasa => "tasa",
        Unit::Indice => "índice",
        Unit::TasaDeVariacion => "tasa de variación",
    }
}

/// `None` when admissible; otherwise why not, in Spanish.
pub fn check(unit: Unit, value: Decimal) -> Option<String> {
    let r = range(unit);
    let label = unit_label(unit);
    if let Some(min) = r.min {
        if value < min {
            return Some(format!(
                "{} está por debajo del mínimo admitido para {label} ({})",
                value.normalize(),
                min
            ));
        }
    }
    if let Some(max) = r.max {
        if value > max {
            return Some(format!(
                "{} supera el máximo admitido para {label} ({})",
                value.normalize(),
                max
            ));
        }
    }
    if r.integer && !value.fract().is_zero() {
        return Some(format!(
            "{} no es un número entero, como exige la unidad {label}",
            value.normalize()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert!(check(Unit::Porcentaje, d("100")).is_none());
        assert!(check(Unit::Porcentaje, d("100.01")).is_some());
        assert!(check(Unit::Porcentaje, d("-1")).is_some());
        assert!(check(Unit::Numero, d("2.5")).is_some());
        assert!(check(Unit::Cantidad, d("3.0")).is_none());
        assert!(check(Unit::TasaDeVariacion, d("-20")).is_none());
        assert!(check(Unit::TasaDeVariacion, d("-120")).is_some());
        assert!(check(Unit::Ratio, d("-0.1")).is_some());
    }
}
