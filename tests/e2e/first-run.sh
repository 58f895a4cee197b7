#!/usr/bin/env bash
# First run: no data directory under an empty XDG_DATA_HOME. The console asks for the site
# code (a bad one is refused), the community, the operator, this laptop's letter (A offered),
# the booth's place and phone; then a sign-in PIN for the operator (the recovery key shown
# once); saving writes the site's settings into the data directory,
# creates the store and opens the queue; the first case is numbered HJ-A-…, its receipt names
# the booth, and `shuoshi list --json` then works on that directory.
source "$(dirname "$0")/lib/tmux.sh"
export SHUOSHI_NOW=2026-12-01T10:00:00+08:00  # the case number carries the day

export_xdg() { shuoshi_env XDG_DATA_HOME="$WORK/xdg-data" "$SHUOSHI_BIN" "$@"; }
mkdir -p "$WORK/home" "$WORK/config"
tmx new-session -d -s e2e -x 80 -y 24 \
  "$(declare -f shuoshi_env export_xdg); ROOT=$(printf %q "$ROOT") WORK=$(printf %q "$WORK") SHUOSHI_BIN=$(printf %q "$SHUOSHI_BIN") SHUOSHI_NOW=$(printf %q "$SHUOSHI_NOW") export_xdg 2>$(printf %q "$WORK/stderr"); echo EXITED \$?; sleep 600"
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
keys Tab Tab Tab Tab            # unit, operator, the laptop letter (A, kept), the booth's place
type_text "六堰社区党群服务中心"
keys Tab
type_text "0719-8123456"
keys C-s
# The operator chooses a sign-in PIN (twice, shown as dots) and sees the recovery key once.
wait_for "说事 · 设置登录 PIN"
type_text "12345"
keys Enter
wait_for "PIN 至少 6 位数字"
type_text "246810"
wait_for "PIN：••••••"
keys Enter
wait_for "再输一次："
type_text "246810"
keys Enter
wait_for "恢复密钥（只显示这一次）"
screen | grep -qE '^ +[A-Z2-7]{4}(-[A-Z2-7]{4}){7}' || fail "no recovery key on screen"
keys Enter
wait_for "案件队列"
wait_for "这个队列里没有案件"
keys n
wait_for "登记新诉求"
type_text "王秀英"
keys Tab Tab Tab Tab
type_text "楼上卫生间漏水，把我家天花板泡了"
keys C-s
wait_for "说事回执"
wait_for "HJ-A-20261201-001"
wait_for "0719-8123456"
wait_for "六堰社区党群服务中心"
keys Enter
wait_for "王秀英"
keys q
wait_for "EXITED 0"

site="$WORK/xdg-data/shuoshi/site.yaml"
grep -qF 'site: "HJ"' "$site" || fail "site settings lack the site: $(cat "$site")"
grep -qF 'unit: "汉江路街道六堰社区"' "$site" || fail "site settings lack the unit: $(cat "$site")"
grep -qF 'operator: "王芳"' "$site" || fail "site settings lack the operator: $(cat "$site")"
grep -qF 'booth_place: "六堰社区党群服务中心"' "$site" || fail "site settings lack the place: $(cat "$site")"
grep -qF 'booth_phone: "0719-8123456"' "$site" || fail "site settings lack the phone: $(cat "$site")"
config="$WORK/config/shuoshi/config.yaml"
if [ -e "$config" ] && grep -qF 'unit:' "$config"; then
  fail "the personal config holds the site's unit: $(cat "$config")"
fi
[ -e "$WORK/xdg-data/shuoshi/keyring.json" ] || fail "no keyring.json after the PIN was chosen"
# The CLI now signs 王芳 in: without the PIN it refuses, with it it lists.
if export_xdg list --json >/dev/null 2>&1; then fail "list ran without a sign-in"; fi
json=$(shuoshi_env XDG_DATA_HOME="$WORK/xdg-data" SHUOSHI_PIN=246810 "$SHUOSHI_BIN" list --json)
grep -qF '"王秀英"' <<<"$json" || fail "list --json lacks the case: $json"
grep -qF '"HJ-A-20261201-001"' <<<"$json" || fail "list --json: the id lacks site and letter: $json"
echo "ok: first-run form sets the laptop up and opens the queue"
