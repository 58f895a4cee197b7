#!/usr/bin/env bash
# Start on an empty data directory, take in a case typed in Chinese, save with Ctrl-S, see
# it in the queue, quit, and find it with `shuoshi list --json`. A 10-digit phone is refused
# saying what to type; Ctrl-W takes it back as one word.
source "$(dirname "$0")/lib/tmux.sh"

data="$WORK/data"
start 80 24 --data "$data" --operator 王芳
wait_for "案件队列"
wait_for "这个队列里没有案件"

keys n
wait_for "登记新诉求"
type_text "王秀英"
keys Enter
type_text "1397280123"
keys Enter
type_text "六堰社区3栋2单元502"
keys Enter Enter
type_text "楼上卫生间漏水，把我家天花板泡了"
wait_for "关键词“漏水” → 邻里纠纷"   # live triage beside the form
keys C-s
wait_for "没有电话填“无电话”"   # 10 digits: refused, saying what a phone may be
keys Enter
keys C-w   # the focus is on the phone; Ctrl-W deletes the digits as one word
type_text "13812345678"
keys C-s
wait_for "已登记"
wait_for "回执 SS-"   # the default site code
keys Enter
wait_gone "已登记"
wait_for "王秀英 138****5678"
wait_for "待办 1"
keys q
wait_for "EXITED 0"

json=$(shuoshi_run list --data "$data" --json)
grep -qF '"王秀英"' <<<"$json" || fail "list --json lacks the resident: $json"
grep -qF '楼上卫生间漏水，把我家天花板泡了' <<<"$json" || fail "list --json lacks the text: $json"
grep -qF '"household"' <<<"$json" || fail "list --json: not triaged to household: $json"
echo "ok: intake typed in Chinese is saved and listed"
