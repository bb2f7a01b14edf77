//! Reading a plan file, with errors a planner can act on: in Spanish, naming the item by its
//! code, saying what was expected, and listing every problem of a file at once.

use serde::Deserialize;
use serde_json::Value;

use crate::encoding;
use crate::model::{Plan, FORMAT_VERSION};
use crate::problems;

/// The largest plan file read. A consolidated regional plan is a few tens of MB; anything far
/// larger is refused before it is parsed, so a wrong file cannot exhaust the browser's memory.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// The longest single text (name, note, justification) accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 100_000;

/// Why a file could not be read. `message` is Spanish and names the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    /// Where, in words: `OEI.03 › indicador IND.01.OEI.03 › campo «unit»`.
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Every problem found, each naming its place ("En … : …."); empty for a file that could not
    /// be parsed at all (the message says where it stops being JSON).
    pub problems: Vec<String>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LoadError {}

/// Just enough to tell the version before reading the rest.
#[derive(Deserialize)]
struct Probe {
    format_version: Option<serde_json::Value>,
}

/// The oldest format version this build still reads (and migrates on load).
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// A plan read from a file, the format version it was migrated from, if older, and what the
/// user should know (unknown fields skipped, an encoding other than UTF-8).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub migrated_from: Option<u32>,
    pub warnings: Vec<String>,
}

impl Loaded {
    /// A sentence for the user when the file was migrated.
    pub fn migration_note(&self) -> Option<String> {
        self.migrated_from.map(|v| {
            format!(
                "El archivo usaba el formato versión {v}; se actualizó a la versión {FORMAT_VERSION} sin perder datos (al guardarlo o exportarlo se escribirá en la versión nueva)."
            )
        })
    }

    /// Migration note and warnings, as one text for a notice.
    pub fn remarks(&self) -> Option<String> {
        let all: Vec<String> = self
            .migration_note()
            .into_iter()
            .chain(self.warnings.iter().cloned())
            .collect();
        (!all.is_empty()).then(|| all.join(" "))
    }
}

pub fn load_plan(text: &str) -> Result<Plan, LoadError> {
    load_plan_report(text).map(|l| l.plan)
}

/// Reads a plan from a file's bytes, whatever encoding Excel or Notepad saved it in.
pub fn load_plan_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    check_size(bytes.len())?;
    let decoded = encoding::decode(bytes)?;
    let mut loaded = load_plan_report(&decoded.text)?;
    if let Some(n) = decoded.note {
        loaded.warnings.insert(0, n);
    }
    Ok(loaded)
}

/// Refuses a file too large to be a plan, before reading it.
pub fn check_size(bytes: usize) -> Result<(), LoadError> {
    if bytes <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(plain(&format!(
        "El archivo pesa {} MB; Semáforo abre planes de hasta {} MB. ¿Es el archivo correcto? Un plan consolidado de toda una región ocupa unos 20 MB.",
        bytes / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )))
}

/// Reads a plan and says whether it had to be migrated from an older format version.
pub fn load_plan_report(text: &str) -> Result<Loaded, LoadError> {
    match read_quickly(text)? {
        Reading::Plan(loaded) => Ok(loaded),
        Reading::Unclean(unclean) => examine(text, &unclean),
    }
}

/// What the first, fast reading of a file found. (Returned once per file and matched at once:
/// boxing the plan would only add an allocation.)
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Reading {
    /// A plan, read at once (a file Semáforo wrote is always read this way).
    Plan(Loaded),
    /// A file that is JSON in a supported version but not a plan as it stands: unknown fields,
    /// or one or more items to name. [`examine`] reads it item by item.
    Unclean(Unclean),
}

/// Where the fast reading stopped, for [`examine`] and [`unclean_error`].
#[derive(Debug, Clone, PartialEq)]
pub struct Unclean {
    version: u32,
    line: usize,
    column: usize,
    first: String,
}

/// The fast reading: a good file is read once. Separate from [`examine`] so a page can keep the
/// examiner (most of the reading code) out of its first load and fetch it with the first file
/// that needs it.
pub fn read_quickly(text: &str) -> Result<Reading, LoadError> {
    check_size(text.len())?;
    // Editors on Windows often save UTF-8 with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(plain("El archivo está vacío: no contiene ningún plan."));
    }
    let first = match serde_json::from_str::<Plan>(text) {
        Ok(plan) => {
            let version = check_version(Some(plan.format_version.into()))?;
            long_text(text)?;
            return finish(plan, version, Vec::new()).map(Reading::Plan);
        }
        Err(e) => e,
    };
    // Only when it is not a plan is it read again, for the version alone and then (by
    // `examine`) item by item, so the user hears the most useful problem first.
    let probe: Probe = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    let version = check_version(probe.format_version)?;
    long_text(text)?;
    Ok(Reading::Unclean(Unclean {
        version,
        line: first.line(),
        column: first.column(),
        first: first.to_string(),
    }))
}

/// Reads a file the fast reading could not, as a tree, item by item: every problem listed at
/// once, unknown fields skipped and named.
pub fn examine(text: &str, unclean: &Unclean) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (line, column) = (Some(unclean.line), Some(unclean.column));
    let mut doc: Value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    let found = problems::examine(&mut doc);
    if !found.problems.is_empty() {
        return Err(many(found.problems, line, column));
    }
    match serde_json::from_str::<Plan>(&doc.to_string()) {
        Ok(plan) => finish(plan, unclean.version, found.unknown),
        Err(e) => Err(many(
            vec![format!(
                "En el documento: {}.",
                translate(&strip_position(&e.to_string()))
            )],
            line,
            column,
        )),
    }
}

/// What the fast reading alone can say about a file it could not read: the first problem, where
/// it is. For text only Semáforo writes (a draft), where [`examine`] is not worth its download.
pub fn unclean_error(unclean: &Unclean) -> LoadError {
    many(
        vec![format!(
            "En el documento: {}.",
            translate(&strip_position(&unclean.first))
        )],
        Some(unclean.line),
        Some(unclean.column),
    )
}

fn finish(mut plan: Plan, version: u32, unknown: Vec<String>) -> Result<Loaded, LoadError> {
    // Version 2 only added optional fields, so a version 1 plan needs nothing but the new number.
    plan.format_version = FORMAT_VERSION;
    crate::period::pin_verdicts(&mut plan);
    let plan = within_limits(plan)?;
    Ok(Loaded {
        plan,
        migrated_from: (version < FORMAT_VERSION).then_some(version),
        warnings: unknown_fields_warning(&unknown).into_iter().collect(),
    })
}

/// One error that lists every problem: the first alone keeps the old single-problem wording.
fn many(problems: Vec<String>, line: Option<usize>, column: Option<usize>) -> LoadError {
    let path = problems
        .first()
        .and_then(|p| p.strip_prefix("En "))
        .and_then(|p| p.split_once(": "))
        .map(|(place, _)| place.to_string());
    let message = match problems.len() {
        1 => problems[0].clone(),
        n => {
            let more = if n >= problems::MAX_PROBLEMS {
                " (se muestran los primeros; corrija estos y vuelva a abrirlo)"
            } else {
                ""
            };
            format!(
                "El archivo tiene {n} problemas{more}; se muestran todos a la vez:\n{}",
                problems.iter().map(|p| format!("• {p}")).collect::<Vec<_>>().join("\n")
            )
        }
    };
    LoadError {
        message,
        path,
        line,
        column,
        problems,
    }
}

/// Unknown fields are skipped; the user is told which, in case one is a typo.
fn unknown_fields_warning(places: &[String]) -> Option<String> {
    if places.is_empty() {
        return None;
    }
    let shown: Vec<String> = places.iter().take(10).map(|p| format!("«{p}»")).collect();
    let more = if places.len() > 10 {
        format!(" y {} más", places.len() - 10)
    } else {
        String::new()
    };
    Some(format!(
        "Se ignoraron campos que Semáforo no conoce (¿errores de escritura o un archivo de una versión más nueva?): {}{more}. El resto del plan se leyó normalmente.",
        shown.join("; ")
    ))
}

/// Refuses a file with a single text longer than any real name or note, saying where it is.
///
/// `text` must be valid JSON (both callers have parsed it). A text of more than `MAX_TEXT_BYTES`
/// bytes covers a whole aligned block of `MAX_TEXT_BYTES / 2` bytes in which no quote ends a text;
/// so when every block has a quote that does (one preceded by an even number of backslashes: in
/// valid JSON backslashes only occur in texts), no text is too long, and only a few bytes of each
/// block were looked at. Otherwise the exact scan finds the text and its place. Scanning every
/// byte of a 14 MB plan took a tenth of reading it in wasm.
fn long_text(text: &str) -> Result<(), LoadError> {
    const BLOCK: usize = MAX_TEXT_BYTES / 2;
    let bytes = text.as_bytes();
    let ends_a_text =
        |i: usize| bytes[i] == b'"' && bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0;
    let every_block_has_an_end = (0..bytes.len() / BLOCK).all(|k| (k * BLOCK..(k + 1) * BLOCK).any(ends_a_text));
    if every_block_has_an_end {
        return Ok(());
    }
    long_text_exact(text)
}

/// The text's first over-long text, byte by byte (see `long_text`). Runs only when some block
/// has no text end (a long text, or a long run of numbers), so it stays a plain state machine.
fn long_text_exact(text: &str) -> Result<(), LoadError> {
    let bytes = text.as_bytes();
    let (mut in_string, mut escaped, mut start) = (false, false, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            } else if i - start > MAX_TEXT_BYTES {
                return Err(too_long(bytes, start));
            }
        } else if b == b'"' {
            in_string = true;
            start = i;
        }
    }
    Ok(())
}

fn too_long(bytes: &[u8], start: usize) -> LoadError {
    let line = bytes[..start].iter().filter(|c| **c == b'\n').count() + 1;
    let column = start - bytes[..start].iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1) + 1;
    LoadError {
        message: format!(
            "En la línea {line}, columna {column}, hay un texto de más de {} caracteres: ningún nombre ni nota de un plan es tan largo. ¿Se pegó un documento entero en un campo?",
            MAX_TEXT_BYTES
        ),
        path: None,
        line: Some(line),
        column: Some(column),
        problems: Vec::new(),
    }
}

fn within_limits(plan: Plan) -> Result<Plan, LoadError> {
    let big = crate::limits::oversized(&plan);
    let Some((first, _)) = big.first() else {
        return Ok(plan);
    };
    let list: Vec<String> = big
        .iter()
        .take(5)
        .map(|(p, v)| format!("{} ({v})", crate::diagnostic::place(p)))
        .collect();
    let more = if big.len() > 5 {
        format!(" y {} más", big.len() - 5)
    } else {
        String::new()
    };
    Err(LoadError {
        message: format!(
            "Hay cifras demasiado grandes para ser reales (el máximo admitido es {}): {}{more}.",
            crate::limits::MAX_ABS_WORDS,
            list.join("; ")
        ),
        path: Some(first.clone()),
        line: None,
        column: None,
        problems: big
            .iter()
            .map(|(p, v)| {
                format!(
                    "En {}: la cifra {v} supera el máximo admitido, {}.",
                    crate::diagnostic::place(p),
                    crate::limits::MAX_ABS_WORDS
                )
            })
            .collect(),
    })
}

fn plain(message: &str) -> LoadError {
    LoadError {
        message: message.into(),
        path: None,
        line: None,
        column: None,
        problems: Vec::new(),
    }
}

fn check_version(v: Option<serde_json::Value>) -> Result<u32, LoadError> {
    let at = |m: String| LoadError {
        message: m,
        path: Some("format_version".into()),
        line: None,
        column: None,
        problems: Vec::new(),
    };
    let Some(v) = v else {
        return Err(at(format!(
            "Falta «format_version»: no parece un plan de Semáforo. Un plan empieza con \"format_version\": {FORMAT_VERSION}."
        )));
    };
    match v.as_u64() {
        Some(n) if (OLDEST_FORMAT_VERSION as u64..=FORMAT_VERSION as u64).contains(&n) => Ok(n as u32),
        Some(n) if n > FORMAT_VERSION as u64 => Err(at(format!(
            "Este archivo usa el formato versión {n}, más nuevo que el que entiende esta versión de Semáforo (versión {FORMAT_VERSION}). Actualice Semáforo para abrirlo."
        ))),
        Some(n) => Err(at(format!(
            "Este archivo usa el formato versión {n}, que ya no se admite; se necesitan las versiones {OLDEST_FORMAT_VERSION} a {FORMAT_VERSION}."
        ))),
        None => Err(at(format!("«format_version» debe ser un número entero (la versión actual es {FORMAT_VERSION})."))),
    }
}

fn syntax_error(e: &serde_json::Error) -> LoadError {
    let msg = strip_position(&e.to_string());
    let what = match e.classify() {
        serde_json::error::Category::Eof => {
            "el archivo termina antes de tiempo (¿está cortado, o falta cerrar una llave o un corchete?)".to_string()
        }
        serde_json::error::Category::Syntax => translate(&msg),
        _ => translate(&msg),
    };
    let message = if msg.contains("recursion limit exceeded") {
        format!(
            "En la línea {}, columna {}, el archivo está anidado demasiado profundamente (más de 128 listas u objetos uno dentro de otro): ningún plan es así.",
            e.line(),
            e.column()
        )
    } else {
        format!(
            "El archivo no es un JSON válido en la línea {}, columna {}: {what}.",
            e.line(),
            e.column()
        )
    };
    LoadError {
        message,
        path: None,
        line: Some(e.line()),
        column: Some(e.column()),
        problems: Vec::new(),
    }
}

pub(crate) fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

fn expected_words(s: &str) -> String {
    let t = s.trim();
    let known = [
        ("u32", "un número entero no negativo"),
        ("u8", "un número entero no negativo pequeño"),
        ("i32", "un número entero"),
        ("u64", "un número entero no negativo"),
        ("a string", "un texto entre comillas"),
        ("a boolean", "true o false"),
        ("a sequence", "una lista [ … ]"),
        ("a map", "un objeto { … }"),
        (
            "a Decimal type representing a fixed-point number",
            "un número decimal (p. ej. 1234.50 o \"1234.50\")",
        ),
    ];
    for (k, v) in known {
        if t == k {
            return v.to_string();
        }
    }
    if t.starts_with("struct ") || t.starts_with("enum ") {
        return "un objeto { … }".into();
    }
    t.to_string()
}

/// serde lists names in backticks (`a`, `b`); people read them plain.
fn list(s: &str) -> String {
    s.replace('`', "")
}

/// serde's English messages, in words a planner understands.
pub(crate) fn translate(msg: &str) -> String {
    if let Some(f) = msg.strip_prefix("missing field ") {
        return format!("falta el campo obligatorio «{}»", f.trim_matches('`'));
    }
    if let Some(f) = msg.strip_prefix("duplicate field ") {
        return format!("el campo «{}» aparece dos veces", f.trim_matches('`'));
    }
    if msg.starts_with("unknown field ") {
        let f = between(msg, "`", "`").unwrap_or("?");
        let options = msg.split_once("expected ").map(|(_, r)| list(r)).unwrap_or_default();
        return format!("el campo «{f}» no forma parte del formato (¿error de escritura?); se admiten: {options}");
    }
    if msg.starts_with("unknown variant ") {
        let v = between(msg, "`", "`").unwrap_or("?");
        let options = msg
            .split_once("expected ")
            .map(|(_, r)| list(r).replace("one of ", ""))
            .unwrap_or_default();
        return format!("el valor «{v}» no es válido aquí; valores posibles: {options}");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found = match found {
            f if f.starts_with("string ") => format!("el texto {}", &f[7..]),
            f if f.starts_with("integer ") || f.starts_with("floating point ") => {
                format!("el número {}", f.split(' ').next_back().unwrap_or(f))
            }
            "map" => "un objeto { … }".into(),
            "sequence" => "una lista [ … ]".into(),
            "null" => "null (vacío)".into(),
            f if f.starts_with("boolean") => {
                format!("el valor lógico {}", f.trim_start_matches("boolean "))
            }
            f => f.to_string(),
        };
        return format!("se encontró {found}, pero se esperaba {}", expected_words(expected));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found = found.trim_start_matches("string ").trim_start_matches("integer ");
        if expected.contains("Decimal") {
            let hint = crate::user_number::parse(found.trim_matches('"'))
                .map(|u| format!(" (¿quiso decir {}?)", u.value))
                .unwrap_or_default();
            return format!("{found} no es un número decimal válido en un archivo{hint}: use punto decimal y sin separadores de miles, p. ej. 1234.50 o \"1234.50\"");
        }
        return format!(
            "el valor {found} no es válido; se esperaba {}",
            expected_words(expected)
        );
    }
    if msg.starts_with("invalid length") {
        return "la lista no tiene el número de elementos esperado".into();
    }
    if msg.contains("number out of range") {
        return "el número es demasiado grande".into();
    }
    if msg.contains("recursion limit exceeded") {
        return "el archivo está anidado demasiado profundamente".into();
    }
    if msg.contains("trailing comma") {
        return "sobra una coma antes de cerrar la lista u objeto".into();
    }
    if msg.contains("trailing characters") {
        return "hay texto después del final del plan".into();
    }
    if msg.contains("expected value") {
        return "se esperaba un valor (texto, número, lista u objeto)".into();
    }
    if msg.contains("key must be a string") {
        return "los nombres de campo deben ir entre comillas dobles".into();
    }
    if msg.contains("expected `,` or `}`") {
        return "falta una coma o una llave de cierre «}»".into();
    }
    if msg.contains("expected `,` or `]`") {
        return "falta una coma o un corchete de cierre «]»".into();
    }
    if msg.contains("expected `:`") {
        return "falta «:» entre el nombre del campo y su valor".into();
    }
    if msg.contains("control character") {
        return "hay un carácter de control dentro de un texto (¿un salto de línea sin escapar?)".into();
    }
    if msg.contains("invalid escape") || msg.contains("invalid unicode") {
        return "hay una secuencia de escape no válida dentro de un texto".into();
    }
    if msg.contains("EOF while parsing") {
        return "el archivo termina antes de tiempo (¿falta cerrar una llave o un corchete?)".into();
    }
    // Decimal parse errors surface as custom messages from rust_decimal.
    format!("valor no válido ({msg})")
}

#[cfg(test)]
mod tests {
    use super::{long_text, long_text_exact, MAX_TEXT_BYTES};
    use proptest::prelude::*;

    /// A JSON array of texts and number runs; texts mix plain bytes, escaped quotes and escaped
    /// backslashes, so text ends are both plain and preceded by backslashes.
    fn document() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            (0usize..MAX_TEXT_BYTES / 40, 0usize..3).prop_map(|(n, k)| {
                let unit = ["ab", "\\\"", "\\\\"][k];
                format!("\"{}\"", unit.repeat(n / 2 + 1) + "x".repeat(n % 50).as_str())
            }),
            (MAX_TEXT_BYTES - 8..MAX_TEXT_BYTES + 8, 0usize..3).prop_map(|(n, k)| {
                let unit = ["a", "\\\"", "\\\\"][k];
                format!("\"{}\"", unit.repeat(n / unit.len()))
            }),
            (0usize..40_000).prop_map(|n| "1,".repeat(n) + "1"),
        ];
        prop::collection::vec(piece, 1..12).prop_map(|v| format!("[{}]", v.join(",")))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn the_block_check_agrees_with_the_byte_scan(doc in document()) {
            prop_assert!(serde_json::from_str::<serde_json::Value>(&doc).is_ok());
            let fast = long_text(&doc).map_err(|e| (e.line, e.column));
            let exact = long_text_exact(&doc).map_err(|e| (e.line, e.column));
            prop_assert_eq!(fast, exact);
        }
    }
}
