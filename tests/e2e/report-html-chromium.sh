#!/usr/bin/env bash
# The HTML report renders in headless Chromium: a screenshot of an A4-sized window (1240×1754
# px, A4 at 150 dpi) and a PDF print, both non-empty; the screenshot is kept for a person to
# look at (REPORT_PNG=path to choose where). Skips cleanly without chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/e2e/lib/pinned.sh
need_tool chromium chromium chromium chromium-browser google-chrome
png=${REPORT_PNG:-/tmp/shuoshi-report.png}

"$bin" demo --data "$work/data" >/dev/null
"$bin" report --data "$work/data" --month 2026-10 --format html --out "$work/report.html"
if grep -Eq 'https?:|<script|<link|src=|url\(' "$work/report.html"; then
  echo "FAIL: the HTML report refers to something outside itself"; exit 1
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "note: no Chinese font installed (fonts-noto-cjk); the screenshot will show boxes"
fi

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile")
rm -f "$png"
timeout 120 "$chromium" "${flags[@]}" --screenshot="$png" --window-size=1240,1754 "file://$work/report.html" >/dev/null 2>&1 || true
timeout 120 "$chromium" "${flags[@]}" --print-to-pdf="$work/report.pdf" --no-pdf-header-footer "file://$work/report.html" >/dev/null 2>&1 || true

[ -s "$png" ] || { echo "FAIL: chromium wrote no screenshot"; exit 1; }
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$png")
[ "$size" = "1240 1754" ] || { echo "FAIL: screenshot is $size, not 1240 1754"; exit 1; }
[ "$(stat -c %s "$png")" -gt 50000 ] || { echo "FAIL: screenshot is nearly empty"; exit 1; }
[ -s "$work/report.pdf" ] || { echo "FAIL: chromium printed no PDF"; exit 1; }
pages=$(grep -ac "/Type /Page$\|/Type /Page[^s]" "$work/report.pdf" || true)
echo "ok: HTML report rendered by chromium: $png (1240×1754), PDF of ${pages:-?} A4 pages"
