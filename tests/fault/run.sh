#!/usr/bin/env bash
# All fault scripts. Reduced form by default (CI, about 2 minutes); `run.sh --full` for the
# documented full form (docs/FAULTS.md), which also runs the Swift fuzz tests ten times over.
set -uo pipefail
here=$(dirname "$0")
if [ "${1:-}" = --full ]; then
  kills=200 ops=1000 csvs=400 bundles=300 rounds=20
else
  kills=40 ops=100 csvs=60 bundles=40 rounds=3
fi
status=0
run() { # NAME COMMAND…: runs one script, times it, keeps going on failure
  local t0=$SECONDS
  "$@" || { status=1; echo "-- $1 ${2:-} FAILED"; }
  echo "-- $(basename "$2") took $((SECONDS - t0)) s"
}
run bash "$here/kill9.sh" "$kills"
run bash "$here/concurrent.sh" "$ops"
# The same two on an encrypted data directory (issue 16).
SHUOSHI_FAULT_ENCRYPTED=1 run bash "$here/kill9.sh" "$kills"
SHUOSHI_FAULT_ENCRYPTED=1 run bash "$here/concurrent.sh" "$ops"
run bash "$here/files.sh"
run bash "$here/disk-full.sh"
run bash "$here/csv-fuzz.sh" "$csvs"
run bash "$here/bundle-fuzz.sh" "$bundles"
if command -v tmux >/dev/null; then
  run bash "$here/console-hostile.sh" "$rounds"
else
  echo "SKIP: console-hostile.sh needs tmux"
fi
if [ "${1:-}" = --full ]; then
  # The in-process fuzz tests (CI runs them once in `swift test`), ten times the iterations.
  echo "== Swift fuzz tests ×10 (CSV, bundles, text readers)"
  t0=$SECONDS
  (cd "$here/../.." && SHUOSHI_FUZZ_SCALE=10 swift test --skip-build \
    --filter 'RegisterImportFuzzTests|BundleImportFuzzTests|TextReadersFuzzTests' 2>&1 |
    grep -E "fuzz:|✘|✔ Test run|error" ) || status=1
  echo "-- Swift fuzz tests took $((SECONDS - t0)) s"
fi
exit $status
