//! Drafts in the browser's local storage: every plan a user works on, saved as they type.
//!
//! Layout: `semaforo:borradores` holds the index (id, name, when); `semaforo:borrador:<id>` holds
//! each plan as the same JSON a user exports. The plan is written before the index, so a failed
//! write (storage full) never leaves the index pointing at a half-written draft.

use gloo_storage::{LocalStorage, Storage};
use semaforo_engine::{load_plan, Plan};
use serde::{Deserialize, Serialize};

const INDEX_KEY: &str = "semaforo:borradores";
const LAST_KEY: &str = "semaforo:ultimo";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    /// Local time of the last save, for people ("25/11/2026 13:45:02").
    pub saved_at: String,
}

fn draft_key(id: &str) -> String {
    format!("semaforo:borrador:{id}")
}

pub fn list() -> Vec<DraftMeta> {
    LocalStorage::get::<Vec<DraftMeta>>(INDEX_KEY).unwrap_or_default()
}

fn write_index(index: &[DraftMeta]) -> Result<(), String> {
    LocalStorage::set(INDEX_KEY, index).map_err(|_| storage_full())
}

/// A new id, unique enough for one browser: time plus a random part.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("{now:x}{rand:05x}")
}

pub fn now_text() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}/{:02}/{} {:02}:{:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

pub fn default_name(plan: &Plan) -> String {
    format!("{} · {} {}", plan.entity.name, plan.plan.name, plan.evaluation.year)
}

/// Saves a plan under `id`, keeping its name if it has one. Returns the time saved.
pub fn save(id: &str, plan: &Plan) -> Result<String, String> {
    let text = serde_json::to_string(plan).map_err(|e| format!("No se pudo preparar el borrador: {e}"))?;
    LocalStorage::raw()
        .set_item(&draft_key(id), &text)
        .map_err(|_| storage_full())?;
    let when = now_text();
    let mut index = list();
    match index.iter_mut().find(|m| m.id == id) {
        Some(m) => m.saved_at = when.clone(),
        None => index.push(DraftMeta {
            id: id.to_string(),
            name: default_name(plan),
            saved_at: when.clone(),
        }),
    }
    write_index(&index)?;
    LocalStorage::raw().set_item(LAST_KEY, id).ok();
    Ok(when)
}

/// Reads a draft; a damaged one gives the reason in Spanish.
pub fn load(id: &str) -> Result<Plan, String> {
    let text = LocalStorage::raw()
        .get_item(&draft_key(id))
        .ok()
        .flatten()
        .ok_or_else(|| "El borrador ya no está en este navegador.".to_string())?;
    load_plan(&text).map_err(|e| format!("El borrador guardado no se puede leer: {}", e.message))
}

/// The raw text of a draft, for downloading when it cannot be read.
pub fn raw(id: &str) -> Option<String> {
    LocalStorage::raw().get_item(&draft_key(id)).ok().flatten()
}

pub fn last_opened() -> Option<String> {
    LocalStorage::raw()
        .get_item(LAST_KEY)
        .ok()
        .flatten()
        .filter(|id| list().iter().any(|m| &m.id == id))
}

pub fn rename(id: &str, name: &str) -> Result<(), String> {
    let mut index = list();
    if let Some(m) = index.iter_mut().find(|m| m.id == id) {
        m.name = name.trim().to_string();
    }
    write_index(&index)
}

pub fn duplicate(id: &str) -> Result<String, String> {
    let text = raw(id).ok_or_else(|| "El borrador ya no está en este navegador.".to_string())?;
    let new = new_id();
    LocalStorage::raw()
        .set_item(&draft_key(&new), &text)
        .map_err(|_| storage_full())?;
    let mut index = list();
    let name = index
        .iter()
        .find(|m| m.id == id)
        .map(|m| format!("{} (copia)", m.name))
        .unwrap_or_default();
    index.push(DraftMeta {
        id: new.clone(),
        name,
        saved_at: now_text(),
    });
    write_index(&index)?;
    Ok(new)
}

pub fn delete(id: &str) -> Result<(), String> {
    let index: Vec<DraftMeta> = list().into_iter().filter(|m| m.id != id).collect();
    write_index(&index)?;
    LocalStorage::delete(draft_key(id));
    Ok(())
}

/// Writes fail when the quota is exhausted (or storage is disabled); the draft saved before stays.
fn storage_full() -> String {
    "No se pudo guardar el borrador: el almacenamiento del navegador está lleno o desactivado. El último borrador guardado sigue intacto; exporte el plan a un archivo para no perder este cambio.".into()
}

/// Whether local storage works at all (it does not in some private modes).
pub fn available() -> bool {
    let probe = "semaforo:prueba";
    let ok = LocalStorage::raw().set_item(probe, "1").is_ok();
    LocalStorage::raw().remove_item(probe).ok();
    ok
}
