#!/usr/bin/env bash
# Times a bundle round trip: a demo ledger of about N events is exported (encrypted) from one
# data directory and imported into an empty one, then re-imported (idempotent), then verified.
# Usage: scripts/ledger-bench.sh [BIN] [CASES] [INTO]
#   (default: release build, 1530 cases ≈ 10,000 events). With INTO, a data directory that
#   already holds many cases (bench generate), the bundle is also imported there, twice: what a
#   street office's laptop does with a booth's bundle. INTO is changed; use a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/shuoshi}
cases=${2:-1530}
into=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SHUOSHI_SHARE=$PWD SHUOSHI_NOW=2026-11-28T10:00:00+08:00 TZ=Asia/Shanghai
export SHUOSHI_PASSPHRASE="bench passphrase" LANG=C.UTF-8
t() { local s=$EPOCHREALTIME; "$@" >/dev/null; awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
"$bin" --data "$work/a" demo --cases "$cases" >/dev/null
events=$(python3 -c "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute('select count(*) from events').fetchone()[0])" "$work/a/shuoshi.db")
echo "events:            $events"
echo "export (s):        $(t "$bin" --data "$work/a" sync export --to "$work/a.ssb")"
echo "bundle (bytes):    $(stat -c %s "$work/a.ssb")"
echo "import, new (s):   $(t "$bin" --data "$work/b" sync import "$work/a.ssb")"
echo "import, again (s): $(t "$bin" --data "$work/b" sync import "$work/a.ssb")"
echo "verify (s):        $(t "$bin" --data "$work/b" verify)"
echo "export, plain (s): $(t "$bin" --data "$work/a" sync export --to "$work/p.ssb" --no-encrypt 2>/dev/null)"
echo "import, plain (s): $(t "$bin" --data "$work/c" sync import "$work/p.ssb" --allow-unencrypted)"
if [ -n "$into" ]; then
  echo "into $into ($(python3 -c "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute('select count(*) from cases').fetchone()[0])" "$into/shuoshi.db") cases):"
  echo "import, new (s):   $(t "$bin" --data "$into" sync import "$work/a.ssb")"
  echo "import, again (s): $(t "$bin" --data "$into" sync import "$work/a.ssb")"
fi
