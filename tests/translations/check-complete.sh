#!/usr/bin/env bash
# Runs lupdate over the sources into a copy of zansai_ja.ts and fails if any entry is unfinished,
# so a string added without its Japanese translation is caught here, not by a consultant.
set -euo pipefail
lupdate=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/zansai_ja.ts" "$tmp/zansai_ja.ts"
(cd "$src" && "$lupdate" -locations none -no-obsolete -silent core ui app -ts "$tmp/zansai_ja.ts")
n=$(grep -c 'type="unfinished"' "$tmp/zansai_ja.ts" || true)
if [ "$n" != "0" ]; then
  echo "zansai_ja.ts: $n unfinished entries after lupdate (run the update_translations target and translate):"
  grep -B3 'type="unfinished"' "$tmp/zansai_ja.ts" | grep '<source>' | head -40
  exit 1
fi
if ! cmp -s "$tmp/zansai_ja.ts" "$src/translations/zansai_ja.ts"; then
  echo "zansai_ja.ts is not current: run the update_translations target and commit the result"
  diff "$src/translations/zansai_ja.ts" "$tmp/zansai_ja.ts" | head -40
  exit 1
fi
echo "zansai_ja.ts: complete"
