#!/usr/bin/env bash
# A full disk under the commands that write files and erase (issue 12, findings 4 and 7): a
# clear "磁盘已满" naming the path, a non-zero exit, nothing lost, no temporary file left, and
# erase-resident telling the truth about what it saved.
source "$(dirname "$0")/lib.sh"
echo "== full disk: output files and erasure"
if ! can_mount; then
  echo "  SKIP: the full-disk checks need root and tmpfs mounts"
  summary
  exit
fi
mnt=$work/mnt-full
mkdir -p "$mnt"
mount -t tmpfs -o size=8m tmpfs "$mnt"
# A small "USB stick" that is full: where bundles and reports go.
stick=$work/mnt-stick
mkdir -p "$stick"
mount -t tmpfs -o size=512k tmpfs "$stick"
export SHUOSHI_DATA=$mnt/data SHUOSHI_PASSPHRASE="磁盘已满测试口令"
big=$(head -c 6000 /dev/zero | tr '\0' 'x')
"$bin" add --resident 欧阳秀兰 --phone 13955556666 --text "欧阳秀兰说楼上漏水" >/dev/null
for i in $(seq 1 40); do "$bin" add --resident "居民$i" --text "漏水$big$i" >/dev/null; done
"$bin" sync export --to "$stick/old.ssb" >/dev/null
old=$(sha256sum "$stick/old.ssb" | cut -d' ' -f1)
dd if=/dev/zero of="$stick/filler" bs=1024 2>/dev/null || true
cp -a "$SHUOSHI_DATA" "$work/pristine"
fill() { # leave about $1 KiB free on the mount
  rm -f "$mnt/filler"
  local avail
  avail=$(df -B1024 --output=avail "$mnt" | tail -1)
  dd if=/dev/zero of="$mnt/filler" bs=1024 count=$((avail - $1)) 2>/dev/null || true
}
no_temp() { ! ls -A "$stick" | grep -q '\.tmp$'; }
plain() { ! grep -q 'NSCocoaErrorDomain\|disk I/O error' "$work/err"; }

set +e; "$bin" sync export --to "$stick/old.ssb" --force >/dev/null 2>"$work/err"; code=$?; set -e
check '[ "$code" = 6 ] && grep -q "磁盘已满" "$work/err" && grep -q "old.ssb" "$work/err" && plain' \
  "export --force to a full stick: exit $code: $(head -c 200 "$work/err")"
check '[ "$(sha256sum "$stick/old.ssb" | cut -d" " -f1)" = "$old" ] && no_temp' \
  "export to a full stick: the old bundle intact, no temporary file"
set +e; "$bin" report --format html --out "$stick/r.html" >/dev/null 2>"$work/err"; code=$?; set -e
check '[ "$code" = 6 ] && grep -q "磁盘已满" "$work/err" && grep -q "r.html" "$work/err" && [ ! -e "$stick/r.html" ] && no_temp && plain' \
  "report --out to a full stick: exit $code: $(head -c 200 "$work/err")"
fill 0
set +e; "$bin" --lang en add --resident 乙 --text 路灯坏了 >/dev/null 2>"$work/err"; code=$?; set -e
check '[ "$code" = 6 ] && grep -q "disk full" "$work/err" && plain' \
  "add on a full disk, in English: exit $code: $(head -c 200 "$work/err")"

# Erasure with more and more room: whatever it says must be true of what is stored.
committed_only=0
for free in 16 128 512 1024 1536; do
  rm -rf "$SHUOSHI_DATA"
  rm -f "$mnt/filler"
  cp -a "$work/pristine" "$SHUOSHI_DATA"
  fill "$free"
  set +e; "$bin" erase-resident --phone 13955556666 --yes >"$work/out" 2>"$work/err"; code=$?; set -e
  rm -f "$mnt/filler"
  erased=$("$bin" list --json --page-size 100 | python3 -c \
    'import json,sys; print(sum(1 for c in json.load(sys.stdin) if c["resident"]["name"] == "欧阳秀兰"))')
  if [ "$code" = 0 ]; then
    check '[ "$erased" = 0 ]' "erase with ${free} KiB free: done, and erased"
  elif grep -q "删除已保存" "$work/err"; then
    committed_only=1
    check '[ "$code" = 6 ] && [ "$erased" = 0 ] && grep -q "压缩数据库" "$work/err" && grep -q "已删除" "$work/out"' \
      "erase with ${free} KiB free: saved, compaction left, says so: $(head -c 200 "$work/err")"
    set +e; "$bin" erase-resident --phone 13955556666 --yes >"$work/out" 2>"$work/err"; code=$?; set -e
    check '[ "$code" = 4 ] && grep -q "完成此前删除的清理" "$work/out" && ! grep -rqa "欧阳秀兰" "$SHUOSHI_DATA"' \
      "erase again with room: finishes the clean-up: $(head -c 200 "$work/out") $(head -c 200 "$work/err")"
  else
    check '[ "$code" = 6 ] && grep -q "磁盘已满" "$work/err" && grep -q "未保存" "$work/err" && [ "$erased" = 1 ]' \
      "erase with ${free} KiB free: not saved, says so, the resident still there: $(head -c 160 "$work/err")"
  fi
done
check '[ "$committed_only" = 1 ]' "one of the runs committed the erasure but could not compact"
umount "$mnt"
umount "$stick"
summary
