#!/usr/bin/env bash
# The real console on a large data directory, in tmux: time from launch to the first painted
# queue (polling the screen every 5 ms, so ±5 ms), then a worker's round — every queue tab, a
# search, a case, the report screen — and the process's peak memory (/usr/bin/time).
# Usage: scripts/bench-console.sh DATA_DIR [BIN]   (default: the .deb's static binary)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: scripts/bench-console.sh DATA_DIR [BIN]}
bin=${2:-$PWD/.build-deb/release/shuoshi}
work=$(mktemp -d)
sock=bench-console-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
tmx() { tmux -L "$sock" -f /dev/null "$@"; }
screen() { tmx capture-pane -p -t b; }
wait_for() {
  local deadline=$((SECONDS + ${2:-60}))
  until screen | grep -qF -- "$1"; do
    ((SECONDS < deadline)) || { echo "\"$1\" did not appear"; screen; exit 1; }
    sleep 0.005
  done
}
env_vars="TERM=tmux-256color LANG=C.UTF-8 TZ=Asia/Shanghai SHUOSHI_SHARE=$PWD HOME=$work"
[ -n "${SHUOSHI_NOW:-}" ] && env_vars+=" SHUOSHI_NOW=$SHUOSHI_NOW"
tmx new-session -d -s b -x 120 -y 40 "sleep 0.3; echo READY; read; env -i PATH=/usr/bin:/bin $env_vars /usr/bin/time -f 'PEAK %M KB' -o $work/time $bin --data $data; echo EXITED; sleep 60"
wait_for READY
start=$EPOCHREALTIME
tmx send-keys -t b Enter
wait_for "全部 "   # the tab bar with counts: the queue is painted
painted=$EPOCHREALTIME
echo "first painted queue: $(awk -v a="$start" -v b="$painted" 'BEGIN { printf "%.0f", (b - a) * 1000 }') ms (launch to screen, ±5 ms)"
for _ in 1 2 3 4 5 6 7 8; do tmx send-keys -t b Tab; done
tmx send-keys -t b / && wait_for "搜索案件"
tmx send-keys -t b -l 漏水 && wait_for "-20"   # a result row (ids are SITE-YYYYMMDD-NNN)
tmx send-keys -t b Enter && wait_for "案件 "
tmx send-keys -t b Escape && wait_for "搜索案件"
tmx send-keys -t b Escape && wait_for "案件队列"
tmx send-keys -t b R && wait_for "统计报告"
tmx send-keys -t b Escape && wait_for "案件队列"
tmx send-keys -t b C-q && wait_for EXITED
grep PEAK "$work/time" | sed 's/PEAK/console peak memory:/'
