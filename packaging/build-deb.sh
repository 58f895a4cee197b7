#!/usr/bin/env bash
# Builds shuoshi_<version>_amd64.deb: a release binary with the Swift runtime linked in
# (--static-swift-stdlib), so the target needs no Swift toolchain; ncursesw and sqlite3 stay the
# system's shared libraries and become package dependencies. Output: packaging/out/.
# Build dependencies (Debian): a Swift toolchain, libncursesw5-dev, libsqlite3-dev,
# libcurl4-openssl-dev (the hub client pins the hub's key through libcurl, which
# FoundationNetworking links anyway: no new runtime dependency) and libssl-dev (the encrypted
# store's page cipher is libcrypto's AES-256-GCM: the package depends on libssl3).
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev libssl-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || { echo "build dependency missing: apt-get install $pkg"; exit 1; }
done
version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/ShuoshiStore/Store/ProgramVersion.swift)
scratch=.build-deb
out=packaging/out
stage=$out/stage
echo "== release build (static Swift runtime), version $version"
swift build -c release --static-swift-stdlib --scratch-path "$scratch" 2>&1 | grep -E "error|warning: |Build" || true
bin=$scratch/release/shuoshi
[ -x "$bin" ] || { echo "build failed"; exit 1; }

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/shuoshi" "$stage/usr/share/man/man1" \
  "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
  "$stage/usr/share/doc/shuoshi"
install -m 0755 "$bin" "$stage/usr/bin/shuoshi"
strip --strip-unneeded "$stage/usr/bin/shuoshi"
cp -r data themes "$stage/usr/share/shuoshi/"
find "$stage/usr/share/shuoshi" -type d -exec chmod 0755 {} + -o -type f -exec chmod 0644 {} +

echo "== man page and completions, generated from the command-line definitions"
python3 packaging/manpage.py "$stage/usr/bin/shuoshi" "$version" "$(date -u +%Y-%m-%d)" \
  | gzip -9n >"$stage/usr/share/man/man1/shuoshi.1.gz"
"$stage/usr/bin/shuoshi" --generate-completion-script bash >"$stage/usr/share/bash-completion/completions/shuoshi"
"$stage/usr/bin/shuoshi" --generate-completion-script zsh >"$stage/usr/share/zsh/vendor-completions/_shuoshi"
install -m 0644 packaging/README.Debian "$stage/usr/share/doc/shuoshi/README.Debian"
install -m 0644 packaging/copyright "$stage/usr/share/doc/shuoshi/copyright"

echo "== dependencies from the binary's shared libraries"
deps=$(ldd "$stage/usr/bin/shuoshi" | awk '/=> \//{print $3}' | while read -r lib; do
  dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null
done | cut -d: -f1 | sort -u | while read -r pkg; do
  ver=$(dpkg-query -W -f='${Version}' "$pkg" | sed 's/-[^-]*$//')
  echo "$pkg (>= $ver)"
done | paste -sd, | sed 's/,/, /g')
echo "   Depends: $deps"
# The page cipher links libcrypto.so.3: without libssl3 an encrypted store could not open.
case "$deps" in *libssl3*) ;; *) echo "Depends lacks libssl3 (libcrypto)"; exit 1 ;; esac
size=$(du -sk "$stage/usr" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: shuoshi
Version: $version
Architecture: amd64
Maintainer: shuoshi maintainers <maintainers@users.noreply.example>
Installed-Size: $size
Depends: $deps
Section: utils
Priority: optional
Description: 说事 — speak-up day case console for community workers
 A keyboard-driven terminal console for the Saturday speak-up booths (逢六说事儿):
 take in residents' grievances in Chinese, sort them into the 三事分办 ladder
 (household, village/residence, district, street), follow each to its end
 with working-day deadlines and escalation. Offline; data in local SQLite.
CONTROL
deb=$out/shuoshi_${version}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "== built $deb ($(du -h "$deb" | cut -f1))"
