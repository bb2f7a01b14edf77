//! The few browser services the app needs: saving a file to the user's disk and reading one,
//! and telling a key press meant for a field from one meant for the page.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "El navegador no permitió descargar el archivo.".to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    save_blob(file_name, &blob)
}

fn save_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let fail = |_| "El navegador no permitió descargar el archivo.".to_string();
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// Offers binary `bytes` (e.g. an .xlsx workbook) as a download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| "El navegador no permitió descargar el archivo.".to_string();
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    save_blob(file_name, &blob)
}

/// Reads a picked or dropped file's bytes (the engine works out their encoding). A file too large
/// to be a plan is refused before it is read into memory.
pub async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let name = file.name();
    semaforo_engine::load::check_size(file.size() as usize)
        .map_err(|e| format!("«{name}» no se pudo abrir y no se cambió nada. {}", e.message))?;
    gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file))
        .await
        .map_err(|_| format!("No se pudo leer el archivo «{name}»."))
}

/// Whether a key press belongs to a field (text, number, a list to choose from) rather than to
/// the page's own shortcuts.
pub fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
