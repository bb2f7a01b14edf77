//! Screens fetched the first time they are opened (issue 19: the old PC on a slow link).
//!
//! In the page Trunk builds (cargo feature `split`), each function made by `rare_screen!` is a
//! split point: `scripts/post-build.mjs` cuts the wasm there (wasm_split_cli_support), so the code
//! only that screen uses is downloaded when the screen is first opened, and the first load is
//! smaller. The split code shares the page's memory, so the screen reads the same state contexts
//! as every other component. Without the feature (component tests, `cargo check`) the functions
//! are plain calls.
//!
//! Only the download is asynchronous: once a screen's code is here, its view is built
//! synchronously in the ordinary reactive tree, exactly as an unsplit screen is. (Built inside a
//! `Suspend` after an `.await`, its effects outlived the screen when the workspace was drawn anew,
//! e.g. after the evaluated year changed, and read disposed signals.)

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;

use crate::state::{use_document, Document};

use super::{
    BudgetView, DiagnosticsView, DraftsView, IndicatorsView, MethodView, PracticeView, ReportView, SharingView,
    StartPanel, StepByStep, StructureView, TeachingGallery, TrialPanel,
};

/// What is fetched when first shown: the screens a planner opens rarely, the start panel (a
/// first visit opens the example instead), and *Indicadores*, which the first figures do not
/// need (it is fetched in the background once they are on screen, see `fetch_in_background`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rare {
    Indicadores,
    Informe,
    Compartir,
    Borradores,
    Metodo,
    Estructura,
    Presupuesto,
    Diagnosticos,
    Inicio,
    /// *Ejemplos para aprender*, under *Inicio*.
    Ejemplos,
    /// *Probar cambios*, the workshop's what-if panel.
    Taller,
    /// *Paso a paso*, the projector view.
    PasoAPaso,
    /// *Práctica*, for a plan handed out as an exercise.
    Practica,
}

/// A screen's code could not be downloaded: the page went offline before its first full visit
/// was cached, or the site was updated while the page was open.
#[derive(Debug, Clone)]
pub struct Unavailable;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for Unavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// One split point per screen: a screen's own code lands in its own file, and what two screens
/// share in a file both fetch. `$fetch` downloads the code without drawing anything.
macro_rules! rare_screen {
    ($name:ident, $fetch:ident, $chunk:ident, $view:ident) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, preload($fetch), fallible)
        )]
        fn $name() -> Result<AnyView, Unavailable> {
            Ok(view! { <$view/> }.into_any())
        }
    };
}

rare_screen!(indicators_screen, fetch_indicators, indicadores, IndicatorsView);
rare_screen!(report_screen, fetch_report, informe, ReportView);
rare_screen!(sharing_screen, fetch_sharing, compartir, SharingView);
rare_screen!(drafts_screen, fetch_drafts, borradores, DraftsView);
rare_screen!(method_screen, fetch_method, metodo, MethodView);
rare_screen!(structure_screen, fetch_structure, estructura, StructureView);
rare_screen!(budget_screen, fetch_budget, presupuesto, BudgetView);
rare_screen!(diagnostics_screen, fetch_diagnostics, diagnosticos, DiagnosticsView);
rare_screen!(start_screen, fetch_start, inicio, StartPanel);
rare_screen!(gallery_screen, fetch_gallery, ejemplos, TeachingGallery);
rare_screen!(trial_screen, fetch_trial, taller, TrialPanel);
rare_screen!(steps_screen, fetch_steps, paso_a_paso, StepByStep);
rare_screen!(practice_screen, fetch_practice, practica, PracticeView);

thread_local! {
    /// The screens whose code is here, one bit per `Rare`.
    static FETCHED: Cell<u32> = const { Cell::new(0) };
    /// Screens the planner opened whose code is downloading.
    static OPENING: Cell<u32> = const { Cell::new(0) };
}

fn fetched(screen: Rare) -> bool {
    !cfg!(feature = "split") || FETCHED.with(|f| f.get() & (1 << screen as u32) != 0)
}

/// Downloads a screen's code (and the pieces it shares with others).
async fn fetch(screen: Rare, doc: Document) -> Result<(), Unavailable> {
    // The two screens that make structural edits need their code too, and those that show the
    // budget or the diagnostics need src/review.rs (whose download began with the plan on
    // screen): started first, awaited after the screen's own code, so the downloads run together.
    let edits = matches!(screen, Rare::Metodo | Rare::Estructura);
    let review = matches!(
        screen,
        Rare::Presupuesto | Rare::Diagnosticos | Rare::Informe | Rare::Estructura
    );
    if edits {
        leptos::task::spawn_local(async {
            let _ = crate::plan_edits::fetch().await;
        });
    }
    #[cfg(feature = "split")]
    match screen {
        Rare::Indicadores => fetch_indicators().await?,
        Rare::Informe => fetch_report().await?,
        Rare::Compartir => fetch_sharing().await?,
        Rare::Borradores => fetch_drafts().await?,
        Rare::Metodo => fetch_method().await?,
        Rare::Estructura => fetch_structure().await?,
        Rare::Presupuesto => fetch_budget().await?,
        Rare::Diagnosticos => fetch_diagnostics().await?,
        Rare::Inicio => fetch_start().await?,
        Rare::Ejemplos => fetch_gallery().await?,
        Rare::Taller => fetch_trial().await?,
        Rare::PasoAPaso => fetch_steps().await?,
        Rare::Practica => fetch_practice().await?,
    }
    if edits {
        crate::plan_edits::fetch().await?;
    }
    if review {
        doc.fetch_review().await?;
    }
    FETCHED.with(|f| f.set(f.get() | (1 << screen as u32)));
    Ok(())
}

/// Calls a split point (a `#[wasm_split]` function, async in the page Trunk builds): awaited
/// where it is one, a plain call where it is not. Also used by `plan_link`.
macro_rules! split_call {
    ($($call:tt)*) => {{
        #[cfg(feature = "split")]
        let called = ($($call)*).await;
        #[cfg(not(feature = "split"))]
        let called = $($call)*;
        called
    }};
}
pub(crate) use split_call;

/// The result of a split call whose code is here: its future is ready at its first poll then
/// (its module is loaded), so it is polled once, in place, in the caller's reactive owner.
pub(crate) fn ready_now<T>(call: impl Future<Output = Result<T, Unavailable>>) -> Result<T, Unavailable> {
    match pin!(call).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(done) => done,
        Poll::Pending => Err(Unavailable),
    }
}

/// Draws a screen whose code is here.
fn draw(screen: Rare) -> Result<AnyView, Unavailable> {
    ready_now(async move {
        match screen {
            Rare::Indicadores => split_call!(indicators_screen()),
            Rare::Informe => split_call!(report_screen()),
            Rare::Compartir => split_call!(sharing_screen()),
            Rare::Borradores => split_call!(drafts_screen()),
            Rare::Metodo => split_call!(method_screen()),
            Rare::Estructura => split_call!(structure_screen()),
            Rare::Presupuesto => split_call!(budget_screen()),
            Rare::Diagnosticos => split_call!(diagnostics_screen()),
            Rare::Inicio => split_call!(start_screen()),
            Rare::Ejemplos => split_call!(gallery_screen()),
            Rare::Taller => split_call!(trial_screen()),
            Rare::PasoAPaso => split_call!(steps_screen()),
            Rare::Practica => split_call!(practice_screen()),
        }
    })
}

/// Downloads a screen's code without drawing it, so that opening it later is instant. For the
/// screen a planner is most likely to open next, once what they came for is on screen. On a slow
/// link every download shares the line, so this one waits a moment and never runs while a screen
/// the planner opened is downloading: that one comes first. A failed download is not reported
/// (the screen tries again, visibly, when opened).
pub fn fetch_in_background(screen: Rare) {
    fn when_the_line_is_free(screen: Rare, doc: Document) {
        set_timeout(
            move || {
                if fetched(screen) {
                } else if OPENING.with(Cell::get) > 0 {
                    when_the_line_is_free(screen, doc);
                } else {
                    leptos::task::spawn_local(async move {
                        let _ = fetch(screen, doc).await;
                    });
                }
            },
            BACKGROUND_PAUSE,
        );
    }
    if !fetched(screen) {
        when_the_line_is_free(screen, use_document());
    }
}

/// How long a background download waits (again, while a screen is downloading).
const BACKGROUND_PAUSE: Duration = Duration::from_millis(1000);

/// A screen that may need downloading: "Cargando…" while it comes, and if it cannot come, why
/// and a button to try again. Nothing typed elsewhere is touched either way.
#[component]
pub fn LazyScreen(screen: Rare) -> impl IntoView {
    // None while the code is on its way.
    let doc = use_document();
    let status = RwSignal::new(fetched(screen).then_some(Ok::<(), Unavailable>(())));
    let start = move || {
        status.set(None);
        leptos::task::spawn_local(async move {
            OPENING.with(|n| n.set(n.get() + 1));
            let done = fetch(screen, doc).await;
            OPENING.with(|n| n.set(n.get() - 1));
            // The user may have left the screen meanwhile.
            status.try_set(Some(done));
        });
    };
    if status.get_untracked().is_none() {
        start();
    }
    move || match status.get() {
        Some(Ok(())) => draw(screen).unwrap_or_else(|_| failed(start)),
        Some(Err(_)) => failed(start),
        None => view! { <p class="cargando" role="status">"Cargando…"</p> }.into_any(),
    }
}

fn failed(retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    view! {
        <div class="aviso aviso-error" role="alert">
            <p>
                "No se pudo descargar esta pantalla. Revise la conexión (o, si el sitio se "
                "actualizó, recargue la página: sus datos siguen guardados en este navegador)."
            </p>
            <button type="button" on:click=move |_| retry()>"Reintentar"</button>
        </div>
    }
    .into_any()
}
