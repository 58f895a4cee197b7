#!/usr/bin/env bash
# Side by side with taskwarrior 2.6 (Debian package `taskwarrior`): the same generated data loaded
# into both, the same operations timed in one run (hyperfine, warm cache), ratios printed.
# Usage: scripts/bench-taskwarrior.sh [CASES]   (default 100000; needs a release build)
#
# Two taskwarrior data sets: "as the cases stand" (closed cases are completed tasks, so
# taskwarrior's add only reads the few thousand pending ones) and "all pending" (every case an
# open task: what a worker who never closes tasks, and the issue's 0.9 s add, describe).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
# The shipped binary (packaging/build-deb.sh builds it: release, Swift runtime linked in).
bin=${SHUOSHI_BIN:-$PWD/.build-deb/release/shuoshi}
for tool in task hyperfine python3; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install taskwarrior hyperfine)"; exit 1; }
done
work=${BENCH_DIR:-/tmp/shuoshi-vs-task-$n}
export SHUOSHI_DATA=$work/shuoshi HOME=$work LANG=C.UTF-8 TZ=Asia/Shanghai
export SHUOSHI_NOW=2026-11-28T10:00:00+08:00
mkdir -p "$work"
if [ ! -e "$SHUOSHI_DATA/shuoshi.db" ]; then
  "$bin" bench generate --cases "$n" >/dev/null
fi
# tasks.json: the same cases as taskwarrior tasks (text as description, tier as project,
# category as tag); $1 = "stand" keeps closed cases completed, "pending" makes every case open.
make_tasks() {
  python3 - "$SHUOSHI_DATA/shuoshi.db" "$work/tasks-$1.json" "$1" <<'PY'
import json, sqlite3, sys, datetime
db = sqlite3.connect(sys.argv[1])
out = []
for u, text, tier, cat, state, rec, name in db.execute(
    "select uuid, text, tier, category, state, received_at, resident_name from cases"):
    t = datetime.datetime.fromtimestamp(rec / 1000, datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    done = sys.argv[3] == "stand" and state in ("resolved", "closed")
    out.append({"uuid": u.lower(), "description": f"{name} {text}", "project": tier, "tags": [cat],
                "status": "completed" if done else "pending", "entry": t, **({"end": t} if done else {})})
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
PY
}

runs="--warmup 1 --min-runs 5 --export-json"
for variant in stand pending; do
  tw="task rc:$work/taskrc rc.data.location=$work/task-$variant rc.confirmation=off rc.verbose=nothing rc.hooks=off rc.json.array=on"
  if [ ! -e "$work/task-$variant/pending.data" ]; then
    mkdir -p "$work/task-$variant"; : >"$work/taskrc"
    make_tasks $variant
    echo "importing $n tasks ($variant) into taskwarrior…"
    /usr/bin/time -f "task import: %e s, %M KB" $tw import "$work/tasks-$variant.json" >/dev/null
  fi
  echo "######## taskwarrior data: $variant ($(wc -l <"$work/task-$variant/pending.data") pending tasks)"
  echo "== add one"
  hyperfine $runs "$work/add-$variant.json" \
    -n shuoshi "$bin add --resident 王五 --text 楼上漏水把天花板泡了" \
    -n taskwarrior "$tw add 王五 楼上漏水把天花板泡了 project:household"
  echo "== filtered list (tier household, open)"
  hyperfine $runs "$work/list-$variant.json" \
    -n shuoshi "$bin list --tier household --state open" \
    -n taskwarrior "$tw project:household status:pending list"
  echo "== substring search 漏水"
  hyperfine $runs "$work/search-$variant.json" \
    -n shuoshi "$bin list --search 漏水" \
    -n taskwarrior "$tw /漏水/ list"
  python3 - "$work" "$variant" <<'PY'
import json, sys
for op in ("add", "list", "search"):
    r = {x["command"]: x for x in json.load(open(f"{sys.argv[1]}/{op}-{sys.argv[2]}.json"))["results"]}
    s, t = r["shuoshi"]["median"], r["taskwarrior"]["median"]
    print(f"{sys.argv[2]:8s} {op:7s} shuoshi {s*1000:8.1f} ms   taskwarrior {t*1000:8.1f} ms   ratio {t/s:6.1f}x")
PY
  echo "peak memory, one list each:"
  /usr/bin/time -f "  shuoshi list: %M KB" "$bin" list --tier household --state open >/dev/null
  /usr/bin/time -f "  task list:    %M KB" $tw project:household status:pending list >/dev/null
done
