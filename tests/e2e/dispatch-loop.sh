#!/usr/bin/env bash
# The dispatch loop on the demo register (点单 → 派单 → 送单 → 评单): take in a Chinese complaint
# at a registered address, see the suggested owner and why, save, dispatch to a party member
# volunteer, record the delivery, rate it unsatisfied, and see the case escalated to the
# residence tier with its committee's owner.
source "$(dirname "$0")/lib/tmux.sh"
# The demo street is generated up to "now"; pinned (a Tuesday), the register's households and
# their open cases are the same on every run, whatever the day the test runs.
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00

data="$WORK/demo"
"$SHUOSHI_BIN" demo --data "$data" >/dev/null
start 120 40 --data "$data" --operator 王芳
wait_for "案件队列" 60
wait_for "超期检查"   # the start-up sweep is done: it refreshes the queue and its selection

# 点单: 武秀英's household is 六堰社区 第一网格, building 1.
keys n
wait_for "登记新诉求"
type_text "武秀英"
keys Tab
type_text "13804776611"
keys Tab
type_text "六堰社区1栋2单元502"
keys Tab Tab
type_text "楼上卫生间漏水，把我家天花板泡了"
wait_for "承办 张德明（楼栋长）"
wait_for "户级 → 1栋的楼栋长 张德明"
keys C-s
wait_for "已登记"
id=$(screen | grep -o "回执 HJ-[0-9]*-[0-9]*" | head -n 1 | sed 's/回执 //' || true)
[ -n "$id" ] || fail "no case id on the receipt"
keys Enter
wait_gone "已登记"
keys Enter   # the new case is selected in the queue
wait_for "案件 $id"
wait_for "承办人   张德明"
wait_for "分派依据 户级 → 1栋的楼栋长 张德明"

# 派单: the picker offers volunteers; xgh finds 夏国华.
keys d
wait_for "派单给党员志愿者"
type_text "xgh"
wait_for "夏国华     党员志愿者"
keys Enter
wait_for "请写明要做什么"
type_text "上门查看漏水点"
keys Enter
wait_for "派单给志愿者 夏国华：上门查看漏水点"
wait_for "志愿者   夏国华"

# 送单: 45 minutes, done.
keys s
wait_for "上门用时（分钟）"
type_text "45"
keys Enter
wait_for "做了什么"
type_text "已联系楼上住户维修"
keys Enter
wait_for "送单（45 分钟）"
wait_for "状态     已办结"

# 评单: unsatisfied reopens the case and moves it to the residence tier's owner.
keys t
wait_for "群众评价"
keys 3
wait_for "不满意的原因"
type_text "还在漏"
keys Enter
wait_for "户 → 村居，转交"
wait_for "层级     村居（受理时：户）"
wait_for "分派依据 村居 → 六堰社区居委会"
owner=$(screen | grep -o "承办人   [^ ]*" | head -n 1 | sed 's/承办人   //')
[ -n "$owner" ] && [ "$owner" != "张德明" ] || fail "the owner did not change: $owner"

keys C-q
wait_for "EXITED 0"
# Read the JSON whole first: `grep -q` quits at the first match, and under pipefail the
# writer's SIGPIPE would fail the test at random.
json=$(shuoshi_run show "$id" --data "$data" --json)
grep -q "\"assignee\" *: *\"$owner\"" <<<"$json" \
  || fail "shuoshi show does not name $owner as the owner: $(grep -i assignee <<<"$json")"
echo "ok: intake with the suggested owner, dispatch, delivery, unsatisfied rating escalated to $owner"
