#!/usr/bin/env bash
# The hub under load (issue 17, docs/HUB.md "Load"): N laptops of M generated cases each, spread
# over U units, enrolled in one hub on a private PostgreSQL cluster, then all syncing at once
# (each pushes its chain, then pulls what it lacks: its unit-mates' chains). Prints the hub's
# ingest rate, the p50/p99 time of a push and of a pull batch at the hub (and of the wait for the
# ingest lock), the hub's peak memory (VmHWM from /proc), PostgreSQL's database size, the total
# time and the load average; checks that no laptop received another unit's chain.
#
#   scripts/hub-load.sh                                  # 50 laptops x 20,000 cases (hours)
#   scripts/hub-load.sh --laptops 6 --cases 1000         # a quick run
#   scripts/hub-load.sh --work /tmp/load                 # keep the generated laptops for reruns
#
# Disk: about 5.5 KB per case (20,000 cases: 110 MB a laptop, 5.5 GB for 50), twice that with
# --work (the generated copies are kept apart from the ones that sync); the script refuses to
# start unless that much and 10 GB more are free. Generation runs --jobs at a time (default 2).
#
# Uses release builds (swift build -c release --product shuoshi / --product shuoshi-hub) unless
# SHUOSHI_BIN / SHUOSHI_HUB_BIN name others. Needs PostgreSQL's server programs and psql.
set -euo pipefail
cd "$(dirname "$0")/.."

laptops=50 cases=20000 units=5 work="" keep=0 jobs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --laptops) laptops=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --units) units=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--laptops N] [--cases M] [--units U] [--work DIR] [--jobs J] [--keep]" >&2
       exit 2 ;;
  esac
done
shuoshi=${SHUOSHI_BIN:-$PWD/.build/release/shuoshi}
hub=${SHUOSHI_HUB_BIN:-$PWD/.build/release/shuoshi-hub}
for b in "$shuoshi" "$hub"; do
  [ -x "$b" ] || { echo "missing $b (swift build -c release --product shuoshi / shuoshi-hub)" >&2; exit 2; }
done
# A --work directory given is the caller's (its generated laptops are reused); a temporary one
# goes at the end unless --keep.
made=0
[ -n "$work" ] || { work=$(mktemp -d /tmp/shuoshi-hub-load.XXXXXX); made=1; }
cleanup() { [ $made = 1 ] && [ $keep = 0 ] && rm -rf "$work"; return 0; }
trap cleanup EXIT
mkdir -p "$work"
# Room for the laptops (generated once; a kept --work holds them twice) and 10 GB to spare.
copies=$([ $made = 1 ] && echo 1 || echo 2)
need_kb=$(( laptops * cases * 55 / 10 * copies + 10 * 1024 * 1024 ))
free_kb=$(df -Pk "$work" | awk 'NR == 2 {print $4}')
[ "$free_kb" -ge "$need_kb" ] || {
  echo "not enough disk in $work: $(( free_kb / 1024 / 1024 )) GB free, $(( need_kb / 1024 / 1024 )) GB needed" >&2
  exit 2
}
export SHUOSHI_NOW=${SHUOSHI_NOW:-2026-12-01T10:00:00+08:00}
now_ms() { date +%s%3N; }

# 1. The laptops' data, each its own device id and seed. In a --work directory generated once
#    per size and seed (kept in $work/gen-M-i for reruns) and copied fresh for each run; in a
#    temporary one generated straight into place (half the disk).
echo "== generating $laptops laptops of $cases cases ($jobs at a time)"
t0=$(now_ms)
seq 1 "$laptops" | xargs -P "$jobs" -I{} sh -c '
  g="$1/gen-$2-$3"
  [ -f "$g/.done" ] && exit 0
  rm -rf "$g"
  "$0" --data "$g" bench generate --cases "$2" --seed "$3" > /dev/null 2>&1 && touch "$g/.done"
' "$shuoshi" "$work" "$cases" {}
for i in $(seq 1 "$laptops"); do
  [ -f "$work/gen-$cases-$i/.done" ] || { echo "generating laptop $i failed" >&2; exit 1; }
  rm -rf "$work/laptop-$i"
  if [ $made = 1 ]; then mv "$work/gen-$cases-$i" "$work/laptop-$i"
  else cp -r "$work/gen-$cases-$i" "$work/laptop-$i"; fi
done
echo "   $(( ($(now_ms) - t0) / 1000 )) s"

# 2. The hub on a private cluster (serve --demo makes and removes it), timing each push.
timings=$work/push-timings; : > "$timings"
SHUOSHI_HUB_TIMINGS=$timings "$hub" serve --demo --port 0 > "$work/hub.log" 2>&1 &
hub_pid=$!
stop_hub() { kill -INT "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null || true; }
trap 'stop_hub; cleanup' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$work/hub.log" && break
  kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log" >&2; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/.*listening on \(https\{0,1\}:[^ ]*\).*/\1/p' "$work/hub.log" | head -1)
# The demo hub serves HTTPS with a self-signed certificate: laptops pin the key it prints.
pin=$(grep -o -- '--pin sha256//[A-Za-z0-9+/=]*' "$work/hub.log" | head -1 | cut -d' ' -f2 || true)
pg=$(sed -n 's/.*temporary PostgreSQL cluster in \(.*\)$/\1/p' "$work/hub.log" | head -1)
[ -n "$url" ] && [ -n "$pg" ] || { echo "the hub did not start:" >&2; cat "$work/hub.log" >&2; exit 1; }
db=(--socket "$pg" --db-user postgres --db-name postgres)
psql_n() { psql -h "$pg" -U postgres -d postgres -At -c "$1"; }

echo "== enrolling at $url"
for i in $(seq 1 "$laptops"); do
  code=$("$hub" add-laptop "${db[@]}" --unit "社区$(( i % units + 1 ))" --name "笔记本-$i" \
    | sed -n 's/.*one-time code \([0-9-]*\),.*/\1/p')
  "$shuoshi" --data "$work/laptop-$i" hub enroll "$url" --code "$code" ${pin:+--pin "$pin"} > /dev/null 2>&1
done
events=0
for i in $(seq 1 "$laptops"); do
  n=$(sqlite3 "$work/laptop-$i/shuoshi.db" "SELECT count(*) FROM events" 2>/dev/null || echo 0)
  events=$(( events + n ))
done

# 3. Every laptop syncs at once.
echo "== $laptops laptops syncing at once ($events events to push)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(now_ms)
pids=()
for i in $(seq 1 "$laptops"); do
  # Under set -e a failed sync would end the subshell before its status is written.
  ( s=$(now_ms); rc=0; "$shuoshi" --data "$work/laptop-$i" sync --hub > "$work/sync-$i.log" 2>&1 || rc=$?
    echo "$rc $(( $(now_ms) - s ))" > "$work/sync-$i.status" ) &
  pids+=($!)
done
wait "${pids[@]}" || true
total_ms=$(( $(now_ms) - t0 ))
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$hub_pid/status")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

failed=0
for i in $(seq 1 "$laptops"); do
  read -r rc _ < "$work/sync-$i.status"
  [ "$rc" = 0 ] || { failed=$(( failed + 1 )); echo "laptop $i: $(tail -1 "$work/sync-$i.log")"; }
done
# Scope: a laptop holds its own unit's chains only (no street office laptop in this run).
foreign=0
declare -A unit_size=()
for j in $(seq 1 "$laptops"); do unit_size[$(( j % units ))]=$(( ${unit_size[$(( j % units ))]:-0} + 1 )); done
for i in $(seq 1 "$laptops"); do
  mates=${unit_size[$(( i % units ))]}
  chains=$(sqlite3 "$work/laptop-$i/shuoshi.db" "SELECT count(DISTINCT device) FROM events")
  [ "$chains" -le "$mates" ] || { foreign=$(( foreign + 1 )); echo "laptop $i holds $chains chains, its unit $mates"; }
done
held=$(psql_n "SELECT count(*) FROM events")
db_size=$(psql_n "SELECT pg_size_pretty(pg_database_size(current_database()))")
cases_held=$(psql_n "SELECT count(*) FROM hub_cases")
added=$(awk '$1 == "push" {a += $3} END {print a + 0}' "$timings")
batches=$(grep -c '^push' "$timings" || true)
pulled=$(awk '$1 == "pull" {a += $2} END {print a + 0}' "$timings")
pull_batches=$(awk '$1 == "pull" && $2 > 0' "$timings" | wc -l)
pct() { sort -n | awk -v p="$1" '{v[NR] = $1} END {if (NR == 0) {print "-"; exit}
  i = int((NR - 1) * p / 100) + 1; printf "%.0f", v[i] / 1000}'; }
p50=$(awk '$1 == "push" && $3 > 0 {print $4}' "$timings" | pct 50)
p99=$(awk '$1 == "push" && $3 > 0 {print $4}' "$timings" | pct 99)
w50=$(awk '$1 == "push" && $3 > 0 {print $5}' "$timings" | pct 50)
w99=$(awk '$1 == "push" && $3 > 0 {print $5}' "$timings" | pct 99)
q50=$(awk '$1 == "pull" && $2 > 0 {print $3}' "$timings" | pct 50)
q99=$(awk '$1 == "pull" && $2 > 0 {print $3}' "$timings" | pct 99)
syncs=$(for i in $(seq 1 "$laptops"); do cut -d' ' -f2 "$work/sync-$i.status"; done | pct 50)
syncs99=$(for i in $(seq 1 "$laptops"); do cut -d' ' -f2 "$work/sync-$i.status"; done | pct 99)

echo "== results"
echo "laptops                 $laptops ($units units), $cases cases each, $failed syncs failed"
echo "events at the hub       $held of $events pushed ($cases_held cases projected)"
echo "push batches            $batches ($added events added)"
echo "ingest rate             $(( added * 1000 / (total_ms > 0 ? total_ms : 1) )) events/s (events added / the whole round)"
echo "push batch at the hub   p50 ${p50} ms, p99 ${p99} ms (from decoding to commit; the wait for the ingest lock included)"
echo "  of which lock wait    p50 ${w50} ms, p99 ${w99} ms"
echo "pull batch at the hub   p50 ${q50} ms, p99 ${q99} ms ($pull_batches batches, $pulled events sent)"
echo "one laptop's sync       p50 ${syncs} s, p99 ${syncs99} s (push and pull, as the laptop saw it)"
echo "hub peak memory         $(( peak_kb / 1024 )) MiB (VmHWM)"
echo "database size           $db_size"
echo "total time              $(( total_ms / 1000 )) s (every laptop's push and pull)"
echo "load average            $load_before before, $load_after after"
echo "scope                   $foreign laptops holding another unit's chain"
[ "$failed" = 0 ] && [ "$held" = "$events" ] && [ "$foreign" = 0 ]
