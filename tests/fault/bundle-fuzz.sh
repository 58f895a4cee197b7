#!/usr/bin/env bash
# Hostile sync bundles through the binary: real bundles from `shuoshi sync export` (encrypted
# with the default scrypt, and --no-encrypt) mutated by bit flips, truncation, extension and
# header field edits, and JSON edits inside the unencrypted one sealed again with a correct
# checksum. Each `sync import` of altered bytes exits 8 (or 9) saying nothing was imported,
# with the receiving ledger unchanged and `verify` passing; a resealed JSON edit may only add
# events of the original bundle. Forged edits (clocks at the ends of Int64, negative or past the
# 24-hour skew; a chain renamed to the receiver's own or a malformed device id), sealed again
# with recomputed hashes, are refused, or taken only when verify passes, the clock stays within
# the skew and the receiver's own chain is untouched. The unencrypted bundle is refused without
# --allow-unencrypted (#12). A signal or a hang is a failure.
# Usage: bundle-fuzz.sh [BUNDLES] [SEED]  (CI 40; full form 300)
source "$(dirname "$0")/lib.sh"
bundles=${1:-40}
seed=${2:-${SHUOSHI_FUZZ_SEED:-20261129}}
root=$(cd "$(dirname "$0")/../.." && pwd)
fx=$root/Tests/Fixtures/register
echo "== bundle import fuzz ($bundles bundles, seed $seed)"
sender=$work/sender receiver=$work/receiver
for k in units grids people; do "$bin" --data "$sender" --site AA import "$k" "$fx/$k.csv" >/dev/null; done
"$bin" --data "$sender" import households "$fx/households.utf8.csv" >/dev/null
for n in 1 2 3; do
  id=$("$bin" --data "$sender" add --resident "欧阳秀兰$n" --phone "1390000123$n" --address 六堰社区3栋2单元502 --text "楼上漏水第${n}次，天花板泡了")
  "$bin" --data "$sender" assign "$id" --to 张德明 >/dev/null
done
"$bin" --data "$receiver" --site BB add --resident 本机居民 --text 路灯坏了 >/dev/null
python3 "$(dirname "$0")/fuzz.py" bundle "$bin" "$sender" "$receiver" "$bundles" "$seed"
