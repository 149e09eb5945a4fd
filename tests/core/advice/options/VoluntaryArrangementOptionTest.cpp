// 任意整理 (advice/options/VoluntaryArrangementOption.cpp): the shortest affordable term, what is
// left out, fees per creditor.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- 任意整理 ------------------------------------------------------------------------------------

struct ArrangementCase {
    std::int64_t surplus;
    bool eligible;
    int months;
    std::int64_t monthly;
};

class Arrangement : public ::testing::TestWithParam<ArrangementCase> {};

// Principal 1,000,000 (late interest 50,000 assumed waived): 36 → 27,778 (27,777.8 rounded up);
// 37 → 27,028; 60 → 16,667.
TEST_P(Arrangement, ShortestAffordableTerm)
{
    const ArrangementCase& k = GetParam();
    Case c = baseCase();
    setSurplus(c, k.surplus);
    c.debts = {debt(u"d2"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const auto options = compareOptions(
        c, analysed(c, {assessed(u"d2"_s, u"△△カード"_s, 1'000'000, 50'000, 0)}), {});
    const auto& o = opt(options, OptionKind::VoluntaryArrangement);
    EXPECT_EQ(o.eligible, k.eligible);
    EXPECT_EQ(o.months, k.months);
    EXPECT_EQ(o.monthly, Yen(k.monthly));
    if (k.eligible) {
        EXPECT_EQ(o.fees, Yen(50'000)); // 30,000 + 20,000 for one creditor
        EXPECT_EQ(o.total, Yen(1'050'000));
        EXPECT_EQ(o.creditRecordYears, (k.months + 11) / 12 + 5);
        EXPECT_HAS(o.notes, u"accrued late interest of ¥50,000 is waived"_s);
        EXPECT_EQ(o.balanceByMonth[0], Yen(1'050'000));
        EXPECT_EQ(o.balanceByMonth[k.months], Yen(0));
    } else {
        EXPECT_HAS(o.reasons, u"even over 60 months the principal needs ¥16,667 a month, more than "
                              u"the budget surplus of ¥16,666"_s);
    }
}

INSTANTIATE_TEST_SUITE_P(Edges, Arrangement,
                         ::testing::Values(ArrangementCase{40'000, true, 36, 27'778},
                                           ArrangementCase{27'778, true, 36, 27'778},
                                           ArrangementCase{27'777, true, 37, 27'028},
                                           ArrangementCase{16'667, true, 60, 16'667},
                                           ArrangementCase{16'666, false, 0, 0}));

TEST(Arrangement, TaxesLeftOutFeesPerCreditorGuarantorWarned)
{
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany,
                    GuarantorKind::Individual),
               debt(u"d2"_s, u"□□ローン"_s, DebtKind::ConsumerLoan, LenderKind::ConsumerFinance),
               debt(u"d3"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority)};
    const auto options = compareOptions(
        c,
        analysed(c, {assessed(u"d1"_s, u"△△カード"_s, 400'000, 0, 0, QDate(2027, 6, 1)),
                     assessed(u"d2"_s, u"□□ローン"_s, 500'000, 0, 0),
                     assessed(u"d3"_s, u"○○市"_s, 300'000, 0, 0)}),
        {});
    const auto& o = opt(options, OptionKind::VoluntaryArrangement);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.monthly, Yen(25'000)); // 900,000 / 36
    EXPECT_EQ(o.fees, Yen(100'000));   // two creditors
    EXPECT_EQ(o.total, Yen(1'000'000));
    EXPECT_EQ(o.surviving, Yen(300'000));
    EXPECT_TRUE(o.guarantorAffected);
    EXPECT_TRUE(en(o.guarantorEffect).contains(u"unless the guarantor is included"_s));
    // d1's limitation completes within 12 months: the 受任通知 warning.
    EXPECT_HAS(o.warnings, u"△△カード: the limitation period completes on 1 June 2027"_s);
    EXPECT_LACKS(o.warnings, u"□□ローン: the limitation"_s);
}

TEST(Arrangement, ReasonsCarryCodesArticlesAndDates)
{
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany,
                    GuarantorKind::Individual),
               debt(u"d3"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority)};
    const auto options = compareOptions(
        c,
        analysed(c, {assessed(u"d1"_s, u"△△カード"_s, 900'000, 0, 0, QDate(2027, 6, 1)),
                     assessed(u"d3"_s, u"○○市"_s, 300'000, 0, 0)}),
        {});
    const auto& o = opt(options, OptionKind::VoluntaryArrangement);
    EXPECT_EQ(codes(o.reasons), (QStringList{u"voluntary_arrangement.interest_cut"_s,
                                             u"voluntary_arrangement.affordable"_s}));
    ASSERT_FALSE(o.reasons.at(0).args.isEmpty());
    EXPECT_EQ(o.reasons.at(0).args.at(0), MessageArg(Yen(900'000)));
    EXPECT_TRUE(codes(o.notes).contains(u"voluntary_arrangement.others_stay_owed"_s));
    EXPECT_EQ(o.guarantorEffect.code, u"voluntary_arrangement.guarantor_demanded"_s);
    EXPECT_EQ(o.limitationEffect.article, u"民法152条1項"_s);
    ASSERT_EQ(codes(o.warnings), QStringList{u"voluntary_arrangement.limitation_near"_s});
    const Message& near = o.warnings.at(0);
    EXPECT_EQ(near.article, u"民法152条1項"_s);
    ASSERT_EQ(near.args.size(), 2);
    EXPECT_EQ(near.args.at(1), MessageArg(QDate(2027, 6, 1))); // a date, not text
}

} // namespace
