#!/usr/bin/env bash
# Fuzzes the plan loader and the engine for a fixed time (default 300 s) from a random seed and
# prints the figures. Any input that panics is kept in crates/fuzz/regressions/, where
# `cargo test` replays it from then on; fix the cause and commit the file.
#
#   bash scripts/fuzz.sh [SECONDS] [SEED]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-300}
seed=${2:-$(date +%s)}
exec cargo run --profile fuzz -p semaforo-fuzz -- --seconds "$seconds" --seed "$seed"
