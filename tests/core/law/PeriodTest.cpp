#include "law/Period.h"

#include <gtest/gtest.h>

using namespace zansai::law;

struct PeriodCase {
    QDate event;
    int months;
    QDate expectedEnd;
};

class PeriodEnd : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(PeriodEnd, FollowsCivilCode143)
{
    const auto& c = GetParam();
    EXPECT_EQ(periodEndMonths(c.event, c.months), c.expectedEnd);
}

// docs/legal-rules.md §0 vectors plus month ends and leap days of our own.
INSTANTIATE_TEST_SUITE_P(
    Reference, PeriodEnd,
    ::testing::Values(PeriodCase{QDate(2024, 2, 28), 60, QDate(2029, 2, 28)},
                      PeriodCase{QDate(2023, 2, 28), 60, QDate(2028, 2, 29)},
                      PeriodCase{QDate(2020, 2, 29), 60, QDate(2025, 2, 28)},
                      PeriodCase{QDate(2025, 1, 30), 1, QDate(2025, 2, 28)},
                      PeriodCase{QDate(2024, 1, 30), 1, QDate(2024, 2, 29)},
                      // T2: acceleration 2020-03-16 → 2025-03-16
                      PeriodCase{QDate(2020, 3, 16), 60, QDate(2025, 3, 16)},
                      // 6 months from a 取下げ on 2024-02-01 → 2024-08-01 (T10)
                      PeriodCase{QDate(2024, 2, 1), 6, QDate(2024, 8, 1)},
                      // The last day of a month: start is the 1st of the next month.
                      PeriodCase{QDate(2024, 1, 31), 1, QDate(2024, 2, 29)},
                      PeriodCase{QDate(2023, 12, 31), 12, QDate(2024, 12, 31)},
                      PeriodCase{QDate(2024, 8, 31), 6, QDate(2025, 2, 28)}));

TEST(Period, YearsAreTwelveMonths)
{
    EXPECT_EQ(periodEndYears(QDate(2021, 9, 30), 5), QDate(2026, 9, 30));  // T4
    EXPECT_EQ(periodEndYears(QDate(2025, 2, 17), 10), QDate(2035, 2, 17)); // T8
}

TEST(Period, DaysSkipTheFirstDay)
{
    EXPECT_EQ(periodStart(QDate(2024, 12, 31)), QDate(2025, 1, 1));
    EXPECT_EQ(periodEndDays(QDate(2025, 2, 3), 14), QDate(2025, 2, 17));
}
