// サービサー as a lender-kind choice in the debt editor (ui/editors/DebtEditor.cpp): the servicer
// becomes the creditor, the origin's lender kind stays in the file (its limitation period), the
// original creditor is asked, and the day of the sale becomes one claim_assigned event.
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "editors/DebtEditor.h"
#include "editors/DebtEventsEditor.h"
#include "editors/DebtEventsModel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>

using namespace zansai;
using namespace zansai::ui;
using namespace uitest;

namespace {

Case bankDebt()
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.client.name = QStringLiteral("堺 太郎");
    Debt d;
    d.id = QStringLiteral("d1");
    d.creditor = QStringLiteral("株式会社みどり銀行");
    d.kind = DebtKind::HousingLoan;
    d.lenderKind = LenderKind::Bank;
    d.contractDate = QDate(2009, 7, 10);
    d.acceleratedOn = QDate(2024, 3, 1);
    d.principal = Yen(7'800'000);
    d.lateRate = Rate::percent(14);
    c.debts << d;
    return c;
}

Case seed1()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/seed1_servicer_lump_sum.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : Case();
}

int assignments(const Debt& d)
{
    return int(std::count_if(d.events.cbegin(), d.events.cend(), [](const DebtEvent& e) {
        return e.type == DebtEventType::ClaimAssigned;
    }));
}

void chooseServicer(DebtEditor& editor)
{
    auto* lender = child<QComboBox>(&editor, "lenderKind");
    ASSERT_NE(lender, nullptr);
    const int i = lender->findData(-1);
    ASSERT_GE(i, 0) << "no servicer among the lender kinds";
    lender->setCurrentIndex(i);
}

} // namespace

TEST(ServicerLender, ChosenItKeepsTheOriginsKindAndAddsTheSale)
{
    Case c = bankDebt();
    DebtEditor editor;
    editor.resize(1000, 600);
    activate(&editor);
    editor.load(c, QStringLiteral("d1"));
    auto* origin = child<QComboBox>(&editor, "originLenderKind");
    auto* assigned = child<FieldEdit>(&editor, "assignedOn");
    EXPECT_FALSE(origin->isVisible());
    EXPECT_FALSE(assigned->isVisible());

    chooseServicer(editor);
    settle();
    // The origin's rows appear; the bank typed so far is the original creditor now.
    EXPECT_TRUE(origin->isVisible());
    EXPECT_TRUE(assigned->isVisible());
    EXPECT_EQ(origin->currentData().toInt(), int(LenderKind::Bank));
    EXPECT_EQ(child<FieldEdit>(&editor, "originalCreditor")->text(),
              QStringLiteral("株式会社みどり銀行"));
    EXPECT_TRUE(child<FieldEdit>(&editor, "debtCreditor")->text().isEmpty());

    // Not stored without the servicer's name and the day of the sale.
    Case edited = c;
    EXPECT_FALSE(editor.store(edited, true));
    EXPECT_EQ(assignments(edited.debts.first()), 0);
    type(&editor, "debtCreditor", QStringLiteral("さいたま債権回収株式会社"));
    type(&editor, "assignedOn", QStringLiteral("2025/09/01"));
    ASSERT_TRUE(editor.store(edited, true));
    const Debt& d = edited.debts.first();
    EXPECT_EQ(d.creditor, QStringLiteral("さいたま債権回収株式会社"));
    EXPECT_EQ(d.originalCreditor, QStringLiteral("株式会社みどり銀行"));
    EXPECT_EQ(d.lenderKind, LenderKind::Bank); // the origin's, not a kind of its own
    ASSERT_EQ(assignments(d), 1);
    EXPECT_EQ(d.events.first().date, QDate(2025, 9, 1));
    // The timeline shows it at once.
    EXPECT_EQ(editor.events()->model()->rowCount(), 1);

    // Stored again: still one sale; redated on the terms: the event moves.
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_EQ(assignments(edited.debts.first()), 1);
    type(&editor, "assignedOn", QStringLiteral("2025-09-02"));
    ASSERT_TRUE(editor.store(edited, true));
    ASSERT_EQ(assignments(edited.debts.first()), 1);
    EXPECT_EQ(edited.debts.first().events.first().date, QDate(2025, 9, 2));

    // A card company's claim: its kind (5 years) is what the file keeps.
    origin->setCurrentIndex(origin->findData(int(LenderKind::CardCompany)));
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_EQ(edited.debts.first().lenderKind, LenderKind::CardCompany);
    const auto back = readCase(writeCase(edited));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value().debts.first().lenderKind, LenderKind::CardCompany);
    EXPECT_EQ(writeCase(edited)[u"debts"].toArray().at(0).toObject()[u"lender_kind"].toString(),
              QStringLiteral("card_company"));
    EXPECT_EQ(back.value().debts.first().events, edited.debts.first().events);
}

TEST(ServicerLender, AnImportedSaleIsShownAsServicerAndKeptAsItWas)
{
    const Case c = seed1();
    ASSERT_FALSE(c.debts.isEmpty());
    DebtEditor editor;
    editor.resize(1000, 600);
    activate(&editor);
    editor.load(c, c.debts.first().id);
    EXPECT_EQ(child<QComboBox>(&editor, "lenderKind")->currentData().toInt(), -1);
    EXPECT_EQ(child<QComboBox>(&editor, "originLenderKind")->currentData().toInt(),
              int(LenderKind::Bank));
    EXPECT_EQ(child<FieldEdit>(&editor, "assignedOn")->text(), QStringLiteral("2025-09-01"));
    Case edited = c;
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_TRUE(edited == c); // nothing added, nothing lost
    EXPECT_EQ(writeCase(edited), writeCase(c));

    // The sale removed from the timeline: the claim is the bank's again.
    editor.showTab(DebtEditor::TimelineTab);
    int row = -1;
    for (int r = 0; r < editor.events()->model()->rowCount(); ++r)
        if (editor.events()->model()->event(r).type == DebtEventType::ClaimAssigned)
            row = r;
    ASSERT_GE(row, 0);
    editor.events()->selectRow(row);
    click(child<QPushButton>(&editor, "removeEvent"));
    ASSERT_TRUE(editor.store(edited, true));
    EXPECT_EQ(assignments(edited.debts.first()), 0);
    EXPECT_EQ(child<QComboBox>(&editor, "lenderKind")->currentData().toInt(),
              int(LenderKind::Bank));
    EXPECT_EQ(edited.debts.first().lenderKind, LenderKind::Bank);
}
