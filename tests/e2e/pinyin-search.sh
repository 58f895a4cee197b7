#!/usr/bin/env bash
# Find a resident by pinyin initials: on the demo street, take in a case for 王桂兰, then
# type `wgl` into the queue's search and see her case; `list --search wangguilan` finds it too.
source "$(dirname "$0")/lib/tmux.sh"
# The demo street is generated up to "now": pinned, every run sees the same street.
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
out=$(shuoshi_run add --data "$data" --resident 王桂兰 --phone 13900006666 \
  --address 阳光社区3栋1单元101 --text "楼道灯不亮，晚上看不见路")
id=$(grep -o "HJ-[0-9]*-[0-9]*" <<<"$out" | head -n 1 || true)
[ -n "$id" ] || fail "no case id from add: $out"

start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 60
keys /
wait_for "搜索案件"
type_text "wgl"
wait_for "$id"
wait_for "王桂兰"
keys Enter
wait_for "案件 $id"
keys C-q
wait_for "EXITED 0"

list=$(shuoshi_run list --data "$data" --search wangguilan)
grep -q "$id" <<<"$list" || fail "list --search wangguilan did not find $id: $list"
echo "ok pinyin-search"
