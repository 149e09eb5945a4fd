// Repairs the text layer of PDFs written by QPdfWriter.
//
// Qt builds each embedded font's ToUnicode map from the font's cmap and, where two code points
// share a glyph, keeps the lowest. Noto Sans CJK maps the Kangxi radicals (U+2F00–U+2FD5) to the
// glyphs of common kanji, so the page looks right but search and copy give ⽉ ⽇ ⾦ for 月 日 金.
// We rewrite every ToUnicode entry in U+2E80–U+2FDF to its NFKC form (ICU), so "遅延損害金" and
// "11月30日" can be found in the client's PDF. See shared/notes/stack-findings.md.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFont>

namespace zansai::ui {

// Rewrites one ToUnicode CMap program (bfchar and bfrange sections). Other text is kept as is.
QByteArray normalizeToUnicodeCMap(const QByteArray& cmap);

// Applies normalizeToUnicodeCMap to every font's ToUnicode stream of a whole PDF (libqpdf), and
// gives each Type0 font the subset-tagged name of its descriptor ("QMAAAA+NotoSansCJKjp-Regular"):
// Qt tags only the descriptor, so readers (pdffonts) could not tell the font is a subset.
Result<QByteArray> repairPdfTextLayer(const QByteArray& pdf);

// Qt's ToUnicode map only knows glyphs reached straight from the font's cmap; glyphs that OpenType
// shaping substitutes (Noto CJK's digits in a Latin run, "fi" ligatures) get no entry and vanish
// from search. Document fonts therefore skip shaping, which Latin and CJK text do not need.
void preferUnshapedText(QFont& font);

} // namespace zansai::ui
