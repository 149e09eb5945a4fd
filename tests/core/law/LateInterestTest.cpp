// 遅延損害金: docs/legal-rules.md §2 and §10 vectors, plus leap years, year crossings and the
// ledger (民法489条).
#include "law/LateInterest.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

Rate pct(const char* text)
{
    return *Rate::fromPercentString(QString::fromLatin1(text));
}

struct LateCase {
    const char* name;
    std::int64_t principal;
    const char* ratePercent;
    QDate from;
    QDate to;
    DayBasis basis;
    Rounding rounding;
    int days;
    std::int64_t amount;
};

void PrintTo(const LateCase& c, std::ostream* os)
{
    *os << c.name;
}

class LateInterestVectors : public ::testing::TestWithParam<LateCase> {};

TEST_P(LateInterestVectors, ExactAmount)
{
    const LateCase& c = GetParam();
    const auto r =
        lateInterest(Yen(c.principal), pct(c.ratePercent), c.from, c.to, c.basis, c.rounding);
    EXPECT_EQ(r.days, c.days);
    EXPECT_EQ(r.amount, Yen(c.amount));
}

constexpr auto T = Rounding::Truncate;
constexpr auto D365 = DayBasis::Days365;
constexpr auto ACT = DayBasis::Actual;

INSTANTIATE_TEST_SUITE_P(Reference, LateInterestVectors,
                         ::testing::Values(
                             // §2, P = 5,000,000 at 14%
                             LateCase{"year2025_365", 5'000'000, "14", QDate(2025, 1, 1),
                                      QDate(2025, 12, 31), D365, T, 365, 700'000},
                             LateCase{"year2025_actual", 5'000'000, "14", QDate(2025, 1, 1),
                                      QDate(2025, 12, 31), ACT, T, 365, 700'000},
                             LateCase{"days100", 5'000'000, "14", QDate(2025, 1, 1),
                                      QDate(2025, 4, 10), D365, T, 100, 191'780},
                             LateCase{"days100_actual", 5'000'000, "14", QDate(2025, 1, 1),
                                      QDate(2025, 4, 10), ACT, T, 100, 191'780},
                             LateCase{"year2024_365_clause", 5'000'000, "14", QDate(2024, 1, 1),
                                      QDate(2024, 12, 31), D365, T, 366, 701'917},
                             LateCase{"year2024_court", 5'000'000, "14", QDate(2024, 1, 1),
                                      QDate(2024, 12, 31), ACT, T, 366, 700'000},
                             LateCase{"rate14_6_days100", 5'000'000, "14.6", QDate(2025, 1, 1),
                                      QDate(2025, 4, 10), D365, T, 100, 200'000},
                             LateCase{"rate14_5_days100", 5'000'000, "14.5", QDate(2025, 1, 1),
                                      QDate(2025, 4, 10), D365, T, 100, 198'630},
                             // §10: 458条の3, 20,000,000 at 14%, 2024-04-11..08-01
                             LateCase{"guarantor_365", 20'000'000, "14", QDate(2024, 4, 11),
                                      QDate(2024, 8, 1), D365, T, 113, 866'849},
                             LateCase{"guarantor_366", 20'000'000, "14", QDate(2024, 4, 11),
                                      QDate(2024, 8, 1), ACT, T, 113, 864'480}));

INSTANTIATE_TEST_SUITE_P(
    Own, LateInterestVectors,
    ::testing::Values(
        // 2023-07-01..2025-06-30: 184 + 181 common days (= 365) and all of leap 2024 → exactly 2
        // years.
        LateCase{"cross_2023_2025_actual", 1'000'000, "14", QDate(2023, 7, 1), QDate(2025, 6, 30),
                 ACT, T, 731, 280'000},
        LateCase{"cross_2023_2025_365", 1'000'000, "14", QDate(2023, 7, 1), QDate(2025, 6, 30),
                 D365, T, 731, 280'383},
        // 2023-12-31..2025-01-01: 1 + 366 + 1 days.
        LateCase{"edges_2023_2025_actual", 1'000'000, "14", QDate(2023, 12, 31), QDate(2025, 1, 1),
                 ACT, T, 368, 140'767},
        LateCase{"edges_2023_2025_365", 1'000'000, "14", QDate(2023, 12, 31), QDate(2025, 1, 1),
                 D365, T, 368, 141'150},
        // One rounding at the end (§12.5): 383.56 + 382.51 = 766.07 → 766, not 383 + 382 = 765.
        LateCase{"one_rounding_not_per_year", 1'000'000, "14", QDate(2023, 12, 31),
                 QDate(2024, 1, 1), ACT, T, 2, 766},
        // A whole year straddling a leap day: the per-day split, not "whole years first" (700,000).
        LateCase{"year_over_leap_day_actual", 5'000'000, "14", QDate(2024, 3, 1),
                 QDate(2025, 2, 28), ACT, T, 365, 698'396},
        LateCase{"year_over_leap_day_365", 5'000'000, "14", QDate(2024, 3, 1), QDate(2025, 2, 28),
                 D365, T, 365, 700'000},
        LateCase{"two_calendar_years_actual", 5'000'000, "14", QDate(2024, 1, 1),
                 QDate(2025, 12, 31), ACT, T, 731, 1'400'000},
        // The leap day alone: 1/366 under actual, 1/365 under the 365 clause.
        LateCase{"leap_day_actual", 1'000'000, "14.6", QDate(2024, 2, 29), QDate(2024, 2, 29), ACT,
                 T, 1, 398},
        LateCase{"leap_day_365", 1'000'000, "14.6", QDate(2024, 2, 29), QDate(2024, 2, 29), D365, T,
                 1, 400},
        // Rounding is a parameter: 191,780.82 → 191,781 under 通貨法3条 (HalfUp) and Ceil.
        LateCase{"half_up", 5'000'000, "14", QDate(2025, 1, 1), QDate(2025, 4, 10), D365,
                 Rounding::HalfUp, 100, 191'781},
        LateCase{"ceil", 5'000'000, "14", QDate(2025, 1, 1), QDate(2025, 4, 10), D365,
                 Rounding::Ceil, 100, 191'781},
        // The legal rate since the reform over several years.
        LateCase{"legal_rate_long_actual", 5'800'000, "3", QDate(2020, 4, 1), QDate(2026, 11, 22),
                 ACT, T, 2427, 1'156'145},
        LateCase{"legal_rate_long_365", 5'800'000, "3", QDate(2020, 4, 1), QDate(2026, 11, 22),
                 D365, T, 2427, 1'156'980},
        // The same day: one day counted. A month end into the next month.
        LateCase{"same_day", 3'650'000, "10", QDate(2025, 3, 31), QDate(2025, 3, 31), D365, T, 1,
                 1'000},
        LateCase{"zero_rate", 3'650'000, "0", QDate(2025, 1, 1), QDate(2025, 12, 31), D365, T, 365,
                 0},
        LateCase{"zero_principal", 0, "14", QDate(2025, 1, 1), QDate(2025, 12, 31), ACT, T, 365,
                 0}));

TEST(LateInterest, ToBeforeFromIsNothing)
{
    const auto r = lateInterest(Yen(1'000'000), Rate::percent(14), QDate(2025, 2, 1),
                                QDate(2025, 1, 31), DayBasis::Days365);
    EXPECT_EQ(r.days, 0);
    EXPECT_EQ(r.amount, Yen(0));
}

TEST(LateInterest, LargeAmountsStayExact)
{
    // 10億 at 14.6% for ten years (3,652 days, two leap days) under the 365 clause: 0.04% a day.
    const auto r = lateInterest(Yen(1'000'000'000), pct("14.6"), QDate(2025, 1, 1),
                                QDate(2034, 12, 31), DayBasis::Days365);
    EXPECT_EQ(r.days, 3652);
    EXPECT_EQ(r.amount, Yen(1'460'800'000));
}

// ── The ledger ──────────────────────────────────────────────────────────────────────────────────

TEST(LateInterestLedger, PaymentsGoToInterestFirst)
{
    // 1,000,000 at 14% (365), accelerated 2025-01-31; interest runs from 2025-02-01.
    const QList<Payment> payments{
        {QDate(2025, 3, 1), Yen(5'000)},    // less than the 11,123 accrued: all to interest
        {QDate(2025, 4, 30), Yen(100'000)}, // 6,123 + 23,013 interest, 70,864 principal
        {QDate(2025, 6, 30), Yen(50'000)},  // 21,739 interest, 28,261 principal
        {QDate(2025, 6, 30), Yen(1'000)},   // same day: nothing more accrued → principal
        {QDate(2026, 1, 5), Yen(9'999)},    // after asOf: ignored
    };
    const auto r = runLateInterestLedger(Yen(1'000'000), Rate::percent(14), DayBasis::Days365,
                                         QDate(2025, 1, 31), payments, QDate(2025, 12, 31));
    ASSERT_EQ(r.entries.size(), 4);
    struct Row {
        QDate date;
        std::int64_t paid, accrued, toInterest, toPrincipal, principalAfter, dueAfter;
    };
    const Row expected[] = {
        {QDate(2025, 3, 1), 5'000, 11'123, 5'000, 0, 1'000'000, 6'123},
        {QDate(2025, 4, 30), 100'000, 23'013, 29'136, 70'864, 929'136, 0},
        {QDate(2025, 6, 30), 50'000, 21'739, 21'739, 28'261, 900'875, 0},
        {QDate(2025, 6, 30), 1'000, 0, 0, 1'000, 899'875, 0},
    };
    for (int i = 0; i < 4; ++i) {
        SCOPED_TRACE(i);
        const LedgerEntry& e = r.entries[i];
        EXPECT_EQ(e.date, expected[i].date);
        EXPECT_EQ(e.paid, Yen(expected[i].paid));
        EXPECT_EQ(e.interestAccrued, Yen(expected[i].accrued));
        EXPECT_EQ(e.toInterest, Yen(expected[i].toInterest));
        EXPECT_EQ(e.toPrincipal, Yen(expected[i].toPrincipal));
        EXPECT_EQ(e.principalAfter, Yen(expected[i].principalAfter));
        EXPECT_EQ(e.interestDueAfter, Yen(expected[i].dueAfter));
    }
    // 2025-07-01..12-31 (184 days) on 899,875: 63,508.
    EXPECT_EQ(r.principal, Yen(899'875));
    EXPECT_EQ(r.unpaidInterest, Yen(63'508));
    EXPECT_EQ(r.totalInterestAccrued, Yen(119'383));
    EXPECT_EQ(r.totalPaid, Yen(156'000));
}

TEST(LateInterestLedger, SmallPaymentsAcrossALeapYearActualBasis)
{
    // Accelerated 2023-12-20; a payment that day goes to principal (no delay yet). Later payments
    // never cover the interest, which keeps growing; the principal stays put.
    const QList<Payment> payments{
        {QDate(2024, 3, 1), Yen(10'000)}, // given out of order: the ledger sorts by date
        {QDate(2023, 12, 20), Yen(200'000)},
        {QDate(2024, 1, 10), Yen(3'000)},
    };
    const auto r = runLateInterestLedger(Yen(1'000'000), Rate::percent(14), DayBasis::Actual,
                                         QDate(2023, 12, 20), payments, QDate(2024, 3, 31));
    ASSERT_EQ(r.entries.size(), 3);
    EXPECT_EQ(r.entries[0].interestAccrued, Yen(0));
    EXPECT_EQ(r.entries[0].toPrincipal, Yen(200'000));
    // 2023-12-21..2024-01-10: 11 days /365 + 10 days /366 on 800,000 → 6,435.
    EXPECT_EQ(r.entries[1].interestAccrued, Yen(6'435));
    EXPECT_EQ(r.entries[1].toInterest, Yen(3'000));
    EXPECT_EQ(r.entries[1].interestDueAfter, Yen(3'435));
    // 2024-01-11..03-01: 51 days /366 → 15,606.
    EXPECT_EQ(r.entries[2].interestAccrued, Yen(15'606));
    EXPECT_EQ(r.entries[2].toPrincipal, Yen(0));
    EXPECT_EQ(r.entries[2].interestDueAfter, Yen(9'041));
    // + 2024-03-02..03-31 (30 days /366): 9,180.
    EXPECT_EQ(r.principal, Yen(800'000));
    EXPECT_EQ(r.unpaidInterest, Yen(18'221));
    EXPECT_EQ(r.totalInterestAccrued, Yen(31'221));
    EXPECT_EQ(r.totalPaid, Yen(213'000));
}

TEST(LateInterestLedger, OverpaymentIsLeftUnapplied)
{
    // 100,000 at 14%: 2025-02-01..02-09 accrues 345; a 200,000 payment clears everything.
    const auto r = runLateInterestLedger(Yen(100'000), Rate::percent(14), DayBasis::Days365,
                                         QDate(2025, 1, 31), {{QDate(2025, 2, 9), Yen(200'000)}},
                                         QDate(2025, 3, 31));
    ASSERT_EQ(r.entries.size(), 1);
    EXPECT_EQ(r.entries[0].toInterest, Yen(345));
    EXPECT_EQ(r.entries[0].toPrincipal, Yen(100'000));
    EXPECT_EQ(r.principal, Yen(0));
    EXPECT_EQ(r.unpaidInterest, Yen(0));
    EXPECT_EQ(r.totalPaid, Yen(200'000));
}

TEST(LateInterestLedger, NoPaymentsMatchesLateInterest)
{
    // §2: calendar 2024 under the 365 clause, as a ledger accelerated on 2023-12-31.
    const auto r = runLateInterestLedger(Yen(5'000'000), Rate::percent(14), DayBasis::Days365,
                                         QDate(2023, 12, 31), {}, QDate(2024, 12, 31));
    EXPECT_TRUE(r.entries.isEmpty());
    EXPECT_EQ(r.principal, Yen(5'000'000));
    EXPECT_EQ(r.unpaidInterest, Yen(701'917));
    EXPECT_EQ(r.totalInterestAccrued, Yen(701'917));
}

TEST(LateInterestLedger, AsOfOnTheAccelerationDayAccruesNothing)
{
    const auto r = runLateInterestLedger(Yen(5'000'000), Rate::percent(14), DayBasis::Actual,
                                         QDate(2025, 1, 31), {}, QDate(2025, 1, 31));
    EXPECT_EQ(r.unpaidInterest, Yen(0));
    const auto next = runLateInterestLedger(Yen(3'650'000), Rate::percent(10), DayBasis::Days365,
                                            QDate(2025, 1, 31), {}, QDate(2025, 2, 1));
    EXPECT_EQ(next.unpaidInterest, Yen(1'000)); // the first day of delay counts
}

} // namespace
