//! What happens when the user opens, imports, exports or edits a plan: drafts are kept in step
//! and nothing the user had is ever lost.

use leptos::prelude::*;
use semaforo_engine::examples::ILO_2022;
use semaforo_engine::{load_plan, load_plan_bytes, load_plan_report, LoadError, Loaded};

use crate::browser;
use crate::drafts;
use crate::state::{AppState, PendingImport, Tab};

/// On page load: reopen the last draft, or open the built-in example as a new draft.
pub fn start(state: AppState) {
    if !drafts::available() {
        state.warn("Este navegador no permite guardar borradores (almacenamiento desactivado o modo privado): puede trabajar, pero exporte el plan a un archivo antes de cerrar.");
    }
    if let Some(id) = drafts::last_opened() {
        match drafts::load(&id) {
            Ok(plan) => return state.open(plan, id),
            Err(e) => state.warn(format!(
                "{e} Puede descargar su texto desde «Borradores». Se abrió el ejemplo en su lugar."
            )),
        }
    }
    open_example(state);
}

pub fn open_example(state: AppState) {
    match load_plan(ILO_2022) {
        Ok(plan) => state.open(plan, drafts::new_id()),
        Err(e) => state.warn(format!("El ejemplo incorporado no se pudo leer: {}", e.message)),
    }
}

/// A file's text from a paste. Nothing changes if it cannot be read.
pub fn import_text(state: AppState, text: &str, file_name: &str) {
    import_loaded(state, load_plan_report(text), file_name);
}

/// A file's bytes from the picker or a drop, in whatever encoding it was saved.
pub fn import_bytes(state: AppState, bytes: &[u8], file_name: &str) {
    import_loaded(state, load_plan_bytes(bytes), file_name);
}

fn import_loaded(state: AppState, result: Result<Loaded, LoadError>, file_name: &str) {
    match result {
        Err(e) => state.warn(format!(
            "«{file_name}» no se pudo abrir y no se cambió nada. {}",
            e.message
        )),
        Ok(loaded) => {
            let pending = PendingImport {
                note: loaded.remarks(),
                plan: loaded.plan,
                file_name: file_name.to_string(),
            };
            if state.plan.with_untracked(|p| p.is_some()) {
                state.pending.set(Some(pending));
            } else {
                open_as_new_draft(state, pending);
            }
        }
    }
}

fn open_as_new_draft(state: AppState, p: PendingImport) {
    let said = format!("Se abrió «{}» como un borrador nuevo.", p.file_name);
    open_pending(state, p, None, said);
    state.tab.set(Tab::Resumen);
}

/// Opens an imported plan and tells the user what they should know about it.
fn open_pending(state: AppState, p: PendingImport, id: Option<String>, said: String) {
    let remarks = crate::sharing::opening_remarks(state, &p.plan);
    let broken = !semaforo_engine::history::verify(&p.plan.history).is_intact();
    state.open(p.plan, id.unwrap_or_else(drafts::new_id));
    let text = std::iter::once(said)
        .chain(p.note)
        .chain(remarks)
        .collect::<Vec<_>>()
        .join(" ");
    if broken {
        state.warn(text);
    } else {
        state.say(text);
    }
}

/// The pending file replaces the content of the draft on screen.
pub fn replace_current(state: AppState) {
    let Some(p) = state.pending.get_untracked() else {
        return;
    };
    state.pending.set(None);
    let id = state.draft_id.get_untracked();
    let said = format!("El borrador actual se reemplazó con «{}».", p.file_name);
    open_pending(state, p, id, said);
}

/// The pending file opens as another draft; the current one stays as it was.
pub fn keep_both(state: AppState) {
    let Some(p) = state.pending.get_untracked() else {
        return;
    };
    state.pending.set(None);
    open_as_new_draft(state, p);
}

/// Downloads the plan on screen, with every value filled in, as a file another unit can open.
pub fn export(state: AppState) {
    state.plan.with_untracked(|p| {
        let Some(p) = p else { return };
        // A unit's copy goes back under the unit's name, so the office can tell the files apart.
        let suffix = p
            .sharing
            .as_ref()
            .map(|s| format!("de {}", s.for_unit))
            .unwrap_or_default();
        let name = semaforo_export::file_name(p, &suffix, "json");
        let result = serde_json::to_string_pretty(p)
            .map_err(|e| e.to_string())
            .and_then(|text| browser::download(&name, "application/json", &text));
        if let Err(e) = result {
            state.warn(format!("No se pudo exportar: {e}"));
        }
    });
}

/// Saves the plan on screen as its draft after every change.
pub fn autosave(state: AppState) {
    Effect::new(move |_| {
        let Some(id) = state.draft_id.get() else {
            return;
        };
        let result = state.plan.with(|p| p.as_ref().map(|p| drafts::save(&id, p)));
        match result {
            Some(Ok(when)) => {
                state.saved_at.set(Some(when));
                state.drafts_changed.update(|n| *n += 1);
            }
            Some(Err(e)) => state.warn(e),
            None => {}
        }
    });
}
