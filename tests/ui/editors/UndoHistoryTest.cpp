// Undo and history of a case: one debt edited from the results and undone/redone with the Edit
// menu's shortcuts (each step saved), Cancel in the interview putting the case back (saved too,
// and the discarded answers one undo away), and the saved versions listed with what changed, any
// one restored as a new version.
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "editors/CaseDiff.h"
#include "editors/DebtEditor.h"
#include "editors/DebtEditorDialog.h"
#include "editors/DebtEventsEditor.h"
#include "main/CaseHistoryDialog.h"
#include "main/CasePanel.h"
#include "main/CaseSession.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include "main/CaseUndo.h"
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace zansai;
using namespace uitest;

namespace {

Case seed1()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/seed1_servicer_lump_sum.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : Case();
}

class UndoHistory : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        original = seed1();
        id = store->create(original).value();
        w = std::make_unique<ui::MainWindow>();
        w->setClock(clock);
        w->setStore(store.get());
        activate(w.get());
        ASSERT_TRUE(w->openCase(id));
        settle();
    }
    void TearDown() override { w.reset(); }
    Case saved() const { return store->load(id)->data; }
    // Edits the first debt's creditor in its editor, opened from the results with Enter.
    void renameFirstDebt(const QString& name)
    {
        QTableWidget* debts = w->resultsView()->debtsTable();
        debts->setFocus(Qt::TabFocusReason);
        QTest::keyClick(debts, Qt::Key_Home);
        QTest::keyClick(debts, Qt::Key_Return);
        settle();
        auto* dialog = w->findChild<ui::DebtEditorDialog*>();
        ASSERT_NE(dialog, nullptr);
        activate(dialog);
        EXPECT_EQ(dialog->editor()->debtId(), original.debts.first().id);
        type(dialog, "debtCreditor", name);
        QTest::keyClick(dialog->editor()->creditorField()->lineEdit(), Qt::Key_Return);
        settle();
        activate(w.get());
    }

    FixedClock clock{QDate(2026, 11, 22)};
    QTemporaryDir dir;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<ui::MainWindow> w;
    Case original;
    qint64 id = 0;
};

} // namespace

TEST_F(UndoHistory, ADebtEditedFromTheResultsIsUndoneAndRedone)
{
    renameFirstDebt(QStringLiteral("さくら債権回収株式会社"));
    w->flushSaves();
    EXPECT_EQ(saved().debts.first().creditor, QStringLiteral("さくら債権回収株式会社"));
    // Only that debt changed: the interview was not opened.
    EXPECT_EQ(w->interviewWizard(), nullptr);
    Case expected = original;
    expected.debts.first().creditor = QStringLiteral("さくら債権回収株式会社");
    EXPECT_EQ(saved(), expected);

    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier); // Edit ▸ Undo
    w->flushSaves();
    EXPECT_EQ(saved(), original);
    EXPECT_EQ(w->resultsView()->currentCase(), original);
    QTest::keySequence(w.get(), QKeySequence::Redo);
    w->flushSaves();
    EXPECT_EQ(saved(), expected);
}

TEST_F(UndoHistory, CancelInTheInterviewPutsTheCaseBack)
{
    w->editInterview();
    InterviewWizard* wizard = w->interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    type(wizard->currentPage(), "clientName", QStringLiteral("b"));
    w->flushSaves();
    EXPECT_EQ(saved().client.name, QStringLiteral("b")); // autosaved as typed
    QTest::keyClick(wizard, Qt::Key_Escape);             // Cancel
    settle();
    EXPECT_EQ(w->interviewWizard(), nullptr);
    w->flushSaves();
    EXPECT_EQ(saved(), original); // the revert is saved too
    // What was discarded is one undo away.
    activate(w.get());
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    w->flushSaves();
    EXPECT_EQ(saved().client.name, QStringLiteral("b"));
}

TEST_F(UndoHistory, SavedVersionsAreListedWithWhatChangedAndRestored)
{
    renameFirstDebt(QStringLiteral("さくら債権回収株式会社"));
    w->flushSaves();
    QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier); // Edit ▸ Saved versions
    settle();
    auto* dialog = w->findChild<ui::CaseHistoryDialog*>();
    ASSERT_NE(dialog, nullptr);
    activate(dialog);
    QTableWidget* t = dialog->table();
    ASSERT_EQ(t->rowCount(), 2); // created, then the rename
    // Newest first, with what it changed.
    EXPECT_TRUE(t->item(0, 2)->text().contains(QStringLiteral("さくら債権回収株式会社")))
        << t->item(0, 2)->text().toStdString();
    EXPECT_TRUE(t->item(0, 2)->text().contains(ui::CaseDiffText::tr("creditor")));
    // The first version restored by keys: Down to it, then the restore button.
    t->setFocus(Qt::TabFocusReason);
    QTest::keyClick(t, Qt::Key_Down);
    EXPECT_EQ(dialog->selectedRevision(), 1);
    // Tab to the restore button, Space presses it.
    for (int i = 0; i < 5 && QApplication::focusWidget() != dialog->restoreButton(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), dialog->restoreButton());
    QTest::keyClick(dialog->restoreButton(), Qt::Key_Space);
    settle();
    EXPECT_EQ(saved(), original);
    EXPECT_EQ(store->history(id)->size(), 3); // the restore is a new version
    EXPECT_EQ(w->session()->data(), original);
    EXPECT_EQ(t->rowCount(), 3);
}

TEST(CaseDiff, NamesTheChangedFieldsDebtsAndEvents)
{
    const Case a = seed1();
    Case b = a;
    b.client.netMonthlyIncome = Yen(123456);
    DebtEvent pay;
    pay.date = QDate(2026, 10, 1);
    pay.type = DebtEventType::Payment;
    pay.amount = Yen(10000);
    b.debts.first().events << pay;
    b.debts.first().events[0].note = QStringLiteral("changed");
    const QStringList lines = ui::describeChanges(a, b);
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(lines[0].contains(ui::CaseDiffText::tr("net income")));
    EXPECT_TRUE(lines[1].contains(ui::CaseDiffText::tr("event added: %1").arg(QString()).left(6)));
    EXPECT_TRUE(
        lines[1].contains(ui::CaseDiffText::tr("event changed: %1").arg(QString()).left(6)));
    EXPECT_TRUE(ui::describeChanges(a, a).isEmpty());
}
