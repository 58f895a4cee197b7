#!/usr/bin/env bash
# The month's case book (台账) as CSV opens in a spreadsheet: LibreOffice (headless) converts it
# to .xlsx and back to CSV, and every cell comes back — the title naming the unit and the month,
# the fifteen Chinese column headers, the cases and the signature line.
# Needs soffice (Debian: libreoffice-calc-nogui); skips cleanly without it.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/e2e/lib/pinned.sh
need_tool soffice libreoffice-calc-nogui soffice libreoffice
source tests/e2e/lib/office.sh

"$bin" demo --data "$work/data" --cases 400 >/dev/null
"$bin" taizhang --data "$work/data" --operator 王芳 --unit 阳光社区 --month 2026-11 --format csv \
  --out "$work/taizhang.csv" 2>/dev/null
roundtrip_csv "$work/taizhang.csv"
back=$(sed 's/\r$//' "$work/back/taizhang.csv")
grep -q "^阳光社区 2026年11月 群众诉求受理台账," <<<"$back" || { echo "FAIL: the title with the unit did not come back"; exit 1; }
grep -q "^序号,编号,登记时间,来源/方式,姓名,电话,地址,诉求内容,类别,层级,承办人,办理情况,办结时间,回访结果,满意度$" <<<"$back" \
  || { echo "FAIL: Chinese column headers did not come back"; exit 1; }
grep -q "^制表人：王芳," <<<"$back" || { echo "FAIL: the signature line did not come back"; exit 1; }
cases=$(grep -c "^[0-9][0-9]*,HJ-" <<<"$back" || true)
[ "$cases" -gt 0 ] || { echo "FAIL: no case rows came back"; exit 1; }
echo "ok: 台账 CSV → xlsx → CSV through LibreOffice keeps the unit's title, the Chinese headers and $cases case rows"
