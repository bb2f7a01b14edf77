//! What happens when the user opens, imports, exports or edits a plan: drafts are kept in step
//! and nothing the user had is ever lost — not when storage is full, missing or damaged, and not
//! when the same draft is open in two tabs.

use std::time::Duration;

use leptos::prelude::*;
use semaforo_engine::json_text::indent;
use semaforo_engine::{LoadError, Loaded};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::drafts::{self, SaveError};
use crate::reading;
use crate::state::{AppState, PendingImport, Tab};

/// A lasting problem with the browser's storage, shown with what the user can do about it
/// (components::StorageNotice) until it is solved or dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// No local storage at all: the app works, drafts are not kept.
    Unavailable,
    /// The last change could not be saved for lack of room; the draft saved before is intact.
    Full { versions_dropped: usize },
    /// A draft could not be read; its text stays in storage until the user deletes it.
    Damaged { id: String, name: String, reason: String },
    /// Another tab saved this draft after this tab last saw it: this tab stopped saving.
    Conflict { id: String },
}

/// The storage problem on screen, if any. Provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct StorageStatus {
    pub problem: RwSignal<Option<StorageProblem>>,
}

impl StorageStatus {
    pub fn new() -> Self {
        StorageStatus {
            problem: RwSignal::new(None),
        }
    }
}

impl Default for StorageStatus {
    fn default() -> Self {
        Self::new()
    }
}

/// The storage status in context, or a fresh one (components mounted alone in tests).
pub fn use_storage_status() -> StorageStatus {
    use_context::<StorageStatus>().unwrap_or_default()
}

/// On page load: reopen the last draft, or open the built-in example as a new draft. Provides
/// the [`StorageStatus`] and starts listening to other tabs.
pub fn start(state: AppState) -> StorageStatus {
    let status = StorageStatus::new();
    provide_context(status);
    if !drafts::probe_available() {
        status.problem.set(Some(StorageProblem::Unavailable));
        if !crate::plan_link::in_address() {
            open_example(state);
        }
        return status;
    }
    watch_other_tabs(state, status);
    let opened = drafts::last_opened().and_then(|id| {
        let (plan, note) = drafts::open_noting(&id).ok()?;
        let untouched_example = id.starts_with(EXAMPLE_ID_PREFIX) && plan.history.is_empty();
        if untouched_example {
            // To tell, when a file is opened, whether the example is still as it ships.
            leptos::task::spawn_local(async {
                let _ = example_text().await;
            });
        }
        state.open(plan, id.clone());
        state.navigation.welcome.set(untouched_example);
        if let Some(n) = note {
            state.notices.say(n);
        }
        Some(id)
    });
    // A first visit opens the example, unless it came with a plan in its address.
    if opened.is_none() && !crate::plan_link::in_address() {
        open_example(state);
    }
    // A damaged draft is said as soon as the plan's figures are on screen, whether or not it is
    // the one that would have opened: reading every stored draft must not delay them, and the
    // draft just opened was read already.
    request_animation_frame(move || {
        set_timeout(
            move || {
                let found = drafts::damaged_except(opened.as_deref()).into_iter().next();
                if let Some((meta, reason)) = found.filter(|_| status.problem.get_untracked().is_none()) {
                    status.problem.set(Some(StorageProblem::Damaged {
                        id: meta.id,
                        name: meta.name,
                        reason,
                    }));
                }
            },
            Duration::ZERO,
        );
    });
    status
}

/// Drafts of the built-in example have ids that say so, so the page can label the example as an
/// example wherever it shows it, across reloads.
const EXAMPLE_ID_PREFIX: &str = "ejemplo-";

/// Where the built-in example is published. It is fetched, not built into the page: most visits
/// reopen a draft and never need it (issue 19: 11 KB gzip of the first load).
const EXAMPLE_PATH: &str = "ejemplos/ilo-2022.json";

thread_local! {
    /// The example's text, once fetched.
    static EXAMPLE_TEXT: std::cell::RefCell<Option<std::rc::Rc<str>>> = const { std::cell::RefCell::new(None) };
}

async fn example_text() -> Result<std::rc::Rc<str>, String> {
    if let Some(text) = EXAMPLE_TEXT.with(|t| t.borrow().clone()) {
        return Ok(text);
    }
    let text: std::rc::Rc<str> = crate::published::published(EXAMPLE_PATH).await?.into();
    EXAMPLE_TEXT.with(|t| *t.borrow_mut() = Some(text.clone()));
    Ok(text)
}

/// The example as it ships, when its text is here (not tracked).
fn example_as_shipped() -> Option<semaforo_engine::Plan> {
    let text = EXAMPLE_TEXT.with(|t| t.borrow().clone())?;
    reading::read_own(&text).ok().map(|l| l.plan)
}

/// Opens the built-in example as a new draft, with the start panel. While it comes, the page
/// says so; a plan opened meanwhile (a file, a draft) is left on screen.
pub fn open_example(state: AppState) {
    let rev = state.document.plan_rev.get_untracked();
    state.navigation.opening_example.set(true);
    leptos::task::spawn_local(async move {
        let read = match example_text().await {
            Ok(text) => reading::read_own(&text).map(|l| l.plan).map_err(|e| e.message),
            Err(e) => Err(e),
        };
        state.navigation.opening_example.try_set(false);
        if state.document.plan_rev.try_get_untracked() != Some(rev) {
            return;
        }
        match read {
            Ok(plan) => {
                state.open(plan, format!("{EXAMPLE_ID_PREFIX}{}", drafts::new_id()));
                state.navigation.welcome.set(true);
            }
            Err(e) => state.notices.warn(format!("El ejemplo no se pudo abrir: {e}")),
        }
    });
}

/// Opens the example when no plan is on screen (a first visit that came by a link that could not
/// be opened).
pub fn open_example_if_nothing_open(state: AppState) {
    if state.document.plan.with_untracked(Option::is_none) && !state.navigation.opening_example.get_untracked() {
        open_example(state);
    }
}

/// The example offered like a file: beside the plan on screen or in its place, as the user
/// chooses (*Borradores y archivos*).
pub fn offer_example(state: AppState) {
    leptos::task::spawn_local(async move {
        match example_text()
            .await
            .and_then(|t| reading::read_own(&t).map_err(|e| e.message))
        {
            Ok(loaded) => state.draft_slot.pending.set(Some(PendingImport {
                plan: loaded.plan,
                file_name: "ejemplo Ilo 2022".into(),
                note: None,
            })),
            Err(e) => state.notices.warn(format!("El ejemplo no se pudo abrir: {e}")),
        }
    });
}

/// Whether the plan on screen is the built-in example (edited or not).
pub fn is_example(state: AppState) -> bool {
    let example_draft = state
        .draft_slot
        .draft_id
        .with(|id| id.as_deref().is_some_and(|id| id.starts_with(EXAMPLE_ID_PREFIX)));
    example_draft
        && state.document.plan.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.entity.name == semaforo_engine::examples::ILO_ENTITY)
        })
}

/// The plan file picked in a file field (its change event): opened, and the field emptied so
/// picking the same file again fires again.
pub fn import_picked(state: AppState, ev: &leptos::ev::Event) {
    let input: web_sys::HtmlInputElement = event_target(ev);
    if let Some(file) = input.files().and_then(|f| f.get(0)) {
        read_and_import(state, file);
    }
    input.set_value("");
}

/// Reads a file the person picked or dropped and opens it as a plan (or says why not).
pub fn read_and_import(state: AppState, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        let name = file.name();
        match crate::browser::read_bytes(file).await {
            Ok(bytes) => import_bytes(state, &bytes, &name).await,
            Err(e) => state.notices.warn(e),
        }
    });
}

/// A file's text from a paste. Nothing changes if it cannot be read.
pub fn import_text(state: AppState, text: String, file_name: &'static str) {
    leptos::task::spawn_local(async move {
        let read = reading::read_text(text).await;
        import_loaded(state, read, file_name);
    });
}

/// A file's bytes from the picker or a drop, in whatever encoding it was saved.
pub async fn import_bytes(state: AppState, bytes: &[u8], file_name: &str) {
    if let Some(why) = semaforo_engine::file_kind::not_a_plan(file_name, bytes) {
        state.notices.warn(why);
        return;
    }
    let read = reading::read_bytes(bytes).await;
    import_loaded(state, read, file_name);
}

fn import_loaded(state: AppState, result: Result<Loaded, LoadError>, file_name: &str) {
    if let Some(pending) = read_pending(state, result, file_name) {
        offer_import(state, pending);
    }
}

/// A plan read, ready to open; or, when it could not be read, the user is told why and `None`.
fn read_pending(state: AppState, result: Result<Loaded, LoadError>, file_name: &str) -> Option<PendingImport> {
    match result {
        Err(e) => {
            state.notices.warn(format!(
                "«{file_name}» no se pudo abrir y no se cambió nada. {}",
                e.message
            ));
            None
        }
        Ok(loaded) => Some(PendingImport {
            note: loaded.remarks(),
            plan: loaded.plan,
            file_name: file_name.to_string(),
        }),
    }
}

/// A plan read from a file: opened as a new draft, or, when a plan is open, the user is asked
/// whether it replaces the draft on screen or opens beside it. Never a silent overwrite.
pub fn offer_import(state: AppState, pending: PendingImport) {
    if untouched_example(state) {
        // Nothing of the user's is on screen: asking what to do with the example would only be a
        // hurdle on the first file they open. The example can be opened again from the start.
        let example = state.draft_slot.draft_id.get_untracked();
        open_as_new_draft(state, pending);
        if let Some(id) = example {
            // Best effort: a leftover example draft is harmless.
            let _ = drafts::delete(&id);
            state.draft_slot.drafts_changed.update(|n| *n += 1);
        }
    } else if state.document.plan.with_untracked(|p| p.is_some()) {
        state.draft_slot.pending.set(Some(pending));
    } else {
        open_as_new_draft(state, pending);
    }
}

/// Whether the plan on screen is the built-in example exactly as it ships. Compared as written
/// to a file: the writer is in the page already, and a derived comparison of every plan type
/// added 13 KB to the download.
fn untouched_example(state: AppState) -> bool {
    let as_file = |p: &semaforo_engine::Plan| semaforo_plan_json::to_json(p).ok();
    is_example(state)
        && state.document.plan.with_untracked(|p| {
            p.as_ref().is_some_and(|p| {
                let example = example_as_shipped().and_then(|e| as_file(&e));
                p.history.is_empty() && example.is_some() && example == as_file(p)
            })
        })
}

/// A plan that opens beside the user's drafts, never asking and never replacing one: a teaching
/// example from the gallery, or the plan in a link. `name` says where it came from.
pub async fn open_beside(state: AppState, text: String, name: &str) {
    let read = reading::read_text(text).await;
    if let Some(pending) = read_pending(state, read, name) {
        open_as_new_draft(state, pending);
    }
}

/// Keeps a plan (e.g. a workshop trial's scratch copy) as a new draft of its own, beside the
/// one it came from.
pub fn keep_as_new_draft(state: AppState, plan: semaforo_engine::Plan, name: &str) {
    open_as_new_draft(
        state,
        PendingImport {
            plan,
            file_name: name.to_string(),
            note: None,
        },
    );
}

/// Like [`open_beside`], as a practice: the new draft's results stay hidden until the
/// participant asks for them.
pub async fn open_beside_as_practice(state: AppState, text: String, name: &str) {
    let read = reading::read_text(text).await;
    if let Some(mut pending) = read_pending(state, read, name) {
        pending.plan.exercise = true;
        open_as_new_draft(state, pending);
    }
}

fn open_as_new_draft(state: AppState, p: PendingImport) {
    let said = format!("Se abrió «{}» como un borrador nuevo.", p.file_name);
    open_pending(state, p, None, said);
}

/// Opens an imported plan and tells the user what they should know about it.
fn open_pending(state: AppState, p: PendingImport, id: Option<String>, said: String) {
    let remarks = crate::sharing::opening_remarks(state, &p.plan);
    let broken = !semaforo_engine::history::verify(&p.plan.history).is_intact();
    // A unit's copy is opened to fill in its values: straight to them.
    let tab = if p.plan.sharing.is_some() {
        Tab::Indicadores
    } else {
        Tab::Resumen
    };
    state.open(p.plan, id.unwrap_or_else(drafts::new_id));
    state.navigation.tab.set(tab);
    let text = std::iter::once(said)
        .chain(p.note)
        .chain(remarks)
        .collect::<Vec<_>>()
        .join(" ");
    if broken {
        state.notices.warn(text);
    } else {
        state.notices.say(text);
    }
}

/// A plan made in the app (*Nuevo plan*) opens as a new draft, on the structure screen.
pub fn open_new_plan(state: AppState, plan: semaforo_engine::Plan) {
    let said = format!(
        "Se creó el plan «{}» de {} como un borrador nuevo. Agregue sus objetivos, acciones e indicadores aquí, en «Estructura».",
        plan.plan.name, plan.entity.name
    );
    open_made_plan(state, plan, Tab::Estructura, said);
}

/// A plan made in the app opens as a new draft on `tab`, and the user is told what was done.
fn open_made_plan(state: AppState, plan: semaforo_engine::Plan, tab: Tab, said: String) {
    state.open(plan, drafts::new_id());
    state.navigation.tab.set(tab);
    state.notices.say(said);
}

/// *Nuevo ejercicio*: the next year of the plan on screen opens as a new draft, on *Indicadores*
/// where its values are typed; the draft it came from is kept as it was.
pub fn start_next_year(state: AppState) {
    let stamp = state.document.stamp();
    let started = state.document.plan.with_untracked(|p| {
        p.as_ref()
            .map(|p| semaforo_engine::new_year::start_next_year(p, &stamp))
    });
    match started {
        Some(Ok((plan, said))) => open_made_plan(state, plan, Tab::Indicadores, said),
        Some(Err(e)) => state.notices.warn(e),
        None => {}
    }
}

/// The pending file replaces the content of the draft on screen (what it had is kept as a version).
pub fn replace_current(state: AppState) {
    let Some(p) = state.draft_slot.pending.get_untracked() else {
        return;
    };
    state.draft_slot.pending.set(None);
    let id = state.draft_slot.draft_id.get_untracked();
    if let Some(id) = &id {
        drafts::keep_version_next(id);
    }
    let said = format!(
        "El borrador actual se reemplazó con «{}». Lo que tenía antes quedó entre sus versiones anteriores («Borradores y archivos»).",
        p.file_name
    );
    // A draft still under the old plan's own name takes the new plan's; a name the user chose
    // is kept.
    let old_name = state
        .document
        .plan
        .with_untracked(|p| p.as_ref().map(drafts::default_name));
    let new_name = drafts::default_name(&p.plan);
    open_pending(state, p, id.clone(), said);
    if let Some(id) = id {
        let listed = drafts::list_or_rebuild()
            .into_iter()
            .find(|m| m.id == id)
            .map(|m| m.name);
        if listed.is_some() && listed == old_name {
            if let Err(e) = drafts::rename(&id, &new_name) {
                state.notices.warn(e);
            }
        }
    }
}

/// The pending file opens as another draft; the current one stays as it was.
pub fn keep_both(state: AppState) {
    let Some(p) = state.draft_slot.pending.get_untracked() else {
        return;
    };
    state.draft_slot.pending.set(None);
    open_as_new_draft(state, p);
}

/// Downloads the plan on screen, with every value filled in, as a file another unit can open.
pub fn export(state: AppState) {
    state.document.plan.with_untracked(|p| {
        let Some(p) = p else { return };
        // A unit's copy goes back under the unit's name, so the office can tell the files apart.
        let suffix = p
            .sharing
            .as_ref()
            .map(|s| format!("de {}", s.for_unit))
            .unwrap_or_default();
        let name = semaforo_export::file_name(p, &suffix, "json");
        let result = semaforo_plan_json::to_json(p)
            .map(|t| indent(&t))
            .map_err(|e| e.to_string())
            .and_then(|text| browser::download(&name, "application/json", &text));
        match result {
            Err(e) => state.notices.warn(format!("No se pudo guardar el archivo: {e}")),
            Ok(()) => {
                let next = match &p.sharing {
                    Some(s) => format!(
                        " Envíelo a la oficina de planeamiento: allí lo abren con «Abrir un archivo recibido» y sus valores de «{}» se suman al plan.",
                        s.for_unit
                    ),
                    None => " Puede enviarlo a otra unidad o abrirlo en otro navegador con «Abrir un archivo recibido».".into(),
                };
                state.notices.say(format!(
                    "Se guardó «{name}». El navegador lo deja en su carpeta de descargas (normalmente «Descargas»).{next}"
                ));
            }
        }
    });
}

/// Downloads a draft's stored text exactly as it is (for a draft that cannot be read).
pub fn download_raw(state: AppState, id: &str) {
    match drafts::raw(id) {
        Some(text) => {
            if let Err(e) = browser::download(&format!("borrador-{id}.json"), "application/json", &text) {
                state.notices.warn(e);
            }
        }
        None => state.notices.warn("El borrador ya no está en este navegador."),
    }
}

/// Saves the plan on screen as its draft after every change.
pub fn autosave(state: AppState, status: StorageStatus) {
    // The draft waiting to be written, and the timer that will write it. Every change replaces
    // both, so a burst of typing writes once.
    let unsaved = StoredValue::new_local(None::<String>);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let generation = StoredValue::new_local(0u64);
    Effect::new(move |_| {
        let Some(id) = state.draft_slot.draft_id.get() else {
            return;
        };
        // A trial's edits are not the draft's: nothing to save until it ends.
        if state.trial.is_on() {
            return;
        }
        let items = state.document.plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.objectives
                        .iter()
                        .map(|o| o.indicators.len() + o.actions.len())
                        .sum::<usize>()
                        + p.poi.activities.len()
                })
                .unwrap_or(0)
        });
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        unsaved.set_value(Some(id));
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        // Writing the draft (serialising the plan and storing it) comes after the frame that
        // shows the new figures, so it never delays them: a small plan a moment after that
        // frame, a large one (a whole region: tens of MB of JSON) once typing pauses. Hiding or
        // leaving the page saves what is pending.
        let pause = if items < LARGE_PLAN_ITEMS {
            SMALL_PLAN_PAUSE
        } else {
            SAVE_PAUSE
        };
        request_animation_frame(move || {
            if generation.get_value() != this {
                return;
            }
            let write = move || {
                pending.set_value(None);
                if let Some(id) = unsaved.get_value() {
                    unsaved.set_value(None);
                    save_now(state, status, id);
                }
            };
            pending.set_value(set_timeout_with_handle(write, pause).ok());
        });
    });
    let flush = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
        }
        if let Some(id) = unsaved.get_value() {
            unsaved.set_value(None);
            save_now(state, status, id);
        }
    };
    let window = leptos::prelude::window();
    let on_hide = Closure::<dyn FnMut()>::new(flush);
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    // A tab put in the background gets no frames, and the other tab may want to see its work.
    let on_hidden = Closure::<dyn FnMut()>::new(move || {
        if document().hidden() {
            flush();
        }
    });
    let _ = document().add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    on_hidden.forget();
}

/// Plans with more indicators, actions and AO than this are saved when typing pauses.
const LARGE_PLAN_ITEMS: usize = 2_000;
const SAVE_PAUSE: Duration = Duration::from_millis(800);
/// Long enough for the work that follows the painted frame to run first; short enough that a
/// closed tab never leaves an old draft behind.
const SMALL_PLAN_PAUSE: Duration = Duration::from_millis(20);

fn save_now(state: AppState, status: StorageStatus, id: String) {
    // A change made just before a trial began is saved as it was then, never the trial's edits.
    let result = match state.trial.start.get_untracked() {
        Some(start) => drafts::save(&id, &start),
        None => {
            let Some(result) = state
                .document
                .plan
                .with_untracked(|p| p.as_ref().map(|p| drafts::save(&id, p)))
            else {
                return;
            };
            result
        }
    };
    let problem = status.problem.get_untracked();
    match result {
        Ok(saved) => {
            state.draft_slot.saved_at.set(Some(saved.when));
            state.draft_slot.drafts_changed.update(|n| *n += 1);
            if matches!(
                problem,
                Some(StorageProblem::Full { .. } | StorageProblem::Conflict { .. })
            ) {
                status.problem.set(None);
                state.notices.say("El borrador se volvió a guardar en este navegador.");
            }
            if saved.versions_dropped > 0 {
                state.notices.warn(format!(
                    "El almacenamiento del navegador está casi lleno: para guardar este cambio {}.",
                    versions_dropped_text(saved.versions_dropped)
                ));
            } else if saved.version_lost {
                state.notices.warn("El cambio se guardó, pero no cupo una versión anterior del borrador: el almacenamiento del navegador está casi lleno.");
            }
        }
        Err(SaveError::Unavailable) => {
            if problem != Some(StorageProblem::Unavailable) {
                status.problem.set(Some(StorageProblem::Unavailable));
            }
        }
        Err(SaveError::Full { versions_dropped }) => {
            // A conflict stays on screen: it is the more urgent decision.
            if !matches!(problem, Some(StorageProblem::Conflict { .. })) {
                status.problem.set(Some(StorageProblem::Full { versions_dropped }));
            }
            state.draft_slot.drafts_changed.update(|n| *n += 1);
        }
        Err(SaveError::Conflict) => {
            if problem != Some(StorageProblem::Conflict { id: id.clone() }) {
                status.problem.set(Some(StorageProblem::Conflict { id }));
            }
        }
        Err(SaveError::Other(e)) => state.notices.warn(e),
    }
}

/// "se borró 1 versión anterior…" / "se borraron 3 versiones anteriores…".
pub fn versions_dropped_text(n: usize) -> String {
    if n == 1 {
        "se borró 1 versión anterior de un borrador".into()
    } else {
        format!("se borraron {n} versiones anteriores de borradores")
    }
}

/// Listens for other tabs of this app writing to local storage (the `storage` event fires only
/// in the other tabs). When the draft on screen changed there: if this tab has nothing unsaved,
/// the newer version is shown; otherwise this tab stops saving and asks (`Conflict`).
fn watch_other_tabs(state: AppState, status: StorageStatus) {
    let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        other_tab_wrote(state, status, ev.key(), ev.new_value());
    });
    let added = web_sys::window().map(|w| {
        w.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref())
            .is_ok()
    });
    if added == Some(true) {
        // The listener lives as long as the page.
        on_storage.forget();
    }
}

fn other_tab_wrote(state: AppState, status: StorageStatus, key: Option<String>, new_value: Option<String>) {
    // The list of drafts, their names or versions may have changed.
    state.draft_slot.drafts_changed.update(|n| *n += 1);
    let Some(id) = state.draft_slot.draft_id.get_untracked() else {
        return;
    };
    // `key` is None when the other tab cleared all storage.
    if key.as_ref().is_some_and(|k| *k != drafts::draft_key(&id)) {
        return;
    }
    let Some(text) = new_value else {
        drafts::forget(&id);
        state.notices.warn("Este borrador se eliminó desde otra pestaña. Lo que ve aquí sigue en pantalla y se guardará de nuevo con su próximo cambio; también puede exportarlo a un archivo.");
        return;
    };
    if drafts::seen(&id).as_deref() == Some(text.as_str()) {
        return;
    }
    let unsaved = matches!(
        status.problem.get_untracked(),
        Some(StorageProblem::Full { .. } | StorageProblem::Conflict { .. })
    );
    if unsaved {
        status.problem.set(Some(StorageProblem::Conflict { id }));
        return;
    }
    match drafts::check(&text) {
        Ok(plan) => {
            drafts::mark_seen(&id, &text);
            state.open(plan, id);
            state
                .notices
                .say("Este borrador se cambió en otra pestaña: se muestra su versión más reciente.");
        }
        Err(_) => status.problem.set(Some(StorageProblem::Conflict { id })),
    }
}

/// Conflict: show what the other tab saved; this tab's plan is kept as a version of the draft.
pub fn load_other_tab(state: AppState, status: StorageStatus) {
    let Some(id) = state.draft_slot.draft_id.get_untracked() else {
        return;
    };
    let plan = match drafts::raw(&id).map(|t| drafts::check(&t)) {
        Some(Ok(plan)) => plan,
        Some(Err(e)) => {
            return state
                .notices
                .warn(format!("La versión de la otra pestaña no se puede leer: {e}"))
        }
        None => return state.notices.warn("El borrador ya no está en este navegador."),
    };
    let mine = state
        .document
        .plan
        .with_untracked(|p| p.as_ref().and_then(|p| semaforo_plan_json::to_json(p).ok()));
    let kept = mine.map(|t| drafts::keep_as_version(&id, &t));
    if let Some(Err(e)) = kept {
        // Without room for this tab's version, loading the other would lose it: stop here.
        return state.notices.warn(format!(
            "{e} Antes de cargar la versión de la otra pestaña, exporte este plan o elija «Conservar la mía como copia»."
        ));
    }
    drafts::open(&id).ok();
    status.problem.set(None);
    state.open(plan, id);
    state.notices.say("Se cargó la versión de la otra pestaña. La de esta pestaña quedó entre las versiones anteriores del borrador («Borradores y archivos»).");
}

/// Conflict: this tab's plan becomes a new draft; the other tab's stays under the original.
pub fn keep_mine_as_copy(state: AppState, status: StorageStatus) {
    let Some(plan) = state.document.plan.get_untracked() else {
        return;
    };
    let old = state.draft_slot.draft_id.get_untracked();
    let name = old
        .and_then(|id| drafts::list_or_rebuild().into_iter().find(|m| m.id == id))
        .map(|m| m.name)
        .unwrap_or_else(|| drafts::default_name(&plan));
    let id = drafts::new_id();
    match drafts::save_named(&id, &plan, Some(format!("{name} (copia de otra pestaña)"))) {
        Ok(saved) => {
            status.problem.set(None);
            state.open(plan, id);
            state.draft_slot.saved_at.set(Some(saved.when));
            state.draft_slot.drafts_changed.update(|n| *n += 1);
            state.notices.say("Sus cambios de esta pestaña se guardaron como un borrador nuevo; el de la otra pestaña quedó como estaba.");
        }
        Err(SaveError::Full { .. }) => state.notices.warn(
            "No se pudo guardar la copia: el almacenamiento del navegador está lleno. Exporte el plan a un archivo.",
        ),
        Err(SaveError::Unavailable) => status.problem.set(Some(StorageProblem::Unavailable)),
        Err(SaveError::Conflict) | Err(SaveError::Other(_)) => state
            .notices
            .warn("No se pudo guardar la copia. Exporte el plan a un archivo."),
    }
}

/// Puts a version of the draft on screen back; what it replaces becomes a version.
pub fn restore_version(state: AppState, index: usize, saved_at: &str) {
    let Some(id) = state.draft_slot.draft_id.get_untracked() else {
        return;
    };
    match drafts::restore(&id, index) {
        Ok(plan) => {
            state.open(plan, id);
            state.draft_slot.drafts_changed.update(|n| *n += 1);
            state.notices.say(format!(
                "Se restauró la versión guardada el {saved_at}. Lo que había antes quedó entre las versiones anteriores."
            ));
        }
        Err(e) => state.notices.warn(e),
    }
}
