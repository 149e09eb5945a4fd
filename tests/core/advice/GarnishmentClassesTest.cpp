// The garnishment view per creditor class (民事執行法152条1項・3項, 国税徴収法76条) and several
// creditors sharing one wage. Worked examples by hand (docs/legal-rules.md §3).
#include "Narrate.h"
#include "advice/CaseAnalysis.h"
#include "advice/Evaluate.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Debt debt(QString id, DebtKind kind, LenderKind lender)
{
    Debt d;
    d.id = std::move(id);
    d.creditor = d.id;
    d.kind = kind;
    d.lenderKind = lender;
    d.contractDate = QDate(2015, 4, 1);
    d.acceleratedOn = QDate(2025, 3, 31);
    d.principal = Yen(1'000'000);
    d.lateRate = Rate::percent(3);
    return d;
}

DebtEvent wageSeizure(QDate on)
{
    DebtEvent e;
    e.date = on;
    e.type = DebtEventType::SeizureFiled;
    e.target = SeizureTarget::Wages;
    return e;
}

// Net pay 280,000 a month, one dependent.
Case caseWith(QList<Debt> debts)
{
    Case c;
    c.asOf = QDate(2026, 1, 31);
    c.client.name = u"山田 太郎"_s;
    c.client.netMonthlyIncome = Yen(280'000);
    c.client.dependents = 1;
    c.budget.income.insert(u"salary"_s, Yen(280'000));
    c.debts = std::move(debts);
    return c;
}

const GarnishmentClassView* cls(const GarnishmentView& g, const char* name)
{
    for (const GarnishmentClassView& v : g.byClass)
        if (v.claimClass == QLatin1String(name))
            return &v;
    return nullptr;
}

} // namespace

// Net 280,000, 1 dependent:
// ordinary 280,000 / 4 = 70,000 (protected 210,000 < 33万 cap);
// support 280,000 / 2 = 140,000;
// tax: living 100,000 + 45,000 = 145,000; remainder 135,000; 20% = 27,000 stays (≤ 290,000),
// 108,000 seizable.
TEST(GarnishmentClasses, EachClassItsOwnRule)
{
    const QDate asOf(2026, 1, 31);
    const Case c = caseWith({debt(u"bank"_s, DebtKind::HousingLoan, LenderKind::Bank),
                             debt(u"child"_s, DebtKind::ChildSupport, LenderKind::Individual),
                             debt(u"tax"_s, DebtKind::Tax, LenderKind::PublicAuthority)});
    const Assessment a = analyseCase(c, asOf);
    const GarnishmentView& g = a.garnishment;
    EXPECT_EQ(g.monthlySeizable, Yen(70'000)); // the spec's figure: an ordinary creditor
    ASSERT_EQ(g.byClass.size(), 3);
    ASSERT_TRUE(cls(g, "ordinary") && cls(g, "support") && cls(g, "tax"));
    EXPECT_EQ(cls(g, "ordinary")->monthlySeizable, Yen(70'000));
    EXPECT_EQ(cls(g, "support")->monthlySeizable, Yen(140'000));
    EXPECT_EQ(cls(g, "support")->article, u"民事執行法152条3項"_s);
    EXPECT_EQ(cls(g, "tax")->monthlySeizable, Yen(108'000));
    EXPECT_EQ(cls(g, "tax")->debtIds, QStringList{u"tax"_s});
    // All three at once share one part: the widest, 140,000 (not 318,000).
    EXPECT_EQ(g.monthlySeizableCombined, Yen(140'000));
    EXPECT_EQ(g.monthlySeizableRunning, Yen(0)); // nothing seized yet
    const QStringList notes = en(g.notes);
    EXPECT_TRUE(notes.join(u" "_s).contains(u"156条2項"_s));
    // The tax office's figure carries its disputed rounding beside it (disputed-points.md #10).
    EXPECT_TRUE(codes(g.notes).contains(u"garnishment.tax_rounding"_s));

    const QJsonObject j = toJson(a, Narrator(Language::English)).value(u"garnishment"_s).toObject();
    EXPECT_EQ(j.value(u"monthly_seizable"_s).toInteger(), 70'000);
    EXPECT_EQ(j.value(u"monthly_seizable_combined"_s).toInteger(), 140'000);
    const QJsonArray byClass = j.value(u"by_class"_s).toArray();
    ASSERT_EQ(byClass.size(), 3);
    EXPECT_EQ(byClass[1].toObject().value(u"class"_s).toString(), u"support"_s);
    EXPECT_EQ(byClass[1].toObject().value(u"monthly_seizable"_s).toInteger(), 140'000);
}

TEST(GarnishmentClasses, OnlyOrdinaryCreditorsListOneClass)
{
    const QDate asOf(2026, 1, 31);
    const Assessment a =
        analyseCase(caseWith({debt(u"a"_s, DebtKind::Card, LenderKind::CardCompany),
                              debt(u"b"_s, DebtKind::ConsumerLoan, LenderKind::ConsumerFinance)}),
                    asOf);
    ASSERT_EQ(a.garnishment.byClass.size(), 1);
    EXPECT_EQ(a.garnishment.byClass[0].debtIds, (QStringList{u"a"_s, u"b"_s}));
    // Two ordinary creditors share 70,000; they do not take 140,000.
    EXPECT_EQ(a.garnishment.monthlySeizableCombined, Yen(70'000));
    EXPECT_FALSE(codes(a.garnishment.notes).contains(u"garnishment.tax_rounding"_s));
}

// A support creditor's seizure is running: the projection takes half the pay, 140,000 a month.
TEST(GarnishmentClasses, RunningSupportSeizureTakesHalf)
{
    const QDate asOf(2026, 1, 31);
    Debt child = debt(u"child"_s, DebtKind::ChildSupport, LenderKind::Individual);
    child.lateRate = Rate(0, 1);
    child.events << wageSeizure(QDate(2026, 1, 10));
    Debt bank = debt(u"bank"_s, DebtKind::HousingLoan, LenderKind::Bank);
    bank.lateRate = Rate(0, 1);
    bank.events << wageSeizure(QDate(2026, 1, 20));
    const Assessment a = analyseCase(caseWith({bank, child}), asOf);
    EXPECT_EQ(a.garnishment.monthlySeizableRunning, Yen(140'000));
    EXPECT_TRUE(a.doNothing.garnishmentApplied);
    // No interest (rate 0): 2,000,000 owed, 140,000 a month taken: 1,860,000 after one month,
    // 2,000,000 − 12 × 140,000 = 320,000 after a year.
    EXPECT_EQ(a.doNothing.balanceByMonth[1], Yen(1'860'000));
    EXPECT_EQ(a.doNothing.balanceAfter1y, Yen(320'000));
}
