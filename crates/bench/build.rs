// Records which cargo profile and opt-level built the benchmark, so its figures say so: the
// release profile is opt-level "z" (small wasm), bench-native is opt-level 3.
fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    // OUT_DIR is <target>/<profile dir>/build/<pkg>/out; "debug" is the dev profile's directory.
    let profile = std::path::Path::new(&out)
        .ancestors()
        .nth(3)
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=BENCH_PROFILE={profile}");
    println!(
        "cargo:rustc-env=BENCH_OPT_LEVEL={}",
        std::env::var("OPT_LEVEL").unwrap_or_default()
    );
}
