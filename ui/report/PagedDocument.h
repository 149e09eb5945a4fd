// Lays a QTextDocument out on A4 pages of any paged device (QPdfWriter, QPrinter) with a header,
// a footer and "page / pages" on every page. Used by every client document (ui/report/).
#pragma once

#include "util/Result.h"

#include <QString>
#include <functional>

class QTextDocument;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace zansai::ui {

struct PageDecoration {
    QString headerLeft;   // e.g. the firm
    QString headerRight;  // e.g. the case number and date
    QString footerLeft;   // e.g. the not-legal-advice line
    QString pageFormat;   // "%1 / %2" (translated)
};

// Paints `doc` onto `device` page by page; returns the page count. The document's layout is bound
// to the device so that it is laid out at the device's resolution (stack-findings: the PDF trap).
int paintPaged(QTextDocument& doc, QPagedPaintDevice& device, const PageDecoration& decoration);

// Writes `doc` to an A4 PDF at `path` (Noto Sans CJK JP embedded as a subset), repairs the text
// layer (PdfTextLayer) and returns the page count.
Result<int> writePdf(QTextDocument& doc, const PageDecoration& decoration, const QString& path,
                     const QString& title);

// The font every document uses; the same family on screen, in print and in the PDF.
QString documentFontFamily();

// A vector drawing placed in the text flow (a chart): `draw` paints into the given rectangle.
using Drawing = std::function<void(QPainter*, const QRectF&)>;
// Registers the drawing handler on `doc` and replaces each occurrence of `placeholder` in it with
// the drawing, sized to the text width × `heightRatio`.
void placeDrawing(QTextDocument& doc, const QString& placeholder, Drawing draw,
                  double heightRatio = 0.45);

} // namespace zansai::ui
