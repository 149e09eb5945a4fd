// File ▸ Export PDF, print preview and printing of the client documents.
#pragma once

#include "report/ClientDocuments.h"

class QWidget;
class QPrinter;

namespace zansai::ui {

// The context of a paper made in the app: the case's language (else the app's), the consultation
// on screen as it is (the paper narrates it in its own language: nothing is evaluated again), the
// firm and consultant from the settings.
ReportContext appReportContext(const Case& c, const Consultation& shown, qint64 caseId,
                               Language appLanguage, QDate today);

// Asks for a file name (suggested from the client and document) and writes the PDF; reports the
// outcome through MessageBoxes. Returns the path written, or an empty string.
QString exportPdfInteractive(QWidget* parent, ClientDocument d, const ReportContext& ctx);
// QPrintPreviewDialog over the same layout as the PDF (whole rows, header, footer, page numbers).
void showPrintPreview(QWidget* parent, ClientDocument d, const ReportContext& ctx);
// Paints the document on a printer already set up (used by the preview and by tests); returns
// pages.
int printDocument(QPrinter& printer, ClientDocument d, const ReportContext& ctx);

} // namespace zansai::ui
