#include "report/PagedDocument.h"

#include "report/PdfTextLayer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <optional>

#include <memory>
#include <vector>

namespace zansai::ui {

namespace {

struct PagedText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::PagedDocument)
};

// Header and footer bands, in points (1/72 in), converted to device pixels per device.
constexpr double kHeaderPt = 22;
constexpr double kFooterPt = 26;
constexpr double kBandFontPt = 7.5;

double ptToPx(double pt, const QPagedPaintDevice& device)
{
    return pt * device.logicalDpiY() / 72.0;
}

constexpr int kDrawingFormat = QTextFormat::UserObject + 1;
constexpr int kDrawingIndex = QTextFormat::UserProperty + 1;
constexpr int kDrawingRatio = QTextFormat::UserProperty + 2;

// Draws the vector drawings placed in a document; owned by the document.
class DrawingHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit DrawingHandler(QObject* parent) : QObject(parent) {}
    std::vector<Drawing> drawings;

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const double w = doc->textWidth() > 0 ? doc->textWidth() : doc->pageSize().width();
        return {w * 0.98, w * format.doubleProperty(kDrawingRatio)};
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const int i = format.intProperty(kDrawingIndex);
        if (i >= 0 && size_t(i) < drawings.size() && drawings[size_t(i)]) {
            painter->save();
            drawings[size_t(i)](painter, rect);
            painter->restore();
        }
    }
};

} // namespace

QString documentFontFamily()
{
    return QStringLiteral("Noto Sans CJK JP");
}

namespace {

// The document's layout if one exists already: QTextDocument::documentLayout() would create it, and
// a layout created before the device is bound lays the whole document out at screen resolution.
QAbstractTextDocumentLayout* existingLayout(QTextDocument& doc)
{
    return doc.findChild<QAbstractTextDocumentLayout*>(QString(), Qt::FindDirectChildrenOnly);
}

void registerDrawings(QTextDocument& doc)
{
    if (auto* handler = doc.findChild<DrawingHandler*>())
        doc.documentLayout()->registerHandler(kDrawingFormat, handler);
}

} // namespace

void placeDrawing(QTextDocument& doc, const QString& placeholder, Drawing draw, double heightRatio)
{
    auto* handler = doc.findChild<DrawingHandler*>();
    if (!handler) {
        handler = new DrawingHandler(&doc);
        // Registered with the layout when the layout exists (bindLayout creates it otherwise).
        if (QAbstractTextDocumentLayout* layout = existingLayout(doc))
            layout->registerHandler(kDrawingFormat, handler);
    }
    handler->drawings.push_back(std::move(draw));
    const int index = int(handler->drawings.size()) - 1;
    QTextCharFormat f;
    f.setObjectType(kDrawingFormat);
    f.setProperty(kDrawingIndex, index);
    f.setProperty(kDrawingRatio, heightRatio);
    // Found block by block, not by QTextDocument::find: a cursor search lays the document out up to
    // each match, which for 10,000 debts cost more than the whole paper.
    QTextCursor cursor(&doc);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        for (qsizetype at = text.lastIndexOf(placeholder); at >= 0;
             at = at > 0 ? text.lastIndexOf(placeholder, at - 1) : -1) {
            cursor.setPosition(b.position() + int(at));
            cursor.setPosition(b.position() + int(at + placeholder.size()),
                               QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    }
}

namespace {

QSizeF bodySize(const QPagedPaintDevice& device)
{
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return {double(page.width()),
            page.height() - ptToPx(kHeaderPt, device) - ptToPx(kFooterPt, device)};
}

const char* kOriginsProperty = "zansaiTableOrigins";

// One body row of a physical table as laid out: the extent of its cells' text.
struct RowExtent {
    double top = 0, bottom = 0;
};

QList<RowExtent> bodyRows(QTextTable& table, QAbstractTextDocumentLayout* layout)
{
    QList<RowExtent> rows;
    const int headerRows = table.format().headerRowCount();
    rows.reserve(table.rows() - headerRows);
    for (int r = headerRows; r < table.rows(); ++r) {
        RowExtent e{1e300, -1};
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            e.top = std::min(e.top,
                             layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
            e.bottom = std::max(
                e.bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
        rows.append(e);
    }
    return rows;
}

bool crossesPage(double top, double bottom, double pageHeight)
{
    if (bottom - top >= pageHeight * 0.8)
        return false; // a row taller than a page has to split anyway
    return int(top / pageHeight) != int((bottom - 0.5) / pageHeight);
}

// The (logical table, body row) pairs of the rows that cross a page boundary, if any.
//
// Why a prediction: each break moves everything after it, so finding one straddling row per layout
// costs a whole relayout per page boundary inside a table (2,000 of them for 10,000 debts). The
// first straddling row of the laid-out document is exact; after a break before it, the rest of its
// table and the tables after it are paginated here from their rows' heights (a row's height does
// not depend on where it lands), starting the continuation at the next page top below its header.
// A prediction can be off where text between tables moves with them (a line pushed to the next
// page), so the caller lays the document out again and repeats until no row straddles; the first
// straddling row of each layout is always exact, so the loop ends.
QList<QPair<int, int>> straddlingRows(QTextDocument& doc, bool firstOnly)
{
    QList<QPair<int, int>> out;
    const QVariantList origins = doc.property(kOriginsProperty).toList();
    const double ph = doc.pageSize().height();
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    double shift = 0;           // how far the predicted breaks so far push the content down
    double lastPredBottom = -1; // the previous physical table's last row, as predicted
    int physical = 0;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        const QPoint origin = origins.value(physical++).toPoint();
        const QList<RowExtent> rows = bodyRows(*table, layout);
        if (rows.isEmpty())
            continue;
        const double frameTop = layout->frameBoundingRect(table).top();
        const double headerOffset = rows.front().top - frameTop; // frame top to first body row
        const bool pageBroken =
            table->format().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
        if (pageBroken && shift != 0 && lastPredBottom >= 0) {
            // A table that starts a page: it starts the page below the predicted content above.
            const int rawPage = int(frameTop / ph + 0.5);
            const int predPage = std::max(int((lastPredBottom - 0.5) / ph) + 1, 0);
            shift = (predPage - rawPage) * ph;
        }
        // Typical space between one row's text and the next one's (padding and borders), from
        // neighbours laid out on one page.
        double gap = -1;
        for (qsizetype r = 1; r < rows.size() && gap < 0; ++r)
            if (int(rows[r - 1].top / ph) == int(rows[r].bottom / ph))
                gap = rows[r].top - rows[r - 1].bottom;
        if (gap < 0)
            gap = 0;
        double predBottom = 0;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const double height = rows[r].bottom - rows[r].top;
            double top = rows[r].top + shift;
            if (shift != 0 && r > 0) {
                // Rows follow one another; a gap Qt left by moving a row itself is not kept.
                const bool qtMoved = int(rows[r - 1].bottom / ph) != int(rows[r].top / ph);
                top = predBottom + (qtMoved ? gap : rows[r].top - rows[r - 1].bottom);
            }
            if (crossesPage(top, top + height, ph) && !(r == 0 && origin.y() > 0)) {
                out.append({origin.x(), origin.y() + int(r)});
                if (firstOnly)
                    return out;
                // The row starts the next page, below the header repeated there.
                const double moved = (int(top / ph) + 1) * ph + headerOffset;
                shift += moved - top;
                top = moved;
            }
            predBottom = top + height;
            shift = top - rows[r].top;
        }
        lastPredBottom = predBottom;
    }
    return out;
}

} // namespace

void bindLayout(QTextDocument& doc, QPagedPaintDevice& device)
{
    // Each setter relays the whole document out, even with an unchanged value: paintPaged gets
    // documents that layoutWithWholeRows has already bound, so only what differs is set. The page
    // size goes last: until a document has one, its layout lays nothing out. The margin goes
    // first: set on a document that has a layout, it lays the whole document out at once.
    if (doc.documentMargin() != 0)
        doc.setDocumentMargin(0);
    registerDrawings(doc); // creates the layout when placeDrawing left it to us
    if (doc.documentLayout()->paintDevice() != &device)
        doc.documentLayout()->setPaintDevice(&device);
    if (const QSizeF body = bodySize(device); doc.pageSize() != body)
        doc.setPageSize(body);
}

bool hasStraddlingRow(QTextDocument& doc)
{
    return !straddlingRows(doc, true).isEmpty();
}

void setTableOrigins(QTextDocument& doc, const QList<QPair<int, int>>& origins)
{
    QVariantList list;
    for (const auto& o : origins)
        list << QPoint(o.first, o.second);
    doc.setProperty(kOriginsProperty, list);
}

std::unique_ptr<QTextDocument> layoutWithWholeRows(const DocumentBuilder& build,
                                                   QPagedPaintDevice& device)
{
    TableBreaks breaks;
    std::unique_ptr<QTextDocument> doc = build(breaks);
    bindLayout(*doc, device);
    // Bounded: each round fixes at least the first straddling row for good (straddlingRows).
    for (int round = 0; round < 200; ++round) {
        const QList<QPair<int, int>> found = straddlingRows(*doc, false);
        qsizetype added = 0;
        for (const auto& b : found)
            if (!breaks.contains(b)) {
                breaks.insert(b);
                ++added;
            }
        if (added == 0)
            break;
        doc = build(breaks);
        bindLayout(*doc, device);
    }
    return doc;
}

int paintPaged(QTextDocument& doc, QPagedPaintDevice& device, const PageDecoration& decoration)
{
    QPainter painter(&device);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double header = ptToPx(kHeaderPt, device);
    const double footer = ptToPx(kFooterPt, device);
    bindLayout(doc, device);
    const QSizeF body = doc.pageSize();
    const int pages = doc.pageCount();

    QFont bandFont(documentFontFamily());
    bandFont.setPointSizeF(kBandFontPt);
    preferUnshapedText(bandFont);
    const QColor bandColor(0x44, 0x44, 0x44);

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        // Header band
        painter.setFont(bandFont);
        painter.setPen(bandColor);
        const QRectF headerRect(0, 0, page.width(), header * 0.7);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, decoration.headerLeft);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, decoration.headerRight);
        painter.drawLine(QPointF(0, header * 0.8), QPointF(page.width(), header * 0.8));

        // Body: the slice of the laid-out document that belongs to page i.
        painter.save();
        painter.translate(0, header - i * body.height());
        const QRectF slice(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = slice;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();

        // Footer band with the page number on every page.
        painter.setFont(bandFont);
        painter.setPen(bandColor);
        const double top = page.height() - footer;
        painter.drawLine(QPointF(0, top + footer * 0.2), QPointF(page.width(), top + footer * 0.2));
        const QRectF footerRect(0, top + footer * 0.25, page.width(), footer * 0.75);
        const QString number = decoration.pageFormat.arg(i + 1).arg(pages);
        const double numberWidth = footerRect.width() * 0.12;
        painter.drawText(footerRect.adjusted(0, 0, -numberWidth, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         decoration.footerLeft);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, number);
    }
    return pages;
}

QPageLayout documentPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                       QPageLayout::Millimeter);
}

Result<int> writePdf(const DocumentBuilder& build, const PageDecoration& decoration,
                     const QString& path, const QString& title)
{
    QByteArray raw;
    int pages = 0;
    DrawnText drawn; // what the pages show, so the text layer names each glyph after it
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Zansai Navigator"));
        writer.setResolution(300);
        writer.setPageLayout(documentPageLayout());
        auto doc = layoutWithWholeRows(build, writer);
        pages = paintPaged(*doc, writer, decoration);
        drawn.text = doc->toPlainText() + decoration.headerLeft + decoration.headerRight +
                     decoration.footerLeft + decoration.pageFormat;
        drawn.fontFamilies = {documentFontFamily()};
    }
    const auto repaired = repairPdfTextLayer(raw, drawn);
    if (!repaired)
        return repaired.error();
    // Written atomically: a half-written PDF is never left behind.
    // The client's papers are the owner's only (0600), whatever the umask or an older file had.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(repaired.value()) != repaired.value().size() || !out.commit())
        return Error{
            QStringLiteral("-o"),
            PagedText::tr("The PDF could not be written to %1: %2").arg(path, out.errorString())};
    return pages;
}

} // namespace zansai::ui

#include "PagedDocument.moc"
