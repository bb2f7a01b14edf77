//! Sending the plan to units and reading what they send back: the browser side of the engine's
//! `assign`, `merge` and `history`. Reading files never changes the plan; only `merge::apply`
//! does, after the user has seen what will change.

use leptos::prelude::*;
use semaforo_engine::json_text::indent;
use semaforo_engine::merge::IncomingFile;
use semaforo_engine::{assign, history, load_plan_bytes, Plan};

use crate::browser;
use crate::state::AppState;

/// Downloads the copy of the plan for one unit.
pub fn export_for_unit(state: AppState, unit: &str) {
    let result = state.document.plan.with_untracked(|p| {
        let Some(p) = p else { return Ok(()) };
        let copy = assign::for_unit(p, unit);
        let name = semaforo_export::file_name(&copy, &format!("para {unit}"), "json");
        semaforo_plan_json::to_json(&copy)
            .map(|t| indent(&t))
            .map_err(|e| e.to_string())
            .and_then(|text| browser::download(&name, "application/json", &text))
    });
    match result {
        Ok(()) => state.notices.say(format!(
            "Se descargó la copia para «{unit}». Envíela a la unidad; cuando la devuelva, incorpórela en «Compartir»."
        )),
        Err(e) => state
            .notices
            .warn(format!("No se pudo exportar la copia para «{unit}»: {e}")),
    }
}

/// Files read for a merge or a comparison: the ones that loaded, and why the others did not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadFiles {
    pub loaded: Vec<IncomingFile>,
    /// Migrations and other remarks, one per file that needed one.
    pub notes: Vec<String>,
    pub errors: Vec<String>,
}

/// Reads every picked file; a file that cannot be read is reported, the others still load.
pub async fn read_plans(files: Vec<web_sys::File>) -> ReadFiles {
    let mut out = ReadFiles::default();
    for file in files {
        let name = file.name();
        match browser::read_bytes(file).await {
            Err(e) => out.errors.push(e),
            Ok(bytes) => match load_plan_bytes(&bytes) {
                Err(e) => out.errors.push(format!("«{name}» no se pudo leer: {}", e.message)),
                Ok(loaded) => {
                    // Two files with one name (saved in different folders) must stay apart.
                    let mut name = name;
                    let mut n = 1;
                    while out.loaded.iter().any(|f| f.name == name) {
                        n += 1;
                        name = format!("{} ({n})", file_name_base(&name));
                    }
                    if let Some(n) = loaded.remarks() {
                        out.notes.push(format!("«{name}»: {n}"));
                    }
                    out.loaded.push(IncomingFile {
                        name,
                        plan: loaded.plan,
                    });
                }
            },
        }
    }
    out
}

fn file_name_base(name: &str) -> &str {
    match name.rfind(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    }
}

/// Handles a file input's `change`: reads every picked plan, then calls `then`. The input is
/// emptied so that picking the same files again fires again.
pub fn on_plans_picked(ev: &leptos::ev::Event, then: impl FnOnce(ReadFiles) + 'static) {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let picked = picked_files(&input);
    input.set_value("");
    leptos::task::spawn_local(async move { then(read_plans(picked).await) });
}

/// The files chosen in a file input, in order.
pub fn picked_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// What a user should know on opening a plan: a broken change log, or a copy meant for a unit.
/// A unit's copy also names the user after the unit if they have not typed a name yet.
pub fn opening_remarks(state: AppState, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let chain = history::verify(&plan.history);
    if !chain.is_intact() {
        out.push(chain.describe());
    }
    let unlogged = history::unlogged_changes(plan);
    if !unlogged.is_empty() {
        out.push(format!(
            "{} valores no coinciden con su historial (¿editados fuera de Semáforo?); véalos en «Compartir».",
            unlogged.len()
        ));
    }
    if let Some(s) = &plan.sharing {
        out.push(format!("Esta es la copia para «{}».", s.for_unit));
        if state.document.user_name.get_untracked().trim().is_empty() {
            state.document.user_name.set(s.for_unit.clone());
            crate::identity::save_name(&s.for_unit);
            out.push(format!(
                "Sus cambios quedarán registrados a nombre de «{}» (puede cambiarlo arriba, en «Su nombre o unidad»).",
                s.for_unit
            ));
        }
    }
    out
}
