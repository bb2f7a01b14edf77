//! Turning a file's bytes into text. Plans arrive saved by Notepad, Excel or a web form: UTF-8
//! with or without a byte-order mark, UTF-16 ("Texto Unicode") or Windows-1252 ("ANSI"). Each is
//! read, and the user is told when the file was not plain UTF-8.

use crate::load::LoadError;

/// The file's text and, when it was not UTF-8, a sentence saying how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

fn problem(message: String) -> LoadError {
    LoadError {
        message,
        path: None,
        line: None,
        column: None,
        problems: Vec::new(),
    }
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, LoadError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    // Without a mark, UTF-16 text of a JSON file has a zero byte beside almost every character.
    if bytes.len() >= 4 && bytes.len().is_multiple_of(2) {
        let zeros_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let zeros_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        let half = bytes.len() / 2;
        // UTF-8 text never holds zero bytes; half of one side being zero is unmistakable.
        if zeros_odd * 2 >= half && zeros_even * 10 < half {
            return utf16(bytes, true);
        }
        if zeros_even * 2 >= half && zeros_odd * 10 < half {
            return utf16(bytes, false);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(Decoded {
            text: t.to_string(),
            note: None,
        }),
        Err(e) => Ok(Decoded {
            text: windows_1252(bytes),
            note: Some(format!(
                "El archivo no estaba en UTF-8 (el primer carácter extraño está en el byte {}): se leyó como Windows-1252, la codificación «ANSI» de Excel y el Bloc de notas. Revise tildes y eñes; al exportar se guarda en UTF-8.",
                e.valid_up_to() + 1
            )),
        }),
    }
}

fn utf8(bytes: &[u8]) -> Result<Decoded, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(Decoded {
            text: t.to_string(),
            note: None,
        }),
        Err(e) => Err(problem(format!(
            "El archivo dice estar en UTF-8 pero tiene bytes no válidos (byte {}): puede estar dañado. Ábralo en un editor y guárdelo de nuevo como UTF-8.",
            e.valid_up_to() + 4
        ))),
    }
}

fn utf16(bytes: &[u8], little_endian: bool) -> Result<Decoded, LoadError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(problem(
            "El archivo está en UTF-16 pero le falta su último byte: está cortado. Pida el archivo completo.".into(),
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| {
        if little_endian {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let text: Result<String, _> = char::decode_utf16(units).collect();
    match text {
        Ok(t) => Ok(Decoded {
            text: t.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(t),
            note: Some(
                "El archivo estaba en UTF-16 («Texto Unicode» de Excel o el Bloc de notas); se leyó sin problema. Al exportar se guarda en UTF-8."
                    .into(),
            ),
        }),
        Err(_) => Err(problem(
            "El archivo parece UTF-16 pero tiene caracteres dañados: guárdelo de nuevo como UTF-8.".into(),
        )),
    }
}

/// Windows-1252: Latin-1 plus typographic signs in 0x80–0x9F (curly quotes, dashes, €).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = "{\"name\": \"Año – Señor “ñ” €\"}";

    #[test]
    fn utf8_with_or_without_mark_reads_as_is() {
        assert_eq!(decode(JSON.as_bytes()).unwrap().text, JSON);
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(JSON.as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.note), (JSON, None));
    }

    #[test]
    fn utf16_both_orders_with_or_without_mark() {
        let le: Vec<u8> = JSON.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = JSON.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        for (bytes, mark) in [(le.clone(), vec![0xFF, 0xFE]), (be.clone(), vec![0xFE, 0xFF])] {
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, JSON);
            assert!(d.note.unwrap().contains("UTF-16"));
            let with_mark: Vec<u8> = mark.into_iter().chain(bytes).collect();
            assert_eq!(decode(&with_mark).unwrap().text, JSON);
        }
        let mut cut = vec![0xFF, 0xFE];
        cut.extend_from_slice(&le[..le.len() - 1]);
        assert!(decode(&cut).unwrap_err().message.contains("cortado"));
    }

    #[test]
    fn windows_1252_from_excel_is_read_with_a_note() {
        // "Año – Señor “ñ” €" as Excel saves it in ANSI.
        let bytes = b"{\"name\": \"A\xf1o \x96 Se\xf1or \x93\xf1\x94 \x80\"}";
        let d = decode(bytes).unwrap();
        assert_eq!(d.text, JSON);
        assert!(d.note.unwrap().contains("Windows-1252"));
    }
}
