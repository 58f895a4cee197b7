#!/usr/bin/env bash
# The hub's street report at scale (issue 17; docs/HUB.md, "Speed, measured").
#
# Fills a private PostgreSQL cluster's hub in bulk from a laptop store (read only:
# SQLite's immutable URI, nothing written next to it) and runs `shuoshi-hub bench report`:
#   - events and event_personal: copied row for row (the laptop's own hashes and chains);
#   - hub_cases, hub_report_facts and entity_units: from the laptop's `cases` rows — NOT
#     through the hub's ingest (a 1,000,000-case ingest does not fit the time this machine
#     has); each case's unit is one of 16 communities chosen by the first hex digit of its
#     uuid (the generated store has no register of units).
# Then the cluster is stopped and removed (give --keep to keep it).
#
#   scripts/hub-report-bench.sh [--db /tmp/b1m/shuoshi.db] [--dir /tmp/hr-pg] \
#     [--bin .build/release/shuoshi-hub] [--unit 阳光社区] [--months "2026-11 2026-10"] [--keep]
set -euo pipefail

db=/tmp/b1m/shuoshi.db
dir=/tmp/hr-pg
bin=.build/release/shuoshi-hub
unit=阳光社区
months="2026-11 2026-10"
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --unit) unit=$2; shift 2 ;;
    --months) months=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
export SHUOSHI_NOW=${SHUOSHI_NOW:-2026-11-28T10:00:00+08:00} TZ=${TZ:-Asia/Shanghai}

pgbin=$(dirname "$(readlink -f "$(command -v initdb)")")
owner=shuoshi-pg
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && { id "$owner" >/dev/null 2>&1 || useradd --system "$owner"; }

[[ -e $dir ]] && { echo "$dir exists: remove it or give another --dir" >&2; exit 2; }
mkdir -p "$dir"
[[ $(id -u) == 0 ]] && chown "$owner" "$dir"
stop() {
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  [[ $keep == 1 ]] || rm -rf "$dir"
}
trap stop EXIT
as_owner "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o \
  "-k $dir -c listen_addresses= -c fsync=off -c shared_buffers=1GB -c max_wal_size=4GB" >/dev/null
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -U postgres -d postgres "$@"; }
sq() { sqlite3 -csv "file:$db?immutable=1" "$1"; }

# The hub's schema, by the hub itself.
"$bin" list-users --socket "$dir" --db-user postgres --db-name postgres >/dev/null

names=(阳光社区 幸福村 和平社区 光明社区 团结村 民主社区 建设社区 胜利村
  东风社区 红旗社区 前进村 新华社区 长安社区 友谊社区 向阳村 朝阳社区)
unit_sql="CASE substr(uuid, 1, 1)"
hex=(0 1 2 3 4 5 6 7 8 9 A B C D E F)
for i in "${!hex[@]}"; do unit_sql+=" WHEN '${hex[$i]}' THEN '${names[$i]}'"; done
unit_sql+=" END"
for n in "${names[@]}"; do psql -c "INSERT INTO units (name) VALUES ('$n')"; done

t0=$(date +%s)
echo "copying events…"
sq "SELECT uuid, case_uuid, kind, at, operator, device, seq, hlc, parents, data,
      CASE WHEN personal_digest IS NOT NULL THEN '\\x' || lower(hex(personal_digest)) END,
      '\\x' || lower(hex(coalesce(prev_hash, x''))), '\\x' || lower(hex(coalesce(hash, x'')))
    FROM events ORDER BY num" |
  psql -c "\\copy events (uuid, entity, kind, at, operator, device, seq, hlc, parents, data,
    personal_digest, prev_hash, hash) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (operator, parents, data))"
echo "copying event_personal…"
sq "SELECT event_uuid, '\\x' || lower(hex(salt)), body FROM event_personal" |
  psql -c "\\copy event_personal FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (body))"
echo "copying cases…"
sq "SELECT uuid, $unit_sql FROM cases" | psql -c "\\copy entity_units FROM STDIN WITH (FORMAT csv)"
sq "SELECT uuid, $unit_sql, id, state, category, tier, received_at, deadline, updated_at,
      event_count, CASE voided WHEN 0 THEN 'f' ELSE 't' END FROM cases" |
  psql -c "\\copy hub_cases (uuid, unit, case_id, state, category, tier, received_at, deadline,
    updated_at, event_count, voided) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (category))"
sq "SELECT uuid, $unit_sql, id, received_at, resident_name, resident_phone, household_id, grid_id,
      category, tier, tier_at_intake, state, deadline, first_contact_due, first_contact_at,
      escalations, resolved_at, closed_at, rating, reopen_count, updated_at, follow_up_result,
      CASE voided WHEN 0 THEN 'f' ELSE 't' END, CASE supervised WHEN 0 THEN 'f' ELSE 't' END
    FROM cases" |
  psql -c "\\copy hub_report_facts (uuid, unit, id, received_at, resident_name, resident_phone,
    household_id, grid_id, category, tier, tier_at_intake, state, deadline, first_contact_due,
    first_contact_at, escalations, resolved_at, closed_at, rating, reopen_count, updated_at,
    follow_up_result, voided, supervised) FROM STDIN WITH (FORMAT csv,
    FORCE_NOT_NULL (resident_name, resident_phone, category))"
psql -c "VACUUM ANALYZE"
echo "filled in $(($(date +%s) - t0)) s; database $(psql -Atc "SELECT pg_size_pretty(pg_database_size('postgres'))")"

for m in $months; do
  echo "== bench report --month $m (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  "$bin" bench report --socket "$dir" --db-user postgres --db-name postgres --unit "$unit" --month "$m"
done
