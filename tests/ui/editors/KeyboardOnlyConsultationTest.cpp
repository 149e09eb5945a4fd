// The consultation of issue 15, entered with the keyboard alone (Tab, arrows, Space, Return,
// mnemonics, Ctrl+Tab; Japanese text committed as an input method does): a self-employed client in
// his fifties from 大阪府堺市 (his address typed: it decides the court), 780万円 left after a
// 任意売却, the claim sold to a servicer, letters ignored, a 支払督促 served ten days ago, his wife
// a 連帯保証人. The results must show the court of his address, the 督促異議 deadline and the
// limitation date that the events entered on the debt's timeline imply.
#include "../WizardDriver.h"

#include "case/CaseCourts.h"
#include "common/Format.h"
#include "editors/DebtEditor.h"
#include "editors/DebtEditorDialog.h"
#include "editors/DebtEventsEditor.h"
#include "editors/LimitationPanel.h"
#include "i18n/Language.h"
#include "i18n/Narrator.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace zansai;
using namespace uitest;

namespace {

// Where a key goes: the focused widget, or the active window when nothing has the focus yet.
QWidget* focused()
{
    QWidget* f = QApplication::focusWidget();
    return f ? f : QApplication::activeWindow();
}

bool holdsFocus(QWidget* w)
{
    QWidget* f = QApplication::focusWidget();
    return f && (f == w || w->isAncestorOf(f));
}

// Tab (or Shift+Tab) until the focus is in `target`, as a person walks a form.
void tabTo(QWidget* target, bool backwards = false)
{
    ASSERT_NE(target, nullptr);
    for (int i = 0; i < 80 && !holdsFocus(target); ++i)
        QTest::keyClick(focused(), backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                        backwards ? Qt::ShiftModifier : Qt::NoModifier);
    ASSERT_TRUE(holdsFocus(target)) << target->objectName().toStdString();
}

// Types into the focused line edit (what is there is replaced: Ctrl+A first), then leaves it.
void typeHere(const QString& text)
{
    QWidget* f = focused();
    ASSERT_NE(f, nullptr);
    QTest::keyClick(f, Qt::Key_A, Qt::ControlModifier);
    typeText(f, text);
    QTest::keyClick(f, Qt::Key_Tab);
}

void typeInto(QObject* page, const char* name, const QString& text)
{
    tabTo(child<QWidget>(page, name));
    typeHere(text);
}

// A combo box chosen with Home and Down, as the keyboard does it without opening the list.
template <typename E> void chooseByKeys(QObject* page, const char* name, E value)
{
    auto* combo = child<QComboBox>(page, name);
    ASSERT_NE(combo, nullptr);
    tabTo(combo);
    const int target = combo->findData(int(value));
    ASSERT_GE(target, 0);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    ASSERT_EQ(combo->currentIndex(), target);
}

// The same for a combo box whose items carry text (the prefecture list).
void chooseTextByKeys(QObject* page, const char* name, const QString& value)
{
    auto* combo = child<QComboBox>(page, name);
    ASSERT_NE(combo, nullptr);
    tabTo(combo);
    const int target = combo->findData(value);
    ASSERT_GE(target, 0) << value.toStdString();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    ASSERT_EQ(combo->currentIndex(), target);
}

// Yes or no: Tab to the pair, the arrow keys move within it, Space checks.
void answerByKeys(QObject* page, const char* name, bool yes)
{
    auto* f = child<YesNoField>(page, name);
    ASSERT_NE(f, nullptr);
    tabTo(f);
    QAbstractButton* want = yes ? f->yesButton() : f->noButton();
    for (int i = 0; i < 2 && focused() != want; ++i)
        QTest::keyClick(focused(), yes ? Qt::Key_Left : Qt::Key_Right);
    ASSERT_EQ(focused(), want);
    QTest::keyClick(want, Qt::Key_Space);
    ASSERT_TRUE(want->isChecked());
}

// The wizard's Next (or Finish): Tab to the button, Space presses it. (Its mnemonic is not used:
// on a page where a label shares the letter, Alt+N only moves the focus between the two.)
void nextByKeys(InterviewWizard* w, QWizard::WizardButton which = QWizard::NextButton)
{
    settle();
    const int before = w->currentId();
    QAbstractButton* b = w->button(which);
    tabTo(b);
    QTest::keyClick(b, Qt::Key_Space);
    settle();
    if (which == QWizard::NextButton) {
        ASSERT_NE(w->currentId(), before) << "still on page " << before;
    }
}

} // namespace

TEST(KeyboardOnlyConsultation, TheSakaiClientFromIssue15)
{
    TranslationSet translations;
    ASSERT_TRUE(translations.install(Language::Japanese));
    QTemporaryDir dir;
    // The consultation is on Tuesday 2026-12-01; the 支払督促 was served ten days before.
    FixedClock clock(QDate(2026, 12, 1));
    auto store = CaseStore::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
    ASSERT_TRUE(store.ok());
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.value().get());
    activate(&w);
    QTest::keySequence(&w, QKeySequence::New); // File ▸ New consultation
    settle();
    InterviewWizard* wizard = w.interviewWizard();
    ASSERT_NE(wizard, nullptr);
    activate(wizard);
    auto page = [&] { return wizard->currentPage(); };

    // The client: 50s, self-employed.
    ASSERT_EQ(wizard->currentId(), InterviewWizard::ClientPageId);
    typeInto(page(), "clientName", QStringLiteral("堺 誠"));
    typeInto(page(), "clientKana", QStringLiteral("サカイ マコト"));
    typeInto(page(), "birthDate", QStringLiteral("1972-04-18"));
    chooseByKeys(page(), "occupation", Occupation::SelfEmployed);
    typeInto(page(), "dependents", QStringLiteral("1"));
    typeInto(page(), "netIncome", QStringLiteral("260000"));
    // His address decides the court (民事訴訟法4条・383条; law/CourtJurisdiction): 大阪府堺市.
    chooseTextByKeys(page(), "prefecture", QStringLiteral("大阪府"));
    typeInto(page(), "city", QStringLiteral("堺市"));
    nextByKeys(wizard);

    // The 任意売却 and the 780万円 left, owed to the servicer that bought the claim.
    ASSERT_EQ(wizard->currentId(), InterviewWizard::SalePageId);
    answerByKeys(page(), "homeSold", true);
    typeInto(page(), "saleDate", QStringLiteral("2023-05-26"));
    typeInto(page(), "salePrice", QStringLiteral("18000000"));
    typeInto(page(), "residualCreditor", QStringLiteral("なにわ債権回収株式会社"));
    typeInto(page(), "residualAmount", QStringLiteral("7800000"));
    nextByKeys(wizard);

    // Letters ignored; court papers came.
    ASSERT_EQ(wizard->currentId(), InterviewWizard::ContactPageId);
    answerByKeys(page(), "ignoredLetters", true);
    typeInto(page(), "letterDate", QStringLiteral("2026-06-08"));
    answerByKeys(page(), "courtPapers", true);
    nextByKeys(wizard);

    // The 支払督促, served Saturday 2026-11-21.
    ASSERT_EQ(wizard->currentId(), InterviewWizard::CourtPapersPageId);
    auto* lawsuit = child<QAbstractButton>(page(), "lawsuit");
    auto* order = child<QAbstractButton>(page(), "paymentOrder");
    tabTo(order->isChecked() ? order : lawsuit);
    if (!order->isChecked())
        QTest::keyClick(focused(), Qt::Key_Down);
    ASSERT_TRUE(order->isChecked());
    typeInto(page(), "servedOn", QStringLiteral("2026-11-21"));
    nextByKeys(wizard);

    ASSERT_EQ(wizard->currentId(), InterviewWizard::CourtOutcomePageId);
    answerByKeys(page(), "judgment", false);
    answerByKeys(page(), "seizure", false);
    nextByKeys(wizard);

    // The residual debt: its terms, the bank it came from, the wife as guarantor, and its timeline.
    ASSERT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
    typeInto(page(), "originalCreditor", QStringLiteral("株式会社泉州銀行"));
    typeInto(page(), "contractDate", QStringLiteral("2008-07-10"));
    typeInto(page(), "acceleratedOn", QStringLiteral("2022-10-01"));
    typeInto(page(), "lateRate", QStringLiteral("14"));
    chooseByKeys(page(), "guarantor", GuarantorKind::Individual);
    auto* editor = child<ui::DebtEditor>(page(), "debtEditor");
    tabTo(editor->tabs()->tabBar(), true); // the editor's tabs; Right: the Timeline
    QTest::keyClick(focused(), Qt::Key_Right);
    ASSERT_EQ(editor->tabs()->currentIndex(), ui::DebtEditor::TimelineTab);
    auto* add = child<QAbstractButton>(page(), "addEvent");
    // A payment of 10,000円 on 2024-03-15 (an acknowledgment: the period starts again).
    tabTo(add, true);
    QTest::keyClick(add, Qt::Key_Space);
    ASSERT_EQ(focused(), child<QWidget>(page(), "eventType")); // a payment is offered first
    typeInto(page(), "eventDate", QStringLiteral("2024-03-15"));
    typeInto(page(), "eventAmount", QStringLiteral("10000"));
    // The claim sold to the servicer on 2025-04-01.
    tabTo(add, true);
    QTest::keyClick(add, Qt::Key_Space);
    chooseByKeys(page(), "eventType", DebtEventType::ClaimAssigned);
    typeInto(page(), "eventDate", QStringLiteral("2025-04-01"));
    // The 支払督促 (entered on the court papers page) gets its court and 事件番号: the last row.
    tabTo(child<QWidget>(page(), "debtEventsTable"), true);
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
    typeInto(page(), "eventCourt", QStringLiteral("堺簡易裁判所"));
    typeInto(page(), "eventCaseNumber", QStringLiteral("令和8年(ロ)第1234号"));
    nextByKeys(wizard);

    ASSERT_EQ(wizard->currentId(), InterviewWizard::BudgetPageId);
    typeInto(page(), "budget_rent", QStringLiteral("65000"));
    typeInto(page(), "budget_food", QStringLiteral("55000"));
    nextByKeys(wizard);
    ASSERT_EQ(wizard->currentId(), InterviewWizard::AssetsPageId);
    typeInto(page(), "assetDeposits", QStringLiteral("300000"));
    nextByKeys(wizard);
    ASSERT_EQ(wizard->currentId(), InterviewWizard::GuarantorsPageId);
    typeInto(page(), "guarantorName_d1", QStringLiteral("堺 良子"));
    typeInto(page(), "guarantorRelation_d1", QStringLiteral("妻"));
    nextByKeys(wizard);
    ASSERT_EQ(wizard->currentId(), InterviewWizard::BackgroundPageId);
    answerByKeys(page(), "priorBankruptcy", false);
    nextByKeys(wizard, QWizard::FinishButton);
    settle();
    ASSERT_EQ(w.interviewWizard(), nullptr);
    activate(&w); // the window manager gives the main window back its focus (offscreen does not)

    // What was entered, on the debt.
    const Case& c = w.resultsView()->currentCase();
    ASSERT_EQ(c.debts.size(), 1);
    const Debt& d = c.debts.first();
    EXPECT_EQ(d.originalCreditor, QStringLiteral("株式会社泉州銀行"));
    EXPECT_EQ(d.guarantorName, QStringLiteral("堺 良子"));
    QList<DebtEventType> types;
    for (const DebtEvent& e : d.events)
        types << e.type;
    EXPECT_EQ(types,
              (QList<DebtEventType>{DebtEventType::VoluntarySaleSettled, DebtEventType::Payment,
                                    DebtEventType::ClaimAssigned, DebtEventType::Demand,
                                    DebtEventType::PaymentOrderServed}));
    EXPECT_EQ(d.events.last().court, QStringLiteral("堺簡易裁判所"));
    EXPECT_EQ(d.events.last().caseNumber, QStringLiteral("令和8年(ロ)第1234号"));
    // The address as typed, and the court it leads to: 堺市 is in the 大阪地方裁判所's district,
    // served by its 堺支部, and its 簡易裁判所 is 堺簡易裁判所 (the court of the 支払督促 too).
    ASSERT_TRUE(c.client.address.has_value());
    EXPECT_EQ(c.client.address->prefecture, QStringLiteral("大阪府"));
    EXPECT_EQ(c.client.address->city, QStringLiteral("堺市"));
    const law::Courts courts = caseCourts(c).courts;
    ASSERT_TRUE(courts.prefectureKnown);
    EXPECT_EQ(courts.code, QStringLiteral("osaka"));
    const Narrator ja(Language::Japanese);
    EXPECT_EQ(ja.text(courts.districtCourt), QStringLiteral("大阪地方裁判所"));
    ASSERT_TRUE(courts.hasBranch);
    EXPECT_EQ(ja.text(courts.branch), QStringLiteral("堺支部"));
    ASSERT_TRUE(courts.summaryKnown);
    EXPECT_EQ(ja.text(courts.summaryCourt), QStringLiteral("堺簡易裁判所"));
    // …and the results say so (not the Tokyo court whose practice figures are the defaults).
    auto* courtNote = w.resultsView()->findChild<QLabel*>(QStringLiteral("courtNote"));
    ASSERT_NE(courtNote, nullptr);
    EXPECT_TRUE(courtNote->text().contains(QStringLiteral("大阪地方裁判所")))
        << courtNote->text().toStdString();

    // 督促異議: two weeks from service (民訴391条1項), the first day not counted (民訴95条1項・
    // 民法140条): 2026-11-22 + 14 days − 1 = Saturday 2026-12-05, which moves to the next day
    // that is not a weekend or holiday (民訴95条3項): Monday 2026-12-07, 6 days after 12-01.
    const auto deadlines = w.resultsView()->deadlineLabels();
    ASSERT_FALSE(deadlines.isEmpty());
    EXPECT_TRUE(deadlines.first()->text().contains(ui::dateText(QDate(2026, 12, 7))))
        << deadlines.first()->text().toStdString();
    // Limitation: the payment of 2024-03-15 renewed it (民法152条1項); five years (民法166条1項1号)
    // counted from the next day end on 2029-03-15. The assignment and the ignored letter do not
    // move it; the pending 支払督促 holds it from completing (民法147条1項2号).
    QTableWidget* debts = w.resultsView()->debtsTable();
    ASSERT_EQ(debts->rowCount(), 1);
    EXPECT_EQ(debts->item(0, 4)->text(), ui::dateText(QDate(2029, 3, 15)));

    // The debt's editor from the results, by Enter on its row; the steps readable on their tab.
    tabTo(debts);
    QTest::keyClick(debts, Qt::Key_Return);
    settle();
    auto* dialog = w.findChild<ui::DebtEditorDialog*>();
    ASSERT_NE(dialog, nullptr);
    activate(dialog);
    tabTo(dialog->editor()->tabs()->tabBar());
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    ASSERT_EQ(dialog->editor()->tabs()->currentIndex(), ui::DebtEditor::LimitationTab);
    QTableWidget* steps = dialog->editor()->limitation()->stepsTable();
    bool paymentStep = false;
    for (int r = 0; r < steps->rowCount(); ++r)
        paymentStep = paymentStep || steps->item(r, 0)->text() == ui::dateText(QDate(2024, 3, 15));
    EXPECT_TRUE(paymentStep);
    QTest::keyClick(focused(), Qt::Key_Escape);
    settle();
}
