// The screenshot tour (tools/screenshots.sh): every interview page, a validation message, the
// results with each chart and the case list, written as PNGs for a person to look at. Disabled in
// the normal test run; the script runs it under Xvfb at 1366×768 with ZANSAI_SCREENSHOT_DIR set.
#include "../WizardDriver.h"
#include "editors/DebtEditor.h"
#include "editors/DebtEditorDialog.h"
#include "editors/DebtEventsEditor.h"
#include "editors/DebtEventsModel.h"
#include "main/CaseHistoryDialog.h"

#include "case/CaseJson.h"
#include "charts/ChartsPanel.h"
#include "common/AppFont.h"
#include "i18n/Language.h"
#include "main/CaseListView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

QString outDir()
{
    return qEnvironmentVariable("ZANSAI_SCREENSHOT_DIR");
}

void save(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    QTest::qWait(250); // the notes under the options follow 150 ms after a slider move
    const QString path = QDir(outDir()).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(w->grab().save(path)) << path.toStdString();
}

const char* pageName(int id)
{
    switch (id) {
    case InterviewWizard::ClientPageId:
        return "02-client";
    case InterviewWizard::SalePageId:
        return "04-sale";
    case InterviewWizard::ContactPageId:
        return "05-contact";
    case InterviewWizard::CourtPapersPageId:
        return "06-court-papers";
    case InterviewWizard::CourtOutcomePageId:
        return "07-court-outcome";
    case InterviewWizard::DebtsPageId:
        return "08-debts";
    case InterviewWizard::BudgetPageId:
        return "09-budget";
    case InterviewWizard::AssetsPageId:
        return "10-assets";
    case InterviewWizard::GuarantorsPageId:
        return "11-guarantors";
    case InterviewWizard::BackgroundPageId:
        return "12-background";
    }
    return "page";
}

} // namespace

TEST(ScreenshotTour, DISABLED_EveryPage)
{
    ASSERT_FALSE(outDir().isEmpty()) << "set ZANSAI_SCREENSHOT_DIR";
    QDir().mkpath(outDir());
    const Language lang =
        parseLanguage(qEnvironmentVariable("ZANSAI_SCREENSHOT_LANG", QStringLiteral("ja")));
    TranslationSet translations;
    ASSERT_TRUE(translations.install(lang));
    ui::useAppFont(); // as app/main.cpp does
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 22));
    auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<CaseStore> store = std::move(opened).value();
    // A few saved cases for the list.
    for (const char* file : {"seed1_servicer_lump_sum", "seed2_installment_self_employed",
                             "seed3_pensioner_jhf", "judgment_and_wage_seizure"}) {
        QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + QLatin1String(file) +
                QStringLiteral(".json"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        auto c = readCase(f.readAll());
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(store->create(*c).ok());
    }

    {
        ui::MainWindow w;
        w.setLanguage(lang);
        w.setClock(clock);
        w.setStore(store.get());
        activate(&w);
        save(&w, QStringLiteral("01-case-list"));

        w.newConsultationAction()->trigger();
        InterviewWizard* wizard = w.interviewWizard();
        ASSERT_NE(wizard, nullptr);
        activate(wizard);
        // A typing mistake first: the message appears beside the field.
        type(wizard->currentPage(), "birthDate", QStringLiteral("2025-02-30"));
        type(wizard->currentPage(), "netIncome", QStringLiteral("31万"));
        save(wizard, QStringLiteral("03-client-validation"));
        type(wizard->currentPage(), "birthDate", QString());
        fillIgnoredLettersInterview(
            wizard,
            [&](int id) {
                save(wizard, QString::fromLatin1(pageName(id)));
                if (id != InterviewWizard::DebtsPageId)
                    return;
                // The debt editor's timeline and limitation steps, inside the interview.
                auto* editor = wizard->currentPage()->findChild<ui::DebtEditor*>();
                ASSERT_NE(editor, nullptr);
                editor->showTab(ui::DebtEditor::TimelineTab);
                editor->events()->selectRow(0);
                save(wizard, QString::fromLatin1(pageName(id)) + QStringLiteral("-timeline"));
                editor->showTab(ui::DebtEditor::LimitationTab);
                save(wizard, QString::fromLatin1(pageName(id)) + QStringLiteral("-limitation"));
                editor->showTab(ui::DebtEditor::TermsTab);
            },
            true);
        finish(wizard);
        QCoreApplication::processEvents();

        ui::ResultsView* r = w.resultsView();
        ASSERT_NE(r, nullptr);
        save(&w, QStringLiteral("13-results-balance"));
        r->charts()->setCurrentIndex(1);
        save(&w, QStringLiteral("14-results-monthly"));
        r->charts()->setCurrentIndex(2);
        save(&w, QStringLiteral("15-results-late-interest"));
        r->charts()->setCurrentIndex(0);
        r->setInstallmentMonthly(Yen(30000));
        save(&w, QStringLiteral("16-results-slider-30000"));

        // One debt's editor opened from the results, each tab; then the saved versions.
        w.editDebt(r->currentCase().debts.first().id);
        auto* debtDialog = w.findChild<ui::DebtEditorDialog*>();
        ASSERT_NE(debtDialog, nullptr);
        activate(debtDialog);
        save(debtDialog, QStringLiteral("21-debt-editor-terms"));
        debtDialog->editor()->showTab(ui::DebtEditor::TimelineTab);
        debtDialog->editor()->events()->selectRow(
            debtDialog->editor()->events()->model()->rowCount() - 1);
        save(debtDialog, QStringLiteral("22-debt-editor-timeline"));
        debtDialog->editor()->showTab(ui::DebtEditor::LimitationTab);
        save(debtDialog, QStringLiteral("23-debt-editor-limitation"));
        debtDialog->reject();
        QCoreApplication::processEvents();
        w.showHistory();
        auto* history = w.findChild<ui::CaseHistoryDialog*>();
        ASSERT_NE(history, nullptr);
        activate(history);
        QTest::qWait(50); // its rows take their heights once shown
        save(history, QStringLiteral("24-case-history"));
        history->close();
        QCoreApplication::processEvents();
        activate(&w);

        // The list with the new case, then searching as you type.
        w.showCaseList();
        save(&w, QStringLiteral("17-case-list-after"));
        w.caseList()->searchBox()->setFocus();
        typeText(w.caseList()->searchBox(), QStringLiteral("高橋"));
        QTest::qWait(ui::CaseListView::kSearchDelayMs + 100);
        save(&w, QStringLiteral("18-case-list-search"));
        // A stage 3 case: a judgment and a wage seizure.
        w.caseList()->table()->selectRow(0);
        w.openCase(w.caseList()->selectedId());
        save(&w, QStringLiteral("19-results-stage3"));
        w.showCaseList();
        w.caseList()->searchBox()->clear();
        QTest::qWait(ui::CaseListView::kSearchDelayMs + 100);
        w.caseList()->table()->selectRow(0);
        w.caseList()->deleteSelected();
        w.caseList()->showTrash(true);
        save(&w, QStringLiteral("20-trash"));
        w.caseList()->showTrash(false);
        w.close();
    }
}
