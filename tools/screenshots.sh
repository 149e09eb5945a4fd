#!/usr/bin/env bash
# Screenshots of every interview page, a validation message, the debt editor (terms, timeline,
# limitation steps) in the interview and opened from the results, the saved versions of a case,
# the results with each chart and the case list, under Xvfb at 1366×768 (Japanese, English, and
# Japanese at 150 % for high DPI: on a 2049×1152 screen, and on a 1366×768 one, where the window
# has only 910 × 512 logical px).
# Writes screenshots/<set>/*.png (git-ignored). Look at every one.
#   bash tools/screenshots.sh [BUILD_DIR]     (default: build/release, configured if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset release >/dev/null
  build=build/release
fi
cmake --build "$build" --target test_ui_tour
rm -rf screenshots
run() { # set, language, screen, scale
  mkdir -p "screenshots/$1"
  ZANSAI_SCREENSHOT_DIR="$PWD/screenshots/$1" ZANSAI_SCREENSHOT_LANG="$2" QT_QPA_PLATFORM=xcb \
  QT_SCALE_FACTOR="$4" LC_ALL=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false' \
    xvfb-run -a -s "-screen 0 $3x24" "$build/tests/test_ui_tour" \
      --gtest_filter='ScreenshotTour.DISABLED_*' --gtest_also_run_disabled_tests
}
run ja ja 1366x768 1
run en en 1366x768 1
run ja-hidpi ja 2049x1152 1.5
run ja-150 ja 1366x768 1.5
ls screenshots/*/ | head -100
