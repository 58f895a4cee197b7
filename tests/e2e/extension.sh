#!/usr/bin/env bash
# 延期 in the console: granted before the deadline and shown (once per tier), refused after it
# with the deadline named. Two cases both due Thursday 2026-11-26: a household leak and a
# street-tier road (the top tier: the sweep cannot move it, so it stays late at its tier).
source "$(dirname "$0")/lib/tmux.sh"
data="$WORK/data"
cli() { shuoshi_run "$@" --data "$data" >/dev/null; }

export SHUOSHI_NOW=2026-11-25T10:00:00+08:00
cli init --site HJ --operator 王芳 --unit 六堰社区
cli add --resident 王秀英 --phone 13812345678 --text "楼上卫生间漏水，把我家天花板泡了" \
  --tier household --reason 楼栋内 --received-at 2026-11-23T10:00
cli add --resident 李建国 --phone 13912345678 --text "小区门口道路坑洼多年未修" \
  --tier street --reason 市政道路 --received-at 2026-10-29T10:00
cli assign HJ-20261123-001 --to 张德明
cli assign HJ-20261029-001 --to 城管科

# Wednesday: the day before the deadline. Ask for two more working days.
start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 30
keys /
wait_for "搜索案件"
type_text "王秀英"
wait_for "HJ-20261123-001"
keys Enter
wait_for "办理记录"
keys x
wait_for "延期（现期限 2026-11-26）"
wait_for "2 个工作日，至 2026-11-30"
keys 2
wait_for "延期原因"
type_text "需协调物业和楼上住户"
keys Enter
wait_for "延期 2 个工作日，至 2026-11-30：需协调物业和楼上住户"
wait_for "2026-11-30 周一（已延期）"
# Once per tier: asked again, refused with the reason, nothing written.
keys x
wait_for "已延期过一次"
keys C-q
wait_for "EXITED 0"
tmx kill-server

# Friday: the road's deadline (Thursday) has passed; an extension now is refused, naming it.
export SHUOSHI_NOW=2026-11-27T09:00:00+08:00
start 100 30 --data "$data" --operator 王芳
wait_for "案件队列" 30
keys /
wait_for "搜索案件"
type_text "李建国"
wait_for "HJ-20261029-001"
keys Enter
wait_for "办理记录"
keys x
wait_for "办理时限 2026-11-26 已过，不能再延期"
keys C-q
wait_for "EXITED 0"
history=$(shuoshi_run show HJ-20261029-001 --data "$data" --json)
if grep -q '"type" : "extended"' <<<"$history"; then fail "a refused extension was written"; fi
echo "ok: an extension before the deadline is granted and shown; after it, refused"
