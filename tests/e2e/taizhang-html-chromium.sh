#!/usr/bin/env bash
# The month's case book (台账) in HTML renders in headless Chromium on A4 landscape: the DOM
# Chromium builds names the unit and the month in the title and has the fifteen column headers
# and the signature lines; a screenshot of an A4-landscape window (1754×1240 px, A4 at 150 dpi)
# and a PDF print (landscape pages) are both non-empty. The screenshot is kept for a person to
# look at (TAIZHANG_PNG=path to choose where). Skips cleanly without chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/e2e/lib/pinned.sh
need_tool chromium chromium chromium chromium-browser google-chrome
png=${TAIZHANG_PNG:-/tmp/shuoshi-taizhang.png}

"$bin" demo --data "$work/data" --cases 400 >/dev/null
"$bin" taizhang --data "$work/data" --operator 王芳 --unit 阳光社区 --month 2026-11 --format html \
  --out "$work/taizhang.html" 2>/dev/null
if grep -Eq 'https?:|<script|<link|src=|url\(' "$work/taizhang.html"; then
  echo "FAIL: the HTML case book refers to something outside itself"; exit 1
fi
grep -q 'size: A4 landscape' "$work/taizhang.html" || { echo "FAIL: not set for A4 landscape"; exit 1; }
grep -q 'counter(page)' "$work/taizhang.html" || { echo "FAIL: no page numbers"; exit 1; }
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "note: no Chinese font installed (fonts-noto-cjk); the screenshot will show boxes"
fi

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile")
# What Chromium parsed: the title with the unit and the month, every column header, the signatures.
timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$work/taizhang.html" >"$work/dom.html" 2>/dev/null || true
[ -s "$work/dom.html" ] || { echo "FAIL: chromium dumped no DOM"; exit 1; }
grep -q '<h1>阳光社区 2026年11月 群众诉求受理台账</h1>' "$work/dom.html" \
  || { echo "FAIL: the title does not name the unit and the month"; exit 1; }
for column in 序号 编号 登记时间 来源/方式 姓名 电话 地址 诉求内容 类别 层级 承办人 办理情况 办结时间 回访结果 满意度; do
  grep -q "<th>$column</th>" "$work/dom.html" || { echo "FAIL: no column $column"; exit 1; }
done
for label in 制表人 审核人 日期; do
  grep -q "<b>$label</b>" "$work/dom.html" || { echo "FAIL: no $label line"; exit 1; }
done
rows=$(grep -o '<tr>' "$work/dom.html" | wc -l)
[ "$rows" -gt 1 ] || { echo "FAIL: no case rows"; exit 1; }

rm -f "$png"
timeout 120 "$chromium" "${flags[@]}" --screenshot="$png" --window-size=1754,1240 "file://$work/taizhang.html" >/dev/null 2>&1 || true
timeout 120 "$chromium" "${flags[@]}" --print-to-pdf="$work/taizhang.pdf" --no-pdf-header-footer "file://$work/taizhang.html" >/dev/null 2>&1 || true

[ -s "$png" ] || { echo "FAIL: chromium wrote no screenshot"; exit 1; }
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$png")
[ "$size" = "1754 1240" ] || { echo "FAIL: screenshot is $size, not 1754 1240"; exit 1; }
[ "$(stat -c %s "$png")" -gt 50000 ] || { echo "FAIL: screenshot is nearly empty"; exit 1; }
[ -s "$work/taizhang.pdf" ] || { echo "FAIL: chromium printed no PDF"; exit 1; }
# Every page box is wider than high: A4 landscape (842 × 595 pt).
python3 - "$work/taizhang.pdf" <<'PY' || exit 1
import re, sys
boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", open(sys.argv[1], "rb").read())
if not boxes:
    print("FAIL: no page size found in the PDF"); sys.exit(1)
for x0, y0, x1, y1 in boxes:
    w, h = float(x1) - float(x0), float(y1) - float(y0)
    if not (abs(w - 842) < 2 and abs(h - 595) < 2):
        print("FAIL: a page is %.0f × %.0f pt, not A4 landscape" % (w, h)); sys.exit(1)
PY
pages=$(grep -ac "/Type /Page$\|/Type /Page[^s]" "$work/taizhang.pdf" || true)
echo "ok: 台账 HTML rendered by chromium ($rows rows): $png (1754×1240), PDF of ${pages:-?} A4 landscape pages"
