#!/usr/bin/env bash
# Attention order and lateness (issue 14). (1) A risk-word case typed in lands at the top of
# the queue, its urgent mark in red, with a same-day first contact. (2) A week later the
# sweep's status line names 超期 and 升级待派 with counts the tabs show too, and opening an
# escalated case says when it became late.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/data"
# Two ordinary cases from yesterday, taken in at the command line.
export SHUOSHI_NOW=2026-11-30T09:00:00+08:00
shuoshi_run add --data "$data" --resident 李建国 --phone 13987654321 \
  --text "小区门口路灯坏了一个多月，晚上很黑" >/dev/null
shuoshi_run add --data "$data" --resident 赵金花 --phone 15900001111 \
  --text "隔壁邻居在我家门口堆柴火，说了不听" >/dev/null
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

start 80 24 --data "$data" --operator 王芳
wait_for "案件队列"
wait_for "待办 2"
keys n
wait_for "登记新诉求"
type_text "孙玉兰"
keys Enter
type_text "13600004444"
keys Enter
type_text "锦华苑社区8栋2单元1101"
keys Enter Enter
type_text "楼道里有人堆放电动车电池充电，有起火危险"
wait_for "起火"
keys C-s
wait_for "已登记"
keys Enter
wait_gone "已登记"
wait_for "待办 3"
# The first case row (under the tab row and the column titles) is the new one, marked 急.
row=$(screen | sed -n 4p)
grep -qF "孙玉兰" <<<"$row" || fail "the risk-word case is not on top: $row"
grep -qF "急" <<<"$row" || fail "the risk-word case is not marked urgent: $row"
# Its mark is drawn in red: the urgent role is bright white on red (SGR 41 or 48;5;1). The
# selected row is one colour throughout, so select the next row first.
keys j
red=$'\e\\[[0-9;]*(41|48;5;1|48;5;9|101)[;m][^\e]*急'
deadline=$((SECONDS + 15))
until tmx capture-pane -e -p -t e2e | sed -n 4p | grep -qE "$red"; do
  ((SECONDS < deadline)) ||
    fail "the urgent mark is not red: $(tmx capture-pane -e -p -t e2e | sed -n 4p | cat -v)"
  sleep 0.05
done
keys k Enter
wait_for "办理记录"
# First contact due today (a risk word asks for a same-day first contact).
screen | grep -F "首次联系" | grep -qF "12-01" ||
  fail "first contact is not due today: $(screen | grep -F 首次联系)"
keys q
wait_for "案件队列"
keys q
wait_for "EXITED 0"
tmx kill-server

# A week later nobody has touched them: the sweep moves the late ones up.
export SHUOSHI_NOW=2026-12-08T10:00:00+08:00
start 120 30 --data "$data" --operator 王芳
wait_for "案件队列"
wait_for "超期升级"
wait_for "升级待派 "
status=$(screen | grep -F "超期升级")
late=$(sed -nE 's/.*→ 超期 ([0-9]+) · 升级待派 ([0-9]+).*/\1/p' <<<"$status")
escalated=$(sed -nE 's/.*→ 超期 ([0-9]+) · 升级待派 ([0-9]+).*/\2/p' <<<"$status")
[[ -n $late && -n $escalated ]] || fail "the status line names no views: $status"
((escalated > 0)) || fail "nothing awaits dispatch after the sweep: $status"
tabs=$(screen | sed -n 2p)
grep -qF "超期 $late " <<<"$tabs" || grep -qF "超期 $late│" <<<"$tabs" ||
  fail "the 超期 tab does not count $late: $tabs"
grep -qF "升级待派 $escalated" <<<"$tabs" || fail "the 升级待派 tab does not count $escalated: $tabs"
# Tab to 升级待派 (待办 → 超期 → 临期 → 升级待派) and open its first case.
keys Tab Tab Tab
wait_for "案件队列"
keys Enter
wait_for "办理记录"
# When it became late: the old deadline, not the sweep's time.
screen | grep -E "^超期 " | grep -qE "(起 · |超期 → )" ||
  fail "the case does not say when it became late"
screen | grep -F "升级（超期）" >/dev/null || fail "no overdue escalation in the history"
keys q
wait_for "案件队列"
keys q
wait_for "EXITED 0"
echo "ok: a risk-word case on top in red; a week later the sweep line and the tabs agree"
