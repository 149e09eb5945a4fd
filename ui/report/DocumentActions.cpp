#include "report/DocumentActions.h"

#include "common/MessageBoxes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace zansai::ui {

ReportContext appReportContext(const Case& c, const Consultation& shown, qint64 caseId,
                               Language appLanguage, QDate today)
{
    ReportContext ctx;
    bool known = false;
    const Language lang = parseLanguage(c.language, &known);
    ctx.language = known ? lang : appLanguage;
    ctx.consultation = shown;
    ctx.caseData = c;
    ctx.caseNumber = QString::number(caseId);
    const QSettings settings;
    ctx.firm = settings.value(QStringLiteral("report/firm")).toString();
    ctx.consultant = settings.value(QStringLiteral("report/consultant"), c.consultant).toString();
    ctx.printedOn = today;
    return ctx;
}

namespace {
struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::DocumentActions)
};
} // namespace

int printDocument(QPrinter& printer, ClientDocument d, const ReportContext& ctx)
{
    printer.setPageLayout(documentPageLayout());
    printer.setDocName(documentTitle(d, ctx.language));
    return paintPaged(documentPaper(d, ctx), printer, decorationFor(d, ctx));
}

QString exportPdfInteractive(QWidget* parent, ClientDocument d, const ReportContext& ctx)
{
    // A draft the case does not allow is explained before any file is asked for.
    if (const QString refusal = documentRefusal(d, ctx, currentLanguage()); !refusal.isEmpty()) {
        MessageBoxes::instance().warning(parent, ActionText::tr("Export PDF"), refusal);
        return {};
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1_%2_%3.pdf")
                          .arg(documentTitle(d, ctx.language),
                               ctx.caseData.client.name.simplified().remove(QLatin1Char(' ')),
                               ctx.printedOn.toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(
        parent, ActionText::tr("Export PDF"), suggested, ActionText::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    const auto pages = exportPdf(d, ctx, path);
    if (!pages) {
        MessageBoxes::instance().warning(parent, ActionText::tr("Export PDF"),
                                         pages.error().message);
        return {};
    }
    return path;
}

void showPrintPreview(QWidget* parent, ClientDocument d, const ReportContext& ctx)
{
    if (const QString refusal = documentRefusal(d, ctx, currentLanguage()); !refusal.isEmpty()) {
        MessageBoxes::instance().warning(parent, ActionText::tr("Print preview"), refusal);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(ActionText::tr("Print preview — %1").arg(documentTitle(d)));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [d, &ctx](QPrinter* p) { printDocument(*p, d, ctx); });
    preview.resize(900, 1000);
    preview.exec();
}

} // namespace zansai::ui
