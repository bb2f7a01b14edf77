//! Asks the export worker (crates/export-worker) for a file of the report (the .xlsx workbook,
//! a CSV table, the evaluation summary), so the code that writes them is downloaded only when a
//! user wants one.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Written by Trunk next to the page (index.html, data-loader-shim).
const WORKER_URL: &str = "./semaforo-export-worker_loader.js";

/// Builds `what` ("xlsx", "resumen" or "csv:<table id>") of `plan_json` in a worker and calls
/// `done` with its bytes or a Spanish error. Each request uses a fresh worker, closed when it
/// answers.
pub fn build(what: String, plan_json: String, strict: bool, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let worker = match web_sys::Worker::new(WORKER_URL) {
        Ok(w) => w,
        Err(_) => {
            return done(Err(
                "El navegador no pudo iniciar el generador de archivos del informe.".into(),
            ))
        }
    };
    let mut done = Some(done);
    let w = worker.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some("listo") {
            let request = js_sys::Object::new();
            js_sys::Reflect::set(&request, &"plan".into(), &JsValue::from_str(&plan_json)).ok();
            js_sys::Reflect::set(&request, &"strict".into(), &JsValue::from_bool(strict)).ok();
            js_sys::Reflect::set(&request, &"what".into(), &JsValue::from_str(&what)).ok();
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
        if let Some(done) = done.take() {
            done(result);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_| {
        web_sys::console::error_1(&"El generador de archivos del informe falló.".into());
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The handlers live until the worker answers; a few hundred bytes per export.
    on_message.forget();
    on_error.forget();
}
