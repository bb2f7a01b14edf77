#!/usr/bin/env bash
# Builds Semáforo (release) and serves it at http://127.0.0.1:8080 with the example plan loaded.
# The server sends the precompressed .br/.gz files the build writes when the browser accepts
# them, as a host set up by the README's hosting guide would (scripts/static-server.mjs).
# Rebuilds on change (trunk watch). Stop with Ctrl-C. PORT=... picks another port.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

port="${PORT:-8080}"
echo "[serve] building (the first build takes a few minutes)"
trunk build --release --offline
# Later changes rebuild dist/ in place; the server reads each file as it is asked for.
trunk watch --release --offline >/dev/null 2>&1 &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true' EXIT INT TERM
echo "[serve] Semáforo at http://127.0.0.1:${port}/ (Ctrl-C stops it)"
node scripts/static-server.mjs dist "$port"
