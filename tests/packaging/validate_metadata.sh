#!/usr/bin/env bash
# Validates the desktop entry and AppStream metainfo as committed, and checks that the metainfo's
# release list names the project version. Exits 77 (CTest: skipped) when neither validator is
# installed (packages desktop-file-utils and appstream).
# usage: validate_metadata.sh <file.desktop> <file.metainfo.xml> <version>
set -euo pipefail
desktop=$1 metainfo=$2 version=$3

grep -q "<release version=\"$version\"" "$metainfo" ||
  { echo "FAIL: $metainfo has no <release version=\"$version\"> (update it with project(VERSION))"; exit 1; }
grep -q "^Icon=$(basename "$metainfo" .metainfo.xml)\$" "$desktop" ||
  { echo "FAIL: $desktop's Icon= is not the application id"; exit 1; }

ran=0
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop"
  echo "desktop-file-validate: ok"
  ran=1
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$metainfo"
  ran=1
fi
((ran)) || { echo "neither desktop-file-validate nor appstreamcli is installed"; exit 77; }
