//! Reading a plan file in the page. A clean plan (every file Semáforo writes) is read at once by
//! the engine's fast reading; a file that is not one as it stands goes to the examiner, which
//! names every problem or skips unknown fields. The examiner is most of the reading code, so in
//! the page Trunk builds it is fetched with the first such file (issue 19: the first load).

use semaforo_engine::load::{self, Reading, Unclean};
use semaforo_engine::{LoadError, Loaded};

use crate::components::{split_call, Unavailable};

/// Reads a plan file's text, fetching the examiner if the file needs it.
pub async fn read_text(text: String) -> Result<Loaded, LoadError> {
    match load::read_quickly(&text)? {
        Reading::Plan(loaded) => Ok(loaded),
        Reading::Unclean(unclean) => split_call!(examine(text, unclean)).unwrap_or_else(|_| Err(unavailable())),
    }
}

/// Reads a plan file's bytes, whatever encoding Excel or Notepad saved it in.
pub async fn read_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    load::check_size(bytes.len())?;
    let decoded = semaforo_engine::encoding::decode(bytes)?;
    let mut loaded = read_text(decoded.text).await?;
    if let Some(n) = decoded.note {
        loaded.warnings.insert(0, n);
    }
    Ok(loaded)
}

/// Reads text only Semáforo writes (a draft, the built-in example) with the fast reading alone:
/// such text is a clean plan unless it was damaged, and then the first problem is enough.
pub fn read_own(text: &str) -> Result<Loaded, LoadError> {
    match load::read_quickly(text)? {
        Reading::Plan(loaded) => Ok(loaded),
        Reading::Unclean(unclean) => Err(load::unclean_error(&unclean)),
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(examinador, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn examine(text: String, unclean: Unclean) -> Result<Result<Loaded, LoadError>, Unavailable> {
    Ok(load::examine(&text, &unclean))
}

fn unavailable() -> LoadError {
    LoadError {
        message: "Este archivo necesita una revisión detallada y no se pudo descargar lo necesario para hacerla. \
                  Revise la conexión e inténtelo de nuevo."
            .to_string(),
        path: None,
        line: None,
        column: None,
        problems: Vec::new(),
    }
}
