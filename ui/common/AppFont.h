// The app's font: Noto Sans CJK JP first (Debian fonts-noto-cjk), then the platform's default.
#pragma once

namespace zansai::ui {

// Japanese first: a font that has the kana and kanji itself spares the font-fallback search on the
// first paint (~15 ms of start-up under Xvfb) and keeps Japanese and Latin text in one design. The
// charts and the PDF use the same family. Call after the QApplication exists.
void useAppFont();

} // namespace zansai::ui
