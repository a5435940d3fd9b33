#!/usr/bin/env bash
# Installs what is missing, builds Release and runs every test, then does the same in an
# AddressSanitizer + UndefinedBehaviorSanitizer build. Fails on the first failing step.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup-deps.sh

echo "== Release build and tests"
cmake --preset release
cmake --build --preset release
ctest --preset release

echo "== ASan + UBSan build and tests"
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
