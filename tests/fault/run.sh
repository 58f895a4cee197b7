#!/usr/bin/env bash
# All fault scripts. Reduced form by default (CI); `run.sh --full` for the documented full form.
set -uo pipefail
here=$(dirname "$0")
if [ "${1:-}" = --full ]; then kills=200 ops=1000; else kills=40 ops=100; fi
status=0
bash "$here/kill9.sh" "$kills" || status=1
bash "$here/concurrent.sh" "$ops" || status=1
bash "$here/files.sh" || status=1
exit $status
