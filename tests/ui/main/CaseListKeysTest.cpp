// The case list with keys only: 保存したケースを開く (Ctrl+O) puts the keyboard on a marked row, so
// Enter opens it; Tab from the search field into the list marks the row it lands on (before, Enter
// opened nothing until Space selected a row).
#include "../WizardDriver.h"

#include "i18n/Language.h"
#include "main/CaseListView.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

class CaseListKeys : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        Case c;
        c.asOf = QDate(2026, 11, 22);
        c.client.name = QStringLiteral("Kenji Mori");
        auto id = store->create(c);
        ASSERT_TRUE(id.ok());
        caseId = *id;
    }
    void TearDown() override { store.reset(); }

    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 22)};
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;
};

} // namespace

TEST_F(CaseListKeys, OpenSavedCasesThenEnterOpensTheLatest)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier); // 保存したケースを開く
    settle();
    QTableView* table = w.caseList()->table();
    ASSERT_TRUE(table->hasFocus());
    ASSERT_TRUE(table->selectionModel()->isRowSelected(0, {}));
    QTest::keyClick(table, Qt::Key_Return);
    settle();
    EXPECT_EQ(w.currentCaseId(), caseId);
    ASSERT_NE(w.resultsView(), nullptr);
    EXPECT_TRUE(w.resultsView()->isVisible());
}

TEST_F(CaseListKeys, TabIntoTheListThenEnterOpens)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    activate(&w);
    w.openCasesAction()->trigger();
    settle();
    QTableView* table = w.caseList()->table();
    table->clearSelection();
    auto* search = w.caseList()->findChild<QLineEdit*>();
    ASSERT_NE(search, nullptr);
    search->setFocus(Qt::ShortcutFocusReason);
    settle();
    // Tab from the search field until the list has the keyboard (no Space pressed).
    for (int i = 0; i < 10 && !table->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_TRUE(table->hasFocus());
    EXPECT_TRUE(table->selectionModel()->isRowSelected(0, {}));
    QTest::keyClick(table, Qt::Key_Return);
    settle();
    EXPECT_EQ(w.currentCaseId(), caseId);
}
