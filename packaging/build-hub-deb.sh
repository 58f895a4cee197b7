#!/usr/bin/env bash
# Builds shuoshi-hub_<version>_amd64.deb: the street office hub (docs/HUB.md) as its own
# package, apart from the laptop's shuoshi .deb (packaging/build-deb.sh), with its systemd unit,
# settings under /etc/shuoshi-hub/ and a postinst that makes the system user shuoshi_hub.
# A release binary with the Swift runtime linked in (--static-swift-stdlib); HUB_BIN=PATH
# packages a binary built already instead (packaging/test-hub-deb.sh uses the debug one).
# Output: packaging/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/ShuoshiStore/Store/ProgramVersion.swift)
out=packaging/out
stage=$out/stage-hub
bin=${HUB_BIN:-}
if [ -z "$bin" ]; then
  scratch=.build-deb
  echo "== release build of shuoshi-hub (static Swift runtime), version $version"
  swift build -c release --static-swift-stdlib --product shuoshi-hub --scratch-path "$scratch" 2>&1 \
    | grep -E "error|warning: |Build" || true
  bin=$scratch/release/shuoshi-hub
fi
[ -x "$bin" ] || { echo "no shuoshi-hub binary at $bin"; exit 1; }

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/lib/systemd/system" "$stage/etc/shuoshi-hub" \
  "$stage/usr/share/doc/shuoshi-hub"
install -m 0755 "$bin" "$stage/usr/bin/shuoshi-hub"
strip --strip-unneeded "$stage/usr/bin/shuoshi-hub"
install -m 0644 packaging/hub/shuoshi-hub.service "$stage/lib/systemd/system/shuoshi-hub.service"
install -m 0640 packaging/hub/hub.env "$stage/etc/shuoshi-hub/hub.env"
install -m 0644 packaging/hub/README.Debian "$stage/usr/share/doc/shuoshi-hub/README.Debian"
install -m 0644 packaging/copyright "$stage/usr/share/doc/shuoshi-hub/copyright"
for script in postinst prerm postrm; do
  install -m 0755 "packaging/hub/$script" "$stage/DEBIAN/$script"
done
echo /etc/shuoshi-hub/hub.env >"$stage/DEBIAN/conffiles"

echo "== dependencies from the binary's shared libraries"
deps=$(ldd "$stage/usr/bin/shuoshi-hub" | awk '/=> \//{print $3}' | while read -r lib; do
  dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null
done | cut -d: -f1 | sort -u | while read -r pkg; do
  ver=$(dpkg-query -W -f='${Version}' "$pkg" | sed 's/-[^-]*$//')
  echo "$pkg (>= $ver)"
done | paste -sd, | sed 's/,/, /g')
# adduser for the postinst; psql and pg_dump for the admin's checks and backups. The server
# itself may live on another machine (--db postgres://…), so it is only recommended.
deps="${deps:+$deps, }adduser, postgresql-client"
echo "   Depends: $deps"
size=$(du -sk "$stage/usr" "$stage/lib" "$stage/etc" | awk '{s+=$1} END {print s}')
cat >"$stage/DEBIAN/control" <<CONTROL
Package: shuoshi-hub
Version: $version
Architecture: amd64
Maintainer: shuoshi maintainers <maintainers@users.noreply.example>
Installed-Size: $size
Depends: $deps
Recommends: postgresql
Section: net
Priority: optional
Description: 说事 street office hub — laptops sync their case ledgers into PostgreSQL
 The server of a street office (街道办) for the shuoshi case console: the laptops of
 its communities and villages push and pull their hash-chained case ledgers over the
 office network; every event is kept append-only in PostgreSQL, each laptop sees its
 own unit's residents only. Runs as a systemd service (shuoshi-hub.service).
CONTROL
deb=$out/shuoshi-hub_${version}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "== built $deb ($(du -h "$deb" | cut -f1))"
