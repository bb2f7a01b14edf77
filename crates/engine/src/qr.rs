//! A QR code for a plan's link, so a room can open it by pointing a phone at the projector.
//! The matrix comes from Nayuki's reference encoder; this module decides the limits and the
//! messages, and draws the code as one SVG path (one rectangle per run of dark modules).

use qrcodegen::{QrCode, QrCodeEcc};

/// The most bytes a QR code holds (version 40, low error correction, byte mode).
pub const MAX_BYTES: usize = 2_953;

/// Modules of light margin around the code, as the standard asks so readers find it.
const QUIET: u32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, margin included.
    pub side: u32,
    /// SVG path data of the dark modules, in module units.
    pub path: String,
}

/// The QR code of `text`, or why there is none (too long for one).
pub fn encode(text: &str) -> Result<Qr, String> {
    let too_long = || {
        format!(
            "Este enlace es demasiado largo para un código QR ({} caracteres; un código QR lleva hasta {}). \
             Envíe el enlace por correo o chat, o compártalo como archivo.",
            crate::link::group(text.chars().count()),
            crate::link::group(MAX_BYTES)
        )
    };
    if text.len() > MAX_BYTES {
        return Err(too_long());
    }
    let code = QrCode::encode_text(text, QrCodeEcc::Low).map_err(|_| too_long())?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let q = QUIET as i32;
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + q, y + q, x - start, x - start));
        }
    }
    Ok(Qr {
        side: size as u32 + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules the path draws, as a set of (x, y).
    fn dark(qr: &Qr) -> std::collections::BTreeSet<(u32, u32)> {
        let mut out = std::collections::BTreeSet::new();
        for run in qr.path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<u32> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().expect("a number"))
                .collect();
            let (x, y, len) = (nums[0], nums[1], nums[2]);
            out.extend((x..x + len).map(|x| (x, y)));
        }
        out
    }

    #[test]
    fn a_short_link_is_a_small_code_with_its_finder_patterns_inside_a_margin() {
        let qr = encode("http://localhost:8080/#plan=abc").expect("fits");
        // Version 3 (29 modules) at most for 31 bytes at low correction, plus 4 of margin each side.
        assert!(qr.side <= 29 + 8, "{}", qr.side);
        let dark = dark(&qr);
        // The top-left finder: a 7×7 dark ring starting right after the margin.
        for i in 0..7 {
            assert!(dark.contains(&(QUIET + i, QUIET)));
            assert!(dark.contains(&(QUIET, QUIET + i)));
        }
        assert!(!dark.contains(&(QUIET + 1, QUIET + 1)), "the ring's light inside");
        assert!(dark
            .iter()
            .all(|&(x, y)| x >= QUIET && y >= QUIET && x < qr.side - QUIET && y < qr.side - QUIET));
    }

    #[test]
    fn the_same_link_always_draws_the_same_code() {
        assert_eq!(encode("http://a/#plan=xyz"), encode("http://a/#plan=xyz"));
        assert_ne!(encode("http://a/#plan=xyz"), encode("http://a/#plan=xyw"));
    }

    #[test]
    fn a_link_a_qr_code_cannot_hold_is_refused_with_the_reason() {
        let long = format!("http://a/#plan={}", "A".repeat(3_000));
        let e = encode(&long).expect_err("too long");
        assert!(
            e.starts_with(
                "Este enlace es demasiado largo para un código QR (3,015 caracteres; un código QR lleva hasta 2,953)."
            ),
            "{e}"
        );
        // The longest that fits does.
        let most = format!("http://a/#plan={}", "A".repeat(MAX_BYTES - 15));
        assert_eq!(most.len(), MAX_BYTES);
        assert!(encode(&most).is_ok());
    }
}
