#!/usr/bin/env bash
# An encrypted data directory (issue 16): the console signs in on its own sign-in screen
# before the store opens (no prompt on the plain terminal), a wrong PIN shows the keyring's
# message, 123456 unwraps the site key and the queue shows the demo's cases.
source "$(dirname "$0")/lib/tmux.sh"
data="$WORK/data"
cli() {
  local vars=()
  while [[ $1 == *=* ]]; do vars+=("$1"); shift; done
  shuoshi_env "${vars[@]}" "$SHUOSHI_BIN" "$@" --data "$data" >/dev/null 2>"$WORK/cli-stderr" ||
    { cat "$WORK/cli-stderr" >&2; fail "shuoshi $* failed"; }
}

export SHUOSHI_NOW=2026-12-01T10:00:00+08:00
cli demo --cases 300
cli SHUOSHI_NEW_PIN=123456 operator add 王芳
# A word of the demo's grievances, long enough (6 bytes) that ciphertext cannot hold it by chance
# (one 3-byte character would turn up in a few MB of random bytes about one run in three).
grep -qsaF "漏水" "$data"/shuoshi.db* || fail "the plain demo store should hold 漏水 before encryption"
cli SHUOSHI_PIN=123456 encrypt
[ -f "$data/encryption.json" ] || fail "the demo directory was not encrypted"
grep -qsaF "漏水" "$data"/shuoshi.db* && fail "the encrypted store holds Chinese text in clear"

start 100 30 --data "$data"
wait_for "说事 · 请登录" 30
wait_for "▶ 王芳"
wait_for "Ctrl-Q 退出"
type_text "111111"
wait_for "PIN 或口令：••••••"
keys Enter
wait_for "“王芳”的 PIN 或口令不对"
type_text "123456"
keys Enter
wait_for "案件队列" 60
wait_for "王芳"
keys C-l
wait_for "说事 · 已锁屏"
type_text "123456"
keys Enter
wait_for "案件队列"
keys C-q
wait_for "EXITED 0"
grep -qF "PIN" "$WORK/stderr" && fail "the PIN was asked for on the plain terminal"

# English, and quitting from the sign-in screen opens nothing.
start_again() { tmx kill-session -t e2e; start "$@"; }
start_again 100 30 --data "$data" --lang en
wait_for "shuoshi · sign in" 30
wait_for "Ctrl-Q quit"
keys C-q
wait_for "EXITED 0"
echo "PASS encrypted-sign-in"
