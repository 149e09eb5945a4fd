#include "report/GlyphRuns.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

namespace zansai::ui {

GlyphFont::Glyph GlyphFont::glyph(QChar c)
{
    auto it = glyphs_.constFind(c.unicode());
    if (it != glyphs_.constEnd())
        return *it;
    Glyph g;
    quint32 index = 0;
    int count = 1;
    if (raw.glyphIndexesForChars(&c, 1, &index, &count) && count == 1 && index != 0) {
        g.index = index;
        g.advance = raw.advancesForGlyphIndexes(QList<quint32>{index}).value(0).x();
    }
    glyphs_.insert(c.unicode(), g);
    return g;
}

double GlyphFont::width(const QString& text)
{
    double w = 0;
    for (const QChar c : text) {
        if (c.isSurrogate() || c.unicode() < 0x20)
            return -1;
        const Glyph g = glyph(c);
        if (g.index == 0)
            return -1;
        w += g.advance;
    }
    return w;
}

void GlyphRuns::use(const QRawFont& font, const QColor& pen)
{
    if (font_ == font && pen_ == pen)
        return;
    flush();
    font_ = font;
    pen_ = pen;
}

void GlyphRuns::addLine(GlyphFont& font, const QString& text, QPointF at, const QColor& pen)
{
    use(font.raw, pen);
    double x = at.x();
    for (const QChar c : text) {
        const GlyphFont::Glyph g = font.glyph(c);
        glyphs_.append(g.index);
        positions_.append(QPointF(x, at.y()));
        x += g.advance;
    }
}

void GlyphRuns::addLines(const QTextLayout& layout, int first, int last, QPointF origin,
                         const QColor& pen)
{
    if (!layout.formats().isEmpty()) { // drawn by the layout, after what came before it
        flush();
        painter_.setPen(pen);
        for (int i = first; i <= last; ++i)
            layout.lineAt(i).draw(&painter_, origin);
        return;
    }
    for (int i = first; i <= last; ++i)
        for (const QGlyphRun& g : layout.lineAt(i).glyphRuns()) {
            use(g.rawFont(), pen);
            glyphs_.append(g.glyphIndexes());
            for (const QPointF& p : g.positions())
                positions_.append(p + origin);
        }
}

void GlyphRuns::flush()
{
    if (glyphs_.isEmpty())
        return;
    QGlyphRun run;
    run.setRawFont(font_);
    run.setGlyphIndexes(glyphs_);
    run.setPositions(positions_);
    painter_.setPen(pen_);
    painter_.drawGlyphRun(QPointF(0, 0), run);
    glyphs_.clear();
    positions_.clear();
}

} // namespace zansai::ui
