//! Who is using this browser, as they typed it once ("Rentas", "Ana – Planeamiento"): every value
//! they change is logged under that name. Kept apart from drafts so it survives opening plans.

use crate::drafts;

const NAME_KEY: &str = "semaforo:usuario";

/// Stands in for a name nobody typed; the log still says when and what.
pub const UNNAMED: &str = "(sin nombre)";

pub fn load_name() -> String {
    drafts::read_key(NAME_KEY)
        .and_then(|t| serde_json::from_str::<String>(&t).ok())
        .unwrap_or_default()
}

/// Keeps the name for next time; without storage it lasts until the page closes.
pub fn save_name(name: &str) {
    if let Ok(text) = serde_json::to_string(name.trim()) {
        drafts::write_key(NAME_KEY, &text).ok();
    }
}

/// The current moment in UTC, as the change log records it.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
