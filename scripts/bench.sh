#!/usr/bin/env bash
# Measures Semáforo against issue 6's budgets and records the figures:
#
#   1. engine, native   crates/bench, profile bench-native (opt-level 3): parse / evaluate /
#                       serialise on the Ilo plan and synthetic plans up to ~20 MB
#   2. engine, wasm     the same operations compiled to wasm (crates/bench-wasm, built like the
#                       app: release, wasm-opt -Oz), in headless Chromium; and once more at
#                       opt-level 3 on the 10k plan, to tell wasm's cost from the size setting
#   3. app              the release build (dist/) in headless Chromium: first-load bytes and
#                       time, edits on the Ilo and 10,000-indicator plans, the 20 MB plan's load
#                       and memory; the old PC on a slow link (6× CPU, 1.6 Mbit/s, 150 ms): first
#                       and second visit, an edit, Informe opened the first time; and the Ilo
#                       workbook opened by LibreOffice headless (scripts/bench/app.mjs)
#
# Writes docs/benchmarks.md (printed at the end), docs/benchmarks.json and the budgets table in
# README.md (between its benchmarks:start/end markers). Budgets missed are
# reported, not failed on; the script fails only when a step could not run. Installs nothing
# beyond scripts/setup.sh but LibreOffice Calc (apt libreoffice-calc-nogui, ~20 s), the
# spreadsheet the app is compared with; the tests never need it. Takes several minutes, more while the big plans are slow in the app.
# BENCH_RUNS, BENCH_LOAD_RUNS, BENCH_TIMEOUT_MS: see scripts/bench/app.mjs.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh || { echo "[bench] setup failed" >&2; exit 1; }
if ! command -v soffice >/dev/null 2>&1; then
  echo "[bench] installing LibreOffice Calc (libreoffice-calc-nogui) for the spreadsheet comparison"
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui ||
    echo "[bench] LibreOffice could not be installed: its row will say so"
fi
# shellcheck source=scripts/env.sh
source scripts/env.sh

target=${CARGO_TARGET_DIR:-target}
# The machine may be shared: the report says how busy it was when the run began.
BENCH_LOADAVG_START=$(cut -d' ' -f1 /proc/loadavg)
export BENCH_LOADAVG_START
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()

# step NAME CMD...: runs one step; a failure is noted and the others still run.
step() {
  local name=$1; shift
  local t0=$SECONDS
  printf '\n[bench] ===== %s\n' "$name"
  if "$@"; then
    printf '[bench] ===== %s: done in %s s\n' "$name" "$((SECONDS - t0))"
  else
    printf '[bench] ===== %s: FAILED (exit %s)\n' "$name" "$?"
    failed+=("$name")
  fi
}

native() {
  cargo build --profile bench-native -p semaforo-bench &&
    "$target/bench-native/semaforo-bench" --out "$work/native.json" &&
    "$target/bench-native/semaforo-bench" --write large "$work/plan-10k.json" &&
    "$target/bench-native/semaforo-bench" --write xl "$work/plan-20mb.json"
}

# wasm_module TARGET_DIR OUT_DIR: the engine benchmark as a wasm module, optimised like the page.
wasm_module() {
  CARGO_TARGET_DIR=$1 cargo build --release --target wasm32-unknown-unknown -p semaforo-bench-wasm &&
    wasm-bindgen --target web --out-dir "$2" "$1/wasm32-unknown-unknown/release/semaforo_bench_wasm.wasm" &&
    wasm-opt -O"${3:-z}" "$2/semaforo_bench_wasm_bg.wasm" -o "$2/semaforo_bench_wasm_bg.wasm"
}

engine_wasm() {
  wasm_module "$target" "$work/bench-wasm" &&
    node scripts/bench/engine-wasm.mjs "$work/bench-wasm" "$work/wasm.json" &&
    # The same code at native's opt-level 3 (10k plan only): what running in wasm costs by
    # itself, apart from the page's size setting. Its own target dir keeps the page's build.
    CARGO_PROFILE_RELEASE_OPT_LEVEL=3 wasm_module "$target/bench-wasm-o3" "$work/bench-wasm-o3" 3 &&
    BENCH_WASM_BUILD="wasm32, profile release at opt-level 3 + wasm-opt -O3, headless Chromium" \
      node scripts/bench/engine-wasm.mjs "$work/bench-wasm-o3" "$work/wasm-o3.json" large
}

app() {
  trunk build --release --offline &&
    node scripts/bench/app.mjs dist "$work/app.json" "$work/plan-10k.json" "$work/plan-20mb.json"
}

step "engine, native" native
step "engine, wasm" engine_wasm
step "app in Chromium" app

printf '\n[bench] ===== report (docs/benchmarks.md)\n\n'
mkdir -p docs
node scripts/bench/report.mjs "$work/native.json" "$work/wasm.json" "$work/app.json" docs README.md "$work/wasm-o3.json" || failed+=("report")

if [ ${#failed[@]} -ne 0 ]; then
  printf '[bench] steps that could not run: %s\n' "${failed[*]}"
  exit 1
fi
