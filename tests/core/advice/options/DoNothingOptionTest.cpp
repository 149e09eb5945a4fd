// 何もしない (advice/options/DoNothingOption.cpp): where doing nothing leads.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- 何もしない ----------------------------------------------------------------------------------

TEST(DoNothing, EscalationWithDatesAndAmounts)
{
    const auto options = Seed().run();
    const auto& o = opt(options, OptionKind::DoNothing);
    EXPECT_FALSE(o.eligible);
    EXPECT_EQ(o.rank, 7);
    // 6,000,000 + 5,800,000 × 14% × 365 / 1,096 / 1,826 days / 365 (truncated).
    EXPECT_HAS(o.reasons, u"After 1 year (2027-11-22): ¥6,812,000. After 3 years (2029-11-22): "
                          u"¥8,438,224. After 5 years (2031-11-22): ¥10,062,224."_s);
    // Wage seizure 70,000 a month on calendar months (interest per span, 民法489条): 382 months,
    // 26,717,579 in all (checked month by month).
    EXPECT_EQ(o.monthly, Yen(70'000));
    EXPECT_EQ(o.months, 382);
    EXPECT_EQ(o.total, Yen(26'717'579));
    EXPECT_HAS(o.reasons, u"Deposits of ¥150,000 can be seized at once"_s);
    EXPECT_TRUE(o.creditRecordIndefinite);
    EXPECT_EQ(o.balanceByMonth, analysed(Seed().c, Seed().debts).doNothing.balanceByMonth);
}

TEST(DoNothing, ReasonsCarryCodesArticlesAndTypedArguments)
{
    const auto& o = opt(Seed().run(), OptionKind::DoNothing);
    const QStringList c = codes(o.reasons);
    EXPECT_EQ(c.value(0), u"do_nothing.not_advice"_s);
    EXPECT_EQ(c.value(1), u"do_nothing.balance_today"_s);
    EXPECT_EQ(c.value(2), u"do_nothing.projection"_s);
    EXPECT_TRUE(c.contains(u"do_nothing.wage_seizure_clears"_s)) << c.join(u", "_s).toStdString();
    for (const Message& m : o.reasons)
        if (m.code == u"do_nothing.wage_seizure_clears"_s) {
            EXPECT_EQ(m.article, u"民事執行法152条"_s);
            ASSERT_EQ(m.args.size(), 3);
            // Money and months as typed arguments, written by the narrator.
            EXPECT_EQ(m.args.at(0), MessageArg(Yen(70'000)));
            EXPECT_EQ(m.args.at(1), MessageArg(382));
            EXPECT_EQ(m.args.at(2), MessageArg(Yen(26'717'579)));
        }
    // The dates of the projection are dates, not pre-formatted text.
    ASSERT_GE(o.reasons.size(), 3);
    ASSERT_FALSE(o.reasons.at(2).args.isEmpty());
    EXPECT_EQ(o.reasons.at(2).args.at(0), MessageArg(QDate(2027, 11, 22)));
    EXPECT_EQ(o.limitationEffect.code, u"do_nothing.limitation_keeps_running"_s);
    EXPECT_EQ(o.guarantorEffect.code, u"option.no_guarantor"_s);
}

} // namespace
