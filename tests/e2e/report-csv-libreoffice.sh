#!/usr/bin/env bash
# The CSV report opens in a spreadsheet: LibreOffice (headless) converts a table to .xlsx
# and back to CSV, and the Chinese headers and values come back intact.
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
"$bin" report --data "$work/data" --month 2026-11 --format csv --out "$work/csv" 2>/dev/null

for table in 03-categories 04-tiers 01-summary; do
  src="$work/csv/$table.csv"
  head -c 3 "$src" | od -An -tx1 | grep -q "ef bb bf" || { echo "FAIL: $table.csv has no BOM"; exit 1; }
  mkdir -p "$work/xlsx" "$work/back"
  # A private profile, so a second office instance or a first-run wizard cannot interfere.
  # Headless LibreOffice does not sniff the BOM (Excel and WPS do), so the import names
  # UTF-8 (76), comma (44) and double quote (34) explicitly.
  "$soffice" -env:UserInstallation=file://"$work/profile" --headless --infilter="Text - txt - csv (StarCalc)":44,34,76 \
    --convert-to xlsx --outdir "$work/xlsx" "$src" >/dev/null 2>&1
  [ -s "$work/xlsx/$table.xlsx" ] || { echo "FAIL: $table.csv was not converted to xlsx"; exit 1; }
  "$soffice" -env:UserInstallation=file://"$work/profile" --headless \
    --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir "$work/back" "$work/xlsx/$table.xlsx" >/dev/null 2>&1
  [ -s "$work/back/$table.csv" ] || { echo "FAIL: $table.xlsx was not converted back to csv"; exit 1; }
  # Same cells: text exactly, numbers by value (a spreadsheet writes 4.0 back as 4).
  python3 - "$src" "$work/back/$table.csv" <<'PY' || exit 1
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
    print("FAIL: %s changed on the way through LibreOffice: %r" % (sys.argv[1].split("/")[-1], bad[:5] or (len(ours), len(back))))
    sys.exit(1)
PY
done
grep -q "^分类,受理,占比（%）,办结,就地化解,当场化解$" <(sed 's/\r$//' "$work/back/03-categories.csv") \
  || { echo "FAIL: Chinese headers did not come back"; exit 1; }
grep -q "^户," <(sed 's/\r$//' "$work/back/04-tiers.csv") || { echo "FAIL: tier names did not come back"; exit 1; }
echo "ok: CSV → xlsx → CSV through LibreOffice keeps Chinese headers and values ($(wc -l < "$work/back/03-categories.csv") category rows)"
