//! Where drafts are kept and what time it is, behind a small trait: the browser's local storage
//! and clock in the page, a map and a hand-set clock in native tests. The draft rules in
//! `drafts.rs` (versions, damaged drafts, two tabs, a full storage) are written once against it,
//! so they are tested natively without a browser.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Why local storage refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all (private mode, disabled, blocked by the browser).
    Unavailable,
    /// The quota is exhausted.
    Full,
}

pub trait Store {
    /// Whether there is a storage at all (it may still be full).
    fn reachable(&self) -> bool;
    fn get(&self, key: &str) -> Option<String>;
    /// Writes a key; on failure the key keeps what it had.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str);
    fn keys(&self) -> Vec<String>;
    /// Milliseconds since 1970.
    fn now_ms(&self) -> f64;
    /// Local time for people: "25/11/2026 13:45:02".
    fn now_text(&self) -> String;
    /// A number in [0, 1), for ids.
    fn random(&self) -> f64;
}

/// The page's store: `window.localStorage`, reached through `web_sys` without panics (never
/// `gloo_storage::LocalStorage`, which throws when `window.localStorage` itself throws, as in
/// private modes), and the browser's clock.
pub struct BrowserStore;

impl BrowserStore {
    fn storage() -> Result<web_sys::Storage, StoreError> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StoreError::Unavailable)
    }
}

impl Store for BrowserStore {
    fn reachable(&self) -> bool {
        Self::storage().is_ok()
    }

    fn get(&self, key: &str) -> Option<String> {
        Self::storage().ok()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        use wasm_bindgen::JsCast;
        Self::storage()?
            .set_item(key, value)
            .map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
                Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => StoreError::Full,
                _ => StoreError::Unavailable,
            })
    }

    fn remove(&self, key: &str) {
        if let Ok(s) = Self::storage() {
            s.remove_item(key).ok();
        }
    }

    fn keys(&self) -> Vec<String> {
        let Ok(s) = Self::storage() else { return Vec::new() };
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn now_text(&self) -> String {
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

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }
}

/// A store in memory with a quota counted in characters (keys and values, as browsers count
/// them), a switch for "no storage at all", and a clock that moves only when told.
#[derive(Default)]
pub struct MemoryStore {
    pub map: RefCell<BTreeMap<String, String>>,
    /// Characters the store holds at most; `None`: no limit.
    pub quota: Cell<Option<usize>>,
    pub unavailable: Cell<bool>,
    pub clock_ms: Cell<f64>,
    ids: Cell<u32>,
}

impl MemoryStore {
    pub fn used(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }

    pub fn advance(&self, ms: f64) {
        self.clock_ms.set(self.clock_ms.get() + ms);
    }
}

impl Store for MemoryStore {
    fn reachable(&self) -> bool {
        !self.unavailable.get()
    }

    fn get(&self, key: &str) -> Option<String> {
        if self.unavailable.get() {
            return None;
        }
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.unavailable.get() {
            return Err(StoreError::Unavailable);
        }
        let before = self
            .map
            .borrow()
            .get(key)
            .map_or(0, |v| key.chars().count() + v.chars().count());
        let after = self.used() - before + key.chars().count() + value.chars().count();
        if self.quota.get().is_some_and(|q| after > q) {
            return Err(StoreError::Full);
        }
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) {
        if !self.unavailable.get() {
            self.map.borrow_mut().remove(key);
        }
    }

    fn keys(&self) -> Vec<String> {
        if self.unavailable.get() {
            return Vec::new();
        }
        self.map.borrow().keys().cloned().collect()
    }

    fn now_ms(&self) -> f64 {
        self.clock_ms.get()
    }

    fn now_text(&self) -> String {
        format!("t={}", self.clock_ms.get())
    }

    fn random(&self) -> f64 {
        // Distinct ids without randomness: tests stay repeatable.
        self.ids.set(self.ids.get() + 1);
        f64::from(self.ids.get()) / 1_000_000.0
    }
}
