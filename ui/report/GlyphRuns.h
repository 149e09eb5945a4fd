// Internal to PaperLayout: text drawn straight from a font's glyphs, and a page's text written as
// few glyph runs as possible (docs/stack-notes.md §7).
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QString>

class QPainter;
class QTextLayout;

namespace zansai::ui {

// A font's glyphs taken straight from its cmap, for lines that need no shaping: the papers' fonts
// skip OpenType shaping anyway (preferUnshapedText, PdfTextLayer.h), so a line's glyphs are its
// characters' glyphs side by side, and each character's glyph and advance is looked up once.
struct GlyphFont {
    QRawFont raw;
    double ascent = 0, height = 0;
    struct Glyph {
        quint32 index = 0; // 0: not in the font (another font would draw it)
        double advance = 0;
    };
    Glyph glyph(QChar c);
    // The width of `text` drawn as one line, or -1 when some character needs more than this font
    // (a fallback font, a surrogate pair, a control character).
    double width(const QString& text);

private:
    QHash<char16_t, Glyph> glyphs_;
};

// Draws a page's text: consecutive text in one font and colour goes out as one glyph run, one
// text object in the PDF instead of one per line, which Qt's PDF engine costs per object (state,
// font, colour) and compresses. The runs keep the order the text was added in, so a reader that
// follows the PDF's order (copy, pdftotext -raw) reads it as placed. Lines with inline formats
// (bold, colour, size) are drawn by QTextLayout itself, in their place.
class GlyphRuns {
public:
    explicit GlyphRuns(QPainter& painter) : painter_(painter) {}
    ~GlyphRuns() { flush(); }
    GlyphRuns(const GlyphRuns&) = delete;
    GlyphRuns& operator=(const GlyphRuns&) = delete;

    // One line of `text` in `font` (GlyphFont::width said it can), baseline starting at `at`.
    void addLine(GlyphFont& font, const QString& text, QPointF at, const QColor& pen);
    // Lines first..last of a laid-out text, its origin at `origin`.
    void addLines(const QTextLayout& layout, int first, int last, QPointF origin,
                  const QColor& pen);
    void flush();

private:
    void use(const QRawFont& font, const QColor& pen);
    QPainter& painter_;
    QRawFont font_;
    QColor pen_;
    QList<quint32> glyphs_;
    QList<QPointF> positions_;
};

} // namespace zansai::ui
