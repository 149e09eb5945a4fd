// 国税徴収法76条1項 from the gross pay, deduction by deduction (docs/legal-rules.md §3).
#include "law/TaxGarnishment.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct GrossCase {
    const char* name;
    std::int64_t gross, incomeTax, residentTax, social;
    int dependents;
    std::int64_t net, living, remainder, fifth, seizable;
};

void PrintTo(const GrossCase& c, std::ostream* os)
{
    *os << c.name;
}

class TaxFromGross : public ::testing::TestWithParam<GrossCase> {};

TEST_P(TaxFromGross, EachDeduction)
{
    const GrossCase& c = GetParam();
    const TaxWageSeizureSteps s = taxWageSeizureFromGross(
        Yen(c.gross), Yen(c.incomeTax), Yen(c.residentTax), Yen(c.social), c.dependents);
    EXPECT_EQ(s.net, Yen(c.net));
    EXPECT_EQ(s.livingAllowance, Yen(c.living));
    EXPECT_EQ(s.remainder, Yen(c.remainder));
    EXPECT_EQ(s.protectedFifth, Yen(c.fifth));
    EXPECT_EQ(s.seizable, Yen(c.seizable));
    EXPECT_EQ(s.protectedAmount, Yen(c.gross - c.seizable));
}

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, TaxFromGross,
    ::testing::Values(
        // §3's example from gross: 380,000 − 10,000 − 20,000 − 50,000 = 300,000 net; 2 dependents:
        // living 100,000 + 2×45,000 = 190,000; remainder 110,000; 20% = 22,000; seizable 88,000.
        GrossCase{"two_dependents", 380'000, 10'000, 20'000, 50'000, 2, 300'000, 190'000, 110'000,
                  22'000, 88'000},
        // 350,001 − 8,000 − 15,000 − 52,000 = 275,001; no dependent: living 100,000; remainder
        // 175,001; 80% = 140,000.8 → 140,000 seizable (truncated), 20% kept 35,001.
        GrossCase{"fraction_to_debtor", 350'001, 8'000, 15'000, 52'000, 0, 275'001, 100'000,
                  175'001, 35'001, 140'000},
        // High pay: 1,800,000 − 200,000 − 100,000 − 100,000 = 1,400,000; living 100,000;
        // remainder 1,300,000; 20% = 260,000 > 2 × 100,000 → 200,000 kept; seizable 1,100,000.
        GrossCase{"fifth_capped", 1'800'000, 200'000, 100'000, 100'000, 0, 1'400'000, 100'000,
                  1'300'000, 200'000, 1'100'000},
        // Below the living allowance: 200,000 − 5,000 − 10,000 − 30,000 = 155,000 < 10万 + 2 ×
        // 4.5万 = 190,000: nothing seizable.
        GrossCase{"below_living", 200'000, 5'000, 10'000, 30'000, 2, 155'000, 190'000, 0, 0, 0}));

} // namespace
