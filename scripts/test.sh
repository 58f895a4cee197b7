#!/usr/bin/env bash
# Runs every test: build (own warnings are errors), unit + screen + CLI tests, config check,
# generated-docs staleness, and the tmux end-to-end tests against the real binary.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== build"
swift build --build-tests 2>&1 | tee "$log" | grep -E "error|warning:|Compiling|Build" | grep -v "^\[" || true
if grep -E "^/.*/(Sources|Tests)/.*warning:" "$log" | grep -v "/.build/" ; then
  echo "FAIL: warnings in our own code (listed above)"; exit 1
fi
grep -q "error:" "$log" && { echo "FAIL: build"; exit 1; }

echo "== unit, screen and CLI tests"
swift test --skip-build 2>&1 | tail -n 40

bin=.build/debug/shuoshi
echo "== check-config"
"$bin" check-config

if [ -x scripts/check-generated.sh ]; then
  echo "== generated docs are current"
  scripts/check-generated.sh
fi

echo "== end-to-end (tmux)"
for t in tests/e2e/*.sh; do
  [ -e "$t" ] || continue
  echo "-- $t"
  SHUOSHI_BIN="$PWD/$bin" bash "$t"
done
echo "== fault tests (reduced form; tests/fault/run.sh --full for the full one)"
SHUOSHI_BIN="$PWD/$bin" bash tests/fault/run.sh
echo "== all tests passed"
