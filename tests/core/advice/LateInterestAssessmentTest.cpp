// The late interest of the assessment: the lawful rate (利息制限法4条・7条) used for every figure,
// the contract figure shown beside it, and the day basis each figure used (spec revision 2
// "court"). Worked examples by hand, docs/legal-rules.md §2.
#include "Narrate.h"
#include "advice/CaseAnalysis.h"
#include "advice/Evaluate.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Debt loan(QString id, std::int64_t principal, Rate rate, QDate acceleratedOn,
          DayBasis basis = DayBasis::Days365, LenderKind lender = LenderKind::Bank)
{
    Debt d;
    d.id = std::move(id);
    d.creditor = u"○○銀行"_s;
    d.kind = DebtKind::HousingLoan;
    d.lenderKind = lender;
    d.contractDate = QDate(2010, 4, 1);
    d.acceleratedOn = acceleratedOn;
    d.principal = Yen(principal);
    d.lateRate = rate;
    d.lateBasis = basis;
    return d;
}

Case caseWith(QList<Debt> debts, QDate asOf)
{
    Case c;
    c.asOf = asOf;
    c.client.name = u"山田 太郎"_s;
    c.client.netMonthlyIncome = Yen(0); // nothing seizable: the balances grow by interest only
    c.debts = std::move(debts);
    return c;
}

const DebtAssessment& only(const Assessment& a)
{
    EXPECT_EQ(a.debts.size(), 1);
    return a.debts.first();
}

} // namespace

struct CapRow {
    const char* name;
    std::int64_t principal;
    Rate contract;
    LenderKind lender;
    std::int64_t lawful; // late interest 2025-01-01..2025-12-31 at the lawful rate
    std::int64_t contractFigure;
    std::int64_t monthly; // 30 days after as_of at the lawful rate
    const char* article;
};

class LawfulRate : public ::testing::TestWithParam<CapRow> {};

TEST_P(LawfulRate, UsedEverywhereContractFigureBeside)
{
    const CapRow& r = GetParam();
    const QDate asOf(2025, 12, 31);
    const Assessment a =
        analyseCase(caseWith({loan(u"d1"_s, r.principal, r.contract, QDate(2024, 12, 31),
                                   DayBasis::Days365, r.lender)},
                             asOf),
                    asOf);
    const DebtAssessment& d = only(a);
    EXPECT_EQ(d.lateInterest, Yen(r.lawful));
    EXPECT_EQ(d.monthlyLateInterest, Yen(r.monthly));
    ASSERT_TRUE(d.contractLateInterest.has_value());
    EXPECT_EQ(*d.contractLateInterest, Yen(r.contractFigure));
    EXPECT_EQ(d.lateInterestCapText.code, u"debt.late_interest_capped"_s);
    EXPECT_EQ(d.lateInterestCapText.article, QString::fromUtf8(r.article));
    EXPECT_TRUE(en(d.warnings).join(u" "_s).contains(QString::fromUtf8(r.article)));
    // Downstream: a year of doing nothing adds the lawful year again (stage 1, nothing seized).
    EXPECT_EQ(a.doNothing.balanceAfter1y, Yen(r.principal + 2 * r.lawful));
    // evaluate prints both figures.
    const QJsonObject j =
        toJson(a, Narrator(Language::English)).value(u"debts"_s).toArray().first().toObject();
    EXPECT_EQ(j.value(u"late_interest"_s).toInteger(), r.lawful);
    EXPECT_EQ(j.value(u"late_interest_contract"_s).toInteger(), r.contractFigure);
}

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, LawfulRate,
    ::testing::Values(
        // A bank lends as a business: 利息制限法7条1項, 20%. 2025 = 365 days on 5,000,000:
        // lawful 5,000,000 × 20% = 1,000,000; contract 5,000,000 × 21.9% = 1,095,000;
        // 30 days: 1,000,000 × 30/365 = 82,191.78 → 82,191.
        CapRow{"bank_7_1", 5'000'000, Rate(219, 1000), LenderKind::Bank, 1'000'000, 1'095'000,
               82'191, "利息制限法7条1項"},
        // A private lender: 4条1項 by principal; 500,000 is in 10万–100万: 1.46 × 18% = 26.28%.
        // lawful 500,000 × 26.28% = 131,400; contract 500,000 × 30% = 150,000;
        // 30 days: 131,400 × 30/365 = 10,800 exactly.
        CapRow{"individual_4_1", 500'000, Rate::percent(30), LenderKind::Individual, 131'400,
               150'000, 10'800, "利息制限法4条1項"},
        // A guarantee company's 求償権: 7条's 20% (our reading, docs/disputed-points.md).
        // 2,000,000 × 20% = 400,000; × 29.2% = 584,000; 30 days: 400,000 × 30/365 = 32,876.71.
        CapRow{"guarantee_company", 2'000'000, Rate(292, 1000), LenderKind::GuaranteeCompany,
               400'000, 584'000, 32'876, "利息制限法7条1項"}));

TEST(LateInterestAssessment, WithinTheCapHasNoContractFigure)
{
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(
        caseWith({loan(u"d1"_s, 5'000'000, Rate::percent(14), QDate(2024, 12, 31))}, asOf), asOf);
    const DebtAssessment& d = only(a);
    EXPECT_EQ(d.lateInterest, Yen(700'000)); // 5,000,000 × 14% × 365/365
    EXPECT_FALSE(d.contractLateInterest.has_value());
    EXPECT_TRUE(d.lateInterestCapText.code.isEmpty());
}

struct BasisRow {
    const char* name;
    DayBasis basis;
    const char* code;
    std::int64_t lateInterest;
};

class AssessedBasis : public ::testing::TestWithParam<BasisRow> {};

// 300,000 at 3%, late from 2024-03-01 (accelerated 2024-02-29) through as_of 2025-02-28: one whole
// year holding 2024's leap year (docs/legal-rules.md §2).
TEST_P(AssessedBasis, FigureNamesItsBasis)
{
    const BasisRow& r = GetParam();
    const QDate asOf(2025, 2, 28);
    const Assessment a = analyseCase(
        caseWith({loan(u"d1"_s, 300'000, Rate::percent(3), QDate(2024, 2, 29), r.basis)}, asOf),
        asOf);
    const DebtAssessment& d = only(a);
    EXPECT_EQ(d.lateInterest, Yen(r.lateInterest));
    EXPECT_EQ(d.lateInterestBasis, QString::fromLatin1(r.code));
    EXPECT_EQ(d.lateInterestBasisText.code, u"debt.late_interest_basis"_s);
    const QJsonObject j =
        toJson(a, Narrator(Language::English)).value(u"debts"_s).toArray().first().toObject();
    EXPECT_EQ(j.value(u"late_interest_basis"_s).toString(), QString::fromLatin1(r.code));
    EXPECT_TRUE(j.value(u"late_interest_basis_text"_s).toString().contains(u"3%"_s));
    EXPECT_TRUE(j.value(u"late_interest_contract"_s).isNull());
}

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, AssessedBasis,
    ::testing::Values(
        // 300,000 × 3% = 9,000 a year; 2024-03-01..2025-02-28 = 365 days.
        // 365: 9,000 × 365/365 = 9,000.
        BasisRow{"days365", DayBasis::Days365, "365", 9'000},
        // actual: 9,000 × 306/366 = 7,524.59 + 9,000 × 59/365 = 1,454.79 → 8,979.
        BasisRow{"actual", DayBasis::Actual, "actual", 8'979},
        // court: one whole year (民法143条2項: ends 2025-02-28) = 9,000.
        BasisRow{"court", DayBasis::Court, "court", 9'000}));
