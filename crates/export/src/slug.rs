//! File-name slugs: lowercase ASCII, accents folded, anything else a single '-'.

/// The ASCII letter(s) an accented Latin letter stands for, for the letters Spanish and its
/// neighbours use; `None` for anything else.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ñ' | 'Ñ' => "n",
        'ç' | 'Ç' => "c",
        'ý' | 'ÿ' | 'Ý' => "y",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        _ => return None,
    })
}

/// "Municipalidad Provincial de Ilo" → "municipalidad-provincial-de-ilo". `keep` lists extra
/// ASCII characters kept as they are (e.g. '_' in table ids).
pub fn slug(s: &str, keep: &[char]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        let mut buf = [0u8; 4];
        let piece: &str = if c.is_ascii_alphanumeric() || keep.contains(&c) {
            c.to_ascii_lowercase().encode_utf8(&mut buf)
        } else if let Some(f) = fold(c) {
            f
        } else {
            gap = true;
            continue;
        };
        // One '-' for any run of other characters, never leading or trailing.
        if gap && !out.is_empty() {
            out.push('-');
        }
        gap = false;
        out.push_str(piece);
    }
    out
}
