#!/usr/bin/env bash
# Mark three cases in the demo queue with t, assign them to one person with one confirmation,
# then undo the batch with u: the three cases are back with the owners they had.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
# The owners of the cases `ids` names, one line each ("none" for nobody).
owner_of() {
  local id json
  for id in $ids; do
    json=$(shuoshi_run show --data "$data" --json "$id")
    # The case's own field (top level, two spaces in); the history's events carry theirs deeper.
    grep -o '^  "assignee" : "[^"]*"' <<<"$json" || echo none
  done
}

start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 60
wait_for "HJ-"
# The first three rows of the queue, the ones `t t t` marks.
ids=$(screen | grep -o 'HJ-[0-9-]*' | head -n 3)
[ "$(wc -w <<<"$ids")" -eq 3 ] || fail "the queue shows fewer than three cases"
before=$(owner_of)
keys t t t
wait_for "已标记 3 件"
keys a
type_text "批量张德明"
keys Enter
wait_for "给 3 件案件派单给 批量张德明？"
keys Enter
wait_for "已派单 3 件"
wait_gone "已标记"
[ "$(owner_of | grep -c '"批量张德明"')" -eq 3 ] || fail "the three cases should be 批量张德明's: $(owner_of)"

keys u
wait_for "撤销上一批（3 件）"
keys u
wait_for "已撤销 3 件"
keys C-q
wait_for "EXITED 0"

after=$(owner_of)
[ "$after" == "$before" ] || fail "the owners after undoing the batch differ: was $before, now $after"
echo "ok: three cases marked, assigned in one batch, and the batch undone"
