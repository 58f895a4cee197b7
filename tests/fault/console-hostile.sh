#!/usr/bin/env bash
# Hostile input to the console, the real binary in tmux: a 100,000-character paste into the
# intake text (tmux paste-buffer and send-keys -l chunks), control bytes, invalid UTF-8, emoji,
# and the window resized to 10x3 and back, ROUNDS times; then the same on the demo queue,
# search and help screens. The process must keep running, the screen must come back intact
# (header, hints, the form's separator in one column, no U+FFFD, the same screen as before
# each resize). Saving the 110,000 characters is refused (over the 20,000-character grievance
# bound, FieldLimits) with the count and nothing saved; the text is then cleared (Ctrl-U), a
# 19,000-character paste and one more hostile round go in, and the saved case must hold that
# whole paste (`list --json`, `show --json`).
# Usage: console-hostile.sh [ROUNDS]   (CI 3; full form 20)
source "$(dirname "$0")/lib.sh"
rounds=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
socket=fuzz-$$
tmx() { tmux -L "$socket" -f /dev/null "$@"; }
trap 'tmx kill-server 2>/dev/null; cleanup' EXIT
export SWIFT_BACKTRACE=interactive=no
echo "== console hostile input ($rounds rounds)"

# start NAME ARGS…: the console in a pane; when it exits, its status goes to $work/status-NAME
# (the shell around it then waits, so the pane and its last screen stay).
start() {
  local name=$1
  shift
  mkdir -p "$work/home" "$work/config"
  rm -f "$work/status-$name"
  tmx new-session -d -s "$name" -x 80 -y 24 \
    "env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/config TERM=tmux-256color LANG=C.UTF-8 TZ=Asia/Shanghai SHUOSHI_SHARE=$root SWIFT_BACKTRACE=interactive=no $(printf '%q ' "$bin" "$@") 2>$work/stderr-$name; echo \$? >$work/status-$name; sleep 3600"
  tmx set-option -t "$name" window-size manual >/dev/null
}
screen() { tmx capture-pane -p -t "$1"; }
alive() { [ ! -e "$work/status-$1" ] && [ "$(tmx display-message -p -t "$1" '#{pane_dead}')" = 0 ]; }
exit_status() { cat "$work/status-$1" 2>/dev/null || echo none; }
# wait_for NAME TEXT [SECONDS]: polls the screen until TEXT shows; false on timeout or exit.
wait_for() {
  local name=$1 text=$2 deadline=$((SECONDS + ${3:-30}))
  until screen "$name" | grep -qF -- "$text"; do
    if ((SECONDS >= deadline)) || ! alive "$name"; then
      echo "  (\"$text\" not on screen after ${3:-30}s; alive: $(alive "$name" && echo yes || echo no))"
      screen "$name" | sed 's/^/  | /' | head -30
      sed 's/^/  stderr: /' "$work/stderr-$name" | tail -5
      return 1
    fi
    sleep 0.05
  done
}
# need TEST LABEL: like check, but the rest cannot run without it.
need() {
  if eval "$1"; then ok "$2"; else
    bad "$2"
    summary
    exit 1
  fi
}
# After a failed quit: what the pane says.
quit_report() {
  [ "$(exit_status "$1")" = 0 ] && return 0
  echo "  exit status: $(exit_status "$1")"
  screen "$1" | sed 's/^/  | /' | head -30
  sed 's/^/  stderr: /' "$work/stderr-$1" | tail -5
}
masked() { screen "$1" | sed -E 's/[0-9]{2}:[0-9]{2}/HH:MM/g'; }
# The frame is whole: title in the header, hints at the bottom, no replacement characters,
# no escape sequences shown as text, and (on the form) the separator in one column.
intact() {
  local name=$1 title=$2 form=${3:-}  # form: the intake form's layout
  screen "$name" | python3 -c '
import sys, unicodedata
title, form = sys.argv[1], sys.argv[2] == "form"
rows = sys.stdin.read().split("\n")
def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f": continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
rows = rows[:24]
ok = "说事 · " + title in rows[0] and rows[23].strip() != "" and "周" in rows[22]
ok = ok and not any("\ufffd" in r or "^[" in r or "\x1b" in r for r in rows)
if form:
    body = rows[1:22]
    cols = {width(r[:r.index("│")]) for r in body if "│" in r}
    ok = ok and len(cols) == 1 and all("│" in r for r in body)
sys.exit(0 if ok else 1)
' "$title" "$form"
}
# The bytes a terminal sends that mean nothing here: every C0 control but NUL-free ones the
# console binds (Tab, Enter, Backspace, Esc, Ctrl-A/E/K/U/W edit, Ctrl-C/Q quit, Ctrl-R, Ctrl-S,
# Ctrl-T, Ctrl-L lock; in the intake form Ctrl-D settle, Ctrl-G category, Ctrl-O owner), and DEL
# (a Backspace: it eats the sacrificial 删 typed before it).
controls=(00 02 06 0e 10 16 18 19 1a 1c 1d 1e 1f)
markers=(甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未 申 酉 戌 亥)
# sync NAME KIND MARKER: waits until every key sent so far was handled: on a text field the
# marker typed last shows; elsewhere a screen switch there and back shows.
sync() {
  local name=$1 kind=$2 marker=$3
  case $kind in
    form | search)
      tmx send-keys -t "$name" -l "$marker"
      wait_for "$name" "$marker" 60 ;;
    queue)
      tmx send-keys -t "$name" '?'
      wait_for "$name" "说事 · 帮助" 60 && tmx send-keys -t "$name" Escape && wait_for "$name" "说事 · 案件队列" 60 ;;
    help)
      tmx send-keys -t "$name" Escape
      wait_for "$name" "说事 · 案件队列" 60 && tmx send-keys -t "$name" '?' && wait_for "$name" "说事 · 帮助" 60 ;;
  esac
}
hostile_round() { # NAME ROUND KIND TITLE MARKER: one round of hostile keys, then resizes
  local name=$1 r=$2 kind=$3 title=$4 marker=$5 before after
  tmx send-keys -t "$name" -H "${controls[@]}"
  tmx send-keys -t "$name" -l 删
  tmx send-keys -t "$name" -H 7f
  tmx send-keys -t "$name" -H c3 28 ff fe ed a0 80 c0 af f4 90 80 80 e6 b0 81 30
  tmx send-keys -t "$name" -l "😀👨‍👩‍👧🇨🇳"
  need 'sync "$name" "$kind" "$marker"' "$kind round $r: alive after control bytes, invalid UTF-8 and emoji"
  check 'intact "$name" "$title" "$kind"' "$kind round $r: screen intact after hostile keys"
  intact "$name" "$title" "$kind" || screen "$name" | sed 's/^/  | /' 
  before=$(masked "$name")
  tmx resize-window -t "$name" -x 10 -y 3
  need 'wait_for "$name" 窗口太小 30' "$kind round $r: 10x3 shows the too-small notice"
  tmx resize-window -t "$name" -x 80 -y 24
  need 'wait_for "$name" "说事 · $title" 30' "$kind round $r: back at 80x24"
  after=$(masked "$name")
  check '[ "$before" = "$after" ] && alive "$name"' "$kind round $r: the same screen after 10x3 and back"
  [ "$before" = "$after" ] || diff <(echo "$before") <(echo "$after") | head -20 | sed 's/^/  | /'
}

# ---- 1. The intake form on an empty data dir: a 100,000-character paste, refused on save;
# a 19,000-character one, saved.
data=$work/console-data
start intake --data "$data" --operator 测试员
need 'wait_for intake 案件队列 60' "console opens on an empty data dir"
tmx send-keys -t intake n
need 'wait_for intake 登记新诉求' "n opens the intake form"
tmx send-keys -t intake -l 压力测试
tmx send-keys -t intake Tab Tab Tab Tab
python3 - "$work/paste.txt" <<'PY'
import random, sys
r = random.Random(7)
words = ["楼上漏水", "墙面裂缝", "噪音扰民", "停车难", "路灯坏了", "垃圾清运", "化粪池满溢", "电梯停运",
         "ABC", "def", "0123456789", "，", "。", "、", "；", "：", "？", "！", "（", "）", "《", "》",
         "——", "……", " ", ",", ".", "-", "/", "\"", "'", "@", "#", "%", "&", "*", "=", "+"]
out = ""
while len(out) < 99_999:
    out += r.choice(words)
open(sys.argv[1], "w").write(out[:99_999] + "终")
PY
tmx load-buffer -b paste "$work/paste.txt"
t0=$(date +%s%N)
tmx paste-buffer -b paste -t intake
need 'wait_for intake 终 120' "100,000-character paste shown"
echo "  the paste of 100,000 characters was on screen after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
# And 20 chunks of 500 characters with send-keys -l, as a terminal's own paste arrives.
python3 -c 'print("".join(("第%03d段"%i + "墙皮脱落噪音扰民"*62)[:500] for i in range(20)), end="")' >"$work/chunks.txt"
chunks=$(cat "$work/chunks.txt")
for i in $(seq 0 19); do tmx send-keys -t intake -l "${chunks:$((i * 500)):500}"; done
tmx send-keys -t intake -l 尾
need 'wait_for intake 尾 120' "20 chunks of 500 characters through send-keys -l"
check 'intact intake 登记新诉求 form' "intake screen intact after the paste"
for r in $(seq 1 "$rounds"); do
  hostile_round intake "$r" form 登记新诉求 "${markers[$(((r - 1) % ${#markers[@]}))]}"
done
tmx send-keys -t intake C-s
need 'wait_for intake "诉求内容”太长：最多 20000 个字" 60' "Ctrl-S refuses 110,000 characters with the field and the bound"
count=$(screen intake | grep -oE '现有 [0-9]+ 个' | grep -oE '[0-9]+' | head -1)
check '[ "${count:-0}" -ge 110000 ] && alive intake' "the refusal counts the text ($count characters); the form stays"
# Clear the text (one paragraph: Ctrl-U deletes to its start) and paste what fits.
tmx send-keys -t intake C-u
python3 -c 'import sys; t=open(sys.argv[1]).read(); open(sys.argv[2],"w").write(t[:18_999] + "末")' "$work/paste.txt" "$work/small.txt"
tmx load-buffer -b small "$work/small.txt"
tmx paste-buffer -b small -t intake
need 'wait_for intake 末 120' "19,000-character paste shown"
hostile_round intake "$((rounds + 1))" form 登记新诉求 "${markers[$((rounds % ${#markers[@]}))]}"
tmx send-keys -t intake C-s
need 'wait_for intake 已登记 60' "Ctrl-S saves the 19,000-character case"
tmx send-keys -t intake Enter
need 'wait_for intake 案件队列 30' "back on the queue"
tmx send-keys -t intake q
deadline=$((SECONDS + 30))
while alive intake && ((SECONDS < deadline)); do sleep 0.05; done
check '[ "$(exit_status intake)" = 0 ]' "q quits with status 0"
quit_report intake
"$bin" --data "$data" list --json >"$work/list.json"
id=$(python3 -c 'import json,sys; l=json.load(open(sys.argv[1])); print(l[0]["id"] if len(l)==1 else "")' "$work/list.json")
"$bin" --data "$data" show "$id" --json >"$work/show.json" 2>&1
check 'python3 - "$work/show.json" "$work/small.txt" <<'"'"'PY'"'"'
import json, sys, unicodedata
case = json.load(open(sys.argv[1]))
case = case.get("case", case)
text = case["text"]
paste = open(sys.argv[2]).read()
controls = [c for c in text if unicodedata.category(c) == "Cc"]
ok = case["resident"]["name"] == "压力测试" and text.startswith(paste.strip())
ok = ok and text.count("😀") == 1 and "删" not in text and not controls and len(text) <= 20_000
print(f"  saved text: {len(text)} characters, paste whole: {text.startswith(paste.strip())}, emoji: {text.count(chr(0x1F600))}, controls: {len(controls)}")
sys.exit(0 if ok else 1)
PY' "the saved case ($id) holds the whole 19,000-character paste and the emoji; no control byte got in"

# ---- 2. The demo street: hostile keys on the queue, in search (a 5,000-character query),
# and on the help screen.
start demo --data "$work/demo-data" --demo --operator 测试员
# The demo signs in (its operators' PIN is in README): the first, a 片区/街道 operator.
need 'wait_for demo 请登录 180' "demo console asks who signs in"
tmx send-keys -t demo -l 123456
tmx send-keys -t demo Enter
need 'wait_for demo 案件队列 60' "demo console opens"
python3 -c 'print(("漏水楼上噪音" * 900)[:5000], end="")' >"$work/query.txt"
tmx load-buffer -b query "$work/query.txt"
r=0
for kind in queue search help; do
  case $kind in
    queue) title=案件队列 ;;
    search)
      tmx send-keys -t demo /
      need 'wait_for demo 搜索案件 30' "/ opens search"
      tmx paste-buffer -b query -t demo
      title=搜索案件 ;;
    help)
      tmx send-keys -t demo Escape
      need 'wait_for demo "说事 · 案件队列" 30' "Esc leaves search"
      tmx send-keys -t demo '?'
      need 'wait_for demo "说事 · 帮助" 30' "? opens help"
      title=帮助 ;;
  esac
  for _ in $(seq 1 "$((rounds < 3 ? rounds : 3))"); do
    r=$((r + 1))
    hostile_round demo "$r" "$kind" "$title" "${markers[$(((r - 1) % ${#markers[@]}))]}"
  done
done
tmx send-keys -t demo Escape
need 'wait_for demo "说事 · 案件队列" 30' "Esc leaves help"
tmx send-keys -t demo q
deadline=$((SECONDS + 30))
while alive demo && ((SECONDS < deadline)); do sleep 0.05; done
check '[ "$(exit_status demo)" = 0 ]' "demo console quits with status 0"
quit_report demo
summary
