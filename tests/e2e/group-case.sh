#!/usr/bin/env bash
# Mark two cases in the demo queue with t, form a group case (母案) of them with L, open it, and
# resolve it with r: both complaints are resolved with the group's summary.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
state_of() {
  shuoshi_run show --data "$data" --json "$1" | grep -o '^  "state" : "[^"]*"'
}

start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 60
wait_for "HJ-"
ids=$(screen | grep -o 'HJ-[0-9-]*' | head -n 2)
[ "$(wc -w <<<"$ids")" -eq 2 ] || fail "the queue shows fewer than two cases"
keys L
wait_for "先用 t 标记至少两件案件"
keys t t
wait_for "已标记 2 件"
keys L
wait_for "把 2 件案件建为母案"
type_text "同一小区电梯故障，多户反映"
keys Enter
wait_for "已建母案"
parent=$(screen | grep -o '已建母案 HJ-[0-9A-Z-]*' | grep -o 'HJ-[0-9A-Z-]*')
[ -n "$parent" ] || fail "no group case id on the status line"
shown=$(shuoshi_run group show --data "$data" "$parent")
grep -q "子案 2 件" <<<"$shown" || fail "group show lists no two children: $shown"

keys /
type_text "群体诉求"
keys Enter
wait_for "办理中 2"
keys r
type_text "约谈物业，电梯已修复"
keys Enter
wait_for "办理中 0"
keys C-q
wait_for "EXITED 0"

for id in $ids; do
  [ "$(state_of "$id")" == '  "state" : "resolved"' ] || fail "$id is not resolved: $(state_of "$id")"
done
echo "ok: two marked cases formed a group case, and resolving it resolved both"
