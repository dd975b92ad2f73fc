#!/usr/bin/env bash
# usage: check-metainfo.sh METAINFO_FILE
# The AppStream metainfo validates offline, and its file name matches its component id.
set -euo pipefail
metainfo=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli rejected $metainfo"
id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo" | head -n1)
[ "$(basename "$metainfo")" = "$id.metainfo.xml" ] || fail "file name $(basename "$metainfo") does not match component id $id"
echo "OK: $metainfo"
