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
source tests/e2e/lib/office.sh

"$bin" demo --data "$work/data" --cases 400 >/dev/null
"$bin" report --data "$work/data" --month 2026-11 --format csv --out "$work/csv" 2>/dev/null

for table in 03-categories 04-tiers 01-summary; do
  roundtrip_csv "$work/csv/$table.csv"
done
grep -q "^分类,受理,占比（%）,办结,就地化解,当场化解$" <(sed 's/\r$//' "$work/back/03-categories.csv") \
  || { echo "FAIL: Chinese headers did not come back"; exit 1; }
grep -q "^户," <(sed 's/\r$//' "$work/back/04-tiers.csv") || { echo "FAIL: tier names did not come back"; exit 1; }
echo "ok: CSV → xlsx → CSV through LibreOffice keeps Chinese headers and values ($(wc -l < "$work/back/03-categories.csv") category rows)"
