//! The engine's rules of construction, checked rather than only written down (ARCHITECTURE.md):
//! it imports nothing of the browser or the UI, keeps money off floating point, sorts through the
//! one shared routine, and the page adds no memo or keyed-list type without a reason.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut list = Vec::new();
    files(&root, &mut list);
    list.sort();
    list.into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

/// Code lines, without comments.
fn code(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or("")))
}

#[test]
fn the_engine_depends_on_nothing_of_the_browser_or_the_ui() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    for banned in ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        assert!(
            !manifest.lines().any(|l| l.trim_start().starts_with(banned)),
            "crates/engine/Cargo.toml depends on {banned}"
        );
    }
    for (path, text) in sources("src") {
        for (n, line) in code(&text) {
            for banned in [
                "leptos",
                "web_sys",
                "js_sys",
                "wasm_bindgen",
                "gloo",
                "std::fs",
                "std::net",
                "SystemTime",
            ] {
                assert!(!line.contains(banned), "{}:{n} uses {banned}", path.display());
            }
        }
    }
}

#[test]
fn no_floating_point_in_the_engine() {
    for (path, text) in sources("src") {
        for (n, line) in code(&text) {
            // serde's list of what a deserializer may be asked for names the float types.
            if line.contains("forward_to_deserialize_any") || line.contains("bool i8 i16") {
                continue;
            }
            for float in ["f64", "f32", "as_f64", "from_f64", "to_f64"] {
                let hit = line
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == float);
                assert!(
                    !hit,
                    "{}:{n} uses {float}: amounts and percentages are Decimal",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_engine_sorts_through_the_shared_routine() {
    // Each standard sort is compiled anew per element type (72 KB of the page's wasm in 14 sorts,
    // docs/bundle.md): the engine sorts with `sorting`, and builds ordered collections by
    // insertion rather than `collect`, which sorts.
    for (path, text) in sources("src") {
        if path.ends_with("sorting.rs") {
            continue;
        }
        for (n, line) in code(&text) {
            for banned in [
                ".sort(",
                ".sort_by(",
                ".sort_by_key(",
                ".sort_unstable",
                "collect::<BTreeMap",
                "collect::<BTreeSet",
            ] {
                assert!(
                    !line.contains(banned),
                    "{}:{n}: {banned} — use crate::sorting",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_page_adds_no_memo_or_keyed_list_without_a_reason() {
    // Each `Memo<T>` and `<For>` item type costs the page's download several KB (docs/bundle.md).
    // A new one is fine when it pays for itself: raise the number here in the same commit, with
    // the reason in the commit message.
    // 46: issue 20's trial, step-by-step and practice views each derive their figures once per
    // edit; they live in pieces fetched when first opened, not in the first load.
    const MEMOS: usize = 46;
    const KEYED_LISTS: usize = 4;
    let page: Vec<(PathBuf, String)> = {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
        let mut list = Vec::new();
        files(&root, &mut list);
        list.into_iter()
            .map(|p| (p.clone(), fs::read_to_string(p).unwrap()))
            .collect()
    };
    let count = |needle: &str| -> usize {
        page.iter()
            .map(|(_, t)| code(t).filter(|(_, l)| l.contains(needle)).count())
            .sum()
    };
    assert!(
        count("Memo::new") <= MEMOS,
        "{} Memo::new in src/ (at most {MEMOS})",
        count("Memo::new")
    );
    assert!(
        count("<For") <= KEYED_LISTS,
        "{} <For in src/ (at most {KEYED_LISTS})",
        count("<For")
    );
}
