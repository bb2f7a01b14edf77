//! Comparing what people type in headers, field names and choice cells: case, accents,
//! punctuation, spacing and anything in parentheses do not matter ("Desde (%)", "DESDE",
//! " desde " are the same header; "N.° de AO" and "n de ao" too).

/// The comparable form of a label: lower case, no accents, words separated by one space,
/// parenthesised parts left out.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut space = false;
    for c in s.chars() {
        match c {
            '(' => {
                depth += 1;
                space = true;
                continue;
            }
            ')' => {
                depth = depth.saturating_sub(1);
                space = true;
                continue;
            }
            _ if depth > 0 => continue,
            _ => {}
        }
        for l in c.to_lowercase() {
            let base = fold(l);
            if base.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(base);
            } else {
                space = true;
            }
        }
    }
    if out.is_empty() && depth == 0 && s.contains('(') {
        // A label that is all parentheses ("(%)") is compared by what is inside.
        return norm(&s.replace(['(', ')'], " "));
    }
    out
}

/// The letter without its accent, for the letters Spanish (and a careless keyboard) uses.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    }
}

/// Whether `haystack` holds `needle` as whole words (both already normalised).
pub fn has_words(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let h: Vec<&str> = haystack.split(' ').collect();
    let n: Vec<&str> = needle.split(' ').collect();
    h.windows(n.len()).any(|w| w == n.as_slice())
}

/// Excel's column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(index: u32) -> String {
    let mut n = u64::from(index) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push((b'A' + r) as char);
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_compare_without_case_accents_or_punctuation() {
        assert_eq!(norm("  Código  "), "codigo");
        assert_eq!(norm("Desde (%)"), "desde");
        assert_eq!(norm("N.° de AO"), "n de ao");
        assert_eq!(norm("Línea de base: año"), "linea de base ano");
        assert_eq!(norm("Meta 2022-S1"), "meta 2022 s1");
        assert_eq!(norm("tasa_de_variacion"), "tasa de variacion");
        assert_eq!(norm("(%)"), "");
        assert_eq!(norm("ÍNDICE"), "indice");
    }

    #[test]
    fn words_and_letters() {
        assert!(has_words("plantilla oei 2022", "oei"));
        assert!(!has_words("plantilla oei", "plan"));
        assert!(has_words("valores obtenidos unidad", "valores obtenidos"));
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16_383), "XFD");
        assert_eq!(column_letters(u32::MAX), "MWLQKWV");
    }
}
