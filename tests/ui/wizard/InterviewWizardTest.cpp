// The interview on its own: messages beside bad fields, the court branch, going back without
// losing an answer, the keyboard, accessible names, and a case that stays a valid zansai-case/1
// document after every single edit (so autosave can always save it).
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "case/Draft.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace zansai;
using namespace uitest;

namespace {

Case newCase()
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.language = QStringLiteral("ja");
    return c;
}

class Interview : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        wizard = std::make_unique<InterviewWizard>(newCase());
        QObject::connect(wizard.get(), &InterviewWizard::caseChanged, wizard.get(),
                         [this](const Case& c) {
                             ++edits;
                             // Every edit leaves a case that reads back exactly, once the client
                             // has a name (the case is saved from then on: ui/main/CaseSession).
                             if (c.client.name.isEmpty())
                                 return;
                             auto back = readCase(writeCase(c));
                             if (!back.ok())
                                 ADD_FAILURE() << back.error().field.toStdString() << ": "
                                               << back.error().message.toStdString();
                             else if (!(back.value() == c))
                                 ADD_FAILURE() << "case does not read back equal";
                         });
        activate(wizard.get());
    }
    QWizardPage* page() const { return wizard->currentPage(); }
    QString messageOf(const char* field) const
    {
        auto* f = child<FieldEdit>(page(), field);
        return f && f->messageLabel()->isVisible() ? f->messageLabel()->text() : QString();
    }

    TranslationSet translations;
    std::unique_ptr<InterviewWizard> wizard;
    int edits = 0;
};

struct ScriptedBoxes : ui::MessageBoxes {
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    QString lastText;
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString& text,
                                         QMessageBox::StandardButtons) override
    {
        lastText = text;
        return answer;
    }
};

} // namespace

TEST_F(Interview, MessagesAppearBesideBadFields)
{
    struct Row {
        const char* field;
        QString typed;
        QString message;
    };
    const Row rows[] = {
        {"birthDate", QStringLiteral("2025-02-30"),
         QStringLiteral("2025-02-30 は暦にない日付です。")},
        // 1975/04/02 and 昭和50年4月2日 are read now (util/LooseInput.h); a month alone is not.
        {"birthDate", QStringLiteral("1975/04"),
         QStringLiteral(
             "2026-11-30、2026/11/30、令和8年11月30日、R8.11.30 のように入力してください。")},
        {"birthDate", QStringLiteral("平成31年5月1日"),
         QStringLiteral("平成31年5月1日 はその元号の期間にありません。その日（2019-05-01）は "
                        "令和元年5月1日 です。")},
        {"birthDate", QStringLiteral("2026-11-23"),
         QStringLiteral("相談日(2026年11月22日)より後の日付です。")},
        // 31万 is read as 310,000 now; a bare decimal is not an amount of yen.
        {"netIncome", QStringLiteral("31.5"),
         QStringLiteral("250000、250,000、25万、3万5千円 のように円で入力してください。")},
        {"netIncome", QStringLiteral("-5"), QStringLiteral("金額にマイナスは指定できません。")},
        {"dependents", QStringLiteral("21"), QStringLiteral("0以上20以下の数を入力してください。")},
        {"clientName", QString(), QStringLiteral("入力してください。")},
    };
    for (const Row& r : rows) {
        type(page(), r.field, r.typed);
        EXPECT_EQ(messageOf(r.field), r.message) << r.field << " " << r.typed.toStdString();
        // Beside the field: same row, to its right.
        auto* f = child<FieldEdit>(page(), r.field);
        EXPECT_GT(f->messageLabel()->x(), f->lineEdit()->x());
        EXPECT_EQ(f->messageLabel()->parentWidget(), f);
    }
    // A correct value clears the message as it is typed.
    auto* birth = child<FieldEdit>(page(), "birthDate");
    type(birth, QStringLiteral("1975-04-02"));
    EXPECT_TRUE(messageOf("birthDate").isEmpty());
    // Next refuses a page with a bad field and puts the focus on the first one.
    next(wizard.get());
    EXPECT_EQ(wizard->currentId(), InterviewWizard::ClientPageId);
    EXPECT_EQ(messageOf("clientName"), QStringLiteral("入力してください。"));
    EXPECT_TRUE(child<FieldEdit>(page(), "clientName")->lineEdit()->hasFocus());
}

TEST_F(Interview, MessagesFollowTheLanguage)
{
    type(page(), "birthDate", QStringLiteral("2025-02-30"));
    EXPECT_EQ(messageOf("birthDate"), QStringLiteral("2025-02-30 は暦にない日付です。"));
    translations.install(Language::English);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(messageOf("birthDate"), QStringLiteral("2025-02-30 does not exist on the calendar."));
    EXPECT_EQ(page()->title(), QStringLiteral("The client"));
    translations.install(Language::Japanese);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(page()->title(), QStringLiteral("相談者"));
}

TEST_F(Interview, CourtPagesOnlyWhenCourtPapersCame)
{
    type(page(), "clientName", QStringLiteral("山田 太郎"));
    type(page(), "netIncome", QStringLiteral("250000"));
    next(wizard.get());
    answer(page(), "homeSold", false);
    type(page(), "residualCreditor", QStringLiteral("○○銀行"));
    type(page(), "residualAmount", QStringLiteral("3000000"));
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::ContactPageId);
    // No court papers: the next page is the debts page, and the steps list no court page.
    EXPECT_EQ(page()->nextId(), InterviewWizard::DebtsPageId);
    const QString steps = wizard->findChild<QLabel*>(QStringLiteral("stepsLabel"))->text();
    EXPECT_FALSE(steps.contains(QStringLiteral("裁判所からの書類")));
    answer(page(), "courtPapers", true);
    EXPECT_EQ(page()->nextId(), InterviewWizard::CourtPapersPageId);
    EXPECT_TRUE(wizard->findChild<QLabel*>(QStringLiteral("stepsLabel"))
                    ->text()
                    .contains(QStringLiteral("裁判所からの書類")));
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::CourtPapersPageId);
    click(child<QRadioButton>(page(), "lawsuit"));
    type(page(), "servedOn", QStringLiteral("2026-11-02"));
    type(page(), "hearingOn", QStringLiteral("2026-12-10")); // a hearing may lie ahead
    EXPECT_TRUE(messageOf("hearingOn").isEmpty());
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::CourtOutcomePageId);
    answer(page(), "seizure", true);
    type(page(), "seizureOn", QStringLiteral("2026-11-20"));
    choose(page(), "seizureTarget", SeizureTarget::Deposits);
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
    // The answers are events on the chosen debt.
    const Debt& d = wizard->caseData().debts.first();
    ASSERT_EQ(d.events.size(), 2);
    EXPECT_EQ(d.events[0].type, DebtEventType::LawsuitServed);
    EXPECT_EQ(d.events[0].date, QDate(2026, 11, 2));
    EXPECT_EQ(d.events[0].hearingOn, QDate(2026, 12, 10));
    EXPECT_EQ(d.events[1].type, DebtEventType::SeizureFiled);
    EXPECT_EQ(d.events[1].target, SeizureTarget::Deposits);

    // Back to the contact page; "no" takes the court answers out of the case…
    back(wizard.get());
    back(wizard.get());
    back(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::ContactPageId);
    answer(page(), "courtPapers", false);
    EXPECT_TRUE(wizard->caseData().debts.first().events.isEmpty());
    EXPECT_EQ(page()->nextId(), InterviewWizard::DebtsPageId);
    // …and "yes" again brings them back: going back never loses an answer.
    answer(page(), "courtPapers", true);
    EXPECT_EQ(wizard->caseData().debts.first().events.size(), 2);
    next(wizard.get());
    EXPECT_EQ(child<FieldEdit>(page(), "servedOn")->text(), QStringLiteral("2026-11-02"));
    EXPECT_TRUE(child<QRadioButton>(page(), "lawsuit")->isChecked());
}

TEST_F(Interview, BackKeepsTypingThatIsNotValidYet)
{
    type(page(), "clientName", QStringLiteral("山田 太郎"));
    type(page(), "netIncome", QStringLiteral("250000"));
    next(wizard.get());
    type(page(), "saleDate", QStringLiteral("2024-02-")); // half typed
    type(page(), "salePrice", QStringLiteral("18000000"));
    back(wizard.get());
    EXPECT_EQ(wizard->currentId(), InterviewWizard::ClientPageId);
    next(wizard.get());
    EXPECT_EQ(child<FieldEdit>(page(), "saleDate")->text(), QStringLiteral("2024-02-"));
    EXPECT_EQ(child<FieldEdit>(page(), "salePrice")->text(), QStringLiteral("18,000,000"));
    EXPECT_FALSE(wizard->caseData().sale.has_value()); // not stored until the date is right
    type(page(), "saleDate", QStringLiteral("2024-02-29"));
    ASSERT_TRUE(wizard->caseData().sale.has_value());
    EXPECT_EQ(wizard->caseData().sale->settledOn, QDate(2024, 2, 29));
    EXPECT_EQ(wizard->caseData().sale->price, Yen(18000000));
}

TEST_F(Interview, TheKeyboardAlone)
{
    // Enter on a field goes on when the page is valid; mnemonics reach the fields.
    QLineEdit* name = child<FieldEdit>(page(), "clientName")->lineEdit();
    name->setFocus();
    typeText(name, QStringLiteral("山田 太郎"));
    QTest::keyClick(wizard.get(), Qt::Key_I, Qt::AltModifier); // 月々の手取り収入(&I)
    QLineEdit* income = child<FieldEdit>(page(), "netIncome")->lineEdit();
    EXPECT_TRUE(income->hasFocus());
    typeText(income, QStringLiteral("250000"));
    QTest::keyClick(income, Qt::Key_Return);
    EXPECT_EQ(wizard->currentId(), InterviewWizard::SalePageId);
    // Tab walks the fields in reading order.
    QWidget* f = wizard->focusWidget();
    EXPECT_EQ(f, child<YesNoField>(page(), "homeSold")->yesButton());
    QTest::keyClick(f, Qt::Key_Tab);
    EXPECT_EQ(wizard->focusWidget()->parentWidget(), page());
    EXPECT_EQ(wizard->focusWidget(), child<QComboBox>(page(), "saleKind"));
    QTest::keyClick(wizard->focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(wizard->focusWidget(), child<FieldEdit>(page(), "saleDate")->lineEdit());
}

TEST_F(Interview, EveryControlHasAnAccessibleName)
{
    const QList<int> ids = wizard->pageIds();
    for (int id : ids) {
        QWizardPage* p = wizard->page(id);
        for (QWidget* w : p->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QAbstractButton*>(w) || qobject_cast<QTableWidget*>(w);
            if (!input || w->focusPolicy() == Qt::NoFocus)
                continue;
            // Buttons name themselves by their text; the rest need an accessible name.
            const auto* b = qobject_cast<QAbstractButton*>(w);
            const QString name =
                b && w->accessibleName().isEmpty() ? b->text() : w->accessibleName();
            EXPECT_FALSE(name.isEmpty())
                << p->objectName().toStdString() << " / " << w->objectName().toStdString() << " "
                << w->metaObject()->className();
        }
    }
}

TEST_F(Interview, DebtsListAddsCompletesAndRemoves)
{
    ScriptedBoxes boxes;
    ui::MessageBoxes::setInstance(&boxes);
    type(page(), "clientName", QStringLiteral("山田 太郎"));
    type(page(), "netIncome", QStringLiteral("250000"));
    next(wizard.get());
    answer(page(), "homeSold", false);
    next(wizard.get());
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
    // No debt: the page says so beside the list.
    next(wizard.get());
    EXPECT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
    auto* listMessage = child<QLabel>(page(), "debtListMessage");
    EXPECT_TRUE(listMessage->isVisible());
    EXPECT_EQ(listMessage->text(), QStringLiteral("債務を1件以上追加してください。"));

    click(child<QPushButton>(page(), "addDebt"));
    type(page(), "debtCreditor", QStringLiteral("○○銀行"));
    // Saved at once although incomplete: the missing answers are marked, not invented.
    ASSERT_EQ(wizard->caseData().debts.size(), 1);
    const Debt stub = wizard->caseData().debts.first();
    EXPECT_EQ(stub.creditor, QStringLiteral("○○銀行"));
    EXPECT_EQ(draft::missingFields(stub),
              (QStringList{QStringLiteral("contract_date"), QStringLiteral("accelerated_on"),
                           QStringLiteral("principal"), QStringLiteral("late_rate_percent")}));
    next(wizard.get());
    EXPECT_EQ(wizard->currentId(), InterviewWizard::DebtsPageId);
    EXPECT_EQ(messageOf("contractDate"), QStringLiteral("入力してください。"));
    type(page(), "contractDate", QStringLiteral("2008-04-01"));
    type(page(), "acceleratedOn", QStringLiteral("2008-03-31"));
    EXPECT_EQ(messageOf("acceleratedOn"), QStringLiteral("契約日より前の日付です。"));
    type(page(), "acceleratedOn", QStringLiteral("2023-06-01"));
    type(page(), "principal", QStringLiteral("5,800,000"));
    type(page(), "lateRate", QStringLiteral("14.6"));
    EXPECT_TRUE(draft::isComplete(wizard->caseData().debts.first()));
    EXPECT_EQ(wizard->caseData().debts.first().lateRate, Rate(146, 1000));

    // A second debt, then removed after the question.
    click(child<QPushButton>(page(), "addDebt"));
    EXPECT_EQ(child<QTableWidget>(page(), "debtTable")->rowCount(), 2);
    type(page(), "debtCreditor", QStringLiteral("△△カード"));
    click(child<QPushButton>(page(), "removeDebt"));
    EXPECT_TRUE(boxes.lastText.contains(QStringLiteral("△△カード")));
    EXPECT_EQ(wizard->caseData().debts.size(), 1);
    EXPECT_EQ(child<QTableWidget>(page(), "debtTable")->rowCount(), 1);
    next(wizard.get());
    EXPECT_EQ(wizard->currentId(), InterviewWizard::BudgetPageId);
    ui::MessageBoxes::setInstance(nullptr);
}

TEST_F(Interview, GuarantorsPageOnlyWithAGuarantor)
{
    Case c = newCase();
    c.client.name = QStringLiteral("山田 太郎");
    Debt d = draft::newDebt(c, QStringLiteral("○○銀行"));
    d.contractDate = QDate(2008, 4, 1);
    d.acceleratedOn = QDate(2023, 6, 1);
    d.principal = Yen(5800000);
    d.lateRate = Rate(14, 100);
    d.incompleteFields.clear();
    c.debts << d;
    wizard = std::make_unique<InterviewWizard>(c);
    activate(wizard.get());
    auto* assets = wizard->page(InterviewWizard::AssetsPageId);
    EXPECT_EQ(assets->nextId(), InterviewWizard::BackgroundPageId);
    while (wizard->currentId() != InterviewWizard::DebtsPageId)
        next(wizard.get());
    choose(page(), "guarantor", GuarantorKind::Individual);
    EXPECT_EQ(assets->nextId(), InterviewWizard::GuarantorsPageId);
    next(wizard.get());
    next(wizard.get());
    next(wizard.get());
    ASSERT_EQ(wizard->currentId(), InterviewWizard::GuarantorsPageId);
    type(page(), "guarantorName_d1", QStringLiteral("山田 花子"));
    type(page(), "guarantorRelation_d1", QStringLiteral("妻"));
    const Debt& saved = wizard->caseData().debts.first();
    EXPECT_EQ(saved.guarantor, GuarantorKind::Individual);
    EXPECT_EQ(saved.guarantorName, QStringLiteral("山田 花子"));
    EXPECT_EQ(saved.guarantorRelation, QStringLiteral("妻"));
    EXPECT_TRUE(saved.extra.isEmpty());
}

TEST_F(Interview, AnotherCreditorBecomesADebt)
{
    type(page(), "clientName", QStringLiteral("山田 太郎"));
    type(page(), "netIncome", QStringLiteral("250000"));
    next(wizard.get());
    type(page(), "saleDate", QStringLiteral("2024-03-15"));
    type(page(), "salePrice", QStringLiteral("18000000"));
    type(page(), "residualCreditor", QStringLiteral("○○債権回収株式会社"));
    type(page(), "residualAmount", QStringLiteral("5800000"));
    next(wizard.get());
    answer(page(), "ignoredLetters", true);
    type(page(), "letterDate", QStringLiteral("2026-10-01"));
    auto* chooser = child<ui::DebtChooser>(page(), "letterDebt");
    chooser->combo()->setCurrentIndex(chooser->combo()->count() - 1); // 別の債権者…
    type(chooser->newCreditor(), QStringLiteral("△△カード"));
    // Typed but not yet a debt: a half-typed name must not become one.
    EXPECT_EQ(wizard->caseData().debts.size(), 1);
    next(wizard.get());
    ASSERT_EQ(wizard->caseData().debts.size(), 2);
    const Debt& card = wizard->caseData().debts[1];
    EXPECT_EQ(card.creditor, QStringLiteral("△△カード"));
    ASSERT_EQ(card.events.size(), 1);
    EXPECT_EQ(card.events[0].type, DebtEventType::Demand);
    EXPECT_EQ(card.events[0].date, QDate(2026, 10, 1));
    // The residual debt carries the sale.
    const Debt& loan = wizard->caseData().debts[0];
    EXPECT_EQ(loan.principal, Yen(5800000));
    ASSERT_EQ(loan.events.size(), 1);
    EXPECT_EQ(loan.events[0].type, DebtEventType::VoluntarySaleSettled);
    EXPECT_EQ(loan.events[0].date, QDate(2024, 3, 15));
    EXPECT_GT(edits, 0);
}
