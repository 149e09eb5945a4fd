// Lays a QTextDocument out on A4 pages of any paged device (QPdfWriter, QPrinter) with a header,
// a footer and "page / pages" on every page. Used by every client document (ui/report/).
#pragma once

#include "util/Result.h"

#include <QPageLayout>
#include <QPair>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

class QTextDocument;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace zansai::ui {

struct PageDecoration {
    QString headerLeft;  // e.g. the firm
    QString headerRight; // e.g. the case number and date
    QString footerLeft;  // e.g. the not-legal-advice line
    QString pageFormat;  // "%1 / %2" (translated)
};

// Where a table must start afresh on a new page: (the table's order in the document as built,
// counting tables before any split, the body row index). QTextDocument splits a row across pages
// when its first line fits; the documents never do.
using TableBreaks = QSet<QPair<int, int>>;
// Builds the document with page breaks before the given rows. A table split this way is emitted
// as several QTextTables; the builder records them on the document (setTableOrigins) so rows can
// be traced back.
using DocumentBuilder = std::function<std::unique_ptr<QTextDocument>(const TableBreaks&)>;
// Each physical table of a built document: (logical table, first body row it holds).
void setTableOrigins(QTextDocument& doc, const QList<QPair<int, int>>& origins);

// Builds and lays the document out for `device`, rebuilding it with a break before each table row
// that would straddle a page, until none does.
std::unique_ptr<QTextDocument> layoutWithWholeRows(const DocumentBuilder& build,
                                                   QPagedPaintDevice& device);

// True when some table row of the laid-out document crosses a page boundary.
bool hasStraddlingRow(QTextDocument& doc);
// Binds the document's layout to the device's body area (pages less header and footer).
void bindLayout(QTextDocument& doc, QPagedPaintDevice& device);

// Paints `doc` onto `device` page by page; returns the page count. The document's layout is bound
// to the device so that it is laid out at the device's resolution (docs/stack-notes.md §5).
int paintPaged(QTextDocument& doc, QPagedPaintDevice& device, const PageDecoration& decoration);

// Writes the document to an A4 PDF at `path` (Noto Sans CJK JP embedded as a subset), repairs the
// text layer (PdfTextLayer) and returns the page count.
Result<int> writePdf(const DocumentBuilder& build, const PageDecoration& decoration,
                     const QString& path, const QString& title);
// The A4 page every document uses (margins in millimetres).
QPageLayout documentPageLayout();

// The font every document uses; the same family on screen, in print and in the PDF.
QString documentFontFamily();

// A vector drawing placed in the text flow (a chart): `draw` paints into the given rectangle.
using Drawing = std::function<void(QPainter*, const QRectF&)>;
// Registers the drawing handler on `doc` and replaces each occurrence of `placeholder` in it with
// the drawing, sized to the text width × `heightRatio`.
void placeDrawing(QTextDocument& doc, const QString& placeholder, Drawing draw,
                  double heightRatio = 0.45);

} // namespace zansai::ui
