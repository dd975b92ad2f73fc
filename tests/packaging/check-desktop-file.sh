#!/usr/bin/env bash
# usage: check-desktop-file.sh DESKTOP_FILE METAINFO_FILE ICON_FILE
# The .desktop file passes desktop-file-validate without errors, warnings or hints, and agrees with the
# metainfo (launchable) and the installed icon name.
set -euo pipefail
desktop=$1 metainfo=$2 icon=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate rejected $desktop"; }
if grep -Eqi 'warning|hint' <<<"$out"; then echo "$out"; fail "desktop-file-validate has warnings or hints for $desktop"; fi
[ -n "$out" ] && echo "$out"

value() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
[ "$(value Type)" = Application ] || fail "Type is not Application"
[ "$(value Icon)" = "$(basename "$icon" .svg)" ] || fail "Icon=$(value Icon) does not match the icon file $(basename "$icon")"
[ "$(value Exec | cut -d' ' -f1)" = incident-console ] || fail "Exec does not start incident-console"
[ -n "$(value 'Name\[de\]')" ] || fail "no German Name[de]"
[ -n "$(value 'Comment\[de\]')" ] || fail "no German Comment[de]"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" \
  || fail "$(basename "$metainfo") does not launch $(basename "$desktop")"
echo "OK: $desktop"
