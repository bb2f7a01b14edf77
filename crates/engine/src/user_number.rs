//! Numbers as people type them in Peru: `1234.5`, `1,234.50`, `1.234,50`, `10'375,986.83`,
//! `S/ 1,200`, `85 %`. The result says what was understood, so nobody is surprised.

use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Understood {
    pub value: Decimal,
    /// Spanish note when the reading involved a choice (e.g. which separator is decimal).
    pub note: Option<String>,
}

fn digits_only(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Thousands groups after the first must have exactly three digits.
fn valid_grouping(int: &str, sep: char) -> bool {
    let mut parts = int.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len()) && digits_only(first) && parts.all(|g| g.len() == 3 && digits_only(g))
}

pub fn parse(input: &str) -> Result<Understood, String> {
    let original = input.trim();
    if original.is_empty() {
        return Err("Escriba un número.".into());
    }
    let mut s: String = original
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    for prefix in ["S/.", "S/", "s/.", "s/"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
            break;
        }
    }
    if let Some(rest) = s.strip_suffix('%') {
        s = rest.to_string();
    }
    let negative = s.starts_with('-');
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(&s);
    // Peruvian documents mark millions with an apostrophe (10'375,986.83): it is a thousands mark.
    let thousands_mark = if unsigned.rfind('.') > unsigned.rfind(',') {
        ","
    } else {
        "."
    };
    let body = unsigned.replace('\'', thousands_mark);
    let bad = || format!("«{original}» no es un número; escriba por ejemplo 1234.50");
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err(bad());
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let (int, frac, note): (String, String, Option<String>) = match (commas, dots) {
        (0, 0) => (body.clone(), String::new(), None),
        (0, 1) => {
            let (i, f) = body.split_once('.').unwrap_or((&body, ""));
            (i.to_string(), f.to_string(), None)
        }
        (1, 0) => {
            let (i, f) = body.split_once(',').unwrap_or((&body, ""));
            if f.len() == 3 && valid_grouping(&body, ',') {
                (
                    format!("{i}{f}"),
                    String::new(),
                    Some(format!("Se entendió {i}{f}: la coma se tomó como separador de miles. Para decimales use punto (p. ej. {i}.{f}).")),
                )
            } else {
                (
                    i.to_string(),
                    f.to_string(),
                    Some(format!("Se entendió {i}.{f}: la coma se tomó como separador decimal.")),
                )
            }
        }
        (_, 0) if valid_grouping(&body, ',') => (body.replace(',', ""), String::new(), None),
        (0, _) if valid_grouping(&body, '.') => (
            body.replace('.', ""),
            String::new(),
            Some("Los puntos se tomaron como separadores de miles.".into()),
        ),
        _ => {
            // Both separators: the last one is the decimal separator.
            let last_comma = body.rfind(',');
            let last_dot = body.rfind('.');
            let (dec, thou) = if last_comma > last_dot { (',', '.') } else { ('.', ',') };
            let (i, f) = body.rsplit_once(dec).ok_or_else(bad)?;
            if f.contains(thou) || !valid_grouping(i, thou) {
                return Err(bad());
            }
            let note = (dec == ',').then(|| "Se leyó con coma decimal y punto de miles.".to_string());
            (i.replace(thou, ""), f.to_string(), note)
        }
    };
    if !digits_only(&int) || !(frac.is_empty() || digits_only(&frac)) {
        return Err(bad());
    }
    let text = if frac.is_empty() { int } else { format!("{int}.{frac}") };
    let mut value: Decimal = text
        .parse()
        .map_err(|_| format!("«{original}» es demasiado grande o tiene demasiados decimales."))?;
    if negative {
        value = -value;
    }
    // The loader refuses any figure above this limit, so a typed one must be refused too: saved,
    // it would make the draft unopenable.
    if value.abs() > crate::limits::MAX_ABS {
        return Err(format!(
            "«{original}» es demasiado grande: Semáforo acepta cifras de hasta {}.",
            crate::limits::MAX_ABS_WORDS
        ));
    }
    Ok(Understood { value, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> String {
        parse(s).unwrap().value.to_string()
    }

    #[test]
    fn common_forms() {
        assert_eq!(v("1234.5"), "1234.5");
        assert_eq!(v("1,234.50"), "1234.50");
        assert_eq!(v("1.234,50"), "1234.50");
        assert_eq!(v("10'375,986.83"), "10375986.83");
        assert_eq!(v("S/ 1,200.00"), "1200.00");
        assert_eq!(v("85 %"), "85");
        assert_eq!(v("-3.5"), "-3.5");
        assert_eq!(v("0.1"), "0.1");
        assert_eq!(v("1.234.567"), "1234567");
        assert_eq!(v("1,234,567"), "1234567");
    }

    #[test]
    fn ambiguous_forms_say_what_was_understood() {
        let p = parse("12,5").unwrap();
        assert_eq!(p.value.to_string(), "12.5");
        assert!(p.note.unwrap().contains("separador decimal"));
        let p = parse("1,234").unwrap();
        assert_eq!(p.value.to_string(), "1234");
        assert!(p.note.unwrap().contains("miles"));
    }

    #[test]
    fn rejects_garbage() {
        for s in ["", "abc", "1,23,4.5", "1.2.3,4,5", "--1", "1e5", "12.3.4"] {
            assert!(parse(s).is_err(), "{s}");
        }
        assert!(parse("99999999999999999999999999999999").is_err());
    }

    #[test]
    fn figures_the_loader_would_refuse_are_refused_as_typed() {
        // A typed value above the loader's limit was once saved, and the draft then opened as
        // damaged. Whatever `parse` accepts must load again.
        assert_eq!(v("1000000000000000000"), "1000000000000000000");
        assert_eq!(v("-1000000000000000000"), "-1000000000000000000");
        for s in [
            "1000000000000000001",
            "1000000000000000000.5",
            "-1000000000000000001",
            "5,000,000,000,000,000,000",
        ] {
            let e = parse(s).unwrap_err();
            assert!(e.contains("demasiado grande"), "{s}: {e}");
        }
    }
}
