// 一括和解 (advice/options/LumpSumOption.cpp): the offer range, the low end against cash and
// deposits, and who counts as a servicer.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- 一括和解 ------------------------------------------------------------------------------------

TEST(LumpSum, SeedCaseOneOfferRange)
{
    // Seed 1: 580万 with a servicer, settled for 10万. Cash 110,000 + deposits 45,000 = 155,000;
    // expenses 250,000. Low: 5,800,000 × 1.7% = 98,600 ≤ 155,000 → eligible; high: 16% =
    // 928,000 capped at 155,000. The 10万 lies inside. Paying leaves 56,400 to 0, less than a
    // month of expenses: a warning, not an exclusion.
    Seed s;
    s.debts[0].lateInterest = Yen(0);
    setSurplus(s.c, 30'000);
    s.c.assets = {};
    s.c.assets.cash = Yen(110'000);
    s.c.assets.deposits = Yen(45'000);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.affordable);
    EXPECT_EQ(o.offerLow, Yen(98'600));
    EXPECT_EQ(o.offerHigh, Yen(155'000));
    EXPECT_EQ(o.total, Yen(155'000));
    EXPECT_EQ(o.fees, Yen(0));
    EXPECT_EQ(o.creditRecordYears, 5);
    EXPECT_HAS(o.reasons, u"Saved against the claim of ¥5,800,000: ¥5,645,000 to ¥5,701,400."_s);
    EXPECT_HAS(o.reasons, u"Cash ¥110,000 + deposits ¥45,000 = ¥155,000 against the low end of "
                          u"the usual offers, ¥98,600"_s);
    EXPECT_HAS(o.warnings, u"Paying ¥98,600 to ¥155,000 leaves ¥56,400 to ¥0 of cash and "
                           u"deposits, less than one month of expenses (¥250,000)"_s);
    EXPECT_EQ(o.balanceByMonth[0], Yen(5'800'000));
    EXPECT_EQ(o.balanceByMonth[1], Yen(0));
    EXPECT_EQ(opt(s.run(), OptionKind::LumpSum).rank, 1);
}

TEST(LumpSum, RangeOfThePrincipalCappedByCash)
{
    // Principal 5,800,000 (balance 6,000,000); cash 400,000 + deposits 200,000 = 600,000.
    Seed s;
    s.c.assets.cash = Yen(400'000);
    s.c.assets.deposits = Yen(200'000);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.offerLow, Yen(98'600));   // 5,800,000 × 17/1000
    EXPECT_EQ(o.offerHigh, Yen(600'000)); // 16% = 928,000, capped by cash and deposits
    EXPECT_HAS(o.reasons, u"Offer range: ¥98,600 to ¥600,000"_s);
    EXPECT_HAS(o.reasons, u"Saved against the claim of ¥6,000,000: ¥5,400,000 to ¥5,901,400."_s);
    EXPECT_TRUE(o.warnings.isEmpty()); // 600,000 − 98,600 leaves more than 240,000
}

struct LowEndCase {
    std::int64_t cash, deposits;
    bool eligible;
    bool reserveWarning;
};

class LumpSumLowEnd : public ::testing::TestWithParam<LowEndCase> {};

// Eligible when cash + deposits reach the low end (98,600); the reserve (240,000) only warns.
TEST_P(LumpSumLowEnd, CashAndDepositsReachTheLowEnd)
{
    const LowEndCase& k = GetParam();
    Seed s;
    s.c.assets.cash = Yen(k.cash);
    s.c.assets.deposits = Yen(k.deposits);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_EQ(o.eligible, k.eligible);
    EXPECT_EQ(has(en(o.warnings), u"less than one month of expenses"_s), k.reserveWarning);
    if (!k.eligible) {
        EXPECT_HAS(o.reasons, u"Not enough cash for even the low end of the usual offers"_s);
        EXPECT_EQ(o.total, Yen(0));
    }
}

INSTANTIATE_TEST_SUITE_P(Edges, LumpSumLowEnd,
                         ::testing::Values(LowEndCase{0, 98'599, false, false},
                                           LowEndCase{0, 98'600, true, true},
                                           LowEndCase{98'600, 0, true, true},
                                           LowEndCase{100'000, 238'599, true, true},
                                           LowEndCase{100'000, 238'600, true, false}));

struct ServicerCase {
    const char* creditor;
    bool assignedEvent;
    bool eligible;
};

class LumpSumServicer : public ::testing::TestWithParam<ServicerCase> {};

TEST_P(LumpSumServicer, NeedsAServicer)
{
    const ServicerCase& k = GetParam();
    Seed s;
    s.c.assets.cash = Yen(400'000);
    s.c.debts[0].creditor = QString::fromUtf8(k.creditor);
    s.debts[0].creditor = QString::fromUtf8(k.creditor);
    if (k.assignedEvent)
        s.c.debts[0].events.append({QDate(2025, 1, 10), DebtEventType::ClaimAssigned});
    EXPECT_EQ(heldByServicer(s.c.debts[0]), k.eligible);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_EQ(o.eligible, k.eligible);
    if (!k.eligible) {
        EXPECT_HAS(o.reasons, u"No servicer holds any of the debts"_s);
        EXPECT_EQ(o.total, Yen(0));
    }
}

INSTANTIATE_TEST_SUITE_P(Names, LumpSumServicer,
                         ::testing::Values(ServicerCase{"○○債権回収株式会社", false, true},
                                           ServicerCase{"○○サービサー", false, true},
                                           ServicerCase{"ABC Servicer Co.", false, true},
                                           ServicerCase{"○○銀行", true,
                                                        true}, // claim_assigned event
                                           ServicerCase{"○○銀行", false, false},
                                           ServicerCase{"住宅金融支援機構", false, false}));

TEST(LumpSum, ReasonsCarryCodesAndMoney)
{
    const auto& o = opt(Seed().run(), OptionKind::LumpSum);
    const QStringList c = codes(o.reasons);
    EXPECT_EQ(c, (QStringList{u"lump_sum.servicer_holds"_s, u"lump_sum.cash_against_low_end"_s,
                              u"lump_sum.offer_range"_s}));
    ASSERT_EQ(o.reasons.at(1).args.size(), 5);
    EXPECT_EQ(o.reasons.at(1).args.at(4), MessageArg(Yen(5'800'000))); // the principal held
    EXPECT_EQ(o.limitationEffect.article, u"民法152条1項"_s);
}

} // namespace
