#!/usr/bin/env bash
# Builds Semáforo (release) and serves it at http://127.0.0.1:8080 with the example plan loaded.
# Rebuilds on change. Stop with Ctrl-C. PORT=... picks another port.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

port="${PORT:-8080}"
echo "[serve] Semáforo at http://127.0.0.1:${port}/ (first build takes a few minutes)"
# No auto-reload: its websocket would break the page's Content-Security-Policy (own files only).
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "$port"
