# Helpers for the tmux end-to-end tests: a private tmux server per run, the real binary,
# waiting on on-screen markers (polling capture-pane, never fixed sleeps). Source it.
set -euo pipefail

: "${SHUOSHI_BIN:?set SHUOSHI_BIN to the shuoshi binary (scripts/test.sh does)}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/shuoshi-e2e.XXXXXX")
SOCKET="shuoshi-$$"
export SWIFT_BACKTRACE=interactive=no

tmx() { tmux -L "$SOCKET" -f /dev/null "$@"; }

cleanup() {
  tmx kill-server 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The environment every shuoshi run gets: a private home and config, the repository's data.
shuoshi_env() {
  env -i PATH="/usr/bin:/bin" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" \
    TERM=tmux-256color LANG=C.UTF-8 TZ=Asia/Shanghai SHUOSHI_SHARE="$ROOT" \
    ${SHUOSHI_NOW:+SHUOSHI_NOW="$SHUOSHI_NOW"} SWIFT_BACKTRACE=interactive=no "$@"
}

# start WIDTH HEIGHT ARGS…: runs the console in a detached session; when it exits the pane
# shows "EXITED <status>" so tests can wait for a clean exit.
start() {
  local w=$1 h=$2
  shift 2
  mkdir -p "$WORK/home" "$WORK/config"
  local cmd
  cmd=$(printf '%q ' shuoshi_run "$@")
  tmx new-session -d -s e2e -x "$w" -y "$h" \
    "$(declare -f shuoshi_env shuoshi_run); ROOT=$(printf %q "$ROOT") WORK=$(printf %q "$WORK") SHUOSHI_BIN=$(printf %q "$SHUOSHI_BIN") SHUOSHI_NOW=$(printf %q "${SHUOSHI_NOW:-}") $cmd 2>$(printf %q "$WORK/stderr"); echo EXITED \$?; sleep 600"
  tmx set-option -t e2e window-size manual >/dev/null
}

shuoshi_run() { shuoshi_env "$SHUOSHI_BIN" "$@"; }

screen() { tmx capture-pane -p -t e2e; }

fail() {
  echo "FAIL: $*" >&2
  echo "---- screen ----" >&2
  screen >&2 || true
  echo "---- stderr ----" >&2
  cat "$WORK/stderr" >&2 2>/dev/null || true
  exit 1
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
  local text=$1 limit=${2:-15}
  local deadline=$((SECONDS + limit))
  until screen | grep -qF -- "$text"; do
    ((SECONDS < deadline)) || fail "\"$text\" did not appear within ${limit}s"
    sleep 0.05
  done
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on screen.
wait_gone() {
  local text=$1 limit=${2:-15}
  local deadline=$((SECONDS + limit))
  while screen | grep -qF -- "$text"; do
    ((SECONDS < deadline)) || fail "\"$text\" still on screen after ${limit}s"
    sleep 0.05
  done
}

keys() { tmx send-keys -t e2e "$@"; }
type_text() { tmx send-keys -t e2e -l -- "$1"; }
