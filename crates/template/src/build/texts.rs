//! The report's texts (one section per row, a long text continued on the rows below) and the
//! change log (read back from each entry's JSON, never from the readable columns).

use std::collections::BTreeMap;

use semaforo_engine::history;
use semaforo_engine::load::MAX_TEXT_BYTES;
use semaforo_engine::{HistoryEntry, ReportTexts};

use super::table::{json_len, Fields, Table};
use crate::layout::{recognize_section, section_label, Col, Section};
use crate::read::cells;
use crate::report::Problems;

pub fn read_texts(table: &Table, p: &mut Problems) -> ReportTexts {
    // (section, text, first row, last row), in order; consecutive rows of one section join.
    let mut parts: Vec<(Section, String, u32, u32)> = Vec::new();
    for row in table.rows() {
        let mut r = Fields::new(table, row, p);
        let Some(raw) = r.raw(Col::Section).and_then(cells::text) else {
            if !r.blank(Col::Text) {
                r.error(Col::Section, "Falta la sección de este texto (p. ej. Conclusiones).");
            }
            continue;
        };
        let Some(section) = recognize_section(&raw) else {
            r.error(
                Col::Section,
                &format!(
                    "«{}» no es una sección del informe; use Contexto, Conclusiones, Recomendaciones, Medidas de mejora o «Párrafo: OEI.01».",
                    cells::clip(raw.trim())
                ),
            );
            continue;
        };
        // Each piece as read: a long text's pieces must not be cut by the length check.
        let text = r
            .raw(Col::Text)
            .and_then(|v| match v {
                cells::Value::Text(s) => Some(s.clone()),
                other => cells::text(other),
            })
            .unwrap_or_default();
        match parts.last_mut() {
            Some((s, t, _, last)) if *s == section => {
                t.push_str(&text);
                *last = r.number();
            }
            _ => parts.push((section, text, r.number(), r.number())),
        }
    }
    let mut texts = ReportTexts::default();
    let mut first_at: BTreeMap<String, u32> = BTreeMap::new();
    let col = table.find(Col::Section).map(|b| b.describe());
    for (section, text, first, last) in parts {
        let label = section_label(&section);
        if let Some(before) = first_at.get(&label) {
            p.error(
                table.name(),
                Some(first),
                col.clone(),
                format!(
                    "La sección «{label}» ya está en la fila {before}: un texto largo debe seguir en las filas inmediatamente siguientes."
                ),
            );
            continue;
        }
        first_at.insert(label.clone(), first);
        if json_len(&text) > MAX_TEXT_BYTES {
            p.error(
                table.name(),
                Some(first),
                table.find(Col::Text).map(|b| b.describe()),
                format!(
                    "El texto de «{label}» (filas {first} a {last}) tiene {} caracteres: el plan admite hasta {MAX_TEXT_BYTES} bytes por texto.",
                    text.chars().count()
                ),
            );
            continue;
        }
        if text.trim().is_empty() {
            continue;
        }
        match section {
            Section::Context => texts.context = text,
            Section::Conclusions => texts.conclusions = text,
            Section::Recommendations => texts.recommendations = text,
            Section::Improvement => texts.improvement_measures = text,
            Section::Narrative(key) => {
                texts.narratives.insert(key, text);
            }
        }
    }
    texts
}

/// The log, entry by entry from the JSON column; an entry too long for one cell continues in
/// the JSON cells of the rows below, which have no `N.°`.
pub fn read_history(table: &Table, p: &mut Problems) -> Vec<HistoryEntry> {
    let mut pieces: Vec<(u32, String)> = Vec::new();
    for row in table.rows() {
        let r = Fields::new(table, row, p);
        let json = match r.raw(Col::Json) {
            Some(cells::Value::Text(s)) => s.clone(),
            Some(other) => cells::text(other).unwrap_or_default(),
            None => String::new(),
        };
        let continues = table.has(Col::Seq) && r.blank(Col::Seq) && !pieces.is_empty() && !json.is_empty();
        match pieces.last_mut() {
            Some((_, text)) if continues => text.push_str(&json),
            _ => pieces.push((r.number(), json)),
        }
    }
    let col = table.find(Col::Json).map(|b| b.describe());
    let mut out = Vec::new();
    for (row, json) in pieces {
        if json.trim().is_empty() {
            p.error(
                table.name(),
                Some(row),
                col.clone(),
                "Falta el registro (JSON) de este cambio: el historial no se edita a mano; vuelva a exportar la plantilla desde Semáforo.".into(),
            );
            continue;
        }
        match serde_json::from_str::<HistoryEntry>(&json) {
            Ok(e) => out.push(e),
            Err(e) => p.error(
                table.name(),
                Some(row),
                col.clone(),
                format!(
                    "El registro de este cambio está dañado ({e}): el historial no se edita a mano; vuelva a exportar la plantilla desde Semáforo."
                ),
            ),
        }
    }
    let status = history::verify(&out);
    if !status.is_intact() {
        p.warning(table.name(), None, None, status.describe());
    }
    out
}
