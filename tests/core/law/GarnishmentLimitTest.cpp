// 民事執行法152条 / 施行令2条 for every pay cycle, bonus and retirement allowance; 国税徴収法76条.
#include "law/GarnishmentLimit.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct WageCase {
    std::int64_t net;
    PayCycle cycle;
    ClaimKind claim;
    std::int64_t seizable;
};

class WageGarnishment : public ::testing::TestWithParam<WageCase> {};

TEST_P(WageGarnishment, SeizableAndProtectedAddUp)
{
    const WageCase& c = GetParam();
    const auto r = wageGarnishmentLimit(Yen(c.net), c.cycle, c.claim);
    EXPECT_EQ(r.seizable, Yen(c.seizable));
    EXPECT_EQ(r.protectedAmount, Yen(c.net - c.seizable));
}

constexpr auto ORD = ClaimKind::Ordinary;
constexpr auto SUP = ClaimKind::Support;

INSTANTIATE_TEST_SUITE_P(Reference, WageGarnishment,
                         ::testing::Values(WageCase{200'000, PayCycle::Monthly, ORD, 50'000},
                                           WageCase{500'000, PayCycle::Monthly, ORD, 170'000},
                                           WageCase{200'000, PayCycle::Monthly, SUP, 100'000},
                                           WageCase{500'000, PayCycle::Monthly, SUP, 250'000},
                                           WageCase{16'000, PayCycle::Daily, ORD,
                                                    5'000})); // 12,000 > 11,000

INSTANTIATE_TEST_SUITE_P(
    Edges, WageGarnishment,
    ::testing::Values(
        // Monthly ordinary: the cap starts to bite at 440,000 (3/4 = 330,000).
        WageCase{439'999, PayCycle::Monthly, ORD, 109'999}, // floor(109,999.75)
        WageCase{440'000, PayCycle::Monthly, ORD, 110'000},
        WageCase{440'001, PayCycle::Monthly, ORD, 110'001},
        // Monthly support: at 660,000 (1/2 = 330,000).
        WageCase{659'999, PayCycle::Monthly, SUP, 329'999}, // floor(329,999.5)
        WageCase{660'000, PayCycle::Monthly, SUP, 330'000},
        WageCase{660'001, PayCycle::Monthly, SUP, 330'001},
        WageCase{1'000'000, PayCycle::Monthly, SUP, 670'000},
        // The fraction of a yen stays with the debtor.
        WageCase{200'003, PayCycle::Monthly, ORD, 50'000},
        WageCase{200'001, PayCycle::Monthly, SUP, 100'000},
        // Semi-monthly (165,000 cap → bites at 220,000).
        WageCase{220'000, PayCycle::SemiMonthly, ORD, 55'000},
        WageCase{300'000, PayCycle::SemiMonthly, ORD, 135'000},
        WageCase{330'000, PayCycle::SemiMonthly, SUP, 165'000},
        WageCase{400'000, PayCycle::SemiMonthly, SUP, 235'000},
        // Ten days (旬, 110,000 → 146,666.67).
        WageCase{146'666, PayCycle::TenDays, ORD, 36'666},
        WageCase{146'667, PayCycle::TenDays, ORD, 36'667},
        WageCase{200'000, PayCycle::TenDays, ORD, 90'000},
        // Weekly (11,000 × 7 = 77,000 → 102,666.67).
        WageCase{100'000, PayCycle::Weekly, ORD, 25'000},
        WageCase{102'667, PayCycle::Weekly, ORD, 25'667},
        WageCase{200'000, PayCycle::Weekly, ORD, 123'000},
        // Daily (11,000 → 14,666.67).
        WageCase{14'666, PayCycle::Daily, ORD, 3'666},
        WageCase{14'667, PayCycle::Daily, ORD, 3'667},
        WageCase{22'000, PayCycle::Daily, SUP, 11'000},
        WageCase{30'000, PayCycle::Daily, SUP, 19'000},
        // Nothing to seize from nothing.
        WageCase{0, PayCycle::Monthly, ORD, 0}, WageCase{3, PayCycle::Monthly, ORD, 0}));

TEST(GarnishmentLimit, NegativeNetSeizesNothing)
{
    const auto r = wageGarnishmentLimit(Yen(-5), PayCycle::Monthly, ClaimKind::Ordinary);
    EXPECT_EQ(r.seizable, Yen(0));
    EXPECT_EQ(r.protectedAmount, Yen(0));
}

TEST(GarnishmentLimit, CapsPerCycle)
{
    EXPECT_EQ(protectedCap(PayCycle::Monthly), Yen(330'000));
    EXPECT_EQ(protectedCap(PayCycle::SemiMonthly), Yen(165'000));
    EXPECT_EQ(protectedCap(PayCycle::TenDays), Yen(110'000));
    EXPECT_EQ(protectedCap(PayCycle::Weekly), Yen(77'000));
    EXPECT_EQ(protectedCap(PayCycle::Daily), Yen(11'000));
}

TEST(GarnishmentLimit, Bonus)
{
    // docs/legal-rules.md §3: 1,000,000 → 670,000 (33万 cap, 施行令2条2項).
    auto r = bonusGarnishmentLimit(Yen(1'000'000), ClaimKind::Ordinary);
    EXPECT_EQ(r.seizable, Yen(670'000));
    EXPECT_EQ(r.protectedAmount, Yen(330'000));
    EXPECT_EQ(bonusGarnishmentLimit(Yen(440'000), ClaimKind::Ordinary).seizable, Yen(110'000));
    EXPECT_EQ(bonusGarnishmentLimit(Yen(400'000), ClaimKind::Ordinary).seizable, Yen(100'000));
    EXPECT_EQ(bonusGarnishmentLimit(Yen(600'000), ClaimKind::Support).seizable, Yen(300'000));
    EXPECT_EQ(bonusGarnishmentLimit(Yen(1'000'000), ClaimKind::Support).seizable, Yen(670'000));
}

TEST(GarnishmentLimit, RetirementHasNoCap)
{
    // docs/legal-rules.md §3: 4,000,000 → 1,000,000 ordinary / 2,000,000 support (152条2項・3項).
    EXPECT_EQ(retirementGarnishmentLimit(Yen(4'000'000), ClaimKind::Ordinary).seizable,
              Yen(1'000'000));
    EXPECT_EQ(retirementGarnishmentLimit(Yen(4'000'000), ClaimKind::Support).seizable,
              Yen(2'000'000));
    const auto big = retirementGarnishmentLimit(Yen(30'000'001), ClaimKind::Ordinary);
    EXPECT_EQ(big.seizable, Yen(7'500'000));
    EXPECT_EQ(big.protectedAmount, Yen(22'500'001));
}

struct TaxCase {
    std::int64_t net;
    int dependents;
    std::int64_t seizable;
};

class TaxSeizure : public ::testing::TestWithParam<TaxCase> {};

TEST_P(TaxSeizure, NationalTaxCollectionAct76)
{
    const TaxCase& c = GetParam();
    const auto r = taxWageSeizureLimit(Yen(c.net), c.dependents);
    EXPECT_EQ(r.seizable, Yen(c.seizable));
    EXPECT_EQ(r.protectedAmount, Yen(c.net - c.seizable));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TaxSeizure,
    ::testing::Values(
        TaxCase{300'000, 2, 88'000}, // docs/legal-rules.md §3: living 190,000; 20% of 110,000 stays
        TaxCase{300'001, 2, 88'000}, // 88,000.8 → 88,000: the fraction stays protected
        TaxCase{190'000, 2, 0},      // exactly the living allowance
        TaxCase{90'000, 0, 0},       // below it
        TaxCase{100'000, 0, 0},
        TaxCase{1'100'000, 0, 800'000},   // 20% = 200,000 = 2 × living: the cap just reached
        TaxCase{1'500'000, 0, 1'200'000}, // 20% would be 280,000 → capped at 200,000
        TaxCase{2'000'000, 3, 1'412'000}, // living 235,000; 20% of 1,765,000 = 353,000 < 470,000
        TaxCase{0, 1, 0}));

// Several creditors on one wage share one seizable part (民事執行法156条2項・165条): the widest
// range, never the sum. Net 280,000: ordinary 70,000 (1/4), support 140,000 (1/2).
TEST(SharedWageSeizable, WidestRangeNotTheSum)
{
    EXPECT_EQ(sharedWageSeizable({}), Yen(0));
    EXPECT_EQ(sharedWageSeizable({Yen(70'000)}), Yen(70'000));
    EXPECT_EQ(sharedWageSeizable({Yen(70'000), Yen(70'000)}), Yen(70'000)); // two ordinary
    EXPECT_EQ(sharedWageSeizable({Yen(70'000), Yen(140'000)}), Yen(140'000));
    EXPECT_EQ(sharedWageSeizable({Yen(140'000), Yen(108'000), Yen(70'000)}), Yen(140'000));
}

} // namespace
