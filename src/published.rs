//! Files published beside the page (the examples), read from the single file's data blocks when
//! the page is that file (scripts/single-file.mjs), else fetched from the page's folder.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file published beside the page: from the single file's data block of that name when there
/// is one, else fetched from the page's folder.
pub async fn published(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("Sin ventana del navegador.")?;
    if let Some(block) = window
        .document()
        .and_then(|d| d.get_element_by_id(&format!("semaforo-archivo:{path}")))
    {
        return Ok(block.text_content().unwrap_or_default());
    }
    let failed = |_| format!("No se pudo leer {path} del sitio. Revise la conexión y vuelva a intentarlo.");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    if !response.ok() {
        return Err(format!(
            "El sitio no tiene {path} (respuesta {}). ¿Se publicó la carpeta ejemplos completa?",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}
