//! Reading a plan file, with errors a planner can act on: in Spanish, naming the item by its
//! code, and saying what was expected.

use serde::Deserialize;

use crate::model::{Plan, FORMAT_VERSION};

/// Why a file could not be read. `message` is Spanish and names the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    /// Where, readable: `objectives[2] (OEI.03) › indicators[0] (IND.01.OEI.03) › unit`.
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
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

/// A plan read from a file, and the format version it was migrated from, if older.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub migrated_from: Option<u32>,
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
}

pub fn load_plan(text: &str) -> Result<Plan, LoadError> {
    load_plan_report(text).map(|l| l.plan)
}

/// Reads a plan and says whether it had to be migrated from an older format version.
pub fn load_plan_report(text: &str) -> Result<Loaded, LoadError> {
    // Editors on Windows often save UTF-8 with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(plain("El archivo está vacío: no contiene ningún plan."));
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    let version = check_version(probe.format_version)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<Plan, _> = serde_path_to_error::deserialize(&mut de);
    match result {
        Ok(mut plan) => {
            // Version 2 only added optional fields, so a version 1 plan needs nothing but the
            // new number.
            plan.format_version = FORMAT_VERSION;
            within_limits(plan).map(|plan| Loaded {
                plan,
                migrated_from: (version < FORMAT_VERSION).then_some(version),
            })
        }
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let place = readable_path(text, &path);
            let what = translate(&strip_position(&inner.to_string()));
            Err(LoadError {
                message: format!("En {place}: {what}."),
                path: Some(place),
                line: Some(inner.line()),
                column: Some(inner.column()),
            })
        }
    }
}

fn within_limits(plan: Plan) -> Result<Plan, LoadError> {
    let big = crate::limits::oversized(&plan);
    let Some((first, _)) = big.first() else {
        return Ok(plan);
    };
    let list: Vec<String> = big.iter().take(5).map(|(p, v)| format!("{p} ({v})")).collect();
    let more = if big.len() > 5 {
        format!(" y {} más", big.len() - 5)
    } else {
        String::new()
    };
    Err(LoadError {
        message: format!(
            "Hay cifras demasiado grandes para ser reales (el máximo admitido es 10^18): {}{more}.",
            list.join("; ")
        ),
        path: Some(first.clone()),
        line: None,
        column: None,
    })
}

fn plain(message: &str) -> LoadError {
    LoadError {
        message: message.into(),
        path: None,
        line: None,
        column: None,
    }
}

fn check_version(v: Option<serde_json::Value>) -> Result<u32, LoadError> {
    let at = |m: String| LoadError {
        message: m,
        path: Some("format_version".into()),
        line: None,
        column: None,
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
            "el archivo termina antes de tiempo (¿falta cerrar una llave o un corchete?)".to_string()
        }
        serde_json::error::Category::Syntax => translate(&msg),
        _ => translate(&msg),
    };
    LoadError {
        message: format!(
            "El archivo no es un JSON válido en la línea {}, columna {}: {what}.",
            e.line(),
            e.column()
        ),
        path: None,
        line: Some(e.line()),
        column: Some(e.column()),
    }
}

fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// `objectives[2].actions[0].code` → `objectives[2] (OEI.03) › actions[0] (AEI.03.01) › code`.
fn readable_path(text: &str, path: &str) -> String {
    if path == "." || path.is_empty() {
        return "el documento".into();
    }
    let doc: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let mut node = doc.as_ref();
    let mut parts = Vec::new();
    for seg in path.split('.') {
        let (name, index) = match seg.split_once('[') {
            Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        node = node.and_then(|n| n.get(name));
        let mut label = seg.to_string();
        if let Some(i) = index {
            node = node.and_then(|n| n.get(i));
            let code = node
                .and_then(|n| n.get("code").or_else(|| n.get("aei")).or_else(|| n.get("oei")))
                .and_then(|c| c.as_str());
            if let Some(code) = code {
                label = format!("{seg} ({code})");
            }
        }
        parts.push(label);
    }
    parts.join(" › ")
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
fn translate(msg: &str) -> String {
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
            return format!("{found} no es un número decimal válido: use punto decimal y sin separadores de miles, p. ej. 1234.50 o \"1234.50\"");
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
