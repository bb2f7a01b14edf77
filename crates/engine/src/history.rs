//! The change log kept inside the plan file: who changed which value, when, from what to what,
//! and where the new value came from. Entries are chained by SHA-256 so that rewriting an earlier
//! entry is visible. A chain alone cannot stop someone from rebuilding every later hash: what it
//! gives the planning office is that a returned file must extend, entry for entry, the history it
//! sent out, and that values changed outside the app show up as unlogged.

use rust_decimal::Decimal;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::field::FieldRef;
use crate::model::{HistoryEntry, Origin, Plan};

/// Who is recording a change, and when (ISO 8601 UTC, as the browser's `toISOString`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub by: String,
    pub at: String,
}

/// Typing the same value again within this many seconds amends the last entry instead of
/// adding one per keystroke.
const AMEND_WITHIN_SECONDS: i64 = 120;

#[derive(Serialize)]
struct Hashed<'a> {
    seq: u64,
    at: &'a str,
    by: &'a str,
    field: &'a str,
    old: Option<String>,
    new: Option<String>,
    // Only written when present, so the entries of files made before texts were logged keep
    // their hashes.
    #[serde(skip_serializing_if = "Option::is_none")]
    old_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_text: Option<&'a str>,
    origin: &'a Origin,
    prev: &'a str,
}

/// The hash an entry should carry, from its content and the previous hash.
pub fn entry_hash(e: &HistoryEntry) -> String {
    let canonical = Hashed {
        seq: e.seq,
        at: &e.at,
        by: &e.by,
        field: &e.field,
        old: e.old.map(|d| d.to_string()),
        new: e.new.map(|d| d.to_string()),
        old_text: e.old_text.as_deref(),
        new_text: e.new_text.as_deref(),
        origin: &e.origin,
        prev: &e.prev,
    };
    // A struct of strings and numbers always serialises.
    let text = serde_json::to_string(&canonical).unwrap_or_default();
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn seal(mut e: HistoryEntry) -> HistoryEntry {
    e.hash = entry_hash(&e);
    e
}

/// Sets a value and logs the change. Returns false when the item is not in the plan; a value set
/// to what it already was logs nothing.
pub fn record(plan: &mut Plan, field: &FieldRef, value: Option<Decimal>, stamp: &Stamp, origin: Origin) -> bool {
    let Some(old) = field.read(plan) else {
        return false;
    };
    if old == value {
        return true;
    }
    field.write(plan, value);
    log(plan, field.to_string(), Change::Figure(old, value), stamp, origin);
    true
}

/// Logs that the value on screen was kept against `rejected` values proposed by `file`: the value
/// does not change, the decision is recorded (who, when, against what).
pub fn record_kept(plan: &mut Plan, field: &FieldRef, rejected: Vec<Option<Decimal>>, file: String, stamp: &Stamp) {
    let Some(now) = field.read(plan) else {
        return;
    };
    push(
        plan,
        field.to_string(),
        (now, now, None, None),
        stamp,
        Origin::Kept { file, rejected },
    );
}

/// The values already refused for a field, while it still holds the value they were refused
/// for: a merge does not ask about them again.
pub fn refused(plan: &Plan, field: &FieldRef) -> Vec<Option<Decimal>> {
    let Some(last) = provenance_entry(plan, field) else {
        return Vec::new();
    };
    let rejected = match &last.origin {
        Origin::Merged { rejected, .. } | Origin::Kept { rejected, .. } => rejected,
        Origin::Typed => return Vec::new(),
    };
    if field.read(plan) == Some(last.new) {
        rejected.clone()
    } else {
        Vec::new()
    }
}

/// What a log entry says changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A figure (a value, a target, a baseline).
    Figure(Option<Decimal>, Option<Decimal>),
    /// Anything said in words: a name, a unit, an item added or removed.
    Text(Option<String>, Option<String>),
}

impl Change {
    fn is_noop(&self) -> bool {
        match self {
            Change::Figure(a, b) => a == b,
            Change::Text(a, b) => a == b,
        }
    }
}

/// Adds an entry for a change already made to the plan. Typing into the same field again within
/// a couple of minutes amends the last entry instead of adding one per keystroke, and typing back
/// what the entry started from removes it.
pub fn log(plan: &mut Plan, field: String, change: Change, stamp: &Stamp, origin: Origin) {
    if change.is_noop() {
        return;
    }
    if origin == Origin::Typed {
        if let Some(head) = plan.history.last_mut() {
            let amend = head.field == field
                && head.by == stamp.by
                && head.origin == Origin::Typed
                && seconds_between(&head.at, &stamp.at).is_some_and(|s| (0..=AMEND_WITHIN_SECONDS).contains(&s));
            if amend {
                let back_to_start = match &change {
                    Change::Figure(_, new) => {
                        head.new = *new;
                        head.old == *new
                    }
                    Change::Text(_, new) => {
                        head.new_text = new.clone();
                        head.old_text == *new
                    }
                };
                if back_to_start {
                    plan.history.pop();
                } else {
                    head.at = stamp.at.clone();
                    head.hash = entry_hash(head);
                }
                return;
            }
        }
    }
    let parts = match change {
        Change::Figure(a, b) => (a, b, None, None),
        Change::Text(a, b) => (None, None, a, b),
    };
    push(plan, field, parts, stamp, origin);
}

/// Old and new figure, old and new text.
type Parts = (Option<Decimal>, Option<Decimal>, Option<String>, Option<String>);

/// Appends an entry, chained to the last one.
fn push(plan: &mut Plan, field: String, (old, new, old_text, new_text): Parts, stamp: &Stamp, origin: Origin) {
    let (seq, prev) = match plan.history.last() {
        Some(h) => (h.seq + 1, h.hash.clone()),
        None => (1, String::new()),
    };
    plan.history.push(seal(HistoryEntry {
        seq,
        at: stamp.at.clone(),
        by: stamp.by.clone(),
        field,
        old,
        new,
        old_text,
        new_text,
        origin,
        prev,
        hash: String::new(),
    }));
}

/// Whether a log is intact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainStatus {
    Intact {
        entries: usize,
    },
    /// The first entry (1-based position) whose hash, link or number does not match.
    Broken {
        position: usize,
        seq: u64,
        reason: String,
    },
}

impl ChainStatus {
    pub fn is_intact(&self) -> bool {
        matches!(self, ChainStatus::Intact { .. })
    }

    /// A sentence for people.
    pub fn describe(&self) -> String {
        match self {
            ChainStatus::Intact { entries: 0 } => "Sin historial de cambios.".into(),
            ChainStatus::Intact { entries } => {
                format!(
                    "Historial íntegro: {}, cada uno encadenado al anterior.",
                    crate::words::count(*entries as u64, "cambio", "cambios")
                )
            }
            ChainStatus::Broken { position, reason, .. } => format!(
                "Historial alterado a partir del cambio n.º {position}: {reason}. Los cambios desde ahí no son confiables."
            ),
        }
    }
}

pub fn verify(history: &[HistoryEntry]) -> ChainStatus {
    let mut prev = "";
    for (i, e) in history.iter().enumerate() {
        let broken = |reason: &str| ChainStatus::Broken {
            position: i + 1,
            seq: e.seq,
            reason: reason.into(),
        };
        if e.seq != i as u64 + 1 {
            return broken("la numeración salta (falta o sobra un cambio)");
        }
        if e.prev != prev {
            return broken("no enlaza con el cambio anterior");
        }
        if e.hash != entry_hash(e) {
            return broken("su contenido no coincide con su huella (fue modificado)");
        }
        prev = &e.hash;
    }
    ChainStatus::Intact { entries: history.len() }
}

/// Where the current content of a value came from: the last log entry that set it, if any (a
/// kept decision did not set it).
pub fn provenance<'a>(plan: &'a Plan, field: &FieldRef) -> Option<&'a HistoryEntry> {
    let key = field.to_string();
    plan.history
        .iter()
        .rev()
        .find(|e| e.field == key && !matches!(e.origin, Origin::Kept { .. }))
}

/// The last log entry about a value, a kept decision included.
fn provenance_entry<'a>(plan: &'a Plan, field: &FieldRef) -> Option<&'a HistoryEntry> {
    let key = field.to_string();
    plan.history.iter().rev().find(|e| e.field == key)
}

/// Every log entry for one value, oldest first.
pub fn entries_for<'a>(plan: &'a Plan, field: &FieldRef) -> Vec<&'a HistoryEntry> {
    let key = field.to_string();
    plan.history.iter().filter(|e| e.field == key).collect()
}

/// Values whose content differs from what the log says they were last set to: changed outside
/// the app (or the log was cut).
pub fn unlogged_changes(plan: &Plan) -> Vec<FieldRef> {
    let mut last: std::collections::BTreeMap<&str, Option<Decimal>> = Default::default();
    for e in &plan.history {
        last.insert(&e.field, e.new);
    }
    last.into_iter()
        .filter_map(|(k, v)| {
            let f = FieldRef::parse(k)?;
            (f.read(plan)? != v).then_some(f)
        })
        .collect()
}

/// A sentence for people: "Rentas lo escribió en Semáforo el 20/11/2026 10:05 UTC".
pub fn describe_entry(e: &HistoryEntry) -> String {
    describe_with(e, human_time)
}

/// The same sentence with times in the reader's local time, `offset_minutes` east of UTC (Peru:
/// −300), as the page's clock shows them.
pub fn describe_entry_local(e: &HistoryEntry, offset_minutes: i32) -> String {
    describe_with(e, |t| local_time(t, offset_minutes))
}

fn describe_with(e: &HistoryEntry, time: impl Fn(&str) -> String) -> String {
    let when = time(&e.at);
    match &e.origin {
        Origin::Typed => format!("{} lo escribió en Semáforo el {when}", e.by),
        Origin::Kept { file, rejected } => format!(
            "{} mantuvo el valor en pantalla el {when} frente a {} de «{file}»",
            e.by,
            crate::words::join_y(&rejected.iter().map(|v| figure_words(*v)).collect::<Vec<_>>())
        ),
        Origin::Merged {
            file,
            author,
            authored_at,
            chosen,
            ..
        } => {
            let who = author.as_deref().unwrap_or("una unidad (sin nombre)");
            let at = authored_at
                .as_deref()
                .map(&time)
                .map(|t| format!(" el {t}"))
                .unwrap_or_default();
            let how = if *chosen {
                " (elegido entre valores en conflicto)"
            } else {
                ""
            };
            format!(
                "{who} lo ingresó{at}; {} lo incorporó desde «{file}» el {when}{how}",
                e.by
            )
        }
    }
}

/// A proposed figure in words: "12.5", or "vacío" for clearing it.
fn figure_words(v: Option<Decimal>) -> String {
    v.map(crate::decimal_util::fmt_plain).unwrap_or_else(|| "vacío".into())
}

/// "2026-11-20T10:05:07.123Z" → "20/11/2026 10:05 UTC"; anything else as it is.
pub fn human_time(iso: &str) -> String {
    let b = iso.as_bytes();
    if b.len() >= 16 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':' {
        format!("{}/{}/{} {} UTC", &iso[8..10], &iso[5..7], &iso[0..4], &iso[11..16])
    } else {
        iso.to_string()
    }
}

/// "2026-11-20T15:05:07Z" at −300 minutes → "20/11/2026 10:05" (local time, so no zone is
/// written); anything unreadable as it is.
pub fn local_time(iso: &str, offset_minutes: i32) -> String {
    let Some(t) = epoch_seconds(iso) else {
        return iso.to_string();
    };
    let t = t + i64::from(offset_minutes) * 60;
    let (days, secs) = (t.div_euclid(86_400), t.rem_euclid(86_400));
    // Civil date from days (Howard Hinnant's algorithm), the inverse of `epoch_seconds`.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{d:02}/{m:02}/{y} {:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// Seconds from `a` to `b`, both "YYYY-MM-DDTHH:MM:SS…" in UTC; `None` if either is unreadable.
fn seconds_between(a: &str, b: &str) -> Option<i64> {
    Some(epoch_seconds(b)? - epoch_seconds(a)?)
}

fn epoch_seconds(iso: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| iso.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

#[cfg(test)]
mod local_time_tests {
    use super::local_time;

    #[test]
    fn times_are_shown_in_the_readers_clock() {
        assert_eq!(local_time("2026-11-20T15:05:07.123Z", -300), "20/11/2026 10:05");
        // Across midnight, a month and a year.
        assert_eq!(local_time("2027-01-01T02:30:00Z", -300), "31/12/2026 21:30");
        assert_eq!(local_time("2024-02-29T23:59:00Z", 60), "01/03/2024 00:59");
        assert_eq!(local_time("no es una hora", -300), "no es una hora");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;
    use crate::load_plan;

    fn stamp(by: &str, at: &str) -> Stamp {
        Stamp {
            by: by.into(),
            at: at.into(),
        }
    }

    fn obtained(code: &str) -> FieldRef {
        FieldRef::Obtained {
            indicator: code.into(),
            period: "2022".into(),
        }
    }

    #[test]
    fn epoch_seconds_match_known_dates() {
        assert_eq!(epoch_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(epoch_seconds("2026-11-25T14:50:03.120Z"), Some(1_795_618_203));
        assert_eq!(epoch_seconds("ayer"), None);
    }

    #[test]
    fn typing_amends_the_last_entry_and_a_later_change_adds_one() {
        let mut p = load_plan(ILO_2022).unwrap();
        let f = obtained("IND.01.OEI.02");
        let before = f.read(&p).unwrap();
        for (v, at) in [("5", "2026-11-25T10:00:00Z"), ("55", "2026-11-25T10:00:01Z")] {
            assert!(record(
                &mut p,
                &f,
                Some(v.parse().unwrap()),
                &stamp("Rentas", at),
                Origin::Typed
            ));
        }
        assert_eq!(p.history.len(), 1);
        assert_eq!(p.history[0].old, before);
        assert_eq!(p.history[0].new, Some("55".parse().unwrap()));
        record(
            &mut p,
            &f,
            Some("56".parse().unwrap()),
            &stamp("Rentas", "2026-11-25T11:00:00Z"),
            Origin::Typed,
        );
        assert_eq!(p.history.len(), 2);
        assert_eq!(p.history[1].prev, p.history[0].hash);
        assert!(verify(&p.history).is_intact());
        // Typing back the value the entry started from removes the entry.
        record(
            &mut p,
            &f,
            Some("55".parse().unwrap()),
            &stamp("Rentas", "2026-11-25T11:00:30Z"),
            Origin::Typed,
        );
        assert_eq!(p.history.len(), 1);
        assert!(unlogged_changes(&p).is_empty());
        assert_eq!(provenance(&p, &f).unwrap().by, "Rentas");
    }

    #[test]
    fn entries_without_texts_keep_the_hash_they_always_had() {
        // Files written before structure changes were logged must still verify.
        let e = HistoryEntry {
            seq: 1,
            at: "2026-11-25T10:00:00Z".into(),
            by: "Rentas".into(),
            field: "obtenido/IND.01/2022".into(),
            old: None,
            new: Some("5.50".parse().unwrap()),
            old_text: None,
            new_text: None,
            origin: Origin::Typed,
            prev: String::new(),
            hash: String::new(),
        };
        let canonical = r#"{"seq":1,"at":"2026-11-25T10:00:00Z","by":"Rentas","field":"obtenido/IND.01/2022","old":null,"new":"5.50","origin":{"kind":"typed"},"prev":""}"#;
        let expected: String = Sha256::digest(canonical.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(entry_hash(&e), expected);
        let with_text = HistoryEntry {
            old_text: Some("Antes".into()),
            ..e.clone()
        };
        assert_ne!(entry_hash(&with_text), expected);
    }

    #[test]
    fn a_text_change_is_logged_amended_and_undone_like_a_figure() {
        let mut p = load_plan(ILO_2022).unwrap();
        let n = p.history.len();
        let f = "estructura/OEI.01/nombre".to_string();
        let text = |s: &str| Some(s.to_string());
        log(
            &mut p,
            f.clone(),
            Change::Text(text("A"), text("B")),
            &stamp("Ana", "2026-11-25T10:00:00Z"),
            Origin::Typed,
        );
        log(
            &mut p,
            f.clone(),
            Change::Text(text("B"), text("C")),
            &stamp("Ana", "2026-11-25T10:00:30Z"),
            Origin::Typed,
        );
        assert_eq!(p.history.len(), n + 1);
        assert_eq!(
            (p.history[n].old_text.as_deref(), p.history[n].new_text.as_deref()),
            (Some("A"), Some("C"))
        );
        assert!(verify(&p.history).is_intact());
        log(
            &mut p,
            f,
            Change::Text(text("C"), text("A")),
            &stamp("Ana", "2026-11-25T10:01:00Z"),
            Origin::Typed,
        );
        assert_eq!(p.history.len(), n);
    }

    #[test]
    fn rewriting_any_entry_is_detected() {
        let mut p = load_plan(ILO_2022).unwrap();
        for (i, code) in ["IND.01.OEI.01", "IND.01.OEI.02", "IND.01.OEI.03"].iter().enumerate() {
            let at = format!("2026-11-25T1{i}:00:00Z");
            record(
                &mut p,
                &obtained(code),
                Some(Decimal::from(i as i64 + 1)),
                &stamp("A", &at),
                Origin::Typed,
            );
        }
        assert_eq!(verify(&p.history), ChainStatus::Intact { entries: 3 });
        let mut changed = p.history.clone();
        changed[1].new = Some(Decimal::from(99));
        assert!(matches!(verify(&changed), ChainStatus::Broken { position: 2, .. }));
        // Re-sealing the changed entry still breaks the link to the next one.
        changed[1] = seal(changed[1].clone());
        assert!(matches!(verify(&changed), ChainStatus::Broken { position: 3, .. }));
        let mut cut = p.history.clone();
        cut.remove(0);
        assert!(matches!(verify(&cut), ChainStatus::Broken { position: 1, .. }));
        // A value edited by hand in the file shows as unlogged.
        obtained("IND.01.OEI.02").write(&mut p, Some(Decimal::from(7)));
        assert_eq!(unlogged_changes(&p), vec![obtained("IND.01.OEI.02")]);
    }
}
