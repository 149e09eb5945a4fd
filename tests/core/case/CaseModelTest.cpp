#include "case/Case.h"

#include <gtest/gtest.h>

using namespace zansai;

namespace {

Debt debt(const char* id, std::int64_t principal)
{
    Debt d;
    d.id = QString::fromLatin1(id);
    d.principal = Yen(principal);
    return d;
}

} // namespace

TEST(CaseModel, BudgetTotalsAndSurplus)
{
    Budget b;
    EXPECT_EQ(b.totalIncome(), Yen(0));
    EXPECT_EQ(b.totalExpenses(), Yen(0));
    EXPECT_EQ(b.surplus(), Yen(0));

    // 事例2 after the lower rent: 280,000 in, 270,000 out → 10,000 a month to offer.
    b.income = {{QStringLiteral("business"), Yen(280'000)}};
    b.expenses = {
        {QStringLiteral("rent"), Yen(60'000)},      {QStringLiteral("food"), Yen(70'000)},
        {QStringLiteral("utilities"), Yen(24'000)}, {QStringLiteral("communication"), Yen(12'000)},
        {QStringLiteral("car"), Yen(30'000)},       {QStringLiteral("insurance"), Yen(12'000)},
        {QStringLiteral("medical"), Yen(12'000)},   {QStringLiteral("daily_goods"), Yen(12'000)},
        {QStringLiteral("clothing"), Yen(8'000)},   {QStringLiteral("social"), Yen(10'000)},
        {QStringLiteral("irregular"), Yen(20'000)}};
    EXPECT_EQ(b.totalIncome(), Yen(280'000));
    EXPECT_EQ(b.totalExpenses(), Yen(270'000));
    EXPECT_EQ(b.surplus(), Yen(10'000));
}

TEST(CaseModel, SurplusMayBeNegative)
{
    Budget b;
    b.income = {{QStringLiteral("pension"), Yen(140'000)}};
    b.expenses = {{QStringLiteral("rent"), Yen(42'000)},
                  {QStringLiteral("food"), Yen(38'000)},
                  {QStringLiteral("medical"), Yen(70'001)}};
    EXPECT_EQ(b.totalExpenses(), Yen(150'001));
    EXPECT_EQ(b.surplus(), Yen(-10'001));
}

TEST(CaseModel, SeveralIncomeCategoriesAdd)
{
    Budget b;
    b.income = {{QStringLiteral("salary"), Yen(330'000)},
                {QStringLiteral("spouse_part_time"), Yen(60'000)},
                {QStringLiteral("child_allowance"), Yen(0)}};
    EXPECT_EQ(b.totalIncome(), Yen(390'000));
}

TEST(CaseModel, AssetsTotalCountsEveryField)
{
    Assets a;
    EXPECT_EQ(a.total(), Yen(0));
    a.cash = Yen(1);
    a.deposits = Yen(20);
    a.car = Yen(300);
    a.insuranceSurrender = Yen(4'000);
    a.retirementAllowanceEstimate = Yen(50'000);
    a.other = Yen(600'000);
    EXPECT_EQ(a.total(), Yen(654'321));
}

TEST(CaseModel, TotalPrincipal)
{
    Case c;
    EXPECT_EQ(c.totalPrincipal(), Yen(0));
    c.debts = {debt("d1", 5'800'000), debt("d2", 480'000), debt("d3", 0)};
    EXPECT_EQ(c.totalPrincipal(), Yen(6'280'000));
}

TEST(CaseModel, DebtById)
{
    Case c;
    EXPECT_EQ(c.debt(QStringLiteral("d1")), nullptr);
    c.debts = {debt("d1", 5'800'000), debt("d2", 480'000)};
    const Debt* d2 = c.debt(QStringLiteral("d2"));
    ASSERT_NE(d2, nullptr);
    EXPECT_EQ(d2, &c.debts[1]);
    EXPECT_EQ(d2->principal, Yen(480'000));
    EXPECT_EQ(c.debt(QStringLiteral("D2")), nullptr); // ids are case-sensitive
    EXPECT_EQ(c.debt(QString()), nullptr);
}

TEST(CaseModel, LayoutIsSpellingNotValue)
{
    Case a;
    Case b;
    b.layout.absent << QStringLiteral("budget");
    b.client.layout.present << QStringLiteral("name_kana");
    EXPECT_EQ(a, b);

    b.extra.insert(QStringLiteral("seed_outcome"), QStringLiteral("x"));
    EXPECT_NE(a, b); // extra fields are part of the value
}

TEST(CaseModel, EqualityCoversNestedFields)
{
    Case a;
    a.debts = {debt("d1", 100)};
    Case b = a;
    EXPECT_EQ(a, b);
    DebtEvent e;
    e.date = QDate(2025, 1, 10);
    e.amount = Yen(10'000);
    b.debts[0].events << e;
    EXPECT_NE(a, b);
    a.debts[0].events << e;
    EXPECT_EQ(a, b);
    b.debts[0].events[0].note = QStringLiteral("振込");
    EXPECT_NE(a, b);
    b = a;
    b.debts[0].lateRate = Rate(146, 1000);
    a.debts[0].lateRate = Rate(73, 500); // the same rate, another fraction
    EXPECT_EQ(a, b);
}
