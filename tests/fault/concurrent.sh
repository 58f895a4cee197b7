#!/usr/bin/env bash
# Two processes saving and sweeping on one data dir at once: nothing lost, no "database is
# locked" reaching the user. Usage: concurrent.sh [OPS_PER_PROCESS]  (CI 100; full form 1000)
source "$(dirname "$0")/lib.sh"
ops=${1:-100}
echo "== two writers, $ops operations each"
"$bin" add --resident 起始 --text 楼上漏水 --received-at 2026-01-05T09:00 >/dev/null
writer() {
  local w=$1
  for i in $(seq 1 "$ops"); do
    if [ $((i % 5)) = 0 ]; then "$bin" sweep >/dev/null || echo "sweep failed $w $i"
    else "$bin" add --resident "写入$w-$i" --text "路灯坏了第${i}次" >>"$work/ids.$w" || echo "add failed $w $i"; fi
  done 2>>"$work/err.$w"
}
writer a & pa=$!
writer b & pb=$!
wait $pa $pb
adds=$(( $(wc -l <"$work/ids.a") + $(wc -l <"$work/ids.b") ))
expected=$(( 2 * (ops - ops / 5) ))
check '[ "$adds" = "$expected" ]' "every add returned an id ($adds of $expected)"
check '! grep -qi "locked" "$work"/err.*' 'no "database is locked" reached the user'
# The one note a command may print on stderr: a provisional calendar year ahead (in December).
errors() { grep -hv '^注意：.*工作日历为暂定' "$work/err.a" "$work/err.b" || true; }
check '[ -z "$(errors)" ]' "no errors at all"
check '[ "$(count_cases "$SHUOSHI_DATA/shuoshi.db")" = "$((adds + 1))" ]' "all cases stored"
check '[ "$(sort "$work"/ids.* | uniq -d | wc -l)" = 0 ]' "no id handed out twice"
summary
