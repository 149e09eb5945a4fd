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

} // namespace
