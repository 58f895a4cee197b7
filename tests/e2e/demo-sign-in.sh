#!/usr/bin/env bash
# `shuoshi --demo` starts on the sign-in screen with the demo's operators and PIN (README); the
# auditor 赵敏 signs in and may read but not note a case; Ctrl-L locks.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00
start 100 30 --demo
wait_for "说事 · 请登录" 120
wait_for "PIN 都是 123456"
keys Down Down Down
wait_for "▶ 赵敏"
type_text 123456
keys Enter
wait_for "案件队列" 60
wait_for "赵敏"
keys Enter
wait_for "办理记录"
keys o
wait_for "需要 网格员/楼栋长 角色"
keys C-l
wait_for "说事 · 已锁屏"
wait_for "赵敏 离开时锁定"
type_text 123456
keys Enter
wait_for "办理记录"
keys C-q
wait_for "EXITED 0"
echo "ok: the demo signs in, an auditor is refused a note, the lock and unlock"
