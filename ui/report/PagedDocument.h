// Puts a paper (report/PaperModel.h) on A4 pages of any paged device (QPdfWriter, QPrinter) with a
// header, a footer and "page / pages" on every page. Used by every client document (ui/report/).
#pragma once

#include "report/PaperModel.h"
#include "util/Result.h"

#include <QPageLayout>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;

namespace zansai::ui {

struct PageDecoration {
    QString headerLeft;  // e.g. the firm
    QString headerRight; // e.g. the case number and date
    QString footerLeft;  // e.g. the not-legal-advice line
    QString pageFormat;  // "%1 / %2" (translated)
};

// The text area of a page of `device`, in its pixels: the page less margins, header and footer.
QSizeF paperBodySize(const QPagedPaintDevice& device);

// Lays the paper out once (PaperLayout) and paints it onto `device` page by page; returns the
// page count.
int paintPaged(const Paper& paper, QPagedPaintDevice& device, const PageDecoration& decoration);

// Writes the paper to an A4 PDF at `path` (Noto Sans CJK JP embedded as a subset), repairs the
// text layer (PdfTextLayer) and returns the page count. Written atomically, owner-only.
Result<int> writePdf(const Paper& paper, const PageDecoration& decoration, const QString& path,
                     const QString& title);
// The A4 page every document uses (margins in millimetres).
QPageLayout documentPageLayout();

// The font every document uses; the same family on screen, in print and in the PDF.
QString documentFontFamily();

} // namespace zansai::ui
