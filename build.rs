//! The page built with the `split` feature keeps its relocations (`--emit-relocs`): wasm_split_cli_support
//! needs them to cut the wasm at its split points (scripts/split-wasm.mjs). Only the app's binary
//! gets them, so the export worker and the tests build as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
