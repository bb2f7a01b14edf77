#!/usr/bin/env bash
# Installs what building, serving and testing Semáforo need, skipping whatever is already there.
#
#   Rust target wasm32-unknown-unknown       (rustup)
#   trunk ~0.21                              (cargo install --locked)
#   wasm-bindgen-cli = Cargo.lock's version  (cargo install; also gives wasm-bindgen-test-runner)
#   wasm-split-cli (wasm_split_cli_support)  (cargo install --locked; cuts the page's wasm, scripts/split-wasm.mjs)
#   binaryen (wasm-opt), playwright-core, axe-core, puppeteer-core (npm, into ./node_modules)
#   chromium, chromium-driver, firefox-esr   (apt)
#   poppler-utils (pdftotext)                (apt)
#
# First run on a bare 2-core machine, measured: trunk ~6.5 min, wasm-bindgen-cli ~2 min, wasm-split-cli ~1.5 min,
# apt chromium ~45 s, apt firefox-esr ~11 s, npm ~6 s, wasm target ~2 s: about 10 minutes. Later runs only check
# (under a second).
# Afterwards, `source scripts/env.sh` puts the tools on PATH.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

started=$SECONDS
installed=()

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# run_install NAME CMD...: runs an install step and reports how long it took.
run_install() {
  local name=$1; shift
  local t0=$SECONDS
  say "installing $name: $*"
  "$@"
  say "installed $name in $((SECONDS - t0)) s"
  installed+=("$name ($((SECONDS - t0)) s)")
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) for: $*"
  fi
}

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

command -v cargo >/dev/null || die "cargo not found: install Rust from https://rustup.rs first"
command -v rustup >/dev/null || die "rustup not found: install Rust from https://rustup.rs first"

# 1. The WebAssembly target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "ok: rust target wasm32-unknown-unknown"
else
  run_install "rust target wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown
fi

# 2. Trunk. The newest release needs a newer rustc, so stay on 0.21.
if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -Eq '^trunk 0\.21\.'; then
  say "ok: $(trunk --version)"
else
  run_install "trunk ~0.21" cargo install trunk --locked --version '~0.21'
fi

# 3. wasm-bindgen-cli, exactly the version the app links against (Trunk insists on it).
wb_version=$(awk '
  /^\[\[package\]\]/ { in_wb = 0 }
  /^name = "wasm-bindgen"$/ { in_wb = 1; next }
  in_wb && /^version = / { gsub(/version = |"/, ""); print; exit }
' Cargo.lock)
[ -n "$wb_version" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if command -v wasm-bindgen >/dev/null && command -v wasm-bindgen-test-runner >/dev/null &&
   [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$wb_version" ]; then
  say "ok: wasm-bindgen $wb_version"
else
  # Without --locked: with it, a pinned dependency is missing from the registry.
  run_install "wasm-bindgen-cli $wb_version" cargo install wasm-bindgen-cli --version "=$wb_version"
fi

# 3b. wasm-split-cli, the version that reads the split points Leptos' wasm_split_helpers marks
# (Cargo.lock: wasm_split_helpers 0.2.3, wasm_split_macros 0.2.2).
ws_version=0.2.4
if command -v wasm-split-cli >/dev/null && cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$ws_version:"; then
  say "ok: wasm-split-cli $ws_version"
else
  # --force: a wasm-split-cli of unknown version on PATH is replaced.
  run_install "wasm-split-cli $ws_version" cargo install --locked --force wasm_split_cli_support --version "=$ws_version" --features build-binary
fi

# 4. Node tools: wasm-opt (Debian's binaryen is too old) and the browser driver.
if ! command -v npm >/dev/null; then
  run_install "nodejs, npm" apt_install nodejs npm
fi
if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/puppeteer-core ] &&
   [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "ok: node_modules ($(node_modules/.bin/wasm-opt --version))"
else
  if [ -f package-lock.json ]; then
    run_install "npm packages (binaryen, playwright-core, axe-core, puppeteer-core)" npm ci --no-audit --no-fund
  else
    run_install "npm packages (binaryen, playwright-core, axe-core, puppeteer-core)" npm install --no-audit --no-fund
  fi
fi

# 5. Chromium and its WebDriver, for the component and end-to-end tests.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "ok: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
else
  run_install "chromium, chromium-driver" apt_install chromium chromium-driver
fi

# 6. Firefox ESR: the main journeys run in it too (tests/e2e/firefox.test.mjs, puppeteer-core
#    over WebDriver BiDi); municipal PCs often run Firefox.
if [ -x /usr/bin/firefox-esr ]; then
  say "ok: $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr)"
else
  run_install "firefox-esr" apt_install firefox-esr
fi

# 7. pdftotext (poppler-utils): the end-to-end test reads the text of the printed report.
if command -v pdftotext >/dev/null 2>&1; then
  say "ok: $(pdftotext -v 2>&1 | head -n 1)"
else
  run_install "poppler-utils (pdftotext)" apt_install poppler-utils
fi

if [ ${#installed[@]} -eq 0 ]; then
  say "nothing to install; checked in $((SECONDS - started)) s"
else
  say "installed: $(printf '%s; ' "${installed[@]}" | sed 's/; $//')"
  say "setup took $((SECONDS - started)) s"
fi
