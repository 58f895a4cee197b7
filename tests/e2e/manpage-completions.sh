#!/usr/bin/env bash
# The man page and the shell completions are generated from the command-line definitions (as
# packaging/build-deb.sh does); every subcommand and option `shuoshi --help` shows must be in them.
set -euo pipefail
bin=${SHUOSHI_BIN:?set SHUOSHI_BIN}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/packaging/manpage.py" "$bin" test 2026-01-01 >"$work/shuoshi.1"
"$bin" --generate-completion-script bash >"$work/bash"
"$bin" --generate-completion-script zsh >"$work/zsh"
fail=0
subs=$("$bin" --help | awk '/^SUBCOMMANDS:/{on=1;next} on && /^  [a-z]/{print $1}' | grep -v '^help$')
[ -n "$subs" ] || { echo "FAIL: no subcommands parsed from --help"; exit 1; }
for s in $subs; do
  grep -qF ".SS shuoshi ${s//-/\\-}" "$work/shuoshi.1" || { echo "FAIL: man page lacks $s"; fail=1; }
  grep -qw -- "$s" "$work/bash" || { echo "FAIL: bash completion lacks $s"; fail=1; }
  grep -qw -- "$s" "$work/zsh" || { echo "FAIL: zsh completion lacks $s"; fail=1; }
  for opt in $("$bin" "$s" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "${opt//-/\\-}" "$work/shuoshi.1" || { echo "FAIL: man page lacks $s $opt"; fail=1; }
  done
done
n=$(wc -w <<<"$subs")
[ $fail = 0 ] && echo "$n passed, 0 failed (man page and completions cover every subcommand and option)"
exit $fail
