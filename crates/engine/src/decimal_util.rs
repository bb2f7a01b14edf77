//! Exact arithmetic helpers. Nothing here may panic: rust_decimal's operators can overflow, so
//! every division and sum goes through the checked forms.

use rust_decimal::{Decimal, RoundingStrategy};

pub const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// a / b × 100, or `None` when b is zero or the result does not fit.
pub fn pct(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    a.checked_mul(HUNDRED)
        .and_then(|x| x.checked_div(b))
        .or_else(|| a.checked_div(b).and_then(|x| x.checked_mul(HUNDRED)))
}

/// Sum that reports overflow instead of panicking.
pub fn sum<I: IntoIterator<Item = Decimal>>(items: I) -> Option<Decimal> {
    items.into_iter().try_fold(Decimal::ZERO, |acc, x| acc.checked_add(x))
}

/// Arithmetic mean, `None` for an empty list. The values are added smallest first: a Decimal
/// keeps 28 digits, so adding thirds and sixths rounds in the last digit, and in list order the
/// institution's figure changed with the order of its objectives (a property test found it).
pub fn mean(items: &[Decimal]) -> Option<Decimal> {
    if items.is_empty() {
        return None;
    }
    let mut sorted = items.to_vec();
    crate::sorting::sort(&mut sorted);
    sum(sorted)?.checked_div(Decimal::from(items.len()))
}

/// Round half away from zero, the way a person rounds on paper and spreadsheets print.
pub fn round(x: Decimal, dp: u32) -> Decimal {
    x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Whether a figure stated in a document is the computed one rounded to the stated figure's
/// decimals, with the rounding the engine prints (half away from zero): "17 %" matches 16.67 %,
/// "40.2 %" does not match 40.11 %, and "100 %" does not match 100.5 % (printed as 101).
pub fn stated_matches(stated: Decimal, computed: Decimal) -> bool {
    round(computed, stated.scale()) == stated
}

/// Spanish-Peruvian display: thousands with ',' and decimals with '.', as the source reports
/// print them (e.g. "143,405,654.45").
pub fn fmt_amount(x: Decimal) -> String {
    group_thousands(&round(x, 2).to_string(), 2)
}

/// A percentage for people: two decimals and a % sign ("16.67 %").
/// The sum of counts a file states (AO per row, per stage…). Counts are not capped when read, so
/// the sum saturates instead of overflowing: a wrong total is then reported, never a panic.
pub fn count_sum(counts: impl IntoIterator<Item = u32>) -> u32 {
    counts.into_iter().fold(0u32, u32::saturating_add)
}

/// A percentage that may not exist, for people: "40.11 %" or "no calculable". The one wording
/// of a missing figure in every explanation, diagnostic and narrative.
pub fn pct_or_not_calculable(x: Option<Decimal>) -> String {
    x.map(fmt_pct).unwrap_or_else(|| "no calculable".into())
}

pub fn fmt_pct(x: Decimal) -> String {
    format!("{} %", group_thousands(&round(x, 2).to_string(), 2))
}

/// A change in percentage points, signed: "+10.09 pp", "-2.50 pp", "0.00 pp".
pub fn fmt_points(x: Decimal) -> String {
    let r = round(x, 2);
    let sign = if r > Decimal::ZERO { "+" } else { "" };
    format!("{sign}{} pp", group_thousands(&r.to_string(), 2))
}

/// A stated figure exactly as precise as it was stated.
pub fn fmt_plain(x: Decimal) -> String {
    group_thousands(&x.normalize().to_string(), 0)
}

fn group_thousands(s: &str, min_dp: usize) -> String {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, f.to_string()),
        None => (digits, String::new()),
    };
    let mut frac = frac;
    while frac.len() < min_dp {
        frac.push('0');
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn exact_sums_of_tenths() {
        assert_eq!(sum([d("0.1"), d("0.2")]).unwrap(), d("0.3"));
        assert_eq!(sum([d("10.10"), d("0.05")]).unwrap(), d("10.15"));
    }

    #[test]
    fn pct_of_zero_is_none() {
        assert_eq!(pct(d("5"), Decimal::ZERO), None);
        assert_eq!(pct(d("1"), d("6")).map(|x| round(x, 2)), Some(d("16.67")));
    }

    #[test]
    fn overflow_is_none_not_panic() {
        assert_eq!(sum([Decimal::MAX, Decimal::MAX]), None);
        assert!(pct(Decimal::MAX, d("0.0000001")).is_none());
    }

    #[test]
    fn stated_figures_match_their_rounding_only() {
        assert!(stated_matches(d("17"), d("16.666666")));
        assert!(stated_matches(d("86"), d("85.714")));
        assert!(!stated_matches(d("40.2"), d("40.11")));
        assert!(stated_matches(d("40.1"), d("40.11")));
        // Issue 14.7: the rounding the engine prints, half away from zero.
        assert!(!stated_matches(d("100"), d("100.5")));
        assert!(stated_matches(d("101"), d("100.5")));
        assert!(stated_matches(d("100"), d("99.5")));
        assert!(!stated_matches(d("99"), d("99.5")));
        assert!(stated_matches(d("-3"), d("-2.5")));
        assert!(stated_matches(d("75.00"), d("74.995")));
        assert!(!stated_matches(d("119"), d("119.75")));
        assert!(stated_matches(d("2073044.59"), d("2073044.59")));
        assert!(!stated_matches(d("2073044.59"), d("2073044.60")));
        // Found by the fuzzer: 28 stated decimals used to overflow the tolerance.
        let fine = d("0.0000000000000000000000000001");
        assert!(stated_matches(fine, fine));
        assert!(!stated_matches(fine, Decimal::ZERO));
    }

    #[test]
    fn changes_in_points_carry_their_sign() {
        assert_eq!(fmt_points(d("10.0858")), "+10.09 pp");
        assert_eq!(fmt_points(d("-2.5")), "-2.50 pp");
        assert_eq!(fmt_points(d("0.001")), "0.00 pp");
    }

    #[test]
    fn formats_like_the_reports() {
        assert_eq!(fmt_amount(d("143405654.45")), "143,405,654.45");
        assert_eq!(fmt_amount(d("0")), "0.00");
        assert_eq!(fmt_amount(d("-1234.5")), "-1,234.50");
        assert_eq!(fmt_pct(d("16.666666")), "16.67 %");
        assert_eq!(fmt_plain(d("40.20")), "40.2");
        assert_eq!(round(d("0.125"), 2), d("0.13"));
        assert_eq!(round(d("-0.125"), 2), d("-0.13"));
    }
}
