#include "report/PagedDocument.h"

#include "report/PaperLayout.h"
#include "report/PdfTextLayer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

} // namespace

QString documentFontFamily()
{
    return QStringLiteral("Noto Sans CJK JP");
}

QSizeF paperBodySize(const QPagedPaintDevice& device)
{
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return {double(page.width()),
            page.height() - ptToPx(kHeaderPt, device) - ptToPx(kFooterPt, device)};
}

int paintPaged(const Paper& paper, QPagedPaintDevice& device, const PageDecoration& decoration)
{
    const PaperLayout laidOut(paper, device, paperBodySize(device));
    QPainter painter(&device);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double header = ptToPx(kHeaderPt, device);
    const double footer = ptToPx(kFooterPt, device);
    const int pages = laidOut.pageCount();

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

        // Body: what the layout placed on page i.
        painter.save();
        painter.translate(0, header);
        laidOut.paintPage(painter, i);
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

Result<int> writePdf(const Paper& paper, const PageDecoration& decoration, const QString& path,
                     const QString& title)
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
        pages = paintPaged(paper, writer, decoration);
        drawn.text = paper.plainText() + decoration.headerLeft + decoration.headerRight +
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
