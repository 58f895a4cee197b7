#!/usr/bin/env bash
# 更正 a phone on a saved case: open it, `E`, pick 电话 (the old number shown masked), type the
# right number and a reason; the detail shows the new masked number and the history line
# "更正电话：138****5678 → 139****1234：…". A number that is no phone is refused first, with
# what was typed kept.
source "$(dirname "$0")/lib/tmux.sh"
# The demo street is generated up to "now": pinned, every run sees the same street.
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
out=$(shuoshi_run add --data "$data" --resident 王桂兰 --phone 13812345678 \
  --address 阳光社区3栋1单元101 --text "楼道灯不亮，晚上看不见路")
id=$(grep -o "HJ-[0-9]*-[0-9]*" <<<"$out" | head -n 1 || true)
[ -n "$id" ] || fail "no case id from add: $out"

start 110 34 --data "$data" --operator 王芳
wait_for "案件队列" 60
keys /
wait_for "搜索案件"
type_text "王桂兰"
wait_for "$id"
keys Enter
wait_for "案件 $id"
wait_for "138****5678"
keys E
wait_for "更正哪一项"
wait_for "电话：138****5678"
keys 2
wait_for "更正电话"
wait_for "原为：138****5678"
# Ten digits: refused before any reason is asked, the typed text kept.
type_text "1397280123"
keys Enter
wait_for "“电话”无效"
wait_for "1397280123"
keys C-u
type_text "13900001234"
keys Enter
wait_for "更正原因"
wait_for "电话：138****5678 → 139****1234"
type_text "登记时写错一位"
keys Enter
wait_for "更正电话：138****5678 → 139****1234：登记时写错一位"
wait_for "王桂兰 139****1234"
screen | grep -qF "13900001234" && fail "the new number shows unmasked"
keys q
# Back in the search results: the row shows the corrected number, masked.
wait_for "王桂兰 139****1234"
keys C-q
wait_for "EXITED 0"

shown=$(shuoshi_run show --data "$data" "$id")
grep -qF "更正电话：138****5678 → 139****1234：登记时写错一位" <<<"$shown" ||
  fail "show has no correction line: $shown"
echo "ok correct-phone"
