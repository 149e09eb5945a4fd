// File ▸ Export papers of several cases: the papers of each selected case (or of every case) into
// one folder, with a progress dialog that can be cancelled between cases. Each PDF is written to a
// temporary name and renamed when complete (PagedDocument's writePdf, QSaveFile), so a cancel or a
// failure never leaves a half file behind.
#pragma once

#include "report/ClientDocuments.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

class CaseListView;

struct BatchExportResult {
    QStringList written; // every complete PDF, in order
    int casesDone = 0;
    bool cancelled = false;
    QString error; // the first failure (export stops there), empty when none
};

// Called before each case (done = cases finished so far, label = the client's name); returning
// false stops the export there, before that case's first paper.
using BatchProgress = std::function<bool(int done, int total, const QString& label)>;

// Writes `documents` of each case `ids` of `store` into `folder`, assessed as of `today` in each
// case's language (else `fallback`); file names "<id>_<client>_<document>.pdf".
BatchExportResult exportCasePapers(CaseStore& store, const QList<qint64>& ids,
                                   const QString& folder, QDate today, Language fallback,
                                   const QList<ClientDocument>& documents,
                                   const BatchProgress& progress = {});

// The same under a modal QProgressDialog (Cancel stops between cases); reports the outcome in a
// message box. An empty `folder` asks for one.
BatchExportResult exportCasePapersWithProgress(QWidget* parent, CaseStore& store,
                                               const QList<qint64>& ids, QString folder,
                                               QDate today, Language fallback);

// The cases selected in the list, else every case of the store (not the trash).
QList<qint64> casesToExport(CaseListView& list, CaseStore& store);

// File ▸ Export the papers of the selected cases: casesToExport, a folder, the progress dialog.
void exportPapersOfCases(QWidget* parent, CaseStore* store, CaseListView* list, QDate today,
                         Language fallback);

} // namespace zansai::ui
