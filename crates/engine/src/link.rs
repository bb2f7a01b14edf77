//! A small plan carried in a page address, so a trainer hands one exercise to a room with no
//! server and no USB stick (issue 20). The address ends in `#plan=` and the plan's JSON,
//! compressed (raw deflate, by the browser) and written in base64url without padding. A fragment
//! never reaches any server: the page reads it.
//!
//! This module holds the rules (the marker, the alphabet, the longest address written, the
//! messages); the compression is the browser's.

/// What starts a plan in an address's fragment.
pub const MARKER: &str = "#plan=";

/// The longest address Semáforo writes. E-mail clients, chat apps and the usual QR codes carry
/// a few thousand characters reliably, some browsers' address bars and older servers' logs
/// fewer; a teaching example takes about 1,000, the Ilo plan about 16,000.
pub const MAX_CHARS: usize = 8_000;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The address that carries `compressed` (a plan's JSON after raw deflate) from the page at
/// `page` (its address without a fragment), or why it cannot be made.
pub fn address(page: &str, compressed: &[u8]) -> Result<String, String> {
    let mut out = String::with_capacity(page.len() + MARKER.len() + compressed.len() * 4 / 3 + 4);
    out.push_str(page.split('#').next().unwrap_or(page));
    out.push_str(MARKER);
    for chunk in compressed.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    if out.chars().count() > MAX_CHARS {
        return Err(format!(
            "Este plan es demasiado grande para un enlace: ocuparía {} caracteres y un enlace se comparte \
             con seguridad hasta {}. Compártalo como archivo con «Guardar el plan en un archivo».",
            group(out.chars().count()),
            group(MAX_CHARS)
        ));
    }
    Ok(out)
}

/// The compressed plan in an address's fragment (`#plan=…`), `None` when the fragment carries
/// no plan, or why it cannot be read.
pub fn read(fragment: &str) -> Option<Result<Vec<u8>, String>> {
    let text = fragment.strip_prefix(MARKER)?;
    let damaged = |why: &str| {
        Err(format!(
            "El enlace está dañado o incompleto ({why}): pida que se lo envíen de nuevo, o el plan como archivo."
        ))
    };
    if text.is_empty() {
        return Some(damaged("no trae ningún plan"));
    }
    if text.len() % 4 == 1 {
        return Some(damaged("le faltan caracteres al final"));
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut n = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            return Some(damaged("tiene caracteres que un enlace de Semáforo no lleva"));
        };
        n = n << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits & 0xff) as u8);
        }
    }
    Some(Ok(out))
}

/// "8,000": grouped as every figure on screen.
pub(crate) fn group(n: usize) -> String {
    crate::decimal_util::fmt_plain(rust_decimal::Decimal::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_round_trips() {
        for len in 0..70usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let made = address("https://x.pe/semaforo/?a=1#old", &bytes).unwrap();
            assert!(made.starts_with("https://x.pe/semaforo/?a=1#plan="), "{made}");
            let fragment = &made[made.find('#').unwrap()..];
            if len == 0 {
                assert!(read(fragment).unwrap().is_err());
            } else {
                assert_eq!(read(fragment).unwrap().unwrap(), bytes, "length {len}");
            }
        }
    }

    #[test]
    fn the_alphabet_is_safe_in_an_address() {
        let made = address("p", &(0..=255).collect::<Vec<u8>>()).unwrap();
        assert!(made["p#plan=".len()..]
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn too_long_is_refused_with_the_figures() {
        let err = address("https://x.pe/", &vec![7u8; MAX_CHARS]).unwrap_err();
        assert!(err.contains("demasiado grande"), "{err}");
        assert!(err.contains("8,000") && err.contains("10,686"), "{err}");
        assert!(err.contains("Guardar el plan en un archivo"), "{err}");
    }

    #[test]
    fn other_fragments_are_not_plans() {
        assert!(read("").is_none());
        assert!(read("#contenido").is_none());
        assert!(read("plan=abc").is_none());
    }

    #[test]
    fn damaged_links_say_so() {
        for (fragment, why) in [
            ("#plan=", "no trae"),
            ("#plan=abcde", "faltan"),
            ("#plan=ab%20c", "caracteres"),
            ("#plan=abc+/", "caracteres"),
        ] {
            let err = read(fragment).unwrap().unwrap_err();
            assert!(err.contains("dañado") && err.contains(why), "{fragment}: {err}");
        }
    }
}
