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

namespace zansai::ui {

// Rewrites one ToUnicode CMap program (bfchar and bfrange sections). Other text is kept as is.
QByteArray normalizeToUnicodeCMap(const QByteArray& cmap);

// Applies normalizeToUnicodeCMap to every font's ToUnicode stream of a whole PDF (libqpdf).
Result<QByteArray> repairPdfTextLayer(const QByteArray& pdf);

} // namespace zansai::ui
