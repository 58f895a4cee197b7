#!/usr/bin/env bash
# A consultation settled at the booth table in one step: type it in the intake form, Ctrl-D,
# say how it was settled (an empty field: the usual account is only a dim placeholder), Enter;
# the receipt shows it settled on the spot. Every key beyond the typed text goes through `key`,
# which counts them: at most 9.
source "$(dirname "$0")/lib/tmux.sh"

pressed=0
key() {
  pressed=$((pressed + $#))
  keys "$@"
}

data="$WORK/data"
start 80 24 --data "$data" --operator 王芳
wait_for "案件队列"

key n
wait_for "登记新诉求"
type_text "周玉梅"
key Enter
type_text "13600005678"
key Enter
type_text "六堰社区2栋3单元401"
key Enter Enter   # no other party
type_text "咨询老年人高龄津贴怎么申请"
key C-d
wait_for "化解经过"
wait_for "当场说开，群众认可"   # the placeholder, not text to clear first
type_text "当场讲清申请材料，群众满意"
key Enter
wait_for "回执 SS-"
wait_for "已当场化解"
key Enter   # close the receipt
wait_gone "已当场化解"
wait_for "待回访 1"   # settled, so not in 待办: it waits for the 回访 (the booth rating counts as one)
keys C-q   # leaving the console is not part of settling
wait_for "EXITED 0"

echo "keys beyond the typed text: $pressed"
[ "$pressed" -le 9 ] || fail "settling at the booth took $pressed keys (at most 9)"

json=$(shuoshi_run list --data "$data" --json)
grep -qF '"周玉梅"' <<<"$json" || fail "list --json lacks the resident: $json"
grep -qF '"resolved"' <<<"$json" || fail "the case is not resolved: $json"
shown=$(shuoshi_run show --data "$data" "$(grep -o 'SS-[0-9A-Z-]*' <<<"$json" | head -n 1)")
grep -qF "当场讲清申请材料，群众满意" <<<"$shown" || fail "show lacks the summary: $shown"
grep -qF "当场说开，群众认可当场" <<<"$shown" && fail "the summary was appended to the default"
echo "ok: settled at the booth in $pressed keys"
