#!/usr/bin/env bash
# Fails when a generated file is stale: docs/keys.md must equal `shuoshi keys --markdown` and the
# README's key list `shuoshi keys --summary` (both from data/keys.yaml and the command table in
# Sources/Console/Keys/).
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
# The README embeds the compact key list between two markers.
XDG_CONFIG_HOME="$tmp" SHUOSHI_SHARE="$PWD" "$bin" keys --summary >"$tmp/summary.md"
sed -n '/^<!-- keys:begin/,/^<!-- keys:end/{/^<!-- keys:/d;p}' README.md >"$tmp/readme-keys.md"
if ! diff -u "$tmp/readme-keys.md" "$tmp/summary.md"; then
  echo "FAIL: the key list in README.md is stale; replace the lines between the keys:begin and"
  echo "keys:end markers with the output of:  $bin keys --summary"
  exit 1
fi
echo "docs/keys.md and the README key list are current"
