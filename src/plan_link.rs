//! Plans in page addresses (issue 20): *Compartir enlace* compresses the plan's JSON with the
//! browser's CompressionStream, and a page opened from such an address (or handed one while
//! open) opens the plan as a new draft; no draft is replaced. The rules (marker, alphabet,
//! longest address, messages) are the engine's `semaforo_engine::link`.

use js_sys::{Array, Uint8Array};
use semaforo_engine::link;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableWritablePair, Response, WritableStream};

use crate::components::Unavailable;
use crate::session;
use crate::state::AppState;

// The browser's compression streams (every browser Semáforo supports has them); web-sys still
// marks them unstable, so they are declared here.
// Both are transform streams: one Rust type, one constructor for each.
#[wasm_bindgen]
extern "C" {
    type DeflateStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn compressor(format: &str) -> Result<DeflateStream, JsValue>;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn decompressor(format: &str) -> Result<DeflateStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DeflateStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DeflateStream) -> WritableStream;
}

/// Raw deflate of `bytes`, or its inverse, by the browser. `Err` carries nothing: the caller says
/// what failed in its own words.
async fn deflate(bytes: &[u8], compress: bool) -> Result<Vec<u8>, ()> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts).map_err(drop)?;
    let make = if compress {
        DeflateStream::compressor
    } else {
        DeflateStream::decompressor
    };
    let s = make("deflate-raw").map_err(drop)?;
    let stream = blob
        .stream()
        .pipe_through(&ReadableWritablePair::new(&s.readable(), &s.writable()));
    let response = Response::new_with_opt_readable_stream(Some(&stream)).map_err(drop)?;
    let buffer = JsFuture::from(response.array_buffer().map_err(drop)?)
        .await
        .map_err(drop)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The address that opens `plan_json` in Semáforo, from this page, or why there is none.
pub async fn address(plan_json: &str) -> Result<String, String> {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .ok_or("No se pudo leer la dirección de esta página.")?;
    let compressed = deflate(plan_json.as_bytes(), true).await.map_err(|_| {
        "Este navegador no puede comprimir el plan para un enlace (es muy antiguo). Compártalo como archivo."
    })?;
    link::address(&page, &compressed)
}

/// Whether this page's address carries a plan (then a first visit opens that plan, not the
/// example).
pub fn in_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.starts_with(link::MARKER))
}

/// Opens the plan in this page's address, if it carries one, as a new draft; the address loses
/// its fragment, so a reload does not open it again. Called at start and when the fragment
/// changes (a link pasted into a tab where Semáforo is open). Reading the plan is fetched with
/// the gallery's code (a split point): most visits carry no plan.
pub fn open_from_address(state: AppState) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let fragment = location.hash().unwrap_or_default();
    if !fragment.starts_with(link::MARKER) {
        return;
    }
    let bare = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&bare));
    }
    leptos::task::spawn_local(async move {
        if crate::components::split_call!(open_link(state, fragment)).is_err() {
            state.notices.warn(
                "No se pudo descargar lo necesario para abrir el plan del enlace. Revise la conexión y vuelva a abrir el enlace."
                    .to_string(),
            );
            session::open_example_if_nothing_open(state);
        }
    });
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(ejemplos, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn open_link(state: AppState, fragment: String) -> Result<(), Unavailable> {
    let Some(read) = link::read(&fragment) else {
        session::open_example_if_nothing_open(state);
        return Ok(());
    };
    leptos::task::spawn_local(async move {
        let damaged = "El enlace está dañado o incompleto (su contenido no se puede descomprimir): pida que se lo envíen de nuevo, o el plan como archivo.";
        let text = match read {
            Err(why) => Err(why),
            Ok(bytes) => deflate(&bytes, false)
                .await
                .map_err(|_| damaged.to_string())
                .and_then(|b| String::from_utf8(b).map_err(|_| damaged.to_string())),
        };
        match text {
            Ok(text) => session::open_beside(state, text, "el plan del enlace").await,
            Err(why) => state
                .notices
                .warn(format!("No se abrió el plan del enlace; no se cambió nada. {why}")),
        }
        // A first visit whose link could not be opened starts like any first visit.
        session::open_example_if_nothing_open(state);
    });
    Ok(())
}
