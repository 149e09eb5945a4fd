// The case list over a real store with a few hundred cases: pages fetched as needed, search as
// you type (debounced), sorting, open with Enter, duplicate, delete to the trash, restore, empty.
#include "../WizardDriver.h"

#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "main/CaseListModel.h"
#include "main/CaseListView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

struct AnswerYes : ui::MessageBoxes {
    int asked = 0;
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString&,
                                         QMessageBox::StandardButtons) override
    {
        ++asked;
        return QMessageBox::Yes;
    }
    void warning(QWidget*, const QString&, const QString& text) override
    {
        ADD_FAILURE() << "warning: " << text.toStdString();
    }
};

Case sampleCase(int i)
{
    static const char* const family[] = {"山田", "佐藤", "鈴木", "高橋", "田中"};
    static const char* const kana[] = {"ヤマダ", "サトウ", "スズキ", "タカハシ", "タナカ"};
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = QStringLiteral("%1 太郎%2").arg(QString::fromUtf8(family[i % 5])).arg(i);
    c.client.nameKana = QStringLiteral("%1 タロウ").arg(QString::fromUtf8(kana[i % 5]));
    c.client.netMonthlyIncome = Yen(200000);
    Debt d;
    d.id = QStringLiteral("d1");
    d.creditor = QStringLiteral("債権回収%1株式会社").arg(i % 7);
    d.contractDate = QDate(2010, 4, 1);
    d.acceleratedOn = QDate(2023, 6, 1);
    d.principal = Yen(1000000 + 1000 * i);
    d.lateRate = Rate(14, 100);
    c.debts << d;
    return c;
}

class CaseList : public ::testing::Test {
protected:
    static constexpr int kCases = 300;
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
        QList<Case> cases;
        for (int i = 0; i < kCases; ++i)
            cases << sampleCase(i);
        ASSERT_TRUE(store->createMany(cases).ok());
        ui::MessageBoxes::setInstance(&boxes);
    }
    void TearDown() override
    {
        ui::MessageBoxes::setInstance(nullptr);
        store.reset();
    }

    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
    AnswerYes boxes;
};

} // namespace

TEST_F(CaseList, PagesInsteadOfLoadingEveryRow)
{
    ui::CaseListView list;
    list.setStore(store.get());
    ui::CaseListModel* m = list.model();
    EXPECT_EQ(m->totalCount(), kCases);
    EXPECT_EQ(m->rowCount(), ui::CaseListModel::kPageSize);
    EXPECT_TRUE(m->canFetchMore({}));
    m->fetchMore({});
    EXPECT_EQ(m->rowCount(), kCases);
    EXPECT_FALSE(m->canFetchMore({}));
    EXPECT_EQ(list.findChild<QLabel*>(QStringLiteral("caseCount"))->text(),
              QStringLiteral("300件"));
}

// The model keeps Qt's item-model contract through every change the consultant makes: sorting,
// search, the trash (QAbstractItemModelTester checks each signal and index as it comes). On a store
// that fits in one page: Qt 6.4's tester itself calls fetchMore() from inside its modelReset
// handler, before it marks the reset finished, and then reports the rows it caused to be inserted
// as a change during the reset. Paging is covered by PagesInsteadOfLoadingEveryRow.
TEST_F(CaseList, ModelKeepsTheItemModelContract)
{
    auto small = CaseStore::open(dir.filePath(QStringLiteral("small.sqlite")), clock);
    ASSERT_TRUE(small.ok()) << small.error().message.toStdString();
    QList<Case> cases;
    for (int i = 0; i < 20; ++i)
        cases << sampleCase(i);
    ASSERT_TRUE(small.value()->createMany(cases).ok());

    ui::CaseListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m.setStore(small.value().get());
    EXPECT_EQ(m.rowCount(), 20);
    m.sort(ui::CaseListModel::ClientColumn, Qt::DescendingOrder);
    m.sort(ui::CaseListModel::PrincipalColumn, Qt::AscendingOrder);
    EXPECT_EQ(m.rowCount(), 20);
    m.setQuery(QStringLiteral("山田"));
    EXPECT_EQ(m.rowCount(), 4);
    m.setQuery(QString());
    m.setTrash(true);
    EXPECT_EQ(m.rowCount(), 0);
    m.setTrash(false);
    EXPECT_EQ(m.rowCount(), 20);
    m.setStore(nullptr);
}

TEST_F(CaseList, SearchAsYouTypeIsDebounced)
{
    ui::CaseListView list;
    list.setStore(store.get());
    activate(&list);
    QSignalSpy reloads(list.model(), &ui::CaseListModel::loaded);
    list.searchBox()->setFocus();
    typeText(list.searchBox(), QStringLiteral("高橋"));
    // Typing two characters did not query twice: nothing yet, then one search after the pause.
    EXPECT_EQ(reloads.count(), 0);
    ASSERT_TRUE(reloads.wait(ui::CaseListView::kSearchDelayMs * 4));
    EXPECT_EQ(reloads.count(), 1);
    EXPECT_EQ(list.model()->totalCount(), kCases / 5);
    for (int r = 0; r < list.model()->rowCount(); ++r)
        EXPECT_TRUE(list.model()->index(r, 0).data().toString().startsWith(QStringLiteral("高橋")));
    // By reading, by creditor.
    list.searchBox()->setText(QStringLiteral("スズキ"));
    ASSERT_TRUE(reloads.wait(ui::CaseListView::kSearchDelayMs * 4));
    EXPECT_EQ(list.model()->totalCount(), kCases / 5);
    list.searchBox()->clear();
    ASSERT_TRUE(reloads.wait(ui::CaseListView::kSearchDelayMs * 4));
    EXPECT_EQ(list.model()->totalCount(), kCases);
}

TEST_F(CaseList, SortsByClickingAColumn)
{
    ui::CaseListView list;
    list.setStore(store.get());
    list.table()->sortByColumn(ui::CaseListModel::ClientColumn, Qt::AscendingOrder);
    EXPECT_EQ(list.model()->caseSort(), CaseSort::NameAsc);
    list.table()->sortByColumn(ui::CaseListModel::ClientColumn, Qt::DescendingOrder);
    EXPECT_EQ(list.model()->caseSort(), CaseSort::NameDesc);
    list.table()->sortByColumn(ui::CaseListModel::PrincipalColumn, Qt::DescendingOrder);
    EXPECT_EQ(list.model()->caseSort(), CaseSort::PrincipalDesc);
    // The largest principal first: 1,000,000 + 1,000 × 299.
    EXPECT_EQ(list.model()->index(0, ui::CaseListModel::PrincipalColumn).data().toString(),
              QStringLiteral("1,299,000円"));
    EXPECT_EQ(list.model()->rowCount(), ui::CaseListModel::kPageSize);
}

TEST_F(CaseList, TrashRestoreAndEmpty)
{
    ui::CaseListView list;
    list.setStore(store.get());
    activate(&list);
    list.table()->selectRow(0);
    const qint64 first = list.selectedId();
    ASSERT_GT(first, 0);
    // Delete (the key) moves it to the trash.
    list.table()->setFocus();
    QTest::keyClick(list.table(), Qt::Key_Delete);
    EXPECT_EQ(list.model()->totalCount(), kCases - 1);
    EXPECT_EQ(list.model()->rowOf(first), -1);
    click(list.trashToggle());
    EXPECT_TRUE(list.model()->isTrash());
    EXPECT_EQ(list.model()->totalCount(), 1);
    EXPECT_EQ(list.model()->idAt(0), first);
    // Restore it.
    list.table()->selectRow(0);
    click(list.findChild<QPushButton*>(QStringLiteral("restoreCaseButton")));
    EXPECT_EQ(list.model()->totalCount(), 0);
    click(list.trashToggle());
    EXPECT_EQ(list.model()->totalCount(), kCases);
    // Duplicate, then delete two and empty the trash for good (after a question).
    list.selectCase(first);
    click(list.findChild<QPushButton*>(QStringLiteral("duplicateCaseButton")));
    EXPECT_EQ(list.model()->totalCount(), kCases + 1);
    const qint64 copy = list.selectedId();
    EXPECT_NE(copy, first);
    EXPECT_EQ(store->load(copy)->data.client.name, store->load(first)->data.client.name);
    list.deleteSelected();
    list.selectCase(first);
    list.deleteSelected();
    list.showTrash(true);
    EXPECT_EQ(list.model()->totalCount(), 2);
    click(list.findChild<QPushButton*>(QStringLiteral("emptyTrashButton")));
    EXPECT_EQ(boxes.asked, 1);
    EXPECT_EQ(list.model()->totalCount(), 0);
    EXPECT_FALSE(store->load(first).ok());
}

TEST_F(CaseList, OpensOnDoubleClick)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    QTableView* table = w.caseList()->table();
    const QModelIndex cell = w.caseList()->model()->index(3, 0);
    const qint64 id = w.caseList()->model()->idAt(3);
    settle();
    const QRect r = table->visualRect(cell);
    // As a mouse does it: press and release, then the second press arrives as a double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, r.center());
    EXPECT_EQ(w.currentCaseId(), id);
    ASSERT_NE(w.resultsView(), nullptr);
    EXPECT_EQ(w.resultsView()->currentCase(), store->load(id)->data);
}
