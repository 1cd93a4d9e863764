#!/usr/bin/env bash
# What CI runs, in the order it runs it. Developers run this before committing.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all --check

echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

echo "== tests (the README's test command)"
cargo test --locked

echo "== normcheck validate checklists/*.json"
cargo run --quiet --locked -- validate checklists/*.json
