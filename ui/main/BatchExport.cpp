#include "main/BatchExport.h"

#include "advice/Consultation.h"
#include "common/MessageBoxes.h"
#include "main/CaseListModel.h"
#include "main/CaseListView.h"
#include "report/DocumentActions.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>

namespace zansai::ui {

namespace {

struct BatchText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::BatchExport)
};

// A file name part without path separators or characters that some file systems refuse.
QString fileSafe(QString s)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    s = s.simplified().replace(unsafe, QStringLiteral("_"));
    return s.isEmpty() ? QStringLiteral("case") : s;
}

// A stored case's paper as the app makes it for an open case (appReportContext), assessed as of
// today as the app shows a reopened case.
ReportContext contextFor(const StoredCase& stored, QDate today, Language fallback)
{
    return appReportContext(stored.data, Consultation::assess(stored.data, today), stored.id,
                            fallback, today);
}

} // namespace

BatchExportResult exportCasePapers(CaseStore& store, const QList<qint64>& ids,
                                   const QString& folder, QDate today, Language fallback,
                                   const QList<ClientDocument>& documents,
                                   const BatchProgress& progress)
{
    BatchExportResult out;
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        out.error = BatchText::tr("The folder %1 could not be created.").arg(folder);
        return out;
    }
    for (int i = 0; i < ids.size(); ++i) {
        const auto stored = store.load(ids[i]);
        const QString label = stored ? stored.value().data.client.name : QString::number(ids[i]);
        if (progress && !progress(i, int(ids.size()), label)) {
            out.cancelled = true;
            return out;
        }
        if (!stored) {
            out.error = stored.error().message;
            return out;
        }
        const ReportContext ctx = contextFor(stored.value(), today, fallback);
        for (const ClientDocument d : documents) {
            const QString path = dir.filePath(QStringLiteral("%1_%2_%3.pdf")
                                                  .arg(stored.value().id)
                                                  .arg(fileSafe(label), documentCode(d)));
            const auto pages = exportPdf(d, ctx, path); // QSaveFile: complete or absent
            if (!pages) {
                out.error = pages.error().message;
                return out;
            }
            out.written << path;
        }
        out.casesDone = i + 1;
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()), QString());
    return out;
}

BatchExportResult exportCasePapersWithProgress(QWidget* parent, CaseStore& store,
                                               const QList<qint64>& ids, QString folder,
                                               QDate today, Language fallback)
{
    if (folder.isEmpty())
        folder = QFileDialog::getExistingDirectory(
            parent, BatchText::tr("Export papers to a folder"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty() || ids.isEmpty())
        return {};
    QProgressDialog dialog(BatchText::tr("Exporting the papers…"), BatchText::tr("Cancel"), 0,
                           int(ids.size()), parent);
    dialog.setObjectName(QStringLiteral("batchExportProgress"));
    dialog.setWindowTitle(BatchText::tr("Export papers"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    const BatchExportResult r = exportCasePapers(
        store, ids, folder, today, fallback,
        {ClientDocument::CaseSummary, ClientDocument::BudgetStatement,
         ClientDocument::ReferralSheet},
        [&dialog](int done, int total, const QString& label) {
            dialog.setValue(done);
            if (done < total)
                dialog.setLabelText(
                    BatchText::tr("Case %1 of %2: %3").arg(done + 1).arg(total).arg(label));
            QCoreApplication::processEvents(); // lets Cancel in between cases
            return !dialog.wasCanceled();
        });
    dialog.close();
    if (!r.error.isEmpty())
        MessageBoxes::instance().warning(parent, BatchText::tr("Export papers"), r.error);
    else
        MessageBoxes::instance().information(
            parent, BatchText::tr("Export papers"),
            (r.cancelled ? BatchText::tr("Cancelled: the papers of %1 of %2 cases were written to "
                                         "%3; each file is complete.")
                         : BatchText::tr("The papers of %1 of %2 cases were written to %3."))
                .arg(r.casesDone)
                .arg(ids.size())
                .arg(QDir::toNativeSeparators(folder)));
    return r;
}

QList<qint64> casesToExport(CaseListView& list, CaseStore& store)
{
    QList<qint64> ids;
    if (QItemSelectionModel* sel = list.table()->selectionModel())
        for (const QModelIndex& i : sel->selectedRows())
            if (const qint64 id = list.model()->idAt(i.row()))
                ids << id;
    if (!ids.isEmpty())
        return ids;
    const auto total = store.count(QString());
    if (!total)
        return {};
    const auto all = store.list(QString(), CaseSort::UpdatedDesc, 0, total.value());
    if (all)
        for (const CaseSummary& s : all.value())
            ids << s.id;
    return ids;
}

void exportPapersOfCases(QWidget* parent, CaseStore* store, CaseListView* list, QDate today,
                         Language fallback)
{
    if (!store || !list)
        return;
    const QList<qint64> ids = casesToExport(*list, *store);
    if (ids.isEmpty()) {
        MessageBoxes::instance().information(parent, BatchText::tr("Export papers"),
                                             BatchText::tr("There is no saved case to export."));
        return;
    }
    exportCasePapersWithProgress(parent, *store, ids, QString(), today, fallback);
}

} // namespace zansai::ui
