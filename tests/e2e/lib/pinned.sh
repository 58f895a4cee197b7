# The setting shared by the report and 台账 checks that run the binary without a terminal: a
# private work folder, Beijing time, the clock pinned to a Saturday, the repo's data files.
# Sourced from the repo root.

bin=${SHUOSHI_BIN:-.build/debug/shuoshi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Asia/Shanghai LANG=C.UTF-8 SHUOSHI_NOW=2026-11-28T10:00:00+08:00 SHUOSHI_SHARE="$PWD"
export HOME="$work" XDG_CONFIG_HOME="$work/config"

# need_tool VAR PACKAGE COMMAND…: sets VAR to the first COMMAND installed, or says SKIP (naming
# the Debian package) and ends the script with success when none is.
need_tool() {
  local var=$1 package=$2 c
  shift 2
  for c in "$@"; do
    if command -v "$c" >/dev/null; then
      printf -v "$var" '%s' "$(command -v "$c")"
      return
    fi
  done
  echo "SKIP: $1 not installed (apt-get install $package)"
  exit 0
}
