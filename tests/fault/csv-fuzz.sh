#!/usr/bin/env bash
# Hostile register CSV through the binary: seeded mutations (byte flips, truncation, quotes,
# commas, line ends, NUL, BOM pieces, invalid UTF-8, broken GB18030, huge fields, duplicated
# headers, shuffled columns) of the fixture and demo files, each imported with `shuoshi import`.
# Each import succeeds wholly (the events it reports are written; importing it again changes
# nothing) or exits 10 with nothing changed and every problem as FILE:LINE; a signal (exit
# >= 128) or a hang is a failure. Usage: csv-fuzz.sh [FILES] [SEED]  (CI 60; full form 400)
source "$(dirname "$0")/lib.sh"
files=${1:-60}
seed=${2:-${SHUOSHI_FUZZ_SEED:-20261128}}
root=$(cd "$(dirname "$0")/../.." && pwd)
fx=$root/Tests/Fixtures/register
demo=$root/data/demo
echo "== CSV import fuzz ($files files, seed $seed)"
for k in units grids people; do "$bin" import "$k" "$fx/$k.csv" >/dev/null; done
python3 "$(dirname "$0")/fuzz.py" csv "$bin" "$SHUOSHI_DATA" "$files" "$seed" \
  units:"$fx/units.csv" grids:"$fx/grids.csv" people:"$fx/people.csv" \
  households:"$fx/households.utf8.csv" households:"$fx/households.bom.csv" \
  households:"$fx/households.gb18030.csv" households:"$fx/households.bad.csv" \
  units:"$demo/units.csv" grids:"$demo/grids.csv" people:"$demo/people.csv" \
  households:"$demo/households.csv"
