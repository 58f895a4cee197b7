#!/usr/bin/env bash
# Rebuilds this fixture with the page cipher of the binary given as SHUOSHI_BIN (main's release
# build of 2026-12-08, the swift-crypto page cipher, before the libcrypto one). Run from the
# repository root:
#   SHUOSHI_BIN=/tmp/lead/shuoshi-main bash Tests/Fixtures/encrypted-v0.1/make.sh
set -euo pipefail
BIN=${SHUOSHI_BIN:?set SHUOSHI_BIN}
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SHUOSHI_NOW=2026-11-28T10:00:00+08:00 TZ=Asia/Shanghai
# A test key, committed on purpose: it protects nothing but this fixture.
export SHUOSHI_DATA_KEY_FILE=$OUT/data-key.b64
"$BIN" bench generate --data "$WORK/data" --cases 6 --seed 16 >/dev/null
"$BIN" list --data "$WORK/data" --json --page-size 100 >"$OUT/expected-list.json"
cp "$WORK/data/shuoshi.db" "$WORK/data/encryption.json" "$OUT/"
