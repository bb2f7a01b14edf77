//! The workbook builder, run in a web worker.
//!
//! rust_xlsxwriter and its zip code add about 340 KB (gzip) of wasm; living here, they are only
//! downloaded when a user asks for the .xlsx, and the page itself stays lean. The protocol: the
//! worker posts "listo" once it listens; the page then posts `{plan: <plan JSON>, strict: bool}`
//! and gets back `{ok: true, bytes: Uint8Array}` or `{ok: false, error: <Spanish message>}`.

/// Plan JSON in, workbook bytes out, with the same reading (strict or not) as the page.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn build(plan_text: &str, strict: bool) -> Result<Vec<u8>, String> {
    let plan = semaforo_engine::load_plan(plan_text).map_err(|e| e.message)?;
    let ev = semaforo_engine::evaluate(&plan, semaforo_engine::Options { strict });
    semaforo_export::to_xlsx(&plan, &ev)
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        let plan = field("plan").and_then(|v| v.as_string()).unwrap_or_default();
        let strict = field("strict").and_then(|v| v.as_bool()).unwrap_or(false);
        let reply = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            js_sys::Reflect::set(&reply, &JsValue::from_str(k), v).ok();
        };
        match build(&plan, strict) {
            Ok(bytes) => {
                set("ok", &JsValue::TRUE);
                set("bytes", &js_sys::Uint8Array::from(bytes.as_slice()));
            }
            Err(e) => {
                set("ok", &JsValue::FALSE);
                set("error", &JsValue::from_str(&e));
            }
        }
        reply_to.post_message(&reply).ok();
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    scope.post_message(&JsValue::from_str("listo")).ok();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("semaforo-export-worker runs as a web worker in the browser; see index.html.");
}

#[cfg(test)]
mod tests {
    #[test]
    fn builds_the_ilo_workbook_and_refuses_a_bad_plan() {
        let bytes = super::build(semaforo_engine::examples::ILO_2022, false).unwrap();
        assert_eq!(&bytes[..2], b"PK");
        let err = super::build("{", false).unwrap_err();
        assert!(err.contains("JSON"), "{err}");
    }
}
