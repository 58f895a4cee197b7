#!/usr/bin/env bash
# 排查 in the console: V opens the 排查 screen, the grid that missed last period is counted, a
# round is recorded by keys (day defaulting today, households, note) and the grid shows 已排查;
# n takes in a matter found on the round, and rounds list counts it.
source "$(dirname "$0")/lib/tmux.sh"
data="$WORK/data"
cli() { shuoshi_run "$@" --data "$data" >/dev/null; }
units="$WORK/units.csv"
grids="$WORK/grids.csv"
printf '名称,类型,片区\n六堰社区,社区,东片区\n' >"$units"
printf '社区/村,网格,网格长,网格长电话\n六堰社区,第一网格,张德明,13900000001\n六堰社区,第二网格,陈淑珍,13900000002\n' >"$grids"

export SHUOSHI_NOW=2026-12-01T10:00:00+08:00
cli init --site HJ --operator 王芳 --unit 六堰社区
cli import units "$units"
cli import grids "$grids"
# 第一网格 was walked last period; 第二网格 only the one before, so it missed 11-16–30.
cli rounds record --grid 第一网格 --households 20 --date 2026-11-20
cli rounds record --grid 第二网格 --households 20 --date 2026-11-05

start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 30
wait_for "漏排查 1 个网格"     # the queue's status line
keys V
wait_for "本期 2026-12-01–2026-12-15"
wait_for "漏排查 1 个网格"
# Enter on 第一网格: the day (today), households, the note.
keys Enter
wait_for "排查日期"
wait_for "2026-12-01"
keys Enter
wait_for "走访了多少户"
type_text "12"
keys Enter
wait_for "看到了什么"
type_text "5栋楼道堆放杂物"
keys Enter
wait_for "已记录排查：六堰社区第一网格 2026-12-01，走访 12 户"
# The matter found: n opens the intake form linked to the round.
keys n
wait_for "排查发现"
type_text "赵桂芳"
keys Tab
type_text "13800000009"
keys Tab Tab Tab
type_text "5栋楼道堆满杂物，堵住消防通道"
keys C-s
wait_for "已登记"
keys Enter
keys C-q
wait_for "EXITED 0"
tmx kill-server

list=$(shuoshi_run rounds list --grid 第一网格 --data "$data" --json)
grep -q '"mattersFound" : 1' <<<"$list" || fail "the found case is not counted: $list"
grep -q '"households" : 12' <<<"$list" || fail "the round recorded by keys is missing: $list"
echo "ok: a round recorded by keys is counted, and the matter found on it is linked"
