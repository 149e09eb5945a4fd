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

void placeDrawing(QTextDocument& doc, const QString& placeholder, Drawing draw, double heightRatio)
{
    auto* handler = doc.findChild<DrawingHandler*>();
    if (!handler) {
        handler = new DrawingHandler(&doc);
        doc.documentLayout()->registerHandler(kDrawingFormat, handler);
    }
    handler->drawings.push_back(std::move(draw));
    const int index = int(handler->drawings.size()) - 1;
    QTextCursor found = doc.find(placeholder);
    while (!found.isNull()) {
        QTextCharFormat f;
        f.setObjectType(kDrawingFormat);
        f.setProperty(kDrawingIndex, index);
        f.setProperty(kDrawingRatio, heightRatio);
        found.insertText(QString(QChar::ObjectReplacementCharacter), f);
        found = doc.find(placeholder, found);
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

// The first (logical table, body row) whose row crosses a page boundary, if any.
std::optional<QPair<int, int>> firstStraddlingRow(QTextDocument& doc)
{
    const QVariantList origins = doc.property(kOriginsProperty).toList();
    const double pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    int physical = 0;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        const QPoint origin = origins.value(physical++).toPoint();
        const int headerRows = table->format().headerRowCount();
        for (int r = headerRows; r < table->rows(); ++r) {
            double top = 1e300, bottom = -1;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (bottom - top >= pageHeight * 0.8)
                continue; // a row taller than a page has to split anyway
            if (int(top / pageHeight) != int((bottom - 0.5) / pageHeight))
                return QPair<int, int>(origin.x(), origin.y() + (r - headerRows));
        }
    }
    return std::nullopt;
}

} // namespace

void bindLayout(QTextDocument& doc, QPagedPaintDevice& device)
{
    // Each setter relays the whole document out, even with an unchanged value: paintPaged gets
    // documents that layoutWithWholeRows has already bound, so only what differs is set.
    if (doc.documentLayout()->paintDevice() != &device)
        doc.documentLayout()->setPaintDevice(&device);
    if (doc.documentMargin() != 0)
        doc.setDocumentMargin(0);
    if (const QSizeF body = bodySize(device); doc.pageSize() != body)
        doc.setPageSize(body);
}

bool hasStraddlingRow(QTextDocument& doc)
{
    return firstStraddlingRow(doc).has_value();
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
    for (int round = 0; round < 200; ++round) { // bounded: each round fixes one row for good
        const auto straddling = firstStraddlingRow(*doc);
        if (!straddling || breaks.contains(*straddling))
            break;
        breaks.insert(*straddling);
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
