//! Counts in Spanish: "1 cambio", "2 cambios", "1 no cumplió", "3 no cumplieron".

/// `n` with the singular or the plural form.
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "a", "a y b", "a, b y c": a list as a sentence says it.
pub fn join_y(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} y {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::{count, join_y};

    #[test]
    fn lists_read_as_a_sentence() {
        let s = |v: &[&str]| join_y(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["a"]), "a");
        assert_eq!(s(&["a", "b"]), "a y b");
        assert_eq!(s(&["a", "b", "c"]), "a, b y c");
    }

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1u32, "cambio", "cambios"), "1 cambio");
        assert_eq!(count(0u32, "cambio", "cambios"), "0 cambios");
        assert_eq!(count(2u32, "no cumplió", "no cumplieron"), "2 no cumplieron");
    }
}
