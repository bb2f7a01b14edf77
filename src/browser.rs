//! The few browser services the app needs: saving a file to the user's disk and reading one.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "El navegador no permitió descargar el archivo.".to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// "Municipalidad Provincial de Ilo" + "PEI 2021-2025" + 2022 → "municipalidad-provincial-de-ilo_pei-2021-2025_2022".
pub fn file_stem(entity: &str, plan: &str, year: i32) -> String {
    let slug = |s: &str| {
        let mut out = String::new();
        for c in s.to_lowercase().chars() {
            let c = match c {
                'á' | 'à' | 'ä' => 'a',
                'é' | 'è' | 'ë' => 'e',
                'í' | 'ì' | 'ï' => 'i',
                'ó' | 'ò' | 'ö' => 'o',
                'ú' | 'ù' | 'ü' => 'u',
                'ñ' => 'n',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_matches('-').to_string()
    };
    format!("{}_{}_{}", slug(entity), slug(plan), year)
}

/// Reads a picked or dropped file as UTF-8 text.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let name = file.name();
    gloo_file::futures::read_as_text(&gloo_file::File::from(file))
        .await
        .map_err(|_| format!("No se pudo leer el archivo «{name}»."))
}
