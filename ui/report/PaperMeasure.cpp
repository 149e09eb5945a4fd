#include "report/PaperMeasure.h"

#include "report/PagedDocument.h"
#include "report/PdfTextLayer.h"

#include <QPaintDevice>

#include <algorithm>

namespace zansai::ui::layout {

Measurer::Measurer(const QPaintDevice& device)
    : device_(device), dpi_(device.logicalDpiY()), base_(documentFontFamily())
{
    base_.setPointSizeF(9);
    preferUnshapedText(base_);
}

QFont Measurer::font(double pointSize, bool bold) const
{
    QFont f = base_;
    f.setPointSizeF(pointSize);
    if (bold)
        f.setWeight(QFont::Bold);
    return f;
}

// Breaks `layout` into lines `width` wide (Qt's line breaking: between words, and between any two
// CJK characters but not before closing punctuation).
double Measurer::breakLines(QTextLayout& layout, double width)
{
    double top = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, top));
        top += line.height();
    }
    layout.endLayout();
    return top;
}

const QFontMetricsF& Measurer::metrics(const QFont& f) const
{
    const QString key = f.key();
    auto it = metrics_.find(key);
    if (it == metrics_.end())
        it = metrics_.emplace(key, QFontMetricsF(f, &device_)).first;
    return it->second;
}

GlyphFont& Measurer::glyphFont(const QFont& f) const
{
    const QString key = f.key();
    auto it = glyphFonts_.find(key);
    if (it == glyphFonts_.end()) {
        GlyphFont g;
        g.raw = QRawFont::fromFont(QFont(f, &device_));
        const QFontMetricsF& m = metrics(f);
        g.ascent = m.ascent();
        g.height = m.ascent() + m.descent();
        it = glyphFonts_.emplace(key, std::move(g)).first;
    }
    return it->second;
}

Text Measurer::lay(const RichText& t, const QFont& f, double width, Qt::Alignment align) const
{
    Text out;
    if (t.formats.isEmpty()) {
        GlyphFont& g = glyphFont(f);
        const double advance = g.width(t.text);
        if (advance >= 0 && advance <= width) {
            out.plain = t.text;
            out.glyphFont = &g;
            out.offset = align & Qt::AlignRight     ? width - advance
                         : align & Qt::AlignHCenter ? (width - advance) / 2
                                                    : 0;
            out.height = g.height;
            return out;
        }
    }
    out.layout = std::make_unique<QTextLayout>(t.text, f, &device_);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    out.layout->setTextOption(option);
    out.layout->setCacheEnabled(true);
    if (!t.formats.isEmpty())
        out.layout->setFormats(t.formats);
    out.height = breakLines(*out.layout, width);
    return out;
}

std::unique_ptr<Table> Measurer::table(const PaperTable& pt, double w) const
{
    auto table = std::make_unique<Table>();
    const int columns =
        int(std::max<qsizetype>(pt.header.size(), pt.rows.isEmpty() ? 0 : pt.rows.front().size()));
    const double pad = px(kCellPaddingXPt), padY = px(kCellPaddingYPt);
    const QFont plain = font(pt.pointSize, false), bold = font(pt.pointSize, true);
    // Column widths: the given percentages; the columns without one share the rest equally.
    // (Every paper gives its tables' widths, so no text is measured for them.)
    QList<double> widths(columns, 0);
    double given = 0;
    int open = 0;
    for (int c = 0; c < columns; ++c) {
        widths[c] = w * pt.widths.value(c) / 100.0;
        given += widths[c];
        open += widths[c] > 0 ? 0 : 1;
    }
    for (double& cw : widths)
        if (cw == 0)
            cw = std::max(0.0, w - given) / open;
    double x = 0;
    for (int c = 0; c < columns; ++c) {
        table->x.append(x);
        table->width.append(widths[c]);
        x += widths[c];
    }
    const auto measureRow = [&](const QList<RichText>& cells, const QFont& f, Row& row) {
        row.cells.reserve(columns);
        double h = 0;
        for (int c = 0; c < columns; ++c) {
            const Qt::Alignment align =
                pt.rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
            row.cells.push_back(lay(cells.value(c), f, std::max(1.0, widths[c] - 2 * pad), align));
            h = std::max(h, row.cells.back().height);
        }
        row.height = h + 2 * padY;
    };
    table->headerPresent = !pt.header.isEmpty();
    if (table->headerPresent)
        measureRow(pt.header, bold, table->header);
    table->rows.resize(size_t(pt.rows.size()));
    for (qsizetype r = 0; r < pt.rows.size(); ++r)
        measureRow(pt.rows[r], plain, table->rows[size_t(r)]);
    return table;
}

} // namespace zansai::ui::layout
