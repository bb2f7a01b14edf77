//! Figures between `Decimal` (exact, as the plan keeps them) and spreadsheet number cells (f64).
//!
//! A cell's number is read as the shortest text that gives back the same f64, then rounded to
//! 15 significant digits: Excel shows and computes with 15, so a value that is the result of a
//! formula (0.1 + 0.2 = 0.30000000000000004) reads as the 0.3 the user sees. The writer uses the
//! same reading to decide: a figure that comes back equal is written as a number cell, any other
//! (more than 15 significant digits) as a text cell with its exact digits, which the reader
//! parses digit for digit.
//!
//! Trailing zeros do not survive a number cell: 10.10 is written as the number 10.1 and comes
//! back as 10.1. The figure is the same (Decimal compares by value); only its written scale
//! differs, which the plan file does not rely on.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The Decimal a number cell holds, or `None` for a number no plan can hold (infinite, NaN, or
/// beyond Decimal's range).
pub fn from_cell(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    let text = format!("{value}");
    let d: Decimal = text.parse().ok()?;
    let rounded = d.round_sf(15).unwrap_or(d).normalize();
    Some(if rounded.is_zero() { Decimal::ZERO } else { rounded })
}

/// The number cell for a figure, when reading that cell gives the figure back exactly.
pub fn to_cell(d: Decimal) -> Option<f64> {
    let f = d.to_f64()?;
    (from_cell(f)? == d).then_some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn ordinary_figures_are_numbers_and_long_ones_are_not() {
        for s in [
            "0",
            "0.1",
            "16.67",
            "-20",
            "143405654.45",
            "1000000000000000000",
            "0.0001",
            "12.3456",
        ] {
            assert!(to_cell(d(s)).is_some(), "{s}");
        }
        for s in ["0.1234567890123456", "123456789012345678.12", "1234567890123456.7"] {
            assert!(to_cell(d(s)).is_none(), "{s}");
        }
        assert_eq!(to_cell(d("10.10")), Some(10.1));
        assert_eq!(from_cell(10.1), Some(d("10.10")));
    }

    #[test]
    fn formula_noise_reads_as_excel_shows_it() {
        assert_eq!(from_cell(0.1 + 0.2), Some(d("0.3")));
        assert_eq!(from_cell(22.000000000000004), Some(d("22")));
        assert_eq!(from_cell(f64::NAN), None);
        assert_eq!(from_cell(f64::INFINITY), None);
        assert_eq!(from_cell(1e300), None);
        assert_eq!(from_cell(-0.0), Some(Decimal::ZERO));
    }
}
