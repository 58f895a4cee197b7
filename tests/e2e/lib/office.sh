# The spreadsheet round trip shared by the CSV e2e tests: headless LibreOffice converts a CSV to
# .xlsx and back, and every cell must come back. Sourced after `soffice` and `work` are set.

# roundtrip_csv SRC: checks SRC has a BOM, converts it to $work/xlsx/NAME.xlsx and back to
# $work/back/NAME.csv, and compares the cells (text exactly, numbers by value: a spreadsheet
# writes 4.0 back as 4). Prints FAIL and exits 1 on any difference.
roundtrip_csv() {
  local src=$1 name
  name=$(basename "$src" .csv)
  head -c 3 "$src" | od -An -tx1 | grep -q "ef bb bf" || { echo "FAIL: $name.csv has no BOM"; exit 1; }
  mkdir -p "$work/xlsx" "$work/back"
  # A private profile, so a second office instance or a first-run wizard cannot interfere.
  # Headless LibreOffice does not sniff the BOM (Excel and WPS do), so the import names UTF-8 (76),
  # comma (44) and double quote (34) explicitly; times stay text (no special-number detection).
  "$soffice" -env:UserInstallation=file://"$work/profile" --headless \
    --infilter="Text - txt - csv (StarCalc)":44,34,76,1,,0,false,false \
    --convert-to xlsx --outdir "$work/xlsx" "$src" >/dev/null 2>&1
  [ -s "$work/xlsx/$name.xlsx" ] || { echo "FAIL: $name.csv was not converted to xlsx"; exit 1; }
  "$soffice" -env:UserInstallation=file://"$work/profile" --headless \
    --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir "$work/back" \
    "$work/xlsx/$name.xlsx" >/dev/null 2>&1
  [ -s "$work/back/$name.csv" ] || { echo "FAIL: $name.xlsx was not converted back to csv"; exit 1; }
  python3 - "$src" "$work/back/$name.csv" <<'PY' || exit 1
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
}
