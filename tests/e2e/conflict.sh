#!/usr/bin/env bash
# Two laptops of one site change the same cases while apart (two assignments; resolved on one,
# escalated on the other), exchange encrypted bundles both ways, and the console on laptop A
# lists both conflicts with every version; settling one with a reason takes it off the list.
source "$(dirname "$0")/lib/tmux.sh"

A="$WORK/laptop-a"
B="$WORK/laptop-b"
cli() { shuoshi_env SHUOSHI_PASSPHRASE="说事 e2e 口令" "$SHUOSHI_BIN" "$@"; }

# Laptop A takes in two grievances; laptop B gets them in a bundle.
stairs=$(cli add --data "$A" --site HJ --operator 王芳 --no-route --resident 赵金花 \
  --phone 15900001111 --address 七里垭村3组12号 --text "隔壁邻居在我家门口堆柴火，说了不听")
leak=$(cli add --data "$A" --operator 王芳 --no-route --resident 王秀英 --phone 13812345678 \
  --address 六堰社区3栋2单元502 --text "楼上卫生间漏水，把我家天花板泡了")
stairs=${stairs%% *}
leak=${leak%% *}
cli sync export --data "$A" --to "$WORK/a1.ssb" >/dev/null
cli sync import --data "$B" --site HJ "$WORK/a1.ssb" >/dev/null

# Apart, both laptops act on both cases.
cli assign --data "$A" --operator 王芳 "$leak" --to "楼栋长 张德明" >/dev/null
cli resolve --data "$A" --operator 王芳 "$stairs" --summary "当场调解，柴火已搬走" >/dev/null
cli assign --data "$B" --operator 李娜 "$leak" --to "六堰社区居委会" >/dev/null
cli escalate --data "$B" --operator 李娜 "$stairs" --reason risk --note "双方情绪激动" >/dev/null

# Both ways; each import reports the conflicts.
cli sync export --data "$A" --to "$WORK/a2.ssb" >/dev/null
cli sync export --data "$B" --to "$WORK/b2.ssb" >/dev/null
grep -qF "2 处冲突待处理" <<<"$(cli sync import --data "$B" "$WORK/a2.ssb")" || fail "B: import did not report 2 conflicts"
grep -qF "2 处冲突待处理" <<<"$(cli sync import --data "$A" "$WORK/b2.ssb")" || fail "A: import did not report 2 conflicts"

start 120 30 --data "$A" --operator 王芳
wait_for "案件队列" 60
wait_for "2 件案件有多机冲突待处理（c 查看）"
keys c
wait_for "冲突待处理（2）"
wait_for "$leak  王秀英 138****5678  承办人 · 2 个并发版本"
wait_for "王芳  派单给 楼栋长 张德明"
wait_for "李娜  派单给 六堰社区居委会"
wait_for "$stairs  赵金花 159****1111  状态 · 2 个并发版本"
wait_for "王芳  办结：当场调解，柴火已搬走"
wait_for "李娜  升级（风险）"
grep -qF "← 生效" <<<"$(screen)" || fail "no version marked in effect"
grep -qF "13812345678" <<<"$(screen)" && fail "a full phone number on the conflicts screen"

# The newest case (the leak) is selected: keep A's assignment, with a reason.
keys s
wait_for "保留哪个版本（承办人）"
keys 1
wait_for "保留：派单给 楼栋长 张德明"
type_text "楼栋长已上门，由他跟进"
keys Enter
wait_for "冲突待处理（1）"
wait_gone "承办人 · 2 个并发版本"
wait_for "状态 · 2 个并发版本"

# The other one opens in the case detail, both versions marked in its history.
keys Enter
wait_for "状态有 2 个并发版本，待处理"
wait_for "〔冲突〕办结：当场调解，柴火已搬走"
wait_for "〔冲突·生效〕升级（风险）"
keys q
wait_for "冲突待处理（1）"
keys q
wait_for "案件队列"
wait_for "1 件案件有多机冲突待处理（c 查看）"
keys C-q
wait_for "EXITED 0"

# The settlement is an event with its reason; the ledger still verifies.
grep -qF "楼栋长已上门，由他跟进" <<<"$(cli show --data "$A" "$leak")" || fail "settlement not in the history"
grep -qE "^承办人 +楼栋长 张德明" <<<"$(cli show --data "$A" "$leak")" || fail "the kept assignee is not in effect"
cli verify --data "$A" >/dev/null || fail "verify failed after settling"
grep -qF "$stairs" <<<"$(cli conflicts --data "$A")" || fail "the unsettled conflict is gone"
grep -qF "$leak" <<<"$(cli conflicts --data "$A")" && fail "the settled conflict is still listed"
echo "ok: conflicts between two laptops shown in the console, one settled with a reason"
