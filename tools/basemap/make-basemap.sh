#!/usr/bin/env bash
# Regenerates the offline base map (coastlines and borders of the theatres) from Natural Earth
# 50m, public domain, as packaged in the npm package world-atlas. Development time only: needs
# node and npm; the build and the program never download anything. Commit the result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../core/src/main/resources/io/airshield/report/basemap.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-*.tgz)
mkdir -p "$(dirname "$out")"
node "$here/make-basemap.mjs" "$tmp/package/countries-50m.json" "$out"
ls -l "$out"
