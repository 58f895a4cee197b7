#!/usr/bin/env bash
# The console syncs with the street office hub in the background (issue 17): a demo hub
# (`shuoshi-hub serve --demo`, its own temporary PostgreSQL cluster), two enrolled laptops; the
# street office's laptop takes in a case and syncs from the CLI; the community laptop's console
# opens, syncs on its own, says so on the status line and shows the case; keys work meanwhile.
# Needs PostgreSQL's server programs (apt-get install postgresql) and SHUOSHI_HUB_BIN (default:
# shuoshi-hub beside SHUOSHI_BIN).
source "$(dirname "$0")/lib/tmux.sh"
HUB_BIN=${SHUOSHI_HUB_BIN:-$(dirname "$SHUOSHI_BIN")/shuoshi-hub}
[ -x "$HUB_BIN" ] || fail "no shuoshi-hub at $HUB_BIN"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00
port=$((20000 + $$ % 20000))
hublog="$WORK/hub.log"
"$HUB_BIN" serve --demo --port "$port" >"$hublog" 2>&1 &
hub=$!
stop_hub() {
  # SIGTERM: the demo hub stops its cluster and removes its files.
  kill -TERM "$hub" 2>/dev/null && wait "$hub" 2>/dev/null || true
  cleanup
}
trap stop_hub EXIT
deadline=$((SECONDS + 60))
until grep -q "listening on" "$hublog"; do
  kill -0 "$hub" 2>/dev/null || { cat "$hublog"; fail "the demo hub did not start"; }
  ((SECONDS < deadline)) || { cat "$hublog"; fail "the demo hub did not listen within 60s"; }
  sleep 0.1
done
code_of() { sed -n "s/.*$1 .*--code \([0-9-]*\).*/\1/p" "$hublog"; }
# The demo hub serves HTTPS with a self-signed certificate; laptops pin the key it prints.
pin=$(grep -o -- '--pin sha256//[A-Za-z0-9+/=]*' "$hublog" | head -1 | cut -d' ' -f2)
[ -n "$pin" ] || { cat "$hublog"; fail "the demo hub printed no pin"; }

desk="$WORK/desk"
street="$WORK/street"
cli() { local dir=$1; shift; shuoshi_env "$SHUOSHI_BIN" --data "$dir" "$@"; }
cli "$desk" init --site HJ --unit 阳光社区 --operator 王芳 >/dev/null
cli "$street" init --site HJ --unit 街道办 --operator 李娜 >/dev/null
cli "$desk" hub enroll "https://127.0.0.1:$port" --code "$(code_of 阳光-1)" --pin "$pin" >/dev/null 2>&1 \
  || fail "enrolling the desk laptop"
cli "$street" hub enroll "https://127.0.0.1:$port" --code "$(code_of 街道-1)" --pin "$pin" >/dev/null 2>&1 \
  || fail "enrolling the street laptop"
cli "$desk" add --resident 王秀英 --phone 13812345678 --text "楼上卫生间漏水" >/dev/null
cli "$street" add --resident 赵桂芳 --phone 13900001111 --text "小区门口路灯不亮" >/dev/null
cli "$street" sync --hub >/dev/null || fail "the street laptop's sync"

start 120 30 --data "$desk"
wait_for "王秀英" 30
wait_for "已与街道同步 10:00，收到 1 件的新进展" 30
# The street's case is on the queue now (no name: another unit's resident is withheld).
wait_for "全部 2"
wait_for "市政设施"
keys q
wait_for "EXITED 0"
# The desk's case reached the hub: the street laptop pulls it.
cli "$street" sync --hub >/dev/null
cli "$street" list --json | grep -q "楼上卫生间漏水" || fail "the desk's case did not reach the street office"
echo "PASS: hub-background-sync"
