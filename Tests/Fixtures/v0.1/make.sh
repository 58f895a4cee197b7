#!/usr/bin/env bash
# Rebuilds this fixture with the release format of the binary given as SHUOSHI_BIN (the code
# of commit 82cb3e3, before issue 12). Two laptops, HJ (王芳) and LY (李娜), so the store also
# holds an imported chain, a conflict and its settlement. Run from the repository root:
#   SHUOSHI_BIN=$PWD/.build/debug/shuoshi bash Tests/Fixtures/v0.1/make.sh
set -euo pipefail
BIN=${SHUOSHI_BIN:?set SHUOSHI_BIN}
OUT=$(cd "$(dirname "$0")" && pwd)
REG=$OUT/../register
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
A=$WORK/hj B=$WORK/ly
export SHUOSHI_PASSPHRASE='shuoshi-fixture-v0.1'
a() { SHUOSHI_NOW="$T" "$BIN" --data "$A" --operator 王芳 "$@"; }
b() { SHUOSHI_NOW="$T" "$BIN" --data "$B" --operator 李娜 "$@"; }
id() { sed -n 's/.*\(HJ-[0-9]*-[0-9]*\).*/\1/p' | head -1; }

T=2026-11-28T09:00:00+08:00
a --site HJ init --unit 汉江路街道六堰社区 >/dev/null
b --site LY init --unit 汉江路街道六堰社区 >/dev/null
for kind in units grids households people; do
  f=$REG/$kind.csv; [ "$kind" = households ] && f=$REG/households.utf8.csv
  a import "$kind" "$f" >/dev/null
done
a session open --place 六堰社区党群服务中心 --staff 王芳 >/dev/null
T=2026-11-28T09:10:00+08:00
C1=$(a add --resident 王秀英 --phone 13800000001 --address 六堰社区3栋2单元502 \
  --text '楼上卫生间漏水，把我家天花板泡坏了' | id)
T=2026-11-28T09:20:00+08:00
C2=$(a add --resident 周桂兰 --phone 13800000002 --address 六堰社区3号楼1单元301室 \
  --text '小区路灯坏了一个月，晚上出门不安全' --tier residence --reason 涉及整个小区 | id)
T=2026-11-28T09:30:00+08:00
C3=$(a add --resident 王秀英 --phone 13800000001 --address 六堰社区3栋2单元502 \
  --text '楼上漏水，天花板泡了（重复反映）' | id)
T=2026-11-28T09:40:00+08:00
C4=$(a add --resident 赵小红 --phone 13911112222 --address 六堰社区5栋1单元101 \
  --text '邻居装修噪音太大，中午也不停' --no-route | id)
T=2026-11-28T10:00:00+08:00
a dispatch "$C1" --to 张德明 --note 上门看看漏水 >/dev/null
T=2026-11-28T11:00:00+08:00
a deliver "$C1" --minutes 40 --note 已协调楼上修好防水 >/dev/null
T=2026-11-28T11:10:00+08:00
a rate "$C1" 满意 --comment 很及时 >/dev/null
a assign "$C2" --to 黄志强 --note 片区负责人 >/dev/null
T=2026-11-28T11:20:00+08:00
a note "$C2" '已联系物业' >/dev/null
a visit "$C2" --note 现场查看 --minutes 15 >/dev/null
a wait "$C2" --reason 等物业报价 >/dev/null
T=2026-11-30T09:00:00+08:00
a resume "$C2" >/dev/null
a escalate "$C2" --reason manual --note 需要街道协调 >/dev/null
a undo "$C2" >/dev/null
a resolve "$C2" --summary 物业已更换路灯 >/dev/null
a rate "$C2" 不满意 --comment 只修了一个 >/dev/null
a note "$C4" '已电话联系' >/dev/null
a retier "$C4" --tier residence --reason 多户反映 >/dev/null
a merge-cases "$C1" "$C3" >/dev/null
a session close 2026-11-28 >/dev/null
# A second laptop learns the cases, and both assign case 2 without seeing each other.
T=2026-11-30T10:00:00+08:00
a sync export --to "$WORK/a1.bundle" >/dev/null
b sync import "$WORK/a1.bundle" >/dev/null
T=2026-11-30T10:10:00+08:00
b assign "$C2" --to 李娜 --note 我来跟进 >/dev/null
a assign "$C2" --to 王芳 --note 我来跟进 >/dev/null
T=2026-11-30T10:20:00+08:00
b sync export --to "$WORK/b1.bundle" >/dev/null
a sync import "$WORK/b1.bundle" >/dev/null
T=2026-11-30T10:30:00+08:00
a settle "$C2" --keep 1 --reason 李娜负责 >/dev/null
a show "$C1" --reveal >/dev/null
a reopen "$C1" --reason 楼上又漏了 >/dev/null
T=2026-12-15T09:00:00+08:00
a sweep >/dev/null
T=2026-12-15T11:00:00+08:00
a erase-resident "$C4" --yes >/dev/null
T=2026-12-15T12:00:00+08:00
rm -f "$OUT/shuoshi.db" "$OUT/bundle.shuoshi"
a sync export --to "$OUT/bundle.shuoshi" >/dev/null
a verify >/dev/null
a list --json --page-size 100 >"$OUT/expected-list.json"
for c in "$C1" "$C2" "$C3" "$C4"; do a show "$c" --json; done | python3 -c '
import json, sys
dec = json.JSONDecoder(); s = sys.stdin.read(); out = []; i = 0
while i < len(s):
    if s[i].isspace(): i += 1; continue
    o, i = dec.raw_decode(s, i); out.append(o)
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False, indent=1, sort_keys=True)
' "$OUT/expected-show.json"
# Checkpointed into the main file; the -wal and -shm files are left behind.
python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$A/shuoshi.db"
cp "$A/shuoshi.db" "$OUT/shuoshi.db"
echo "cases: $C1 $C2 $C3 $C4"
