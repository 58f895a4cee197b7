#!/usr/bin/env bash
# The month's case book (台账) as CSV opens in a spreadsheet: LibreOffice (headless) converts it
# to .xlsx and back to CSV, and every cell comes back — the title naming the unit and the month,
# the fifteen Chinese column headers, the cases and the signature line.
# Needs soffice (Debian: libreoffice-calc-nogui); skips cleanly without it.
set -euo pipefail
cd "$(dirname "$0")/../.."

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "SKIP: soffice not installed (apt-get install libreoffice-calc-nogui)"
  exit 0
fi
bin=${SHUOSHI_BIN:-.build/debug/shuoshi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Asia/Shanghai LANG=C.UTF-8 SHUOSHI_NOW=2026-11-28T10:00:00+08:00 SHUOSHI_SHARE="$PWD"
export HOME="$work" XDG_CONFIG_HOME="$work/config"

"$bin" demo --data "$work/data" --cases 400 >/dev/null
"$bin" taizhang --data "$work/data" --operator 王芳 --unit 阳光社区 --month 2026-11 --format csv \
  --out "$work/taizhang.csv" 2>/dev/null
src="$work/taizhang.csv"
head -c 3 "$src" | od -An -tx1 | grep -q "ef bb bf" || { echo "FAIL: taizhang.csv has no BOM"; exit 1; }
mkdir -p "$work/xlsx" "$work/back"
# A private profile, so a second office instance or a first-run wizard cannot interfere.
# Headless LibreOffice does not sniff the BOM (Excel and WPS do), so the import names UTF-8 (76),
# comma (44) and double quote (34) explicitly; times stay text (no special-number detection).
"$soffice" -env:UserInstallation=file://"$work/profile" --headless \
  --infilter="Text - txt - csv (StarCalc)":44,34,76,1,,0,false,false \
  --convert-to xlsx --outdir "$work/xlsx" "$src" >/dev/null 2>&1
[ -s "$work/xlsx/taizhang.xlsx" ] || { echo "FAIL: taizhang.csv was not converted to xlsx"; exit 1; }
"$soffice" -env:UserInstallation=file://"$work/profile" --headless \
  --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir "$work/back" "$work/xlsx/taizhang.xlsx" >/dev/null 2>&1
[ -s "$work/back/taizhang.csv" ] || { echo "FAIL: taizhang.xlsx was not converted back to csv"; exit 1; }
# Same cells: text exactly, numbers by value (a spreadsheet writes 4.0 back as 4).
python3 - "$src" "$work/back/taizhang.csv" <<'PY' || exit 1
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))
def same(a, b):
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b
ours, back = rows(sys.argv[1]), rows(sys.argv[2])
bad = [(i, a, b) for i, (ra, rb) in enumerate(zip(ours, back)) for a, b in zip(ra, rb) if not same(a, b)]
if len(ours) != len(back) or any(len(ra) != len(rb) for ra, rb in zip(ours, back)) or bad:
    print("FAIL: taizhang.csv changed on the way through LibreOffice: %r" % (bad[:5] or (len(ours), len(back))))
    sys.exit(1)
PY
back=$(sed 's/\r$//' "$work/back/taizhang.csv")
grep -q "^阳光社区 2026年11月 群众诉求受理台账," <<<"$back" || { echo "FAIL: the title with the unit did not come back"; exit 1; }
grep -q "^序号,编号,登记时间,来源/方式,姓名,电话,地址,诉求内容,类别,层级,承办人,办理情况,办结时间,回访结果,满意度$" <<<"$back" \
  || { echo "FAIL: Chinese column headers did not come back"; exit 1; }
grep -q "^制表人：王芳," <<<"$back" || { echo "FAIL: the signature line did not come back"; exit 1; }
cases=$(grep -c "^[0-9][0-9]*,HJ-" <<<"$back" || true)
[ "$cases" -gt 0 ] || { echo "FAIL: no case rows came back"; exit 1; }
echo "ok: 台账 CSV → xlsx → CSV through LibreOffice keeps the unit's title, the Chinese headers and $cases case rows"
