#!/usr/bin/env bash
# First run: no data directory under an empty XDG_DATA_HOME. The console asks for the site
# code (a bad one is refused), the community, the operator; saving writes the settings file,
# creates the store and opens the queue; `shuoshi list --json` then works on that directory.
source "$(dirname "$0")/lib/tmux.sh"

export_xdg() { shuoshi_env XDG_DATA_HOME="$WORK/xdg-data" "$SHUOSHI_BIN" "$@"; }
mkdir -p "$WORK/home" "$WORK/config"
tmx new-session -d -s e2e -x 80 -y 24 \
  "$(declare -f shuoshi_env export_xdg); ROOT=$(printf %q "$ROOT") WORK=$(printf %q "$WORK") SHUOSHI_BIN=$(printf %q "$SHUOSHI_BIN") export_xdg 2>$(printf %q "$WORK/stderr"); echo EXITED \$?; sleep 600"
tmx set-option -t e2e window-size manual >/dev/null

wait_for "首次使用 · 设置本机"
type_text "h"
keys Enter
type_text "汉江路街道六堰社区"
keys Enter
type_text "王芳"
keys C-s
wait_for "站点代码应为 2–6 个大写字母或数字"   # "h" is too short; the focus goes back to it
[ ! -e "$WORK/xdg-data/shuoshi" ] || fail "a refused form created the data directory"
keys BSpace
type_text "HJ"
keys C-s
wait_for "案件队列"
wait_for "这个队列里没有案件"
keys n
wait_for "登记新诉求"
type_text "王秀英"
keys Tab Tab Tab Tab
type_text "楼上卫生间漏水，把我家天花板泡了"
keys C-s
wait_for "说事回执"
wait_for "HJ-"
keys Enter
wait_for "王秀英"
keys q
wait_for "EXITED 0"

config="$WORK/config/shuoshi/config.yaml"
grep -qF 'site: "HJ"' "$config" || fail "config lacks the site: $(cat "$config")"
grep -qF 'unit: "汉江路街道六堰社区"' "$config" || fail "config lacks the unit: $(cat "$config")"
grep -qF 'operator: "王芳"' "$config" || fail "config lacks the operator: $(cat "$config")"
json=$(export_xdg list --json)
grep -qF '"王秀英"' <<<"$json" || fail "list --json lacks the case: $json"
grep -qF '"HJ-' <<<"$json" || fail "list --json: the case id lacks the site code: $json"
echo "ok: first-run form sets the laptop up and opens the queue"
