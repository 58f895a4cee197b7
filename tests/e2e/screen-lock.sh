#!/usr/bin/env bash
# Operators who sign in (issue 16): the console starts on the sign-in screen; a wrong PIN is
# refused; the right one opens the queue; the screen locks after a short idle time (site.yaml
# lock_minutes: 0.05 = 3 s) and shows nothing of the case behind it; the PIN unlocks it; a
# 网格员 who signs in instead is refused a reveal with the role named.
source "$(dirname "$0")/lib/tmux.sh"
data="$WORK/data"
# cli [VAR=value…] ARGS…: the CLI on the data directory, with extra environment (PINs).
cli() {
  local vars=()
  while [[ $1 == *=* ]]; do vars+=("$1"); shift; done
  shuoshi_env "${vars[@]}" "$SHUOSHI_BIN" "$@" --data "$data" >/dev/null
}

export SHUOSHI_NOW=2026-11-25T10:00:00+08:00
cli SHUOSHI_NEW_PIN=246810 init --site HJ --operator 王芳 --unit 六堰社区
cli SHUOSHI_PIN=246810 SHUOSHI_NEW_PIN=135791 operator add 小张 --role grid --grid G1
cli SHUOSHI_PIN=246810 add --resident 王秀英 --phone 13812345678 --text "楼上卫生间漏水，把我家天花板泡了"
echo 'lock_minutes: 0.05' >>"$data/site.yaml"

start 100 30 --data "$data"
wait_for "说事 · 请登录" 30
screen | grep -qF "王秀英" && fail "the sign-in screen shows a resident"
type_text "111111"
wait_for "PIN 或口令：••••••"
keys Enter
wait_for "PIN 或口令不对"
type_text "246810"
keys Enter
wait_for "案件队列"
wait_for "王秀英"
keys Enter
wait_for "办理记录"
# Nobody types: after 3 seconds the screen locks and the case is gone from it.
wait_for "说事 · 已锁屏" 20
wait_for "王芳 离开时锁定"
screen | grep -qF "王秀英" && fail "the lock screen shows the case behind it"
type_text "246810"
keys Enter
wait_for "办理记录"
wait_for "王秀英"
# Locked by key; 小张 (网格员) signs in instead and may not reveal the number.
keys C-l
wait_for "说事 · 已锁屏"
keys Down
type_text "135791"
keys Enter
wait_for "王芳 的未完成页面已保留"
keys /
wait_for "搜索案件"
type_text "王秀英"
wait_for "HJ-20261125-001"
keys Enter
wait_for "办理记录"
keys p
wait_for "需要 社区干部 角色"
screen | grep -qF "13812345678" && fail "the full number was shown to a 网格员"
keys C-q
wait_for "EXITED 0"
echo "PASS screen-lock"
