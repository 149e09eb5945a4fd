// The deadlines view (File ▸ Deadlines…): every stored case's dates in the next N days, soonest
// first, the model under QAbstractItemModelTester; Enter or a double-click opens the case.
// As of 2026-11-26 (tests/cli/DatesCliTest.cpp works the dates out): within 30 days case 2's
// objection 2026-11-30 (4 days left), case 1's objection 2026-12-08 (12) and appeal 2026-12-09
// (13); within 60 also case 1's hearing 2027-01-12 (4 + 31 + 12 = 47 days).
#include "CalendarUiSupport.h"

#include "main/CalendarActions.h"
#include "main/DeadlinesModel.h"
#include "main/DeadlinesView.h"
#include "main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace zansai;
using namespace calendartest;
using namespace Qt::StringLiterals;

namespace {

class DeadlinesViewTest : public ThreeCaseStore {};

QStringList rowsOf(const ui::DeadlinesModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c)
            cells << m.index(r, c).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

} // namespace

TEST_F(DeadlinesViewTest, ListsEveryCasesDatesInTheNextDaysSoonestFirst)
{
    KeptSetting days("deadlines/days");
    ui::DeadlinesView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setDays(30);
    view.load(store.get(), QDate(2026, 11, 26));
    ui::DeadlinesModel& m = *view.model();
    ASSERT_EQ(m.rowCount(), 3);
    EXPECT_EQ(m.columnCount(), int(ui::DeadlinesModel::ColumnCount));
    const auto cell = [&](int r, int c) { return m.index(r, c).data().toString(); };
    // Due, left, what, client, creditor, case.
    EXPECT_EQ(m.row(0).date.due, QDate(2026, 11, 30));
    EXPECT_EQ(cell(0, ui::DeadlinesModel::DaysLeft), u"4 day(s)"_s);
    EXPECT_EQ(cell(0, ui::DeadlinesModel::Kind), u"Objection (督促異議)"_s);
    EXPECT_EQ(cell(0, ui::DeadlinesModel::Client), u"井上 直樹"_s);
    EXPECT_EQ(cell(0, ui::DeadlinesModel::Creditor), u"東都債権回収株式会社"_s);
    EXPECT_EQ(cell(0, ui::DeadlinesModel::CaseNumber), u"2"_s);
    EXPECT_EQ(m.row(1).date.due, QDate(2026, 12, 8));
    EXPECT_EQ(cell(1, ui::DeadlinesModel::DaysLeft), u"12 day(s)"_s);
    EXPECT_EQ(m.row(2).date.due, QDate(2026, 12, 9));
    EXPECT_EQ(cell(2, ui::DeadlinesModel::Kind), u"Appeal (控訴)"_s);
    EXPECT_EQ(m.index(2, 0).data(ui::DeadlinesModel::CaseIdRole).toLongLong(), 1);
    EXPECT_EQ(m.index(2, 0).data(Qt::ToolTipRole).toString(), u"民事訴訟法285条"_s);
    EXPECT_FALSE(m.headerData(ui::DeadlinesModel::Due, Qt::Horizontal).toString().isEmpty());

    // Sixty days: the hearing too; the change of the field reloads at once.
    view.findChild<QSpinBox*>(u"deadlinesDays"_s)->setValue(60);
    ASSERT_EQ(m.rowCount(), 4);
    EXPECT_EQ(m.row(3).date.due, QDate(2027, 1, 12));
    EXPECT_EQ(cell(3, ui::DeadlinesModel::DaysLeft), u"47 day(s)"_s);
    EXPECT_EQ(cell(3, ui::DeadlinesModel::Client), u"青山 花子"_s);
    EXPECT_EQ(QSettings().value(u"deadlines/days"_s).toInt(), 60); // remembered

    // None today: the note says so.
    view.setDays(0);
    EXPECT_EQ(m.rowCount(), 0);
    EXPECT_TRUE(view.note()->text().contains(u"No deadline"_s))
        << view.note()->text().toStdString();
    EXPECT_FALSE(rowsOf(m).join(u'\n').contains(u"d1"_s));
}

TEST_F(DeadlinesViewTest, EnterOrDoubleClickAsksToOpenTheCase)
{
    KeptSetting days("deadlines/days");
    ui::DeadlinesView view;
    view.setDays(30);
    view.load(store.get(), QDate(2026, 11, 26));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &ui::DeadlinesView::openRequested);
    QTableView* table = view.table();

    // Keyboard only: Tab from the days field into the table, Down to the second row, Enter.
    view.findChild<QSpinBox*>(u"deadlinesDays"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), table);
    EXPECT_EQ(table->currentIndex().row(), 0); // the soonest is selected
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.takeFirst().at(0).toLongLong(), 1); // row 1: 青山 花子's objection

    const QRect cellRect = table->visualRect(table->model()->index(0, 0));
    // As a real double-click arrives: a click, then the double-click on the same cell.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.takeFirst().at(0).toLongLong(), 2);
}

TEST_F(DeadlinesViewTest, FromTheMainWindowARowOpensItsCase)
{
    KeptSetting days("deadlines/days");
    QSettings().setValue(u"deadlines/days"_s, 30);
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    QAction* deadlines = w.findChild<QAction*>(u"actionDeadlines"_s);
    ASSERT_NE(deadlines, nullptr);
    EXPECT_FALSE(deadlines->shortcut().isEmpty());
    deadlines->trigger();
    auto* view = w.findChild<ui::DeadlinesView*>();
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->model()->rowCount(), 3); // as of the window's clock, 2026-11-26
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    EXPECT_EQ(w.currentCaseId(), 2);
}
