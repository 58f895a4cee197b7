#!/usr/bin/env bash
# 预警 (issue 18): two households of 中瑞·领航城 have complained about 中瑞物业; the third, typed
# at the intake form, shows the live hint “可能与 2 件相关”; saving raises a 黄 warning, which
# `W` lists and Enter explains; `a` acknowledges it, and the CLI sees that; `o` takes it on as a
# group case (母案) of the three complaints, and resolving the group case resolves all three.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/data"
shuoshi_run add --data "$data" --operator 王芳 --resident 业主甲 --phone 13900000001 \
  --address "中瑞·领航城1栋1单元101" --text "中瑞物业把电梯停了半个月，老人上不了楼" \
  --received-at 2026-11-28T09:00:00+08:00 >/dev/null || fail "add 1"
shuoshi_run add --data "$data" --operator 王芳 --resident 业主乙 --phone 13900000002 \
  --address "中瑞·领航城2栋1单元201" --text "中瑞物业乱收停车费，涨了一倍也不公示" \
  --received-at 2026-11-30T09:00:00+08:00 >/dev/null || fail "add 2"
list=$(shuoshi_run warnings --data "$data")
grep -qF "没有待处理的预警" <<<"$list" || fail "two households already warned: $list"

start 100 30 --data "$data" --operator 王芳
wait_for "案件队列"
keys n
wait_for "登记新诉求"
type_text "业主丙"
keys Enter
type_text "13900000003"
keys Enter
type_text "中瑞·领航城3栋1单元301"
keys Enter Enter
type_text "物业费涨价没开业主大会，中瑞物业说不交就停水"
wait_for "可能与 2 件相关"
keys C-s
wait_for "已登记"
keys Enter
wait_gone "已登记"
keys W
wait_for "预警（1）"
wait_for "· 黄"
wait_for "中瑞物业"
keys Enter
wait_for "同一小区 中瑞·领航城；同一对象 中瑞物业"
keys a
wait_for "已阅"
json=$(shuoshi_run warnings list --data "$data" --json)
grep -qF '"acknowledged"' <<<"$json" || fail "warnings --json: not acknowledged: $json"
grep -qF '"households" : 3' <<<"$json" || fail "warnings --json: not 3 households: $json"
wid=$(grep -o '"id" : "[0-9a-f]*"' <<<"$json" | grep -o '[0-9a-f]\{8\}')
ids=$(shuoshi_run warnings show --data "$data" --json "$wid" |
  grep -o '"case_id" : "[^"]*"' | cut -d'"' -f4 | sort -u || true)
[ "$(wc -w <<<"$ids")" -eq 3 ] || fail "the warning does not name three cases: $ids"

keys o
wait_for "已转为群体案件"
parent=$(screen | grep -o '已转为群体案件 [0-9A-Z-]*' | cut -d' ' -f2 || true)
[ -n "$parent" ] || fail "no group case id on the status line"
keys q q
wait_for "案件队列"
keys q
wait_for "EXITED 0"

shown=$(shuoshi_run group show --data "$data" "$parent")
grep -q "子案 3 件" <<<"$shown" || fail "group show lists no three children: $shown"
grep -qF '"taken_on"' <<<"$(shuoshi_run warnings list --all --data "$data" --json)" ||
  fail "the warning is not taken on"
[ -z "$(shuoshi_run warnings list --data "$data" --json | grep -F '"id"')" ] ||
  fail "a taken-on warning is still listed as open"
shuoshi_run assign --data "$data" --operator 王芳 "$parent" --to 王芳 >/dev/null ||
  fail "assign the group case"
shuoshi_run resolve --data "$data" --operator 王芳 "$parent" --summary "约谈中瑞物业，电梯已修复、停车费退回" \
  >/dev/null || fail "resolve the group case"
for id in $ids; do
  state=$(shuoshi_run show --data "$data" --json "$id" | grep -o '^  "state" : "[^"]*"')
  [ "$state" == '  "state" : "resolved"' ] || fail "$id is not resolved: $state"
done
echo "ok: the third complaint shows the hint, raises a yellow warning, acknowledged, taken on as a group case, resolved with it"
