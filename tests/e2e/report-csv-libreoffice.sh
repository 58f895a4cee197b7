#!/usr/bin/env bash
# The CSV report opens in a spreadsheet: LibreOffice (headless) converts a table to .xlsx
# and back to CSV, and the Chinese headers and values come back intact.
# Needs soffice (Debian: libreoffice-calc-nogui); skips cleanly without it.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/e2e/lib/pinned.sh
need_tool soffice libreoffice-calc-nogui soffice libreoffice
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
