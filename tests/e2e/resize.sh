#!/usr/bin/env bash
# Shrink the window to 20×5 and back: no crash, the too-small notice, then the screen and
# the typed form come back intact.
source "$(dirname "$0")/lib/tmux.sh"

start 80 24 --data "$WORK/data" --operator 王芳
wait_for "案件队列"
keys n
wait_for "登记新诉求"
type_text "赵金花"
keys Tab Tab Tab Tab
type_text "隔壁在门口堆柴火"
wait_for "隔壁在门口堆柴火"
before=$(screen)

tmx resize-window -t e2e -x 20 -y 5
wait_for "窗口太小"
tmx resize-window -t e2e -x 50 -y 12
wait_for "当前 50×12"
tmx resize-window -t e2e -x 80 -y 24
wait_for "登记新诉求"
wait_for "隔壁在门口堆柴火"
after=$(screen)
[ "$before" = "$after" ] || fail "screen differs after resizing back:
$before
----
$after"

keys C-s   # still a working form: saves
wait_for "已登记"
keys Enter
keys q
wait_for "EXITED 0"
echo "ok: resize to 20x5 and back"
