// File ▸ Export the papers of several cases: each case's PDFs into one folder, progress between
// cases, a cancel that leaves only complete files (each is written to a temporary name, then
// renamed), and the dialog run through to the end.
#include "PdfTools.h"

#include "case/CaseJson.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/BatchExport.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;
using namespace Qt::StringLiterals;

namespace {

Case loadCase(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    auto c = readCase(f.readAll());
    return c.ok() ? c.value() : Case{};
}

struct RecordingBoxes : MessageBoxes {
    QStringList texts;
    void information(QWidget*, const QString&, const QString& text) override { texts << text; }
    void warning(QWidget*, const QString&, const QString& text) override { texts << text; }
};

class BatchExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        auto opened = CaseStore::open(dir.filePath(u"cases.sqlite"_s), clock);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened.value());
        for (const QString& name :
             {u"ignored_letters_payment_order.json"_s, u"seed1_servicer_lump_sum.json"_s,
              u"seed3_pensioner_jhf.json"_s}) {
            const auto id = store->create(loadCase(name));
            ASSERT_TRUE(id.ok());
            ids << id.value();
        }
        out = dir.filePath(u"papers"_s);
    }
    // Every file of the folder, each checked complete: a PDF that poppler reads to the end.
    QStringList completeFiles()
    {
        QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        for (const QString& f : files) {
            EXPECT_TRUE(f.endsWith(u".pdf"_s)) << "left behind: " << f.toStdString();
            EXPECT_GE(pdfPageCount(QDir(out).filePath(f)), 1) << f.toStdString();
        }
        return files;
    }
    TranslationSet translations;
    FixedClock clock{QDate(2026, 11, 22)};
    QTemporaryDir dir;
    std::unique_ptr<CaseStore> store;
    QList<qint64> ids;
    QString out;
};

} // namespace

TEST_F(BatchExport, ThreeCasesThreeCompletePdfs)
{
    QList<int> progress;
    const BatchExportResult r =
        exportCasePapers(*store, ids, out, QDate(2026, 11, 22), Language::Japanese,
                         {ClientDocument::CaseSummary}, [&](int done, int total, const QString&) {
                             progress << done;
                             EXPECT_EQ(total, 3);
                             return true;
                         });
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.casesDone, 3);
    EXPECT_EQ(progress, (QList<int>{0, 1, 2, 3})); // before each case, then done
    const QStringList files = completeFiles();
    ASSERT_EQ(files.size(), 3);
    EXPECT_EQ(r.written.size(), 3);
    // Each file is its own case's summary.
    EXPECT_TRUE(squeezed(pdfText(r.written[0])).contains(u"井上直樹"_s));
}

TEST_F(BatchExport, CancelAfterTheFirstCaseLeavesOnlyCompleteFiles)
{
    const BatchExportResult r = exportCasePapers(
        *store, ids, out, QDate(2026, 11, 22), Language::Japanese,
        {ClientDocument::CaseSummary, ClientDocument::BudgetStatement},
        [](int done, int, const QString&) { return done < 1; }); // Cancel once one case is done
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.casesDone, 1);
    // The first case's two papers, complete; nothing of the second, no temporary file.
    const QStringList files = completeFiles();
    EXPECT_EQ(files.size(), 2);
    EXPECT_EQ(r.written.size(), 2);
}

TEST_F(BatchExport, TheProgressDialogRunsToTheEndAndReports)
{
    RecordingBoxes boxes;
    MessageBoxes::setInstance(&boxes);
    const BatchExportResult r = exportCasePapersWithProgress(
        nullptr, *store, ids, out, QDate(2026, 11, 22), Language::Japanese);
    MessageBoxes::setInstance(nullptr);
    EXPECT_EQ(r.casesDone, 3);
    EXPECT_EQ(completeFiles().size(), 9); // summary, 収支表 and 相談票 of each case
    ASSERT_EQ(boxes.texts.size(), 1);
    // The outcome names the folder (written: "%2件中%1件の書類を %3 に書き出しました。").
    EXPECT_TRUE(boxes.texts.first().contains(QDir::toNativeSeparators(out)))
        << boxes.texts.first().toStdString();
}
