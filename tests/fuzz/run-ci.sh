#!/usr/bin/env bash
# CI run of the case reader's fuzzer: builds the `fuzz` preset (clang + libFuzzer + ASan,
# incrementally), copies the corpus to a temporary folder (the committed corpus is not grown by
# CI) and fuzzes for FUZZ_SECONDS (default 30). A crash, leak, timeout or failed round trip exits
# non-zero and leaves the reproducer in FUZZ_ARTIFACTS (default build/fuzz/artifacts/).
#   bash tests/fuzz/run-ci.sh              # 30 s
#   FUZZ_SECONDS=300 bash tests/fuzz/run-ci.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-30}
artifacts=${FUZZ_ARTIFACTS:-build/fuzz/artifacts}

[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_case_reader

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work"/
mkdir -p "$artifacts"

echo "== fuzz_case_reader for ${seconds} s on $(ls "$work" | wc -l) corpus files"
# -rss_limit_mb / -timeout: a case file is small; a slow or huge input is a finding too.
ASAN_OPTIONS=detect_leaks=1 build/fuzz/tests/fuzz/fuzz_case_reader \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=tests/fuzz/case.dict -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$work"
echo "== fuzz_case_reader: no finding"
