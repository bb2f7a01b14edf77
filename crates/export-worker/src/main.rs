//! The report's files (workbook, CSV tables, evaluation summary) and the Excel template (written,
//! and read back into a plan), built in a web worker.
//!
//! rust_xlsxwriter and its zip code add about 340 KB (gzip) of wasm, and the CSV tables and the
//! summary another 12 KB; living here, they are only downloaded when a user asks for a file, and
//! the page itself stays lean. The protocol: the worker posts "listo" once it listens; the page
//! then posts `{plan: <plan JSON>, strict: bool, what: "xlsx" | "resumen" | "csv:<table id>" |
//! "plantilla" | "plantilla-plan"}` and gets back `{ok: true, bytes: Uint8Array}` or
//! `{ok: false, error: <Spanish message>}`. To import a template it posts `{what: "importar",
//! files: [{name, bytes: Uint8Array}, …]}` and gets back, as `bytes`, the JSON of
//! [`import_report`].

/// Plan JSON in, the file's bytes out, with the same reading (strict or not) as the page.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn build(plan_text: &str, strict: bool, what: &str) -> Result<Vec<u8>, String> {
    if what == "plantilla" {
        return semaforo_template::template(None);
    }
    let plan = semaforo_engine::load_plan(plan_text).map_err(|e| e.message)?;
    if what == "plantilla-plan" {
        return semaforo_template::template(Some(&plan));
    }
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

/// What the page shows before anything changes, as plain lines (the page then needs no JSON
/// reader of its own for it): how many items were read; one line per problem, `E\t` (error) or
/// `W\t` (warning) and the sentence with its place; and, when there is no error, a line `PLAN`
/// followed by the plan's JSON.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn import_report(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let report = semaforo_template::import(files);
    let mut out = report.counts.describe();
    for p in &report.problems {
        let kind = if p.severity == semaforo_template::Severity::Error {
            'E'
        } else {
            'W'
        };
        // A sentence is one line: line breaks from a cell become spaces.
        out.push_str(&format!("\n{kind}\t{}", p.describe().replace(['\n', '\r'], " ")));
    }
    if let Some(text) = report.plan.as_ref().and_then(|p| semaforo_plan_json::to_json(p).ok()) {
        out.push_str("\nPLAN\n");
        out.push_str(&text);
    }
    out.into_bytes()
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
        // Only an import sends files; Array.from(undefined) would throw.
        let files: Vec<(String, Vec<u8>)> = field("files")
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|list| {
                list.iter()
                    .map(|f| {
                        let get = |k: &str| js_sys::Reflect::get(&f, &JsValue::from_str(k)).ok();
                        let name = get("name").and_then(|v| v.as_string()).unwrap_or_default();
                        let bytes = get("bytes")
                            .and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok())
                            .map(|b| b.to_vec())
                            .unwrap_or_default();
                        (name, bytes)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let reply = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| {
            js_sys::Reflect::set(&reply, &JsValue::from_str(k), v).ok();
        };
        let result = if what == "importar" {
            Ok(import_report(&files))
        } else {
            build(&plan, strict, &what)
        };
        match result {
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
    fn writes_the_template_and_reads_it_back() {
        let empty = super::build("", false, "plantilla").unwrap();
        assert_eq!(&empty[..2], b"PK");
        let filled = super::build(ILO_2022, false, "plantilla-plan").unwrap();
        let report = String::from_utf8(super::import_report(&[("plantilla.xlsx".into(), filled)])).unwrap();
        assert!(report.starts_with("9 OEI"), "{report}");
        let (_, plan) = report.split_once("\nPLAN\n").unwrap();
        assert_eq!(
            semaforo_engine::load_plan(plan).unwrap(),
            semaforo_engine::load_plan(ILO_2022).unwrap()
        );
        let bad = String::from_utf8(super::import_report(&[("plantilla.xlsx".into(), empty)])).unwrap();
        assert!(!bad.contains("\nPLAN\n"));
        assert!(bad.lines().any(|l| l.starts_with("E\t")), "{bad}");
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
