// A tax debt's late charge in the assessment is its 延滞税 / 延滞金 (law/TaxLateFee.h), not a
// contract rate. Worked examples by hand (docs/legal-rules.md §9).
#include "Narrate.h"
#include "advice/CaseAnalysis.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Debt taxDebt(QString creditor)
{
    Debt d;
    d.id = u"t1"_s;
    d.creditor = std::move(creditor);
    d.kind = DebtKind::Tax;
    d.lenderKind = LenderKind::PublicAuthority;
    d.contractDate = QDate(2025, 4, 1);
    d.acceleratedOn = QDate(2025, 4, 30); // 納期限
    d.principal = Yen(300'000);
    d.lateRate = Rate::percent(14); // ignored for a tax
    return d;
}

Assessment assess(const Debt& d, QDate asOf)
{
    Case c;
    c.asOf = asOf;
    c.client.name = u"山田 太郎"_s;
    c.debts = {d};
    return analyseCase(c, asOf);
}

} // namespace

struct TaxRow {
    const char* name;
    const char* creditor;
    const char* basis;
    std::int64_t fee, monthly;
};

class TaxDebtFee : public ::testing::TestWithParam<TaxRow> {};

TEST_P(TaxDebtFee, StatutoryChargeNotContractRate)
{
    const TaxRow& r = GetParam();
    const Assessment a = assess(taxDebt(QString::fromUtf8(r.creditor)), QDate(2026, 4, 30));
    const DebtAssessment& d = a.debts.first();
    EXPECT_EQ(d.principal, Yen(300'000));
    EXPECT_EQ(d.lateInterest, Yen(r.fee));
    EXPECT_EQ(d.monthlyLateInterest, Yen(r.monthly));
    EXPECT_EQ(d.lateInterestBasis, QString::fromLatin1(r.basis));
    EXPECT_EQ(d.lateRate, Rate(91, 1000)); // 2026's upper rate
    EXPECT_TRUE(en(d.lateInterestBasisText).contains(u"9.1%"_s));
}

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, TaxDebtFee,
    ::testing::Values(
        // Local (a city): 611 + 15,302 + 8,975 = 24,888 → 24,800. Thirty days more (to
        // 2026-05-30): the 2026 period grows to 150 days: 300,000×0.091×150/365 = 11,219.18 →
        // 11,219; 611 + 15,302 + 11,219 = 27,132 → 27,100; 27,100 − 24,800 = 2,300.
        TaxRow{"local", "○○市役所", "tax_local", 24'800, 2'300},
        // National (a 税務署): 1,203 + 13,157 + 8,975 = 23,335 → 23,300; then 1,203 + 13,157 +
        // 11,219 = 25,579 → 25,500; 2,200 more.
        TaxRow{"national", "○○税務署", "tax_national", 23'300, 2'200}));

// A part payment goes to the tax first (国税通則法62条1項): 200,000 paid 2025-05-31 (the last day
// of the local lower rate) leaves 100,000 of tax.
// 05-01..05-31 on 300,000 at 2.4%: 611; 06-01..12-31 on 100,000 at 8.7%: 100,000×0.087×214/365 =
// 5,100.82 → 5,100; 2026-01-01..04-30 at 9.1%: 100,000×0.091×120/365 = 2,991.78 → 2,991;
// 8,702 → 8,700.
TEST(TaxDebtFee, PaymentGoesToTheTaxFirst)
{
    Debt d = taxDebt(u"○○市役所"_s);
    DebtEvent p;
    p.date = QDate(2025, 5, 31);
    p.type = DebtEventType::Payment;
    p.amount = Yen(200'000);
    d.events << p;
    const Assessment a = assess(d, QDate(2026, 4, 30));
    EXPECT_EQ(a.debts.first().principal, Yen(100'000));
    EXPECT_EQ(a.debts.first().lateInterest, Yen(8'700));
}
