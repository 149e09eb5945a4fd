#include "report/PaperLayout.h"

#include "law/CertifiedMailGrid.h"
#include "report/GlyphRuns.h"
#include "report/PaperMeasure.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace zansai::ui {

using layout::kCellPaddingXPt;
using layout::kCellPaddingYPt;
using layout::Row;
using layout::Table;
using layout::Text;

namespace {

// The papers' style, in points (1/72 in): sizes, colours and the space before and after each kind
// of paragraph. Space before is dropped at the top of a page.
struct StyleSpec {
    double pointSize;
    bool bold;
    QColor color;
    double before, after;
};

StyleSpec styleOf(ParagraphStyle s)
{
    const QColor grey(0x33, 0x33, 0x33);
    switch (s) {
    case ParagraphStyle::Heading1:
        return {15, true, Qt::black, 0, 3};
    case ParagraphStyle::Heading2:
        return {11, true, QColor(0x1f, 0x4e, 0x79), 9, 3};
    case ParagraphStyle::Meta:
        return {9, false, grey, 0, 1};
    case ParagraphStyle::Note:
        return {8, false, grey, 1, 4};
    case ParagraphStyle::Warn:
        return {9, true, QColor(0xa0, 0, 0), 1, 4};
    case ParagraphStyle::Disclaimer:
        return {8, false, Qt::black, 6, 2};
    case ParagraphStyle::Body:
        break;
    }
    return {9, false, Qt::black, 0, 4};
}

constexpr double kListIndentPt = 13;   // the marker's column
constexpr double kListItemGapPt = 1.5; // between the items of one list
constexpr double kTableAfterPt = 5;
constexpr double kTableRulePt = 0.3;
constexpr double kBoxPaddingPt = 3; // the disclaimer's box
constexpr double kDrawingAfterPt = 4;
constexpr double kGridPointSize = 13; // 内容証明: one character a cell, readable when stamped
constexpr double kGridPaddingPt = 1.2;
constexpr double kGridCellShare = 0.038; // 26 cells: 98.8 % of the text width
const QColor kRule(0x7a, 0x8a, 0x99);
const QColor kHeaderFill(0xdd, 0xe7, 0xf0);
const QColor kGridRule(0xb8, 0xc4, 0xcf);
const QColor kBoxRule(0x99, 0x99, 0x99);

// What a page paints, in the order painted: boxes (fills and rules), text, drawings.
struct TextOp {
    const QTextLayout* layout; // or the plain line below, drawn with its baseline at `origin`
    int first, last;           // lines
    QPointF origin;
    QColor pen;
    QString plain;
    GlyphFont* glyphFont;
};
struct BoxOp {
    QRectF rect;
    QColor fill; // invalid: none
    QColor rule; // invalid: none
    double ruleWidth;
    QList<double> inner; // x of the rules between cells
    bool bottomOnly = false;
};
struct DrawOp {
    const Drawing* drawing;
    QRectF rect;
};
struct Page {
    std::vector<BoxOp> boxes;
    std::vector<TextOp> texts;
    std::vector<DrawOp> drawings;
};

} // namespace

struct PaperLayout::Impl {
    const QPaintDevice& device;
    const QSizeF body;
    const layout::Measurer m;
    std::vector<Page> pages;
    QList<Piece> pieces;
    // Everything laid out, kept for painting.
    std::vector<Text> texts;
    std::vector<std::unique_ptr<Table>> tables;
    double y = 0; // the cursor on the last page

    Impl(const QPaintDevice& dev, QSizeF b) : device(dev), body(b), m(dev) {}

    double px(double pt) const { return m.px(pt); }

    QFont font(double pointSize, bool bold) const { return m.font(pointSize, bold); }
    const QFontMetricsF& metrics(const QFont& f) const { return m.metrics(f); }
    Text lay(const RichText& t, const QFont& f, double width, Qt::Alignment align) const
    {
        return m.lay(t, f, width, align);
    }

    Page& page() { return pages.back(); }
    // Keeps a laid-out text for painting (a plain line needs nothing kept: its op holds it).
    void keep(Text&& t)
    {
        if (t.layout)
            texts.push_back(std::move(t));
    }
    // Puts all of `t` on the current page with its top left at `at`.
    void put(const Text& t, QPointF at, const QColor& pen)
    {
        if (t.layout)
            page().texts.push_back({t.layout.get(), 0, t.layout->lineCount() - 1, at, pen, {}, {}});
        else if (!t.plain.isEmpty())
            page().texts.push_back({nullptr, 0, 0, at + QPointF(t.offset, t.glyphFont->ascent), pen,
                                    t.plain, t.glyphFont});
    }
    int pageIndex() const { return int(pages.size()) - 1; }
    void newPage()
    {
        pages.emplace_back();
        y = 0;
    }
    // Moves to a new page unless `height` fits below the cursor (or the page is still empty).
    void fit(double height)
    {
        if (y > 0 && y + height > body.height() + 0.01)
            newPage();
    }
    void space(double pt)
    {
        if (y > 0)
            y += px(pt);
    }

    // The text of paragraph `t` at `x`, split between pages at line boundaries as needed.
    void placeLines(int block, const Text& t, double x, const QColor& pen)
    {
        if (!t.layout) { // one line
            fit(t.height);
            put(t, QPointF(x, y), pen);
            pieces.append({block, -1, pageIndex(), QRectF(x, y, body.width() - x, t.height)});
            y += t.height;
            return;
        }
        QTextLayout* layout = t.layout.get();
        const int n = layout->lineCount();
        int first = 0;
        while (first < n) {
            fit(layout->lineAt(first).height());
            const double startY = y;
            const double base = layout->lineAt(first).y();
            int last = first;
            while (last + 1 < n) {
                const QTextLine next = layout->lineAt(last + 1);
                if (y + next.y() + next.height() - base > body.height() + 0.01)
                    break;
                ++last;
            }
            const QTextLine end = layout->lineAt(last);
            const double height = end.y() + end.height() - base;
            page().texts.push_back({layout, first, last, QPointF(x, startY - base), pen, {}, {}});
            pieces.append({block, -1, pageIndex(), QRectF(x, startY, body.width() - x, height)});
            y = startY + height;
            first = last + 1;
        }
    }

    void paragraph(int block, const PaperBlock& b, double keepWithNext)
    {
        const StyleSpec s = styleOf(b.style);
        const bool boxed = b.style == ParagraphStyle::Disclaimer;
        const double pad = boxed ? px(kBoxPaddingPt) : 0;
        Text t = lay(b.text, font(s.pointSize, s.bold), body.width() - 2 * pad, b.align);
        if (b.pageBreakBefore && y > 0)
            newPage();
        space(s.before);
        if (boxed) { // the box moves whole
            fit(t.height + 2 * pad);
            page().boxes.push_back({QRectF(0, y, body.width(), t.height + 2 * pad),
                                    QColor(),
                                    kBoxRule,
                                    px(0.5),
                                    {},
                                    false});
            put(t, QPointF(pad, y + pad), s.color);
            pieces.append({block, -1, pageIndex(), QRectF(0, y, body.width(), t.height + 2 * pad)});
            y += t.height + 2 * pad;
        } else {
            // A heading stays with the first line, row or drawing of what follows it.
            if (keepWithNext > 0)
                fit(t.height + px(s.after) + keepWithNext);
            placeLines(block, t, 0, s.color);
        }
        y += px(s.after);
        keep(std::move(t));
    }

    void listItem(int block, const PaperBlock& b)
    {
        const StyleSpec s = styleOf(b.style);
        const QFont f = font(s.pointSize, s.bold);
        const double indent = px(kListIndentPt);
        Text t = lay(b.text, f, body.width() - indent, b.align);
        Text marker = lay(RichText{b.marker, {}}, f, indent, Qt::AlignLeft);
        fit(t.layout && t.layout->lineCount() > 0 ? t.layout->lineAt(0).height() : t.height);
        put(marker, QPointF(px(3), y), s.color);
        placeLines(block, t, indent, s.color);
        y += px(b.lastOfList ? s.after : kListItemGapPt);
        keep(std::move(t));
        keep(std::move(marker));
    }

    std::unique_ptr<Table> measure(const PaperTable& pt) const { return m.table(pt, body.width()); }

    void placeRow(const Table& t, const Row& row, bool header, int block, int index)
    {
        const double pad = px(kCellPaddingXPt), padY = px(kCellPaddingYPt);
        const double w = t.x.isEmpty() ? 0 : t.x.back() + t.width.back();
        QList<double> inner;
        for (qsizetype c = 1; c < t.x.size(); ++c)
            inner.append(t.x[c]);
        page().boxes.push_back({QRectF(0, y, w, row.height), header ? kHeaderFill : QColor(), kRule,
                                px(kTableRulePt), inner, false});
        for (size_t c = 0; c < row.cells.size(); ++c)
            put(row.cells[c], QPointF(t.x[qsizetype(c)] + pad, y + padY), Qt::black);
        pieces.append({block, header ? -2 : index, pageIndex(), QRectF(0, y, w, row.height)});
        y += row.height;
    }

    // A row taller than a page below the header (a very long note in a cell) cannot move whole: it
    // continues on the next pages, each cell split between two of its lines, below the header
    // repeated there. Nothing of it is cut off.
    void placeTallRow(const Table& t, const Row& row, int block, int index)
    {
        const double pad = px(kCellPaddingXPt), padY = px(kCellPaddingYPt);
        const double w = t.x.back() + t.width.back();
        QList<double> inner;
        for (qsizetype c = 1; c < t.x.size(); ++c)
            inner.append(t.x[c]);
        const auto lines = [](const Text& c) {
            return c.layout ? c.layout->lineCount() : (c.plain.isEmpty() ? 0 : 1);
        };
        std::vector<int> next(row.cells.size(), 0); // each cell's first line not placed yet
        const auto remaining = [&] {
            for (size_t c = 0; c < row.cells.size(); ++c)
                if (next[c] < lines(row.cells[c]))
                    return true;
            return false;
        };
        const auto continueOnNewPage = [&] {
            newPage();
            if (t.headerPresent)
                placeRow(t, t.header, true, block, -2);
        };
        const double pageTop = t.headerPresent ? t.header.height : 0;
        while (remaining()) {
            const bool fresh = y <= pageTop + 0.01;
            const double room = body.height() - y - 2 * padY;
            std::vector<int> last(row.cells.size());
            double used = 0;
            bool any = false;
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const Text& cell = row.cells[c];
                const int first = next[c], n = lines(cell);
                int l = first - 1;
                if (first < n && !cell.layout) {
                    if (cell.height <= room || fresh) {
                        l = first;
                        used = std::max(used, cell.height);
                    }
                } else if (first < n) {
                    const double base = cell.layout->lineAt(first).y();
                    const auto bottom = [&](int i) {
                        const QTextLine line = cell.layout->lineAt(i);
                        return line.y() + line.height() - base;
                    };
                    while (l + 1 < n && (bottom(l + 1) <= room || (fresh && l + 1 == first)))
                        ++l;
                    if (l >= first)
                        used = std::max(used, bottom(l));
                }
                last[c] = l;
                any = any || l >= first;
            }
            if (!any) { // not one line fits below what is on this page
                continueOnNewPage();
                continue;
            }
            const double h = used + 2 * padY;
            page().boxes.push_back(
                {QRectF(0, y, w, h), QColor(), kRule, px(kTableRulePt), inner, false});
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const Text& cell = row.cells[c];
                if (last[c] < next[c])
                    continue;
                const QPointF at(t.x[qsizetype(c)] + pad, y + padY);
                if (cell.layout)
                    page().texts.push_back({cell.layout.get(),
                                            next[c],
                                            last[c],
                                            at - QPointF(0, cell.layout->lineAt(next[c]).y()),
                                            Qt::black,
                                            {},
                                            {}});
                else
                    put(cell, at, Qt::black);
                next[c] = last[c] + 1;
            }
            pieces.append({block, index, pageIndex(), QRectF(0, y, w, h)});
            y += h;
            if (remaining())
                continueOnNewPage();
        }
    }

    void table(int block, const PaperBlock& b)
    {
        tables.push_back(measure(*b.table));
        const Table& t = *tables.back();
        if (b.pageBreakBefore && y > 0)
            newPage();
        const double headerHeight = t.headerPresent ? t.header.height : 0;
        // The header with at least the first row; then each row whole, the header repeated on
        // every page the table continues on.
        // (A first row taller than a page starts here if its first lines fit: placeTallRow.)
        double firstRow = t.rows.empty() ? 0 : t.rows.front().height;
        if (firstRow > body.height() - headerHeight)
            firstRow =
                metrics(font(b.table->pointSize, false)).height() * 3 + 2 * px(kCellPaddingYPt);
        fit(headerHeight + firstRow);
        if (t.headerPresent)
            placeRow(t, t.header, true, block, -2);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const Row& row = t.rows[r];
            if (row.height > body.height() - headerHeight + 0.01) {
                placeTallRow(t, row, block, int(r));
                continue;
            }
            if (y > 0 && y + row.height > body.height() + 0.01) {
                newPage();
                if (t.headerPresent)
                    placeRow(t, t.header, true, block, -2);
            }
            placeRow(t, row, false, block, int(r));
        }
        y += px(kTableAfterPt);
    }

    void drawing(int block, const PaperBlock& b)
    {
        const double w = body.width() * 0.98;
        const double h = std::min(body.width() * b.heightRatio, body.height());
        fit(h);
        page().drawings.push_back({&b.drawing, QRectF(0, y, w, h)});
        pieces.append({block, -1, pageIndex(), QRectF(0, y, w, h)});
        y += h + px(kDrawingAfterPt);
    }

    // A 内容証明 page: 20 rows of 26 ruled cells, one character each (or, for the translation,
    // 20 ruled lines of text).
    void grid(int block, const PaperBlock& b, int rows)
    {
        if (y > 0)
            newPage();
        const QFont f = font(kGridPointSize, false);
        const double pad = px(kGridPaddingPt);
        const double cell = body.width() * kGridCellShare;
        for (int r = 0; r < rows; ++r) {
            const QStringList chars = b.gridRows.value(r);
            if (!b.gridCells) {
                const QString line = chars.join(QString());
                Text t = lay(RichText{line, {}}, f, body.width() - 2 * pad, Qt::AlignLeft);
                const double h = std::max(t.height, metrics(f).height()) + 2 * pad;
                page().boxes.push_back({QRectF(0, y, body.width(), h),
                                        QColor(),
                                        kGridRule,
                                        px(kTableRulePt),
                                        {},
                                        true});
                put(t, QPointF(pad, y + pad), Qt::black);
                y += h;
                keep(std::move(t));
                continue;
            }
            const double h = metrics(f).height() + 2 * pad;
            QList<double> inner;
            for (int k = 1; k < law::kCertifiedMailColumns; ++k)
                inner.append(k * cell);
            page().boxes.push_back({QRectF(0, y, law::kCertifiedMailColumns * cell, h), QColor(),
                                    kGridRule, px(kTableRulePt), inner, false});
            for (int k = 0; k < law::kCertifiedMailColumns && k < chars.size(); ++k) {
                if (chars[k].trimmed().isEmpty())
                    continue;
                Text t = lay(RichText{chars[k], {}}, f, cell, Qt::AlignHCenter);
                put(t, QPointF(k * cell, y + pad), Qt::black);
                keep(std::move(t));
            }
            y += h;
        }
        pieces.append({block, -1, pageIndex(), QRectF(0, 0, body.width(), y)});
    }

    // The height of the first thing `b` puts on a page (what a heading before it keeps with).
    double firstPieceHeight(const PaperBlock& b) const
    {
        switch (b.kind) {
        case PaperBlock::Kind::Table: {
            // Measured again when placed; a first row's height is estimated from one line.
            const QFontMetricsF m(font(b.table->pointSize, true), &device);
            return 2 * (m.height() + 2 * px(kCellPaddingYPt));
        }
        case PaperBlock::Kind::Drawing:
            return std::min(body.width() * b.heightRatio, body.height());
        case PaperBlock::Kind::Grid:
            return 0; // starts a page of its own
        case PaperBlock::Kind::Paragraph:
        case PaperBlock::Kind::ListItem:
            break;
        }
        const StyleSpec s = styleOf(b.style);
        return QFontMetricsF(font(s.pointSize, s.bold), &device).height() + px(s.before);
    }
};

PaperLayout::PaperLayout(const Paper& paper, const QPaintDevice& device, QSizeF body)
    : d(std::make_unique<Impl>(device, body))
{
    d->newPage();
    for (size_t i = 0; i < paper.blocks.size(); ++i) {
        const PaperBlock& b = paper.blocks[i];
        const int block = int(i);
        switch (b.kind) {
        case PaperBlock::Kind::Paragraph: {
            // A heading stays with what follows it, and a caption with its chart.
            const bool heading =
                b.style == ParagraphStyle::Heading1 || b.style == ParagraphStyle::Heading2;
            const bool caption = i + 1 < paper.blocks.size() &&
                                 paper.blocks[i + 1].kind == PaperBlock::Kind::Drawing;
            double keep = 0;
            if (heading || caption) {
                keep = d->firstPieceHeight(paper.blocks[i + 1]);
                // A heading before a caption keeps the caption's chart too.
                if (heading && i + 2 < paper.blocks.size() &&
                    paper.blocks[i + 1].kind == PaperBlock::Kind::Paragraph &&
                    paper.blocks[i + 2].kind == PaperBlock::Kind::Drawing)
                    keep += d->firstPieceHeight(paper.blocks[i + 2]);
            }
            d->paragraph(block, b, keep);
            break;
        }
        case PaperBlock::Kind::ListItem:
            d->listItem(block, b);
            break;
        case PaperBlock::Kind::Table:
            d->table(block, b);
            break;
        case PaperBlock::Kind::Drawing:
            d->drawing(block, b);
            break;
        case PaperBlock::Kind::Grid:
            d->grid(block, b, law::kCertifiedMailRows);
            break;
        }
    }
}

PaperLayout::~PaperLayout() = default;

int PaperLayout::pageCount() const
{
    return int(d->pages.size());
}

const QList<PaperLayout::Piece>& PaperLayout::pieces() const
{
    return d->pieces;
}

void PaperLayout::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || size_t(index) >= d->pages.size())
        return;
    const Page& page = d->pages[size_t(index)];
    painter.save();
    for (const BoxOp& b : page.boxes) {
        if (b.fill.isValid())
            painter.fillRect(b.rect, b.fill);
        if (!b.rule.isValid())
            continue;
        painter.setPen(QPen(b.rule, b.ruleWidth));
        painter.setBrush(Qt::NoBrush);
        if (b.bottomOnly) {
            painter.drawLine(b.rect.bottomLeft(), b.rect.bottomRight());
            continue;
        }
        painter.drawRect(b.rect);
        for (double x : b.inner)
            painter.drawLine(QPointF(x, b.rect.top()), QPointF(x, b.rect.bottom()));
    }
    {
        GlyphRuns runs(painter);
        for (const TextOp& t : page.texts) {
            if (t.layout)
                runs.addLines(*t.layout, t.first, t.last, t.origin, t.pen);
            else
                runs.addLine(*t.glyphFont, t.plain, t.origin, t.pen);
        }
    }
    for (const DrawOp& dr : page.drawings)
        if (*dr.drawing) {
            painter.save();
            (*dr.drawing)(&painter, dr.rect);
            painter.restore();
        }
    painter.restore();
}

} // namespace zansai::ui
