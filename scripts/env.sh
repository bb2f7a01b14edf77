# Source this file (". scripts/env.sh") to put the project's tools on PATH.
# Safe to source more than once; works from any working directory.

SEMAFORO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SEMAFORO_ROOT

case ":$PATH:" in
  *":$SEMAFORO_ROOT/node_modules/.bin:"*) ;;
  # npm's binaryen must win over any older system wasm-opt (Debian's breaks the page).
  *) PATH="$SEMAFORO_ROOT/node_modules/.bin:$PATH" ;;
esac
case ":$PATH:" in
  *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
  *) PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin" ;;
esac
export PATH

# Browser used by the wasm component tests (through chromedriver) and the end-to-end tests.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export SEMAFORO_CHROMIUM="${SEMAFORO_CHROMIUM:-/usr/bin/chromium}"
