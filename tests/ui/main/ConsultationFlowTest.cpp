// End to end through the widgets, on a real SQLite store: a client who ignored the letters and
// then received a 支払督促 (served 2026-11-16), interviewed on 2026-11-22 (a fixed clock). The
// court pages appear only once court papers came; the results show the objection deadline and the
// amounts; closing and reopening from the case list shows the same case and the same results.
#include "../WizardDriver.h"

#include "advice/AdviceLabels.h"
#include "case/CaseJson.h"
#include "charts/ChartsPanel.h"
#include "i18n/Language.h"
#include "main/CaseListModel.h"
#include "main/CaseListView.h"
#include "main/CaseSession.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

Case expectedCase()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/ui/ignored_letters_interview.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message.toStdString());
    return c.ok() ? c.value() : Case{};
}

QStringList cells(const QTableWidget* t)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        for (int c = 0; c < t->columnCount(); ++c)
            out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

struct Shown {
    QString stage;
    QStringList deadlines;
    QStringList debts;
    QStringList options;
    QString slider;
};

Shown shownResults(ui::ResultsView* r)
{
    Shown s;
    s.stage = r->stageLabel()->text();
    for (QLabel* l : r->deadlineLabels())
        s.deadlines << l->text();
    s.debts = cells(r->debtsTable());
    s.options = cells(r->optionsTable());
    s.slider = r->findChild<QLabel*>(QStringLiteral("installmentValue"))->text();
    return s;
}

class ConsultationFlow : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        ASSERT_TRUE(dir.isValid());
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
    }
    void TearDown() override { store.reset(); }

    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
};

} // namespace

TEST_F(ConsultationFlow, IgnoredLettersThenPaymentOrder)
{
    Shown before;
    qint64 id = 0;
    {
        ui::MainWindow w;
        w.setClock(clock);
        w.setStore(store.get());
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.newConsultationAction()->trigger();
        InterviewWizard* wizard = w.interviewWizard();
        ASSERT_NE(wizard, nullptr);
        activate(wizard);

        // The branch: no court papers → straight to the debts; court papers → the court pages.
        std::vector<int> visited;
        fillIgnoredLettersInterview(wizard, [&](int pageId) {
            visited.push_back(pageId);
            if (pageId != InterviewWizard::ContactPageId)
                return;
            answer(wizard->currentPage(), "courtPapers", false);
            EXPECT_EQ(wizard->currentPage()->nextId(), InterviewWizard::DebtsPageId);
            next(wizard);
            EXPECT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
            back(wizard);
            ASSERT_EQ(wizard->currentId(), InterviewWizard::ContactPageId);
            // Going back kept every answer of the page.
            EXPECT_TRUE(child<YesNoField>(wizard->currentPage(), "ignoredLetters")->isYes());
            EXPECT_EQ(child<FieldEdit>(wizard->currentPage(), "letterDate")->text(),
                      QStringLiteral("2026-06-08"));
            answer(wizard->currentPage(), "courtPapers", true);
            EXPECT_EQ(wizard->currentPage()->nextId(), InterviewWizard::CourtPapersPageId);
        });
        EXPECT_EQ(visited, (std::vector<int>{
                               InterviewWizard::ClientPageId, InterviewWizard::SalePageId,
                               InterviewWizard::ContactPageId, InterviewWizard::CourtPapersPageId,
                               InterviewWizard::CourtOutcomePageId, InterviewWizard::DebtsPageId,
                               InterviewWizard::BudgetPageId, InterviewWizard::AssetsPageId,
                               InterviewWizard::BackgroundPageId}));
        // No guarantor: the guarantors page was skipped.
        EXPECT_FALSE(wizard->hasVisitedPage(InterviewWizard::GuarantorsPageId));
        finish(wizard);
        QCoreApplication::processEvents();
        EXPECT_EQ(w.interviewWizard(), nullptr);

        // The results.
        ui::ResultsView* r = w.resultsView();
        ASSERT_NE(r, nullptr);
        EXPECT_TRUE(r->isVisible());
        EXPECT_EQ(r->stageLabel()->text(), stageName(2));
        EXPECT_EQ(r->stageLabel()->text(), QStringLiteral("第2段階:裁判手続・債務名義"));
        ASSERT_EQ(r->deadlineLabels().size(), 1);
        QLabel* deadline = r->deadlineLabels().first();
        EXPECT_TRUE(deadline->text().contains(QStringLiteral("2026年11月30日")));
        EXPECT_TRUE(deadline->text().contains(QStringLiteral("あと8日")));
        EXPECT_FALSE(deadline->property("urgent").toBool()); // 8 days: not yet red
        EXPECT_TRUE(deadline->text().contains(QStringLiteral("#000000")));
        // Each debt: principal, late interest (民法419条, 365-day basis, 円未満切捨て), balance.
        QTableWidget* debts = r->debtsTable();
        ASSERT_EQ(debts->rowCount(), 2);
        EXPECT_EQ(debts->item(0, 0)->text(), QStringLiteral("東都債権回収株式会社"));
        EXPECT_EQ(debts->item(0, 1)->text(), QStringLiteral("4,350,000円"));
        // 4,350,000 × 14% × 1,543 days (2022-09-02 … 2026-11-22) / 365 = 2,574,484.9
        EXPECT_EQ(debts->item(0, 2)->text(), QStringLiteral("2,574,484円"));
        EXPECT_EQ(debts->item(0, 3)->text(), QStringLiteral("6,924,484円"));
        EXPECT_EQ(debts->item(1, 1)->text(), QStringLiteral("480,000円"));
        // 480,000 × 20% × 1,390 days (2023-02-02 … 2026-11-22) / 365 = 365,589.0
        EXPECT_EQ(debts->item(1, 2)->text(), QStringLiteral("365,589円"));
        // The options: every kind listed, the recommended one marked.
        QTableWidget* options = r->optionsTable();
        EXPECT_EQ(options->rowCount(), 7);
        int marked = 0;
        for (int row = 0; row < options->rowCount(); ++row)
            if (options->item(row, 0)->text() == QStringLiteral("★ 推奨"))
                ++marked;
        EXPECT_EQ(marked, 1);
        // The installment slider starts at the practice proposal: what the budget leaves
        // (310,000 − 163,000 = 147,000) up to 20,000 a month per creditor × 2 = 40,000.
        EXPECT_EQ(r->installmentSlider()->value(), 40);
        before = shownResults(r);

        // The case in the store is exactly the interview.
        w.flushSaves();
        id = w.currentCaseId();
        ASSERT_GT(id, 0);
        auto stored = store->load(id);
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored->data, expectedCase());

        // The slider moves the results and is saved with the case.
        r->installmentSlider()->setValue(60);
        EXPECT_EQ(r->assessment().option(OptionKind::Installment)->monthly, Yen(60000));
        before = shownResults(r);
        w.close();
    }

    // Reopen: a new window on the same store; open the case from the list with Enter.
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    QTableView* table = w.caseList()->table();
    ASSERT_EQ(w.caseList()->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    ui::ResultsView* r = w.resultsView();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(w.currentCaseId(), id);
    const Shown after = shownResults(r);
    EXPECT_EQ(after.stage, before.stage);
    EXPECT_EQ(after.deadlines, before.deadlines);
    EXPECT_EQ(after.debts, before.debts);
    EXPECT_EQ(after.options, before.options);
    EXPECT_EQ(after.slider, QStringLiteral("60,000円"));
    EXPECT_EQ(r->installmentSlider()->value(), 60);

    Case expected = expectedCase();
    expected.installmentMonthly = Yen(60000);
    EXPECT_EQ(w.session()->data(), expected);

    // The interview shows every answer as it was given.
    w.editInterview();
    InterviewWizard* wizard = w.interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    QWizardPage* p = wizard->currentPage();
    EXPECT_EQ(child<FieldEdit>(p, "clientName")->text(), QStringLiteral("井上 直樹"));
    EXPECT_EQ(child<FieldEdit>(p, "clientKana")->text(), QStringLiteral("イノウエ ナオキ"));
    EXPECT_EQ(child<FieldEdit>(p, "birthDate")->text(), QStringLiteral("1979-12-02"));
    EXPECT_EQ(child<FieldEdit>(p, "dependents")->text(), QStringLiteral("1"));
    EXPECT_EQ(child<FieldEdit>(p, "netIncome")->text(), QStringLiteral("310,000"));
    next(wizard);
    p = wizard->currentPage();
    EXPECT_EQ(child<FieldEdit>(p, "saleDate")->text(), QStringLiteral("2023-05-26"));
    EXPECT_EQ(child<FieldEdit>(p, "salePrice")->text(), QStringLiteral("24,500,000"));
    EXPECT_EQ(child<FieldEdit>(p, "residualCreditor")->text(),
              QStringLiteral("東都債権回収株式会社"));
    EXPECT_EQ(child<FieldEdit>(p, "residualAmount")->text(), QStringLiteral("4,350,000"));
    next(wizard);
    p = wizard->currentPage();
    EXPECT_TRUE(child<YesNoField>(p, "ignoredLetters")->isYes());
    EXPECT_EQ(child<FieldEdit>(p, "letterDate")->text(), QStringLiteral("2026-06-08"));
    EXPECT_TRUE(child<YesNoField>(p, "courtPapers")->isYes());
    next(wizard);
    p = wizard->currentPage();
    ASSERT_EQ(wizard->currentId(), InterviewWizard::CourtPapersPageId);
    EXPECT_TRUE(child<QRadioButton>(p, "paymentOrder")->isChecked());
    EXPECT_EQ(child<FieldEdit>(p, "servedOn")->text(), QStringLiteral("2026-11-16"));
    EXPECT_EQ(child<ui::DebtChooser>(p, "courtDebt")->selectedId(), QStringLiteral("d1"));
    wizard->reject();
    QCoreApplication::processEvents();
    // Nothing changed by looking.
    w.flushSaves();
    EXPECT_EQ(store->load(id)->data, expected);
}
