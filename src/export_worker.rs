//! Asks the export worker (crates/export-worker) for a file of the report (the .xlsx workbook,
//! a CSV table, the evaluation summary) or the Excel template, or to read a filled template, so
//! the code that writes and reads them is downloaded only when a user wants one.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's start-up file as Trunk writes it (index.html, data-loader-shim). The build then
/// puts a content hash in its name and says it in `<meta name="semaforo-export-worker">`
/// (scripts/post-build.mjs), so an updated page never meets a stale cached worker.
const WORKER_URL: &str = "./semaforo-export-worker_loader.js";

fn worker_url() -> String {
    leptos::prelude::document()
        .query_selector("meta[name=semaforo-export-worker]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| WORKER_URL.to_string())
}

/// Builds `what` ("xlsx", "resumen" or "csv:<table id>") of `plan_json` in a worker and calls
/// `done` with its bytes or a Spanish error. Each request uses a fresh worker, closed when it
/// answers.
pub fn build(what: String, plan_json: String, strict: bool, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    request(
        move |r| {
            js_sys::Reflect::set(r, &"plan".into(), &JsValue::from_str(&plan_json)).ok();
            js_sys::Reflect::set(r, &"strict".into(), &JsValue::from_bool(strict)).ok();
            js_sys::Reflect::set(r, &"what".into(), &JsValue::from_str(&what)).ok();
        },
        done,
    );
}

/// Reads a filled template (one workbook, or CSV files) in the worker; `done` gets the JSON of
/// what it found (see crates/export-worker, `import_report`).
pub fn import(files: Vec<(String, Vec<u8>)>, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    request(
        move |r| {
            let list = js_sys::Array::new();
            for (name, bytes) in &files {
                let f = js_sys::Object::new();
                js_sys::Reflect::set(&f, &"name".into(), &JsValue::from_str(name)).ok();
                js_sys::Reflect::set(&f, &"bytes".into(), &js_sys::Uint8Array::from(bytes.as_slice())).ok();
                list.push(&f);
            }
            js_sys::Reflect::set(r, &"what".into(), &JsValue::from_str("importar")).ok();
            js_sys::Reflect::set(r, &"files".into(), &list).ok();
        },
        done,
    );
}

/// What the page does with the worker's answer.
type Answer = Box<dyn FnOnce(Result<Vec<u8>, String>)>;

/// Starts a worker, sends it the request `fill` writes once it is listening, and hands its answer
/// to `done`.
fn request(fill: impl FnOnce(&js_sys::Object) + 'static, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let mut fill = Some(fill);
    let worker = match web_sys::Worker::new(&worker_url()) {
        Ok(w) => w,
        Err(_) => {
            return done(Err(
                "El navegador no pudo iniciar el generador de archivos del informe.".into(),
            ))
        }
    };
    // Shared by the answer and the failure handlers: whichever comes first calls it, so a worker
    // that fails never leaves the buttons waiting for an answer that will not come.
    let done: Rc<RefCell<Option<Answer>>> = Rc::new(RefCell::new(Some(Box::new(done))));
    let done_on_error = done.clone();
    let w = worker.clone();
    let w_on_error = worker.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some("listo") {
            let request = js_sys::Object::new();
            if let Some(fill) = fill.take() {
                fill(&request);
            }
            w.post_message(&request).ok();
            return;
        }
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        let result = if field("ok").and_then(|v| v.as_bool()) == Some(true) {
            field("bytes")
                .and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok())
                .map(|b| b.to_vec())
                .ok_or_else(|| "El generador de archivos del informe no devolvió datos.".to_string())
        } else {
            Err(field("error")
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| "Error desconocido.".into()))
        };
        w.terminate();
        let pending = done.borrow_mut().take();
        if let Some(done) = pending {
            done(result);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        w_on_error.terminate();
        let pending = done_on_error.borrow_mut().take();
        if let Some(done) = pending {
            done(Err("El generador de archivos falló en el navegador. Vuelva a intentarlo; si sigue fallando, recargue la página (su borrador está guardado).".into()));
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The handlers live until the worker answers; a few hundred bytes per export.
    on_message.forget();
    on_error.forget();
}
