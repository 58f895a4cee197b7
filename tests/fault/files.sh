#!/usr/bin/env bash
# Bad files and bad disks: a clear message and exit code, nothing overwritten, earlier data intact.
source "$(dirname "$0")/lib.sh"
echo "== bad files and disks"
db=$SHUOSHI_DATA/shuoshi.db
fresh() { rm -rf "$SHUOSHI_DATA"; mkdir -m 700 -p "$SHUOSHI_DATA"; }
refuses() { # $1 label, $2 expected code, $3 expected text
  local label=$1 want=$2 text=$3 before after code
  before=$(sha256sum "$db" | cut -d' ' -f1)
  set +e; "$bin" list >/dev/null 2>"$work/err"; code=$?; set -e
  after=$(sha256sum "$db" | cut -d' ' -f1)
  check '[ "$code" = "$want" ] && grep -q "$text" "$work/err"' "$label: exit $code, message: $(head -c 200 "$work/err")"
  check '[ "$before" = "$after" ]' "$label: file left untouched"
}
fresh; : >"$db"; refuses "zero-length file" 5 "空文件"
fresh; printf '\x89PNG\r\n\x1a\n%s' "$(head -c 2000 /dev/urandom | base64)" >"$db"; refuses "another program's file" 5 "不是说事数据库"
fresh; python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' "$db"
refuses "another program's SQLite" 5 "其他程序"
fresh; "$bin" add --resident 甲 --text 楼上漏水 >/dev/null
python3 - "$db" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
for i in range(100, min(len(b), 12000)): b[i] = 0xA5
open(p, "wb").write(b)
PY
rm -f "$db-wal" "$db-shm"; refuses "corrupt database" 5 "损坏\|不是说事数据库"

if can_mount; then
  # Disk full: a tiny tmpfs; saves fail with a clear message; what was saved stays readable.
  # 2 MB: creating a store (every migration, in the WAL) takes about 1 MB before the first save.
  mkdir -p "$work/mnt-full"; mount -t tmpfs -o size=2m tmpfs "$work/mnt-full"
  export SHUOSHI_DATA=$work/mnt-full/data
  saved=0; code=0; text=$(head -c 3000 /dev/zero | tr '\0' 'x')
  for i in $(seq 1 400); do
    set +e; "$bin" add --resident "居民$i" --text "漏水$text$i" >/dev/null 2>"$work/err"; code=$?; set -e
    [ "$code" = 0 ] || break
    saved=$((saved + 1))
  done
  check '[ "$code" = 6 ] && grep -q "磁盘已满" "$work/err"' "disk full: exit $code after $saved saves: $(head -c 160 "$work/err")"
  check '[ "$("$bin" list --json --page-size 1000 | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = "$saved" ]' "disk full: all $saved earlier saves intact"
  umount "$work/mnt-full"
  # Read-only data dir.
  mkdir -p "$work/mnt-ro"; mount -t tmpfs -o size=4m tmpfs "$work/mnt-ro"
  export SHUOSHI_DATA=$work/mnt-ro/data
  "$bin" add --resident 甲 --text 楼上漏水 >/dev/null
  mount -o remount,ro "$work/mnt-ro"
  set +e; "$bin" add --resident 乙 --text 路灯坏了 >/dev/null 2>"$work/err"; code=$?; set -e
  check '[ "$code" = 6 ] && grep -q "只读" "$work/err"' "read-only dir: exit $code: $(head -c 160 "$work/err")"
  mount -o remount,rw "$work/mnt-ro"
  check '[ "$("$bin" list --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 1 ]' "read-only dir: earlier case intact"
  umount "$work/mnt-ro"
else
  echo "  SKIP: disk-full and read-only checks need root and tmpfs mounts"
fi
summary
