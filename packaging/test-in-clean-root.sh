#!/usr/bin/env bash
# Release check: install the .deb into a clean Debian 12 root made with debootstrap (no Swift
# inside) and use it there: --version, init, add, list --json, and the console's first screen
# under tmux; then, for a new user, the first-run form. Needs root, debootstrap and network
# access to a Debian mirror.
# Usage: packaging/test-in-clean-root.sh [DEB]   (default: the newest in packaging/out/)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls -t packaging/out/shuoshi_*_amd64.deb | head -1)}
root=${ROOT_DIR:-/tmp/shuoshi-clean-root}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }
if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap bookworm into $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/tmp/debootstrap.log 2>&1 || {
    tail -20 /tmp/debootstrap.log; exit 1; }
fi
for fs in proc sys dev dev/pts; do mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"; done
trap 'for fs in dev/pts dev sys proc; do umount "$root/$fs" 2>/dev/null || true; done' EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=tmux-256color "$@"; }
echo "== no Swift inside: $(in_root sh -c 'command -v swift || echo none')"
cp "$deb" "$root/tmp/shuoshi.deb"
echo "== apt install the .deb (dependencies from the mirror)"
in_root apt-get install -y -qq /tmp/shuoshi.deb >/tmp/clean-root-apt.log 2>&1 || { tail -20 /tmp/clean-root-apt.log; exit 1; }
in_root shuoshi --version
# A new user each run: no data or settings left from an earlier check.
in_root rm -rf /root/.local/share/shuoshi /root/.config/shuoshi
in_root shuoshi init --site HJ --unit 汉江路街道六堰社区 --operator 王芳
id=$(in_root shuoshi add --resident 王秀英 --phone 13812345678 --text 楼上卫生间漏水)
echo "added $id"
json=$(in_root shuoshi list --json)
grep -q "\"$id\"" <<<"$json" && echo "list --json finds $id" || { echo "FAIL: list --json lacks $id"; exit 1; }
in_root man -w shuoshi >/dev/null 2>&1 || echo "(man not installed in minbase; page at /usr/share/man/man1/shuoshi.1.gz: $(in_root ls /usr/share/man/man1/shuoshi.1.gz))"

# console_shows TEXT: starts the console in the root under tmux, waits up to 10 s for TEXT,
# leaves the last screen in $screen, stops it; false when TEXT never appeared.
sock=clean-root-$$
console_shows() {
  tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
    "chroot $root env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 TERM=tmux-256color shuoshi"
  for _ in $(seq 1 100); do
    screen=$(tmux -L "$sock" capture-pane -p 2>/dev/null || true)
    if grep -q "$1" <<<"$screen"; then break; fi
    sleep 0.1
  done
  tmux -L "$sock" kill-server 2>/dev/null || true
  grep -q "$1" <<<"$screen"
}

echo "== console first screen under tmux"
if console_shows "$id"; then
  head -12 <<<"$screen"
  echo "PASS: the console showed $id in a clean Debian 12 root"
else
  echo "FAIL: console"; echo "$screen"; exit 1
fi

echo "== a new user gets the first-run form"
in_root rm -rf /root/.local/share/shuoshi /root/.config/shuoshi
console_shows "首次使用" && echo "PASS: the first-run form asks a new user for the site code" \
  || { echo "FAIL: first-run form"; echo "$screen"; exit 1; }
