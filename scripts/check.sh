#!/usr/bin/env bash
# What CI runs: lint and data checks, then the README's test command. Run before committing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/lint.sh

echo "== cargo test (the README's test command)"
cargo test --locked
