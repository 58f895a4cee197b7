# Helpers for the fault scripts: a private data dir, the binary, pass/fail accounting.
set -euo pipefail
bin=${SHUOSHI_BIN:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.build/debug/shuoshi}
work=$(mktemp -d /tmp/shuoshi-fault.XXXXXX)
export SHUOSHI_DATA=$work/data HOME=$work LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no
passed=0
failed=0
cleanup() { for m in "$work"/mnt*; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done; rm -rf "$work"; }
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "  ok: $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL: $*"; }
check() { if eval "$1"; then ok "$2"; else bad "$2"; fi; }
summary() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; }
integrity() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("pragma integrity_check").fetchone()[0])' "$1"; }
count_cases() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from cases").fetchone()[0])' "$1"; }
# SHUOSHI_FAULT_ENCRYPTED=1: the same faults on an encrypted data directory (issue 16). The
# store is created encrypted with a random key; python's sqlite3 cannot read it, so the checks
# go through the binary (verify replays every chain; list counts the cases).
if [ "${SHUOSHI_FAULT_ENCRYPTED:-}" = 1 ]; then
  head -c 32 /dev/urandom | base64 >"$work/data.key"
  export SHUOSHI_DATA_KEY_FILE=$work/data.key
  integrity() { "$bin" verify >/dev/null 2>&1 && echo ok || echo "verify failed"; }
  count_cases() { "$bin" list --json --page-size 1000 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
fi
can_mount() { [ "$(id -u)" = 0 ] && mkdir -p "$work/mnt-probe" && mount -t tmpfs -o size=64k tmpfs "$work/mnt-probe" 2>/dev/null && umount "$work/mnt-probe"; }
