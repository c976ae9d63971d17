#!/usr/bin/env bash
# Fails when a shipped .ts file is out of date with the sources: an entry still to translate
# (type="unfinished", which is also how lupdate marks strings new in the sources), an entry whose
# string left the sources (type="obsolete" or "vanished"), or an empty translation.
# The shipped files are never touched: lupdate runs on copies in <work dir>.
#
# usage: check_translations.sh <lupdate> <lupdate project .json> <ts dir> <work dir> <languages>
#   the project file (written by translations/CMakeLists.txt) lists the sources and include paths
#   exactly as update_translations sees them; languages: ','-separated (zh_CN,es,...)
# To fix a failure: cmake --build <build> --target update_translations, translate what is new
# (linguist translations/sam2studio_<lang>.ts), commit the .ts files.
set -euo pipefail

lupdate=$1 project=$2 ts_dir=$3 work=$4 languages=$5
[[ -f $project ]] || { echo "no lupdate project file $project (configure the build first)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work"

# Prints the source text of every message whose translation line matches $1 (an awk regex).
list_messages() {
  awk -v pattern="$1" '
    /<source>/ { source = $0; sub(/.*<source>/, "", source); sub(/<\/source>.*/, "", source) }
    $0 ~ pattern { print "      \"" source "\"" }
  ' "$2"
}

failed=0
total_messages=0
for lang in ${languages//,/ }; do
  shipped=$ts_dir/sam2studio_$lang.ts
  if [[ ! -f $shipped ]]; then
    echo "FAIL $lang: $shipped is missing"
    failed=1
    continue
  fi
  if ! grep -q "<TS [^>]*language=\"$lang\"" "$shipped"; then
    echo "FAIL $lang: $shipped does not declare language=\"$lang\""
    failed=1
  fi
  copy=$work/sam2studio_$lang.ts
  cp "$shipped" "$copy"
  if ! "$lupdate" -project "$project" -locations none -ts "$copy" >"$work/lupdate_$lang.log" 2>&1; then
    echo "FAIL $lang: lupdate failed:"
    cat "$work/lupdate_$lang.log"
    failed=1
    continue
  fi

  messages=$(grep -c '<message' "$copy" || true)
  total_messages=$((total_messages + messages))
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$copy" || true)
  empty=$(grep -cE '<translation>[[:space:]]*</translation>|<translation/>|<numerusform>[[:space:]]*</numerusform>|<numerusform/>' "$copy" || true)

  if ((unfinished + obsolete + empty)); then
    failed=1
    echo "FAIL $lang: $messages messages; $unfinished unfinished, $obsolete obsolete, $empty empty"
    ((unfinished)) && { echo "    unfinished (new in the sources or not yet translated):"; list_messages 'type="unfinished"' "$copy"; }
    ((obsolete)) && { echo "    obsolete (no longer in the sources):"; list_messages 'type="(obsolete|vanished)"' "$copy"; }
    ((empty)) && { echo "    empty translations:"; list_messages '<translation>[[:space:]]*</translation>|<translation/>' "$copy"; }
  else
    echo "ok   $lang: $messages messages, all translated"
  fi
done

if ((failed)); then
  echo
  echo "Refresh with: cmake --build <build> --target update_translations; then translate the entries above."
  exit 1
fi
echo "All translations complete ($total_messages messages over all languages)."
