//! The report's files (workbook, CSV tables, evaluation summary), built in a web worker.
//!
//! rust_xlsxwriter and its zip code add about 340 KB (gzip) of wasm, and the CSV tables and the
//! summary another 12 KB; living here, they are only downloaded when a user asks for a file, and
//! the page itself stays lean. The protocol: the worker posts "listo" once it listens; the page
//! then posts `{plan: <plan JSON>, strict: bool, what: "xlsx" | "resumen" | "csv:<table id>"}`
//! and gets back `{ok: true, bytes: Uint8Array}` or `{ok: false, error: <Spanish message>}`.

/// Plan JSON in, the file's bytes out, with the same reading (strict or not) as the page.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn build(plan_text: &str, strict: bool, what: &str) -> Result<Vec<u8>, String> {
    let plan = semaforo_engine::load_plan(plan_text).map_err(|e| e.message)?;
    let ev = semaforo_engine::evaluate(&plan, semaforo_engine::Options { strict });
    if what == "resumen" {
        let summary = semaforo_engine::summary::summarize(&plan, &ev, None);
        let text = serde_json::to_string(&summary).map_err(|e| e.to_string())?;
        return Ok(semaforo_engine::json_text::indent(&text).into_bytes());
    }
    if let Some(id) = what.strip_prefix("csv:") {
        let table = semaforo_export::tables(&plan, &ev)
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| format!("No hay una tabla «{id}» en el informe."))?;
        return Ok(semaforo_export::to_csv(&table).into_bytes());
    }
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
        let what = field("what")
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "xlsx".into());
        let reply = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            js_sys::Reflect::set(&reply, &JsValue::from_str(k), v).ok();
        };
        match build(&plan, strict, &what) {
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
    use semaforo_engine::examples::ILO_2022;

    #[test]
    fn builds_the_ilo_workbook_and_refuses_a_bad_plan() {
        let bytes = super::build(ILO_2022, false, "xlsx").unwrap();
        assert_eq!(&bytes[..2], b"PK");
        let err = super::build("{", false, "xlsx").unwrap_err();
        assert!(err.contains("JSON"), "{err}");
    }

    #[test]
    fn builds_a_csv_table_and_the_summary_in_either_reading() {
        let csv = String::from_utf8(super::build(ILO_2022, false, "csv:indicadores").unwrap()).unwrap();
        assert!(csv.starts_with('\u{feff}') && csv.contains("IND.01.OEI.01") && csv.contains("\r\n"));
        let err = super::build(ILO_2022, false, "csv:no-existe").unwrap_err();
        assert!(err.contains("no-existe"), "{err}");
        let summary = |strict| -> serde_json::Value {
            serde_json::from_slice(&super::build(ILO_2022, strict, "resumen").unwrap()).unwrap()
        };
        assert_eq!(summary(false)["institution"]["result_pct"], "40.11");
        assert!(summary(true)["institution"]["result_pct"].is_string());
    }
}
