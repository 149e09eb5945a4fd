// The timeline editor of one debt: the model behind its table (QAbstractItemModelTester), every
// event type of format revision 2 with its fields, imported events shown and edited, rows kept
// in date order as the case keeps them.
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "case/CaseLabels.h"
#include "editors/DebtEditor.h"
#include "editors/DebtEventsEditor.h"
#include "editors/DebtEventsModel.h"
#include "editors/LimitationPanel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace zansai;
using namespace zansai::ui;
using namespace uitest;

namespace {

DebtEvent event(QDate date, DebtEventType type)
{
    DebtEvent e;
    e.date = date;
    e.type = type;
    return e;
}

Case seed1()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/seed1_servicer_lump_sum.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : Case();
}

} // namespace

TEST(DebtEventsModel, PassesTheModelTesterThroughAddsMovesAndRemoves)
{
    DebtEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents({event(QDate(2025, 9, 1), DebtEventType::ClaimAssigned),
                     event(QDate(2023, 6, 12), DebtEventType::Demand)});
    // Sorted on the way in, as Debt::events is kept.
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.event(0).type, DebtEventType::Demand);
    DebtEvent pay = event(QDate(2024, 1, 10), DebtEventType::Payment);
    pay.amount = Yen(10000);
    EXPECT_EQ(model.addEvent(pay), 1); // between 2023-06-12 and 2025-09-01
    // Redated after the assignment: the row moves to the end.
    pay.date = QDate(2026, 1, 10);
    EXPECT_EQ(model.setEvent(1, pay), 2);
    EXPECT_EQ(model.event(2).date, QDate(2026, 1, 10));
    // Redated first: moves to the top.
    pay.date = QDate(2020, 1, 10);
    EXPECT_EQ(model.setEvent(2, pay), 0);
    EXPECT_EQ(model.index(0, DebtEventsModel::AmountColumn).data().toString().isEmpty(), false);
    // Same day as another keeps its place after it (stable).
    DebtEvent same = event(QDate(2025, 9, 1), DebtEventType::Demand);
    EXPECT_EQ(model.addEvent(same), 3);
    model.removeEvent(0);
    EXPECT_EQ(model.rowCount(), 3);
    model.setEvents({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(DebtEventsModel, SaysWhatAnIncompleteEventLacks)
{
    DebtEvent pay = event(QDate(2026, 1, 5), DebtEventType::Payment);
    EXPECT_FALSE(DebtEventsModel::problem(pay).isEmpty());
    pay.amount = Yen(5000);
    EXPECT_TRUE(DebtEventsModel::problem(pay).isEmpty());
    DebtEvent seizure = event(QDate(2026, 1, 5), DebtEventType::SeizureFiled);
    EXPECT_FALSE(DebtEventsModel::problem(seizure).isEmpty());
    seizure.target = SeizureTarget::Wages;
    EXPECT_TRUE(DebtEventsModel::problem(seizure).isEmpty());
    seizure.court = QStringLiteral("大阪地方裁判所");
    seizure.caseNumber = QStringLiteral("令和8年(ル)第55号");
    EXPECT_EQ(DebtEventsModel::detailsText(seizure).left(7), QStringLiteral("大阪地方裁判所"));
}

TEST(DebtEventsEditor, EveryEventTypeOfRevision2IsOffered)
{
    DebtEventsEditor editor;
    // The 24 types of DebtEventType (Case.h), revision 2's six proceeding ends included.
    EXPECT_EQ(editor.typeCombo()->count(), int(DebtEventType::SeizureCompleted) + 1);
    for (int t = 0; t <= int(DebtEventType::SeizureCompleted); ++t)
        EXPECT_GE(editor.typeCombo()->findData(t), 0) << t;
}

TEST(DebtEditor, ImportedEventsAreShownAndEditable)
{
    Case c = seed1();
    ASSERT_FALSE(c.debts.isEmpty());
    const QString id = c.debts.first().id;
    DebtEditor editor;
    editor.resize(1000, 600);
    activate(&editor);
    editor.load(c, id);
    DebtEventsEditor* events = editor.events();
    ASSERT_EQ(events->model()->rowCount(), c.debts.first().events.size());
    EXPECT_EQ(events->model()->index(3, DebtEventsModel::TypeColumn).data().toString(),
              displayName(DebtEventType::ClaimAssigned));
    // Its note is in the form once the row is selected; a court and 事件番号 added to the demand of
    // 2026-10-20 are kept, its note and its place too.
    editor.showTab(DebtEditor::TimelineTab);
    events->selectRow(5);
    EXPECT_EQ(child<FieldEdit>(&editor, "eventNote")->text(), c.debts.first().events[5].note);
    type(&editor, "eventDate", QStringLiteral("2026-10-21"));
    Case edited = c;
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_EQ(edited.debts.first().events[5].date, QDate(2026, 10, 21));
    EXPECT_EQ(edited.debts.first().events[5].note, c.debts.first().events[5].note);
    // Removing the assignment leaves five, the rest untouched.
    events->selectRow(3);
    click(child<QPushButton>(&editor, "removeEvent"));
    ASSERT_TRUE(editor.store(edited, true));
    ASSERT_EQ(edited.debts.first().events.size(), 5);
    for (const DebtEvent& e : edited.debts.first().events)
        EXPECT_NE(e.type, DebtEventType::ClaimAssigned);
}

TEST(DebtEditor, APaymentNeedsItsAmountBeforeItIsSaved)
{
    Case c = seed1();
    const QString id = c.debts.first().id;
    DebtEditor editor;
    activate(&editor);
    editor.load(c, id);
    editor.showTab(DebtEditor::TimelineTab);
    click(child<QPushButton>(&editor, "addEvent"));
    Case edited = c;
    // Not saved while it has no amount: the case stays valid (autosave never writes a bad case).
    EXPECT_FALSE(editor.store(edited, true));
    EXPECT_EQ(edited.debts.first().events.size(), c.debts.first().events.size());
    EXPECT_TRUE(child<QLabel>(&editor, "eventsMessage")->isVisible());
    type(&editor, "eventAmount", QStringLiteral("30000"));
    type(&editor, "eventDate", QStringLiteral("2026-11-02"));
    EXPECT_TRUE(editor.store(edited, true));
    ASSERT_EQ(edited.debts.first().events.size(), c.debts.first().events.size() + 1);
    const DebtEvent& last = edited.debts.first().events.last();
    EXPECT_EQ(last.type, DebtEventType::Payment);
    EXPECT_EQ(last.amount, Yen(30000));
    EXPECT_EQ(last.date, QDate(2026, 11, 2));
    auto back = readCase(writeCase(edited));
    EXPECT_TRUE(back.ok()) << back.error().message.toStdString();
}

TEST(DebtEditor, CourtEventsCarryCourtAndCaseNumber)
{
    Case c = seed1();
    const QString id = c.debts.first().id;
    DebtEditor editor;
    activate(&editor);
    editor.load(c, id);
    editor.showTab(DebtEditor::TimelineTab);
    click(child<QPushButton>(&editor, "addEvent"));
    auto* typeCombo = child<QComboBox>(&editor, "eventType");
    typeCombo->setCurrentIndex(typeCombo->findData(int(DebtEventType::PaymentOrderServed)));
    EXPECT_FALSE(child<FieldEdit>(&editor, "eventAmount")->isEnabled());
    EXPECT_TRUE(child<FieldEdit>(&editor, "eventCourt")->isEnabled());
    type(&editor, "eventDate", QStringLiteral("2026-11-10"));
    type(&editor, "eventCourt", QStringLiteral("堺簡易裁判所"));
    type(&editor, "eventCaseNumber", QStringLiteral("令和8年(ロ)第1234号"));
    Case edited = c;
    ASSERT_TRUE(editor.store(edited, true));
    const DebtEvent& e = edited.debts.first().events.last();
    EXPECT_EQ(e.type, DebtEventType::PaymentOrderServed);
    EXPECT_EQ(e.court, QStringLiteral("堺簡易裁判所"));
    EXPECT_EQ(e.caseNumber, QStringLiteral("令和8年(ロ)第1234号"));
    // The original creditor, on the terms tab.
    editor.showTab(DebtEditor::TermsTab);
    type(&editor, "originalCreditor", QStringLiteral("株式会社みらい銀行"));
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_EQ(edited.debts.first().originalCreditor, QStringLiteral("株式会社みらい銀行"));
}

TEST(LimitationPanel, ShowsEachStepWithItsDateAndArticle)
{
    Case c = seed1();
    DebtEditor editor;
    activate(&editor);
    editor.load(c, c.debts.first().id);
    editor.showTab(DebtEditor::LimitationTab);
    QTableWidget* steps = editor.limitation()->stepsTable();
    ASSERT_GT(steps->rowCount(), 0);
    // Every step: a date, an article and a sentence, all on screen (no tooltip needed).
    for (int r = 0; r < steps->rowCount(); ++r) {
        EXPECT_FALSE(steps->item(r, 0)->text().isEmpty());
        EXPECT_FALSE(steps->item(r, 2)->text().isEmpty());
    }
    EXPECT_FALSE(editor.limitation()->summaryLabel()->text().isEmpty());
}
