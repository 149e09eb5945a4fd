// 分割弁済 (advice/options/InstallmentOption.cpp): the practice path and the arithmetic, what
// the budget affords, and the limitation a payment would forfeit.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- 分割弁済 ------------------------------------------------------------------------------------

TEST(Installment, PracticePathAndArithmetic)
{
    // Surplus 40,000 on a balance of 6,000,000 at 14% (66,739 a month over 30 days).
    // (b) Practice path, late interest stopped under the agreement: ceil(6,000,000 / 40,000) = 150
    // months, 6,000,000 paid; past the 60-month practice horizon the credit record stays until
    // paid (KSC: indefinite), not "13 + 5 years".
    // (a) Late interest running: every payment goes to interest (民法489条); on calendar months
    // from 2026-11-22 the balance after 60 months is 7,662,195 (checked month by month: each
    // span's interest 5,800,000 × 14% × days / 365 truncated, minus 40,000).
    // The consultant sets the whole surplus on the slider: the default proposal is the practice
    // amount of 20,000 (EdgesOptionTest, ReasonsCarryCodesArticlesAndMoney below).
    EvaluateSettings set;
    set.installmentMonthly = Yen(40'000);
    const auto& o = opt(Seed().run(set), OptionKind::Installment);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.affordable);
    EXPECT_TRUE(o.clears);
    EXPECT_EQ(o.monthly, Yen(40'000));
    EXPECT_EQ(o.months, 150);
    EXPECT_EQ(o.total, Yen(6'000'000));
    EXPECT_EQ(o.creditRecordYears, 0);
    EXPECT_TRUE(o.creditRecordIndefinite);
    EXPECT_HAS(o.reasons, u"under an installment agreement (和解) that stops late interest, "
                          u"¥40,000 a month clears the balance of ¥6,000,000 in 150 months (12 "
                          u"years and 6 months)"_s);
    EXPECT_HAS(o.warnings, u"does not even cover the monthly late interest of ¥66,739"_s);
    EXPECT_HAS(o.warnings, u"¥7,662,195 after 5 years"_s);
    EXPECT_HAS(o.notes, u"paid ¥2,400,000 and still owe ¥3,600,000 under the agreement"_s);
    EXPECT_HAS(o.notes, u"Practice, not law"_s);
    EXPECT_HAS(o.notes, u"The practice proposal would be ¥20,000 a month"_s);
    EXPECT_EQ(o.balanceByMonth[0], Yen(6'000'000));
    EXPECT_EQ(o.balanceByMonth[1], Yen(5'960'000));
    EXPECT_EQ(o.balanceByMonth[120], Yen(1'200'000));
    EXPECT_TRUE(en(o.limitationEffect).contains(u"民法152条1項"_s));
}

TEST(Installment, AboveTheSurplusIsNotAffordable)
{
    // 66,739 set by the consultant: ceil(6,000,000 / 66,739) = 90 months under the agreement.
    // With late interest running the payment equals the 30-day interest, but calendar months
    // add 365 days a year: 6,057,855 after 60 months. Above the 40,000 surplus: not affordable.
    EvaluateSettings s;
    s.installmentMonthly = Yen(66'739);
    const auto& o = opt(Seed().run(s), OptionKind::Installment);
    EXPECT_EQ(o.months, 90);
    EXPECT_FALSE(o.affordable);
    EXPECT_HAS(o.warnings, u"barely covers the late interest of ¥66,739 a month"_s);
    EXPECT_HAS(o.warnings, u"¥6,057,855 after 5 years"_s);
    EXPECT_HAS(o.warnings, u"¥66,739 a month is more than the budget surplus of ¥40,000"_s);
    EXPECT_HAS(o.reasons, u"Monthly payment set by the consultant: ¥66,739."_s);
}

struct ClearCase {
    std::int64_t principal, interest, ratePercent, payment;
    int months; // practice path: ceil(balance / payment)
    int creditYears;
    const char* arithmetic; // the reason with late interest running
};

class InstallmentClears : public ::testing::TestWithParam<ClearCase> {};

TEST_P(InstallmentClears, PracticeMonthsAndArithmetic)
{
    const ClearCase& k = GetParam();
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany,
                    GuarantorKind::None, Rate::percent(k.ratePercent))};
    EvaluateSettings s;
    s.installmentMonthly = Yen(k.payment);
    const auto options = compareOptions(
        c, analysed(c, {assessed(u"d1"_s, u"△△カード"_s, k.principal, k.interest, 0)}), s);
    const auto& o = opt(options, OptionKind::Installment);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.clears);
    EXPECT_EQ(o.months, k.months);
    EXPECT_EQ(o.total, Yen(k.principal + k.interest));
    EXPECT_EQ(o.creditRecordYears, k.creditYears);
    EXPECT_HAS(o.reasons, QString::fromUtf8(k.arithmetic));
    EXPECT_EQ(o.balanceByMonth[k.months], Yen(0));
}

// By hand, payments on 12-22, 01-22, 02-22 (30, 31, 31 days) at 12% / 365: 100,000 → 986 of
// interest → 50,986 owed; 519 → 1,505; 15 → 1,520: 3 months, 101,520 paid, 1,520 of it interest.
INSTANTIATE_TEST_SUITE_P(
    ByHand, InstallmentClears,
    ::testing::Values(ClearCase{100'000, 0, 12, 50'000, 2, 6,
                                "it would clear in 3 months; ¥101,520 paid in all, ¥1,520 of it "
                                "late interest"},
                      ClearCase{1'200'000, 0, 0, 100'000, 12, 6,
                                "it would clear in 12 months; ¥1,200,000 paid in all, ¥0"},
                      ClearCase{1'200'000, 0, 0, 99'999, 13, 7,
                                "it would clear in 13 months; ¥1,200,000 paid in all"},
                      // Accrued interest is paid first: 10,000 + 90,000 of principal.
                      ClearCase{90'000, 10'000, 0, 100'000, 1, 6,
                                "it would clear in 1 months; ¥100,000 paid in all, ¥10,000 of "
                                "it late interest"}));

struct AffordCase {
    const char* name;
    std::int64_t surplus;
    std::optional<std::int64_t> slider;
    int creditors;
    bool affordable;
};

class InstallmentAffordable : public ::testing::TestWithParam<AffordCase> {};

// The practice minimum is 5,000 a month per creditor, within the budget surplus.
TEST_P(InstallmentAffordable, PracticeMinimumPerCreditorWithinSurplus)
{
    const AffordCase& k = GetParam();
    Case c = baseCase();
    setSurplus(c, k.surplus);
    QList<DebtAssessment> ds;
    for (int i = 0; i < k.creditors; ++i) {
        const QString id = u"d%1"_s.arg(i + 1), name = u"債権者%1"_s.arg(i + 1);
        c.debts.append(debt(id, name));
        ds.append(assessed(id, name, 300'000, 0, 0));
    }
    EvaluateSettings s;
    if (k.slider)
        s.installmentMonthly = Yen(*k.slider);
    const auto& o = opt(compareOptions(c, analysed(c, ds), s), OptionKind::Installment);
    EXPECT_EQ(o.affordable, k.affordable);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, InstallmentAffordable,
    ::testing::Values(AffordCase{"minimumOneCreditor", 5'000, std::nullopt, 1, true},
                      AffordCase{"belowMinimum", 4'999, std::nullopt, 1, false},
                      AffordCase{"twoCreditorsNeedTwice", 9'999, std::nullopt, 2, false},
                      AffordCase{"twoCreditorsEnough", 10'000, std::nullopt, 2, true},
                      AffordCase{"sliderAboveSurplus", 10'000, 10'001, 1, false},
                      AffordCase{"sliderBelowMinimum", 10'000, 4'999, 1, false},
                      AffordCase{"sliderWithin", 10'000, 7'000, 1, true}),
    [](const ::testing::TestParamInfo<AffordCase>& i) { return std::string(i.param.name); });

TEST(Installment, NoSurplusNotEligible)
{
    Seed s;
    setSurplus(s.c, 0);
    const auto& o = opt(s.run(), OptionKind::Installment);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"Nothing is left to pay each month"_s);
}

TEST(Installment, PaymentAfterCompletionWouldForfeit)
{
    Seed s;
    s.debts[0].limitation.completesOn = QDate(2025, 3, 16);
    s.debts[0].limitation.completed = true;
    const auto& o = opt(s.run(), OptionKind::Installment);
    EXPECT_FALSE(o.affordable); // paying would forfeit the limitation: never ranked as practice
    EXPECT_HAS(o.warnings, u"completed on 16 March 2025"_s);
    EXPECT_HAS(o.warnings, u"最判昭和41年4月20日"_s);
}

TEST(Installment, ReasonsCarryCodesArticlesAndMoney)
{
    // The default: the surplus 40,000 (income 280,000 − expenses 240,000), the proposal
    // min(40,000, 20,000 × 1 creditor) = 20,000 with 20,000 a month kept as a reserve; under the
    // agreement ceil(6,000,000 / 20,000) = 300 months.
    const auto& o = opt(Seed().run(), OptionKind::Installment);
    EXPECT_EQ(codes(o.reasons),
              (QStringList{u"installment.budget_surplus"_s, u"installment.practice_proposal"_s,
                           u"installment.practice_path_clears"_s}));
    EXPECT_HAS(o.reasons, u"income ¥280,000 − expenses ¥240,000 = ¥40,000 a month"_s);
    ASSERT_EQ(o.reasons.at(2).args.size(), 5);
    EXPECT_EQ(o.reasons.at(2).args.at(0), MessageArg(Yen(20'000)));
    EXPECT_EQ(o.reasons.at(2).args.at(1), MessageArg(Yen(6'000'000)));
    EXPECT_EQ(o.reasons.at(2).args.at(2), MessageArg(300));
    EXPECT_TRUE(codes(o.warnings).contains(u"installment.below_late_interest"_s))
        << codes(o.warnings).join(u", "_s).toStdString();
    EXPECT_TRUE(codes(o.notes).contains(u"installment.settlement_after_years"_s));
    EXPECT_TRUE(codes(o.notes).contains(u"option.credit_record"_s));
    EXPECT_EQ(o.limitationEffect.code, u"installment.payment_acknowledges"_s);
    EXPECT_EQ(o.limitationEffect.article, u"民法152条1項"_s);
    EXPECT_EQ(o.guarantorEffect.code, u"option.no_guarantor"_s);
}

} // namespace
