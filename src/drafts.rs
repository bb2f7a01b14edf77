//! Drafts in the browser's local storage: every plan a user works on, saved as they type.
//!
//! Layout:
//! - `semaforo:borradores`: the index (id, name, when);
//! - `semaforo:borrador:<id>`: each plan as the same JSON a user exports;
//! - `semaforo:borrador:<id>:versiones`: up to [`MAX_VERSIONS`] earlier texts of that draft,
//!   newest first;
//! - `semaforo:ultimo`: the draft opened last.
//!
//! Nothing here panics or throws text away:
//! - storage may be missing (private mode, disabled by policy): every call says `Unavailable`;
//! - a write may fail (quota): the text stored before stays as it was. Earlier versions are the
//!   first thing dropped to make room, and the caller is told how many went;
//! - another tab may have written the same draft: [`save`] refuses to overwrite a text this tab
//!   has not seen (see [`SaveError::Conflict`]);
//! - a draft that cannot be read stays in storage, byte for byte, until the user deletes it.
//!
//! Storage and clock are reached through [`Store`] (`crate::store`): the browser's local storage
//! in the page, a map in native tests, so these rules are tested without a browser.
//!
//! The plan is written before the index, so a failed write never leaves the index pointing at a
//! half-written draft.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use semaforo_engine::Plan;
use serde::{Deserialize, Serialize};

use crate::reading::read_own;
pub use crate::store::StoreError;
use crate::store::{BrowserStore, Store};

/// A draft's text as a plan (drafts are written by Semáforo: the fast reading is enough).
fn load_plan(text: &str) -> Result<Plan, semaforo_engine::LoadError> {
    read_own(text).map(|l| l.plan)
}

const INDEX_KEY: &str = "semaforo:borradores";
/// Where a damaged index is copied before a rebuilt one replaces it.
const DAMAGED_INDEX_KEY: &str = "semaforo:borradores:dañado";
const LAST_KEY: &str = "semaforo:ultimo";
const DRAFT_PREFIX: &str = "semaforo:borrador:";
const VERSIONS_SUFFIX: &str = ":versiones";

/// Earlier versions kept per draft.
pub const MAX_VERSIONS: usize = 5;
/// While a user keeps typing, at most one version per this many milliseconds.
const VERSION_EVERY_MS: f64 = 60_000.0;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    /// Local time of the last save, for people ("25/11/2026 13:45:02").
    pub saved_at: String,
}

/// An earlier text of a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// When that text had been saved, for people.
    pub saved_at: String,
    /// When it was put aside as a version (ms since 1970), to space versions out.
    pub kept_ms: f64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    Unavailable,
    /// Nothing was written; `versions_dropped` earlier versions were deleted trying to make room.
    Full {
        versions_dropped: usize,
    },
    /// Another tab saved this draft after this tab last read or wrote it; nothing was written.
    Conflict,
    Other(String),
}

/// A successful save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub when: String,
    /// Earlier versions deleted to make room for this save.
    pub versions_dropped: usize,
    /// The text before this save should have been kept as a version but there was no room.
    pub version_lost: bool,
}

thread_local! {
    /// Where drafts are kept: the browser's local storage, or a map in native tests.
    static STORE: RefCell<Rc<dyn Store>> = RefCell::new(Rc::new(BrowserStore));
    /// Per draft, the text this tab last read or wrote: anything else in storage came from
    /// another tab.
    static SEEN: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    /// Drafts whose next change keeps the text before it as a version (just opened or replaced).
    static KEEP_NEXT: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// Per draft, when its newest version was kept (ms), so a save need not parse the versions.
    static NEWEST_KEPT: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

fn versions_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}{VERSIONS_SUFFIX}")
}

// ---- the store ---------------------------------------------------------------------------------

fn store() -> Rc<dyn Store> {
    STORE.with(|s| s.borrow().clone())
}

/// Keeps drafts in `store` from now on (native tests use a map).
#[cfg(test)]
pub fn use_store(store: Rc<dyn Store>) {
    STORE.with(|s| *s.borrow_mut() = store);
}

fn get(key: &str) -> Option<String> {
    store().get(key)
}

fn set(key: &str, value: &str) -> Result<(), StoreError> {
    store().set(key, value)
}

fn remove(key: &str) {
    store().remove(key)
}

fn keys() -> Vec<String> {
    store().keys()
}

fn now_ms() -> f64 {
    store().now_ms()
}

/// Whether drafts can be kept at all, found by writing and removing a probe key. A full storage
/// still counts as available: an existing draft can often be rewritten, and a save that fails
/// says so.
pub fn probe_available() -> bool {
    let probe = "semaforo:prueba";
    match set(probe, "1") {
        Ok(()) => {
            remove(probe);
            true
        }
        Err(StoreError::Full) => true,
        Err(StoreError::Unavailable) => false,
    }
}

/// Reads any key of this app's local storage (e.g. a setting); `None` without storage. Unlike
/// `gloo_storage::LocalStorage`, which throws when `window.localStorage` is unavailable.
pub fn read_key(key: &str) -> Option<String> {
    get(key)
}

/// Writes any key of this app's local storage; an error (never a panic) without storage or room.
pub fn write_key(key: &str, value: &str) -> Result<(), StoreError> {
    set(key, value)
}

// ---- what this tab has seen --------------------------------------------------------------------

/// The text this tab last read or wrote for a draft.
pub fn seen(id: &str) -> Option<String> {
    SEEN.with(|s| s.borrow().get(id).cloned())
}

pub fn mark_seen(id: &str, text: &str) {
    SEEN.with(|s| s.borrow_mut().insert(id.to_string(), text.to_string()));
}

/// Forgets what this tab saw of a draft (it was deleted elsewhere): the next save writes it anew.
pub fn forget(id: &str) {
    SEEN.with(|s| s.borrow_mut().remove(id));
}

/// The next change to this draft keeps the text before it as a version (after an open or import).
pub fn keep_version_next(id: &str) {
    KEEP_NEXT.with(|k| k.borrow_mut().insert(id.to_string()));
}

// ---- the index ---------------------------------------------------------------------------------

/// The drafts' index. Writes when it must: a missing or damaged index is rebuilt from the drafts,
/// and a damaged one is first copied aside (once).
pub fn list_or_rebuild() -> Vec<DraftMeta> {
    match get(INDEX_KEY) {
        None => recover_index(),
        Some(text) => serde_json::from_str(&text).unwrap_or_else(|_| {
            // Keep the damaged index as it was, once, before a rebuilt one replaces it.
            if get(DAMAGED_INDEX_KEY).is_none() {
                set(DAMAGED_INDEX_KEY, &text).ok();
            }
            recover_index()
        }),
    }
}

/// Rebuilds the index from the drafts themselves when it is missing or damaged.
fn recover_index() -> Vec<DraftMeta> {
    keys()
        .into_iter()
        .filter_map(|k| {
            let id = k.strip_prefix(DRAFT_PREFIX)?;
            (!id.ends_with(VERSIONS_SUFFIX)).then(|| id.to_string())
        })
        .map(|id| {
            let name = get(&draft_key(&id))
                .and_then(|t| load_plan(&t).ok())
                .map(|p| default_name(&p))
                .unwrap_or_else(|| format!("Borrador recuperado {id}"));
            DraftMeta {
                id,
                name,
                saved_at: "(fecha desconocida)".into(),
            }
        })
        .collect()
}

fn write_index(index: &[DraftMeta]) -> Result<(), StoreError> {
    let text = serde_json::to_string(index).unwrap_or_else(|_| "[]".into());
    set_making_room(INDEX_KEY, &text).map(|_| ())
}

fn index_error(e: StoreError) -> String {
    match e {
        StoreError::Full => storage_full(),
        StoreError::Unavailable => storage_unprobe_available(),
    }
}

/// A new id, unique enough for one browser: time plus a random part.
pub fn new_id() -> String {
    let store = store();
    let now = store.now_ms() as u64;
    let rand = (store.random() * 1_000_000.0) as u64;
    format!("{now:x}{rand:05x}")
}

pub fn now_text() -> String {
    store().now_text()
}

pub fn default_name(plan: &Plan) -> String {
    format!("{} · {} {}", plan.entity.name, plan.plan.name, plan.evaluation.year)
}

// ---- versions ----------------------------------------------------------------------------------

/// A draft's earlier versions, newest first.
pub fn versions(id: &str) -> Vec<Version> {
    get(&versions_key(id))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn write_versions(id: &str, list: &[Version]) -> Result<(), StoreError> {
    if list.is_empty() {
        remove(&versions_key(id));
        return Ok(());
    }
    let text = serde_json::to_string(list).unwrap_or_else(|_| "[]".into());
    set(&versions_key(id), &text)
}

/// Puts `text` aside as the newest version of `id`. When there is no room, this draft's oldest
/// versions go first, then other drafts'. Returns how many versions were dropped for room.
fn push_version(id: &str, v: Version) -> Result<usize, StoreError> {
    let kept_ms = v.kept_ms;
    let mut list = versions(id);
    list.insert(0, v);
    // The usual rotation: the oldest beyond MAX_VERSIONS goes (not counted as dropped for room).
    list.truncate(MAX_VERSIONS);
    let mut dropped = 0;
    loop {
        match write_versions(id, &list) {
            Ok(()) => {
                NEWEST_KEPT.with(|n| n.borrow_mut().insert(id.to_string(), kept_ms));
                return Ok(dropped);
            }
            Err(StoreError::Full) if list.len() > 1 => {
                list.pop();
                dropped += 1;
            }
            Err(StoreError::Full) => match drop_oldest_version(Some(id)) {
                0 => return Err(StoreError::Full),
                n => dropped += n,
            },
            Err(e) => return Err(e),
        }
    }
}

/// Deletes the oldest version of any draft (except `spare`'s). Returns how many went (0: none).
fn drop_oldest_version(spare: Option<&str>) -> usize {
    let spare_key = spare.map(versions_key);
    let mut oldest: Option<(String, f64)> = None;
    for key in keys() {
        if !(key.starts_with(DRAFT_PREFIX) && key.ends_with(VERSIONS_SUFFIX)) || Some(&key) == spare_key.as_ref() {
            continue;
        }
        let list: Vec<Version> = get(&key)
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let ms = list.last().map(|v| v.kept_ms).unwrap_or(f64::MIN);
        if oldest.as_ref().is_none_or(|(_, o)| ms < *o) {
            oldest = Some((key, ms));
        }
    }
    let Some((key, _)) = oldest else { return 0 };
    let mut list: Vec<Version> = get(&key)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    list.pop();
    // Rewriting the shorter list may itself fail when storage is full: then the whole list goes.
    let shorter = serde_json::to_string(&list).unwrap_or_default();
    if list.is_empty() || set(&key, &shorter).is_err() {
        remove(&key);
        return list.len() + 1;
    }
    1
}

/// Writes `key`, deleting the oldest versions one by one while storage is full.
/// Returns how many versions were dropped.
fn set_making_room(key: &str, value: &str) -> Result<usize, StoreError> {
    let mut dropped = 0;
    loop {
        match set(key, value) {
            Ok(()) => return Ok(dropped),
            Err(StoreError::Full) => match drop_oldest_version(None) {
                0 => return Err(StoreError::Full),
                n => dropped += n,
            },
            Err(e) => return Err(e),
        }
    }
}

fn should_keep_version(id: &str) -> bool {
    if KEEP_NEXT.with(|k| k.borrow().contains(id)) {
        return true;
    }
    let newest = NEWEST_KEPT.with(|n| n.borrow().get(id).copied()).unwrap_or_else(|| {
        let ms = versions(id).first().map_or(f64::NEG_INFINITY, |v| v.kept_ms);
        NEWEST_KEPT.with(|n| n.borrow_mut().insert(id.to_string(), ms));
        ms
    });
    now_ms() - newest >= VERSION_EVERY_MS
}

/// Keeps `text` (e.g. this tab's plan before loading another tab's) as the newest version.
pub fn keep_as_version(id: &str, text: &str) -> Result<usize, String> {
    push_version(
        id,
        Version {
            saved_at: now_text(),
            kept_ms: now_ms(),
            text: text.to_string(),
        },
    )
    .map_err(index_error)
}

/// Makes version `index` of `id` the draft's text again; the text it replaces becomes a version.
pub fn restore(id: &str, index: usize) -> Result<Plan, String> {
    let mut list = versions(id);
    let chosen = list
        .get(index)
        .cloned()
        .ok_or_else(|| "Esa versión ya no está en este navegador.".to_string())?;
    let plan = load_plan(&chosen.text).map_err(|e| format!("Esa versión no se puede leer: {}", e.message))?;
    // First the current text goes among the versions (keeping the chosen one until it is back).
    if let Some(current) = get(&draft_key(id)).filter(|c| *c != chosen.text) {
        let saved_at = list_meta(id).map(|m| m.saved_at).unwrap_or_else(now_text);
        list.insert(
            0,
            Version {
                saved_at,
                kept_ms: now_ms(),
                text: current,
            },
        );
        list.truncate(MAX_VERSIONS + 1);
        write_versions(id, &list).map_err(|_| {
            "No se pudo restaurar: el almacenamiento del navegador está lleno. Nada cambió.".to_string()
        })?;
    }
    set_making_room(&draft_key(id), &chosen.text).map_err(|_| {
        "No se pudo restaurar: el almacenamiento del navegador está lleno. El borrador sigue como estaba.".to_string()
    })?;
    mark_seen(id, &chosen.text);
    // The chosen version is the draft now; it leaves the list.
    let mut list = versions(id);
    if let Some(i) = list.iter().position(|v| v.text == chosen.text) {
        list.remove(i);
    }
    list.truncate(MAX_VERSIONS);
    write_versions(id, &list).ok();
    let mut index_list = list_or_self(id, &plan);
    if let Some(m) = index_list.iter_mut().find(|m| m.id == id) {
        m.saved_at = now_text();
    }
    write_index(&index_list).ok();
    Ok(plan)
}

fn list_meta(id: &str) -> Option<DraftMeta> {
    list_or_rebuild().into_iter().find(|m| m.id == id)
}

fn list_or_self(id: &str, plan: &Plan) -> Vec<DraftMeta> {
    let mut index = list_or_rebuild();
    if !index.iter().any(|m| m.id == id) {
        index.push(DraftMeta {
            id: id.to_string(),
            name: default_name(plan),
            saved_at: now_text(),
        });
    }
    index
}

// ---- saving and reading ------------------------------------------------------------------------

/// Saves a plan under `id`, keeping its name if it has one.
pub fn save(id: &str, plan: &Plan) -> Result<Saved, SaveError> {
    save_named(id, plan, None)
}

/// Saves a plan under `id`; a new draft is listed as `name` (or the plan's default name).
pub fn save_named(id: &str, plan: &Plan, name: Option<String>) -> Result<Saved, SaveError> {
    let text = semaforo_plan_json::to_json(plan)
        .map_err(|e| SaveError::Other(format!("No se pudo preparar el borrador: {e}")))?;
    if !store().reachable() {
        return Err(SaveError::Unavailable);
    }
    let stored = get(&draft_key(id));
    if let (Some(stored), Some(seen)) = (&stored, seen(id)) {
        if *stored != seen {
            return Err(SaveError::Conflict);
        }
    }
    let mut index = list_or_rebuild();
    let listed = index.iter().find(|m| m.id == id).cloned();
    if let (Some(meta), true) = (&listed, stored.as_deref() == Some(text.as_str())) {
        // Nothing new to write (e.g. just reopened, or another tab's version just loaded).
        mark_seen(id, &text);
        return Ok(Saved {
            when: meta.saved_at.clone(),
            versions_dropped: 0,
            version_lost: false,
        });
    }
    let mut dropped = 0;
    let mut version_lost = false;
    if let Some(previous) = stored.filter(|p| *p != text) {
        if should_keep_version(id) {
            let saved_at = listed.as_ref().map(|m| m.saved_at.clone()).unwrap_or_else(now_text);
            let v = Version {
                saved_at,
                kept_ms: now_ms(),
                text: previous,
            };
            match push_version(id, v) {
                Ok(n) => dropped += n,
                Err(_) => version_lost = true,
            }
            KEEP_NEXT.with(|k| k.borrow_mut().remove(id));
        }
    }
    match set_making_room(&draft_key(id), &text) {
        Ok(n) => dropped += n,
        Err(StoreError::Full) => {
            return Err(SaveError::Full {
                versions_dropped: dropped,
            })
        }
        Err(StoreError::Unavailable) => return Err(SaveError::Unavailable),
    }
    mark_seen(id, &text);
    let when = now_text();
    match index.iter_mut().find(|m| m.id == id) {
        Some(m) => m.saved_at = when.clone(),
        None => index.push(DraftMeta {
            id: id.to_string(),
            name: name.unwrap_or_else(|| default_name(plan)),
            saved_at: when.clone(),
        }),
    }
    match write_index(&index) {
        Ok(()) => {}
        // The draft itself is saved; only its time in the list is stale.
        Err(_) if listed.is_some() => {}
        Err(StoreError::Full) => {
            return Err(SaveError::Full {
                versions_dropped: dropped,
            })
        }
        Err(StoreError::Unavailable) => return Err(SaveError::Unavailable),
    }
    set(LAST_KEY, id).ok();
    Ok(Saved {
        when,
        versions_dropped: dropped,
        version_lost,
    })
}

/// Opens a draft for editing: reads it (a damaged one gives the reason in Spanish and stays in
/// storage untouched), records the text as seen by this tab, and makes the next change keep it
/// as a version.
pub fn open(id: &str) -> Result<Plan, String> {
    open_noting(id).map(|(plan, _)| plan)
}

/// Like [`open`], with a sentence for the user when the draft was in an older format (it was
/// migrated; its original text stays among the draft's versions after the next change).
pub fn open_noting(id: &str) -> Result<(Plan, Option<String>), String> {
    let text = raw(id).ok_or_else(|| "El borrador ya no está en este navegador.".to_string())?;
    let loaded = read_own(&text).map_err(|e| format!("El borrador guardado no se puede leer: {}", e.message))?;
    mark_seen(id, &text);
    keep_version_next(id);
    let note = loaded
        .migration_note()
        .map(|n| format!("{n} El texto anterior queda entre las versiones del borrador en cuanto cambie algo."));
    Ok((loaded.plan, note))
}

/// Reads a draft's text as a plan (migrated by the engine when it is in an older format it still
/// reads), with the reason in Spanish when it cannot.
pub fn check(text: &str) -> Result<Plan, String> {
    load_plan(text).map_err(|e| e.message)
}

/// The drafts that cannot be read, with the reason.
pub fn damaged() -> Vec<(DraftMeta, String)> {
    damaged_except(None)
}

/// Like [`damaged`], without reading again a draft known to be readable (the one just opened).
pub fn damaged_except(readable: Option<&str>) -> Vec<(DraftMeta, String)> {
    list_or_rebuild()
        .into_iter()
        .filter(|m| Some(m.id.as_str()) != readable)
        .filter_map(|m| match raw(&m.id).map(|t| check(&t)) {
            Some(Err(e)) => Some((m, e)),
            _ => None,
        })
        .collect()
}

/// The raw text of a draft, for downloading when it cannot be read.
pub fn raw(id: &str) -> Option<String> {
    get(&draft_key(id))
}

pub fn last_opened() -> Option<String> {
    get(LAST_KEY).filter(|id| list_or_rebuild().iter().any(|m| &m.id == id))
}

pub fn rename(id: &str, name: &str) -> Result<(), String> {
    let mut index = list_or_rebuild();
    if let Some(m) = index.iter_mut().find(|m| m.id == id) {
        m.name = name.trim().to_string();
    }
    write_index(&index).map_err(index_error)
}

pub fn duplicate(id: &str) -> Result<String, String> {
    let text = raw(id).ok_or_else(|| "El borrador ya no está en este navegador.".to_string())?;
    let new = new_id();
    set_making_room(&draft_key(&new), &text).map_err(index_error)?;
    let mut index = list_or_rebuild();
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
    if let Err(e) = write_index(&index) {
        remove(&draft_key(&new));
        return Err(index_error(e));
    }
    Ok(new)
}

/// Deletes a draft and its versions.
pub fn delete(id: &str) -> Result<(), String> {
    let index: Vec<DraftMeta> = list_or_rebuild().into_iter().filter(|m| m.id != id).collect();
    write_index(&index).map_err(index_error)?;
    remove(&draft_key(id));
    remove(&versions_key(id));
    forget(id);
    Ok(())
}

/// Writes fail when the quota is exhausted; the draft saved before stays.
fn storage_full() -> String {
    "No se pudo guardar: el almacenamiento del navegador está lleno. El último borrador guardado sigue intacto; exporte el plan a un archivo para no perder este cambio.".into()
}

fn storage_unprobe_available() -> String {
    "Este navegador no permite guardar borradores (almacenamiento desactivado o modo privado).".into()
}

#[cfg(test)]
mod tests {
    //! The draft rules, natively, on a store in memory.

    use super::*;
    use crate::store::MemoryStore;
    use semaforo_engine::examples::ILO_2022;

    fn memory() -> Rc<MemoryStore> {
        let m = Rc::new(MemoryStore::default());
        use_store(m.clone());
        m
    }

    /// The Ilo example under another plan name, so each variant is a different text.
    fn plan(n: u32) -> Plan {
        let mut p = load_plan(ILO_2022).unwrap();
        p.plan.name = format!("Plan {n}");
        p
    }

    fn stored_name(id: &str) -> String {
        load_plan(&raw(id).unwrap()).unwrap().plan.name
    }

    #[test]
    fn a_saved_draft_loads_as_the_same_plan_and_is_listed_and_remembered() {
        memory();
        let saved = save("a", &plan(1)).unwrap();
        assert_eq!((saved.versions_dropped, saved.version_lost), (0, false));
        assert_eq!(open("a").unwrap(), plan(1));
        assert_eq!(
            list_or_rebuild().iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["a"]
        );
        assert_eq!(last_opened().as_deref(), Some("a"));
        // Saving the same text again writes nothing new.
        assert_eq!(save("a", &plan(1)).unwrap().when, saved.when);
    }

    #[test]
    fn versions_are_kept_once_a_minute_and_five_at_most_newest_first() {
        let m = memory();
        save("a", &plan(0)).unwrap();
        for n in 1..=3 {
            save("a", &plan(n)).unwrap();
        }
        // Typing on: only the text before the first change of the minute is kept.
        assert_eq!(versions("a").len(), 1);
        for n in 4..=10 {
            m.advance(VERSION_EVERY_MS);
            save("a", &plan(n)).unwrap();
        }
        let kept: Vec<String> = versions("a")
            .iter()
            .map(|v| load_plan(&v.text).unwrap().plan.name)
            .collect();
        assert_eq!(kept, ["Plan 9", "Plan 8", "Plan 7", "Plan 6", "Plan 5"]);
        // Opening a draft keeps the text it had as a version at the next change, within the
        // minute too.
        open("a").unwrap();
        save("a", &plan(11)).unwrap();
        assert_eq!(load_plan(&versions("a")[0].text).unwrap().plan.name, "Plan 10");
        // A version comes back as the draft; the text it replaces becomes a version.
        let back = restore("a", 0).unwrap();
        assert_eq!(back.plan.name, "Plan 10");
        assert_eq!(stored_name("a"), "Plan 10");
        assert_eq!(load_plan(&versions("a")[0].text).unwrap().plan.name, "Plan 11");
        assert!(versions("a").len() <= MAX_VERSIONS);
    }

    #[test]
    fn another_tabs_save_is_never_overwritten() {
        let m = memory();
        save("a", &plan(1)).unwrap();
        // Another tab writes the same draft.
        let theirs = semaforo_plan_json::to_json(&plan(2)).unwrap();
        m.map.borrow_mut().insert(draft_key("a"), theirs.clone());
        assert_eq!(save("a", &plan(3)), Err(SaveError::Conflict));
        assert_eq!(raw("a").as_deref(), Some(theirs.as_str()));
        // Once this tab has read their text, it saves over it.
        open("a").unwrap();
        save("a", &plan(3)).unwrap();
        assert_eq!(stored_name("a"), "Plan 3");
    }

    #[test]
    fn a_damaged_draft_stays_byte_for_byte_and_is_said_to_be_damaged() {
        let m = memory();
        save("a", &plan(1)).unwrap();
        save("b", &plan(2)).unwrap();
        let broken = "{\"format_version\": 2, \"entity\": ";
        m.map.borrow_mut().insert(draft_key("b"), broken.into());
        let damaged = damaged();
        assert_eq!(damaged.len(), 1);
        assert_eq!(damaged[0].0.id, "b");
        assert!(!damaged[0].1.is_empty());
        assert!(open("b")
            .unwrap_err()
            .starts_with("El borrador guardado no se puede leer"));
        save("a", &plan(3)).unwrap();
        assert_eq!(raw("b").as_deref(), Some(broken));
        assert_eq!(damaged_except(Some("b")).len(), 0);
    }

    #[test]
    fn a_damaged_index_is_kept_once_and_rebuilt_from_the_drafts() {
        let m = memory();
        save("a", &plan(1)).unwrap();
        save("b", &plan(2)).unwrap();
        m.map.borrow_mut().insert(INDEX_KEY.into(), "[{\"id\":".into());
        let mut ids: Vec<String> = list_or_rebuild().into_iter().map(|d| d.id).collect();
        ids.sort();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(get(DAMAGED_INDEX_KEY).as_deref(), Some("[{\"id\":"));
        // A second damaged index does not replace the first copy.
        m.map.borrow_mut().insert(INDEX_KEY.into(), "nada".into());
        list_or_rebuild();
        assert_eq!(get(DAMAGED_INDEX_KEY).as_deref(), Some("[{\"id\":"));
    }

    #[test]
    fn a_full_storage_gives_up_old_versions_first_and_never_loses_the_last_saved_text() {
        let m = memory();
        save("a", &plan(1)).unwrap();
        for n in 2..=4 {
            m.advance(VERSION_EVERY_MS);
            save("a", &plan(n)).unwrap();
        }
        assert_eq!(versions("a").len(), 3);
        // Room for the draft and about one version more: saving drops versions to fit.
        let one = raw("a").unwrap().chars().count();
        m.quota.set(Some(m.used() - one));
        m.advance(VERSION_EVERY_MS);
        let saved = save("a", &plan(5)).unwrap();
        assert!(saved.versions_dropped > 0, "{saved:?}");
        assert_eq!(stored_name("a"), "Plan 5");
        // No room even without any version: nothing is written, the last text stays.
        m.quota.set(Some(m.used()));
        let mut bigger = plan(6);
        bigger.source_notes.push("x".repeat(m.used()));
        assert!(matches!(save("a", &bigger), Err(SaveError::Full { .. })));
        assert_eq!(stored_name("a"), "Plan 5");
    }

    #[test]
    fn without_storage_every_call_says_so_and_nothing_panics() {
        let m = memory();
        m.unavailable.set(true);
        assert!(!probe_available());
        assert_eq!(save("a", &plan(1)), Err(SaveError::Unavailable));
        assert!(list_or_rebuild().is_empty() && raw("a").is_none() && last_opened().is_none());
        assert!(rename("a", "x").is_err() && delete("a").is_err());
    }

    #[test]
    fn rename_duplicate_and_delete_keep_the_index_and_the_drafts_in_step() {
        memory();
        save("a", &plan(1)).unwrap();
        rename("a", "  Mi plan  ").unwrap();
        assert_eq!(list_or_rebuild()[0].name, "Mi plan");
        let copy = duplicate("a").unwrap();
        assert_eq!(
            list_or_rebuild().iter().find(|m| m.id == copy).unwrap().name,
            "Mi plan (copia)"
        );
        assert_eq!(raw(&copy), raw("a"));
        delete("a").unwrap();
        assert!(raw("a").is_none() && versions("a").is_empty());
        assert_eq!(
            list_or_rebuild().iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
            [copy]
        );
    }
}
