#!/usr/bin/env bash
# The report screen on the demo data, on a Saturday (the clock pinned): the console opens the
# day's booth session (header), R opens the report; Tab steps through 本场/本周/本月; the
# month's key figures on screen are the same as `shuoshi report --month`'s; u picks a unit.
source "$(dirname "$0")/lib/tmux.sh"

now=2026-11-28T02:00:00Z   # Saturday 10:00 in Asia/Shanghai
pinned() { shuoshi_env SHUOSHI_NOW="$now" "$SHUOSHI_BIN" "$@"; }
pinned demo --data "$WORK/demo" >/dev/null
mkdir -p "$WORK/home" "$WORK/config"
tmx new-session -d -s e2e -x 100 -y 30 \
  "$(declare -f shuoshi_env pinned); now=$now ROOT=$(printf %q "$ROOT") WORK=$(printf %q "$WORK") SHUOSHI_BIN=$(printf %q "$SHUOSHI_BIN") pinned --data $(printf %q "$WORK/demo") --operator 王芳 2>$(printf %q "$WORK/stderr"); echo EXITED \$?; sleep 600"
tmx set-option -t e2e window-size manual >/dev/null

wait_for "案件队列" 60
wait_for "说事进行中"          # the day's booth session, opened with the console
keys R
wait_for "统计报告"
wait_for "本场"
wait_for "关键数字"
wait_for "受理 0"              # nothing taken in this session yet
keys Tab
wait_for "2026-11-23 至 2026-11-29"
keys Tab
wait_for "2026年11月 说事工作报告"
figures=$(pinned report --data "$WORK/demo" --month 2026-11 --width 98 | grep -m1 "^受理 ")
[ -n "$figures" ] || fail "the CLI report has no key figures"
wait_for "$figures"
wait_for "响应率"
keys Space
wait_for "分类"
keys h
wait_for "2026年10月 说事工作报告"
keys u                         # one community of the demo's register, named in title and scope
wait_for "单位 六堰社区"
wait_for "六堰社区 2026年10月 说事工作报告"
wait_for "范围：六堰社区"
keys q
wait_for "案件队列"
keys q
wait_for "EXITED 0"
echo "ok: report screen shows the month's figures, the same as shuoshi report"
