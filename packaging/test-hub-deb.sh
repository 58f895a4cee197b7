#!/usr/bin/env bash
# Checks the hub's package as far as one machine can without installing it: it builds, holds
# the binary, the unit, the settings (a conffile) and the maintainer scripts; the unit passes
# `systemd-analyze verify`; and the laptop's binary (and its .deb, when built) carries none of
# the hub's server stack (SwiftNIO, PostgresNIO, Hummingbird).
# Usage: packaging/test-hub-deb.sh   (HUB_BIN, SHUOSHI_BIN: binaries to use; default the
# debug builds in .build/debug — `swift build --product shuoshi-hub` first)
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*"; exit 1; }
export HUB_BIN=${HUB_BIN:-.build/debug/shuoshi-hub}
laptop=${SHUOSHI_BIN:-.build/debug/shuoshi}
bash packaging/build-hub-deb.sh
deb=$(ls -t packaging/out/shuoshi-hub_*_amd64.deb | head -1)

echo "== contents of $deb"
listing=$(dpkg-deb -c "$deb")
for path in ./usr/bin/shuoshi-hub ./lib/systemd/system/shuoshi-hub.service \
  ./etc/shuoshi-hub/hub.env ./usr/share/doc/shuoshi-hub/README.Debian; do
  grep -q " $path\$" <<<"$listing" || fail "$path missing"
  echo "   $path"
done
grep -q -- "-rwxr-xr-x root/root .* ./usr/bin/shuoshi-hub$" <<<"$listing" || fail "binary mode/owner"
grep -q -- "-rw-r----- root/root .* ./etc/shuoshi-hub/hub.env$" <<<"$listing" || fail "hub.env mode"
control=$(mktemp -d)
trap 'rm -rf "$control"' EXIT
dpkg-deb -e "$deb" "$control"
[ "$(cat "$control/conffiles")" = /etc/shuoshi-hub/hub.env ] || fail "hub.env not a conffile"
for script in postinst prerm postrm; do
  [ -x "$control/$script" ] || fail "$script missing"
  sh -n "$control/$script" || fail "$script: syntax"
done
grep -q "adduser --system" "$control/postinst" || fail "postinst makes no system user"
depends=$(dpkg-deb -f "$deb" Depends)
echo "   Depends: $depends"
grep -q "postgresql-client" <<<"$depends" || fail "no postgresql-client dependency"
grep -qE "(^|, )postgresql( |,|$)" <<<"$depends" && fail "the server must be recommended, not required"
[ "$(dpkg-deb -f "$deb" Recommends)" = postgresql ] || fail "Recommends"

echo "== the unit"
unit=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./lib/systemd/system/shuoshi-hub.service)
for option in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
  Restart=on-failure StateDirectory=shuoshi-hub User=shuoshi_hub \
  EnvironmentFile=/etc/shuoshi-hub/hub.env; do
  grep -qx "$option" <<<"$unit" || fail "unit lacks $option"
done
if command -v systemd-analyze >/dev/null; then
  # Verified with ExecStart pointing at the staged binary (the package is not installed here).
  dir=$control/units
  mkdir -p "$dir"
  sed "s|/usr/bin/shuoshi-hub|$PWD/packaging/out/stage-hub/usr/bin/shuoshi-hub|" <<<"$unit" \
    >"$dir/shuoshi-hub.service"
  report=$(systemd-analyze verify "$dir/shuoshi-hub.service" 2>&1 || true)
  # Only what concerns this unit (verify also loads the machine's own units).
  mine=$(grep "shuoshi-hub.service" <<<"$report" || true)
  [ -z "$mine" ] || { echo "$report"; fail "systemd-analyze verify"; }
  echo "   systemd-analyze verify: clean"
  echo "   security exposure: $(systemd-analyze security --offline=true "$dir/shuoshi-hub.service" 2>/dev/null | tail -1 || echo n/a)"
else
  echo "   (systemd-analyze not installed: unit not verified)"
fi

echo "== the laptop's binary carries no server stack ($laptop)"
[ -x "$laptop" ] || fail "no laptop binary at $laptop"
if ldd "$laptop" | grep -iE "nio|postgres|hummingbird"; then fail "laptop links a server library"; fi
# Module names as Swift mangles them into symbols: 7NIOCore, 11PostgresNIO, 11Hummingbird.
hits=$( (nm -D "$laptop" 2>/dev/null; nm "$laptop" 2>/dev/null) | grep -cE "7NIOCore|11PostgresNIO|11Hummingbird" || true)
[ "$hits" = 0 ] || fail "laptop binary holds $hits NIO/Postgres/Hummingbird symbols"
echo "   ldd and symbols: none"
laptop_deb=$(ls -t packaging/out/shuoshi_*_amd64.deb 2>/dev/null | head -1 || true)
if [ -n "$laptop_deb" ]; then
  dpkg-deb -f "$laptop_deb" Depends | grep -iE "postgres|nio" && fail "laptop .deb depends on the hub's stack"
  dpkg-deb -c "$laptop_deb" | grep -q shuoshi-hub && fail "laptop .deb holds the hub"
  echo "   $laptop_deb: no hub files or dependencies"
fi
echo "PASS: shuoshi-hub package"
