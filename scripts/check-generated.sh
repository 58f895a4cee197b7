#!/usr/bin/env bash
# Fails when a generated file is stale. docs/keys.md must equal `shuoshi keys --markdown`
# (generated from data/keys.yaml and the command table in Sources/Console/Keys/).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SHUOSHI_BIN:-.build/debug/shuoshi}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# An empty config home: a user's own ~/.config/shuoshi/data/keys.yaml must not leak in.
XDG_CONFIG_HOME="$tmp" SHUOSHI_SHARE="$PWD" "$bin" keys --markdown >"$tmp/keys.md"
if ! diff -u docs/keys.md "$tmp/keys.md"; then
  echo "FAIL: docs/keys.md is stale; regenerate it with:"
  echo "  $bin keys --markdown > docs/keys.md"
  exit 1
fi
echo "docs/keys.md is current"
