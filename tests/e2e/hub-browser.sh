#!/usr/bin/env bash
# The street office's browser view, end to end: a demo hub on a temporary PostgreSQL cluster, a
# demo laptop of 阳光社区 pushing its ledger, a street account added; headless Chromium logs in
# through the login form (DevTools protocol, tests/e2e/lib/cdp.py), opens the street report
# and 阳光社区's overdue list and saves a PNG of each; OCR (tesseract, chi_sim) must read the
# unit's name on both and the laptop's own rates on the report. Fails when a page shows the
# login form or an error. Skips cleanly without chromium, tesseract or PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tests/e2e/lib/pinned.sh
need_tool chromium chromium chromium chromium-browser google-chrome
need_tool tesseract "tesseract-ocr tesseract-ocr-chi-sim" tesseract
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || {
  echo "SKIP: tesseract has no chi_sim (apt-get install tesseract-ocr-chi-sim)"
  exit 0
}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "${SHUOSHI_PG_BIN:-$pg_bin}" ] || { echo "SKIP: postgresql not installed"; exit 0; }
hub_bin=${SHUOSHI_HUB_BIN:-$(dirname "$bin")/shuoshi-hub}
out=${HUB_PNG_DIR:-/tmp/shuoshi-hub-browser}
mkdir -p "$out"
rm -f "$out"/street.png "$out"/overdue.png

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=https://127.0.0.1:$port
"$hub_bin" serve --demo --port "$port" > "$work/hub.log" 2>&1 &
hub_pid=$!
trap 'kill -INT $hub_pid 2>/dev/null; wait $hub_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$work/hub.log" && break
  kill -0 $hub_pid 2>/dev/null || { cat "$work/hub.log"; echo "FAIL: the hub did not start"; exit 1; }
  sleep 0.1
done
grep -q "listening on" "$work/hub.log" || { echo "FAIL: the hub did not listen"; exit 1; }
code=$(grep '阳光-1 (阳光社区)' "$work/hub.log" | grep -o -- '--code [0-9-]*' | cut -d' ' -f2)
add_user=$(grep -o 'shuoshi-hub add-user .*' "$work/hub.log")
read -r -a add_user_args <<< "${add_user#shuoshi-hub }"
# The demo hub serves HTTPS with a self-signed certificate; its pin is printed with the codes.
pin=$(grep '阳光-1 (阳光社区)' "$work/hub.log" | grep -o -- '--pin sha256//[A-Za-z0-9+/=]*' | cut -d' ' -f2)
[ -n "$pin" ] || { cat "$work/hub.log"; echo "FAIL: the demo hub printed no pin"; exit 1; }
export CDP_SPKI_PIN=${pin#sha256//}

# A demo laptop of 阳光社区: its cases, pushed to the hub.
"$bin" demo --data "$work/data" --cases 150 > /dev/null
"$bin" hub enroll --data "$work/data" "$url" --code "$code" --pin "$pin" > /dev/null 2>&1
"$bin" sync --hub --data "$work/data" > /dev/null 2>&1 || { echo "FAIL: sync --hub"; exit 1; }

printf '街道办公室2026\n' > "$work/password"
"$hub_bin" "${add_user_args[@]}" --password-file "$work/password" > /dev/null

# The laptop's own rates for November, read at the month's end as the hub reads a finished
# month (the hub must show the same).
"$bin" report --data "$work/data" --month 2026-11 --as-of 2026-12-01T00:00:00+08:00 \
  --format json --out "$work/report.json"
mapfile -t rates < <(python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for row in report["rates"]:
    r = row["rate"]
    if r["denominator"]:
        print("%.1f%%" % (r["numerator"] * 100 / r["denominator"]))
PY
)
[ ${#rates[@]} -gt 0 ] || { echo "FAIL: the laptop's report has no rates to compare"; exit 1; }

overdue_path="/unit/$(python3 -c 'import urllib.parse; print(urllib.parse.quote("阳光社区"))')/overdue"
python3 tests/e2e/lib/cdp.py "$chromium" "$work/profile" "$url" 王主任 街道办公室2026 "$out" \
  "/street?month=2026-11:street.png" "$overdue_path:overdue.png"

check() {  # check PNG WORD…: OCR reads every WORD on the PNG
  local png=$1 text
  shift
  text=$(tesseract "$png" - -l chi_sim+eng 2>/dev/null | tr -d ' ')
  for word in "$@"; do
    if ! grep -qF -- "$word" <<< "$text"; then
      echo "FAIL: OCR of $png does not read \"$word\"; it read:"
      head -40 <<< "$text"
      exit 1
    fi
  done
}
check "$out/street.png" 阳光社区 响应率 "${rates[@]}"
check "$out/overdue.png" 阳光社区 超期
echo "ok: hub browser view: login, street report and overdue list read by OCR ($out/street.png, $out/overdue.png)"
