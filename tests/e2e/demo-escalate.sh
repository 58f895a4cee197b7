#!/usr/bin/env bash
# Open the demo, search 漏水, open a result, escalate it with a reason, see the history line.
source "$(dirname "$0")/lib/tmux.sh"
# The demo street is generated up to "now": pinned, every run sees the same street.
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

# Demo cases about 漏水 may all be settled by today's date; take in a fresh one so the newest
# 漏水 result is open and can be escalated.
"$SHUOSHI_BIN" demo --data "$WORK/demo" >/dev/null
"$SHUOSHI_BIN" add --data "$WORK/demo" --resident 王秀英 --phone 13812345678 \
  --text "楼上卫生间漏水，把我家天花板泡了" >/dev/null
# 2000 + 8 left untouched (late) + the one above (the 全部 tab is scrolled off at 100 columns).
total=$("$SHUOSHI_BIN" list --data "$WORK/demo" --format csv | tail -n +2 | wc -l)
[ "$total" -eq 2009 ] || fail "the demo holds $total cases, not 2009"
start 100 30 --data "$WORK/demo" --operator 王芳
wait_for "案件队列" 60
wait_for "升级待派"

keys /
wait_for "搜索案件"
type_text "漏水"
wait_for "件"
wait_for "HJ-"
keys Enter
wait_for "办理记录"
keys e
wait_for "升级原因"
keys 3
wait_for "补充说明"
type_text "楼上住户拒不配合，双方情绪激动"
keys Enter
wait_for "升级（风险）"
wait_for "：楼上住户拒不配合，双方情绪激动"
keys q
wait_for "搜索案件"
keys Escape
wait_for "案件队列"
keys C-q
wait_for "EXITED 0"
echo "ok: demo search, open, escalate with a reason"
