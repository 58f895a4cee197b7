#!/usr/bin/env bash
# Side by side with taskwarrior 2.6 (Debian package `taskwarrior`): the same generated data loaded
# into both, the same operations timed in one run (hyperfine, warm cache), ratios printed.
# Usage: scripts/bench-taskwarrior.sh [CASES]   (default 100000; needs a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
bin=${SHUOSHI_BIN:-$PWD/.build-release/release/shuoshi}
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
tw="task rc:$work/taskrc rc.data.location=$work/task rc.confirmation=off rc.verbose=nothing rc.hooks=off rc.json.array=on"
if [ ! -e "$work/task/pending.data" ]; then
  mkdir -p "$work/task"; : >"$work/taskrc"
  # The same cases as taskwarrior tasks: text as description, tier as project, category as tag.
  python3 - "$SHUOSHI_DATA/shuoshi.db" "$work/tasks.json" <<'PY'
import json, sqlite3, sys, uuid, datetime
db = sqlite3.connect(sys.argv[1])
out = []
for u, text, tier, cat, state, rec, name in db.execute(
    "select uuid, text, tier, category, state, received_at, resident_name from cases"):
    t = datetime.datetime.utcfromtimestamp(rec / 1000).strftime("%Y%m%dT%H%M%SZ")
    out.append({"uuid": u.lower(), "description": f"{name} {text}", "project": tier, "tags": [cat],
                "status": "completed" if state in ("resolved", "closed") else "pending",
                "entry": t, **({"end": t} if state in ("resolved", "closed") else {})})
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
PY
  echo "importing $n tasks into taskwarrior (slow)…"
  /usr/bin/time -f "task import: %e s, %M KB" $tw import "$work/tasks.json" >/dev/null
fi

runs="--warmup 1 --min-runs 5 --export-json"
echo "== add one"
hyperfine $runs "$work/add.json" \
  -n shuoshi "$bin add --resident 王五 --text 楼上漏水把天花板泡了" \
  -n taskwarrior "$tw add 王五 楼上漏水把天花板泡了 project:household"
echo "== filtered list (tier household, open)"
hyperfine $runs "$work/list.json" \
  -n shuoshi "$bin list --tier household --state open" \
  -n taskwarrior "$tw project:household status:pending list"
echo "== substring search 漏水"
hyperfine $runs "$work/search.json" \
  -n shuoshi "$bin list --search 漏水" \
  -n taskwarrior "$tw /漏水/ list"
python3 - "$work" <<'PY'
import json, sys
for op in ("add", "list", "search"):
    r = {x["command"]: x for x in json.load(open(f"{sys.argv[1]}/{op}.json"))["results"]}
    s, t = r["shuoshi"]["median"], r["taskwarrior"]["median"]
    print(f"{op:7s} shuoshi {s*1000:8.1f} ms   taskwarrior {t*1000:8.1f} ms   ratio {t/s:6.1f}x")
PY
echo "peak memory, one list each:"
/usr/bin/time -f "  shuoshi list: %M KB" "$bin" list --tier household --state open >/dev/null
/usr/bin/time -f "  task list:    %M KB" $tw project:household status:pending list >/dev/null
