#!/usr/bin/env bash
# usage: check-deb.sh CPACK_CONFIG OUT_DIR [EXECUTABLE...]
# Builds the .deb from the configured build tree with `cpack -G DEB` into OUT_DIR and checks its
# control fields and contents: Depends lists the shared libraries (from dpkg-shlibdeps) and the
# run-time plugins (added by hand), and the package holds both executables without build RPATHs,
# the .desktop file, the metainfo and the icon.
set -euo pipefail
config=$1 out=$2
shift 2
fail() { echo "FAIL: $*" >&2; exit 1; }

for exe in "$@"; do
  [ -x "$exe" ] || fail "$exe is not built (build the project before running this test)"
done

rm -rf "$out"
mkdir -p "$out"
cpack --config "$config" -G DEB -B "$out" > "$out/cpack.log" 2>&1 \
  || { cat "$out/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$out"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { cat "$out/cpack.log"; fail "expected exactly one .deb in $out"; }
deb=${debs[0]}
echo "built $deb"

dpkg-deb --info "$deb"
[ "$(dpkg-deb --field "$deb" Package)" = incident-console ] || fail "package name is not incident-console"
[ "$(dpkg-deb --field "$deb" Section)" = admin ] || fail "section is not admin"
[ -n "$(dpkg-deb --field "$deb" Maintainer)" ] || fail "no maintainer"
depends=$(dpkg-deb --field "$deb" Depends)
for pkg in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6core6 libsqlite3-0 libc6; do
  # A package name in a Depends list: at the start or after ", ", followed by end, space, "," or "|".
  grep -Eq "(^|, )${pkg}( |,|\||\$)" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done

contents=$(dpkg-deb --contents "$deb")
echo "$contents"
for path in \
  ./usr/bin/incident-console \
  ./usr/bin/incidentctl \
  ./usr/share/applications/incident-console.desktop \
  ./usr/share/icons/hicolor/scalable/apps/incident-console.svg \
  ./usr/share/metainfo/invalid.example.IncidentConsole.metainfo.xml
do
  awk '{print $NF}' <<<"$contents" | grep -Fxq "$path" || fail "package lacks $path"
done

# Installed executables must not point back into the build tree or use $ORIGIN.
root="$out/root"
dpkg-deb --extract "$deb" "$root"
for exe in "$root"/usr/bin/*; do
  if readelf -d "$exe" | grep -Eq '\((RPATH|RUNPATH)\)'; then
    readelf -d "$exe" | grep -E 'RPATH|RUNPATH'
    fail "$(basename "$exe") has an RPATH/RUNPATH"
  fi
done
echo "OK: $deb"
