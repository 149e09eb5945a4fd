// Repairs the text layer of PDFs written by QPdfWriter.
//
// Qt builds each embedded font's ToUnicode map from the font's cmap and, where two code points
// share a glyph, names the glyph after the LOWEST. Noto Sans CJK draws radicals (U+2E80–U+2FDF)
// with the glyphs of common kanji and a few marks with those of others, so the page looks right
// but search and copy give ⺠ ⻑ ⾦ ‧ for 民 長 金 ・, and "民法" cannot be found.
// See docs/stack-notes.md §4.
#pragma once

#include "report/LookAlikes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QFont>

namespace zansai::ui {

// Rewrites one ToUnicode CMap program (bfchar and bfrange sections): each destination becomes
// map(destination). Other text is kept as is.
QByteArray normalizeToUnicodeCMap(const QByteArray& cmap, const LookAlikeMap& map = {});

// Applies normalizeToUnicodeCMap with LookAlikeMap(drawn) to every font's ToUnicode stream of a
// whole PDF (libqpdf); pass what the document drew (PagedDocument's writePdf does). It also
// gives each Type0 font the subset-tagged name of its descriptor ("QMAAAA+NotoSansCJKjp-Regular"):
// Qt tags only the descriptor, so readers (pdffonts) could not tell the font is a subset.
Result<QByteArray> repairPdfTextLayer(const QByteArray& pdf, const DrawnText& drawn = {});

// Qt's ToUnicode map only knows glyphs reached straight from the font's cmap; glyphs that OpenType
// shaping substitutes (Noto CJK's digits in a Latin run, "fi" ligatures) get no entry and vanish
// from search. Document fonts therefore skip shaping, which Latin and CJK text do not need.
void preferUnshapedText(QFont& font);

} // namespace zansai::ui
