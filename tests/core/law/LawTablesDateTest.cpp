// The date of the law tables printed on every paper (docs/legal-rules.md §15.1) is not older than
// any dated table it stands for.
#include "law/LawTablesDate.h"
#include "law/LegalInterestRate.h"
#include "law/TaxLateFee.h"

#include <gtest/gtest.h>

using namespace zansai::law;

TEST(LawTablesDate, NotOlderThanTheTablesItStandsFor)
{
    // 延滞税: the table's last year (2026) is in force from 2026-01-01 ≤ 2026-04-01.
    EXPECT_GE(kLawTablesDate, QDate(kTaxLateFeeTableLastYear, 1, 1));
    // 法定利率: 2026-04-01 opens the third 3-year period (2020-04-01 + 2 × 3 years); the rate of
    // that period is known (fixed through 2029-03-31).
    EXPECT_EQ(kLawTablesDate, QDate(2020, 4, 1).addYears(6));
    EXPECT_TRUE(legalInterestRateFixed(kLawTablesDate));
}
