#!/usr/bin/env bash
# kill -9 at random moments during a stream of CLI saves: every case whose `add` printed its id
# must be there afterwards; the database passes integrity_check; the data still opens.
# Usage: kill9.sh [KILLS]   (CI runs 40; the full form is 200)
source "$(dirname "$0")/lib.sh"
kills=${1:-40}
echo "== kill -9 during saves ($kills kills)"
# How long one save takes here, so kills land anywhere from start-up to after the commit.
t0=$(date +%s%N); "$bin" add --resident 起始 --text 楼上漏水 >/dev/null; t1=$(date +%s%N)
window=$(( (t1 - t0) * 3 / 2 / 1000000 ))  # ms
echo "  one save takes $(( (t1 - t0) / 1000000 )) ms; killing within 0–$window ms"
: >"$work/acked"
for i in $(seq 1 "$kills"); do
  "$bin" --operator 测试 add --resident "居民$i" --phone "1380000$(printf %04d "$i")" --text "楼上卫生间漏水第${i}次" >"$work/out" 2>/dev/null &
  pid=$!
  # A random moment: somewhere between process start and well after the commit.
  ms=$((RANDOM % (window + 1)))
  sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -s "$work/out" ]; then cat "$work/out" >>"$work/acked"; fi
done
acked=$(wc -l <"$work/acked")
"$bin" list --json --page-size 1000 >"$work/list.json"
missing=$(python3 - "$work/acked" "$work/list.json" <<'PY'
import json, sys
acked = [l.strip() for l in open(sys.argv[1]) if l.strip()]
have = {c["id"] for c in json.load(open(sys.argv[2]))}
print(len([a for a in acked if a not in have]))
PY
)
check '[ "$missing" = 0 ]' "all $acked acknowledged saves present after $kills kills (missing: $missing)"
check '[ "$(integrity "$SHUOSHI_DATA/shuoshi.db")" = ok ]' "integrity_check ok"
check '"$bin" list >/dev/null' "the data opens and lists"
check '"$bin" add --resident 之后 --text 又漏水了 >/dev/null' "a save after the kills works"
summary
