#!/usr/bin/env bash
# 回访 on the demo street: a case taken in and resolved from the command line, then in the
# console `f` records a phone 回访 — reached, 未解决, 基本满意 — and the case reopens one tier
# up (户 → 村居), as an unsatisfied rating does.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
id=$(shuoshi_run add --data "$data" --resident 司徒晓岚 --phone 13812345678 \
  --address 六堰社区3栋2单元502 --text "楼上卫生间漏水，把我家天花板泡了" | tr -d '[:space:]')
[ -n "$id" ] || fail "no case id from add"
shuoshi_run resolve "$id" --data "$data" --summary "已协调楼上维修" >/dev/null
json=$(shuoshi_run show "$id" --data "$data" --json)
grep -q '"tier" *: *"household"' <<<"$json" || fail "the case is not at the household tier"

start 120 40 --data "$data" --operator 王芳
wait_for "案件队列" 60
keys /
wait_for "搜索"
type_text "司徒晓岚"
wait_for "$id"
keys Enter
wait_for "案件 $id"
wait_for "状态     已办结"
wait_for "应于"   # the 回访 row: due by the next working day

keys f
wait_for "回访方式"
keys 1        # 电话
wait_for "联系上群众了吗"
keys 1        # 联系上
wait_for "问题解决了吗"
keys 3        # 未解决
wait_for "群众满意吗"
keys 2        # 基本满意
wait_for "重新打开并升到“村居”"
type_text "楼上还在漏"
keys Enter
wait_for "回访（电话）：未解决，基本满意"
wait_for "层级     村居（受理时：户）"
screen | grep -q "状态     已办结" && fail "the case is still resolved"

keys C-q
wait_for "EXITED 0"
json=$(shuoshi_run show "$id" --data "$data" --json)
grep -q '"tier" *: *"residence"' <<<"$json" || fail "shuoshi show does not give the residence tier"
grep -q '"follow_up_result" *: *"unsolved"' <<<"$json" || fail "no unsolved 回访 in shuoshi show"
echo "ok: resolved → 回访 未解决 → reopened one tier up (户 → 村居)"
