#!/usr/bin/env bash
# Format, lint and data checks (everything CI runs except the tests).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all --check

echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

echo "== no function over 60 lines, no file over 400 (scripts/sizes.py; tests exempt)"
scripts/sizes.py

echo "== domain messages name no flag or menu (scripts/domain_words.py)"
scripts/domain_words.py

echo "== normcheck validate checklists/*.json"
cargo run --quiet --locked -- validate checklists/*.json
