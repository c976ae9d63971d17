#!/usr/bin/env bash
# Builds the .deb with CPack from a built tree, unpacks it into a temporary root with dpkg-deb -x,
# checks its control fields and contents, and runs the unpacked sam2studio-cli. Then checks that
# `cmake --install` to an arbitrary prefix installs the same files.
#
# usage: deb_test.sh <cpack> <cmake> <build dir> <work dir> <version> <app id> <icon sizes, comma-separated>
set -euo pipefail

cpack=$1 cmake=$2 build=$3 work=$4 version=$5 app_id=$6 sizes=$7

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

rm -rf "$work"
mkdir -p "$work"

step "cpack -G DEB"
(cd "$build" && "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
shopt -s nullglob
debs=("$work"/out/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
echo "$(basename "$deb")"

step "control fields"
[[ $(dpkg-deb -f "$deb" Package) == sam2studio ]] || fail "Package is not sam2studio"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps from the linked libraries, with versions; plus the declared plugin package.
for needed in 'libqt6core6 (>=' 'libqt6widgets6 (>=' 'libtorch' 'libc6 (>=' 'qt6-qpa-plugins'; do
  [[ $depends == *"$needed"* ]] || fail "Depends lacks '$needed'"
done

step "dpkg-deb -x"
root=$work/root
dpkg-deb -x "$deb" "$root"

# Files both the package (under /usr) and `cmake --install` (under any prefix) must hold.
expected_files() {
  echo bin/sam2studio
  echo bin/sam2studio-cli
  echo "share/applications/$app_id.desktop"
  echo "share/metainfo/$app_id.metainfo.xml"
  echo "share/mime/packages/$app_id.xml"
  echo "share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in ${sizes//,/ }; do echo "share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  echo share/doc/sam2studio/README.md
  echo share/doc/sam2studio/copyright
}

# The width and height stored in a PNG's IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }

check_tree() {
  local prefix=$1 file
  while read -r file; do
    [[ -s $prefix/$file ]] || fail "$prefix/$file is missing or empty"
  done < <(expected_files)
  [[ -x $prefix/bin/sam2studio && -x $prefix/bin/sam2studio-cli ]] || fail "executables are not executable"
  for size in ${sizes//,/ }; do
    local png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
    [[ $(png_size "$png") == "${size}x${size}" ]] || fail "$png is $(png_size "$png"), not ${size}x${size}"
  done
}
check_tree "$root/usr"

step "run the unpacked sam2studio-cli --version"
got=$("$root/usr/bin/sam2studio-cli" --version)
echo "$got"
[[ $got == "sam2studio-cli $version" ]] || fail "expected 'sam2studio-cli $version'"

step "validate the shipped desktop entry and metainfo"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
else
  echo "desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
  # validate-tree also checks that the metainfo's launchable names a .desktop file in the package.
  appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
else
  echo "appstreamcli not installed (appstream): skipped"
fi

if command -v update-mime-database >/dev/null; then
  # Builds a MIME cache from the package's definition alone. update-mime-database exits 0 even
  # when it cannot parse a file, so the check is on its output: *.s2sproj must map to the project
  # type that the .desktop file declares.
  cp -r "$root/usr/share/mime" "$work/mime"
  update-mime-database "$work/mime" >"$work/mime.log" 2>&1 || { cat "$work/mime.log"; fail "update-mime-database"; }
  grep -q 'application/x-sam2studio-project:\*\.s2sproj' "$work/mime/globs" || fail "*.s2sproj is not in the MIME globs"
  grep -q '^MimeType=.*application/x-sam2studio-project;' "$root/usr/share/applications/$app_id.desktop" ||
    fail "the .desktop file does not declare the project MIME type"
else
  echo "update-mime-database not installed (shared-mime-info): skipped"
fi

step "cmake --install to another prefix"
"$cmake" --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "cmake --install failed"; }
check_tree "$work/prefix"
[[ $("$work/prefix/bin/sam2studio-cli" --version) == "sam2studio-cli $version" ]] || fail "installed sam2studio-cli --version"

echo "PASS"
