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

// ── Court basis (spec revision 2, docs/legal-rules.md §2): whole years first ────────────────────

struct CourtCase {
    const char* name;
    std::int64_t principal;
    const char* ratePercent;
    QDate from, to;
    std::int64_t actual;    // DayBasis::Actual, one truncation
    std::int64_t court;     // DayBasis::Court, one truncation
    std::int64_t courtEach; // DayBasis::Court, truncate_each_part
    int wholeYears;
};

void PrintTo(const CourtCase& c, std::ostream* os)
{
    *os << c.name;
}

class CourtBasisVectors : public ::testing::TestWithParam<CourtCase> {};

TEST_P(CourtBasisVectors, ActualAndCourt)
{
    const CourtCase& c = GetParam();
    const Yen p(c.principal);
    const Rate r = pct(c.ratePercent);
    EXPECT_EQ(lateInterest(p, r, c.from, c.to, ACT).amount, Yen(c.actual));
    const auto court = lateInterest(p, r, c.from, c.to, DayBasis::Court);
    EXPECT_EQ(court.amount, Yen(c.court));
    EXPECT_EQ(court.wholeYears, c.wholeYears);
    EXPECT_EQ(lateInterest(p, r, c.from, c.to, DayBasis::Court, T, PartRounding::EachPart).amount,
              Yen(c.courtEach));
    // The parts cover from..to without gap or overlap.
    ASSERT_FALSE(court.parts.isEmpty());
    EXPECT_EQ(court.parts.first().from, c.from);
    EXPECT_EQ(court.parts.last().to, c.to);
    for (qsizetype i = 1; i < court.parts.size(); ++i)
        EXPECT_EQ(court.parts[i].from, court.parts[i - 1].to.addDays(1));
}

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, CourtBasisVectors,
    ::testing::Values(
        // 5,000,000 × 14% = 700,000 a year. 2024-03-01..2025-02-28 is one whole year (民法143条2項:
        // the day before 2025-03-01) holding 2024-02-29's year: court 700,000.
        // Actual: 2024-03-01..12-31 = 306 days /366, 2025-01-01..02-28 = 59 days /365:
        // 700,000×306/366 = 585,245.90 + 700,000×59/365 = 113,150.68 → 698,396.58 → 698,396;
        // each part truncated 585,245 + 113,150 = 698,395 (not asserted: Actual, EachPart).
        CourtCase{"tokyo21_5m_14pct", 5'000'000, "14", QDate(2024, 3, 1), QDate(2025, 2, 28),
                  698'396, 700'000, 700'000, 1},
        // The 11–28 yen: 300,000 × 3% = 9,000 a year.
        // Actual 9,000×306/366 = 7,524.59 + 9,000×59/365 = 1,454.79 → 8,979.38 → 8,979 (−21).
        CourtCase{"small_3pct_after_leap_day", 300'000, "3", QDate(2024, 3, 1), QDate(2025, 2, 28),
                  8'979, 9'000, 9'000, 1},
        // The year ends on the leap day itself: 2023-03-01..2024-02-29 (the day before 2024-03-01).
        // Actual 9,000×306/365 = 7,545.21 + 9,000×60/366 = 1,475.41 → 9,020.62 → 9,020 (+20).
        CourtCase{"small_3pct_ending_on_leap_day", 300'000, "3", QDate(2023, 3, 1),
                  QDate(2024, 2, 29), 9'020, 9'000, 9'000, 1},
        // Starting on 2024-02-29: the first year ends 2025-02-28 (143条2項 ただし書: no 29th in
        // February 2025, so the month's last day); then 2025-03-01..03-31 = 31 days /365.
        // 2,000,000 × 5% = 100,000; court 100,000 + 100,000×31/365 = 8,493.15 → 108,493.
        // Actual: 2024-02-29..12-31 = 307 days /366 = 83,879.78; 2025-01-01..03-31 = 90 days /365
        // = 24,657.53 → 108,537.31 → 108,537.
        CourtCase{"from_leap_day", 2'000'000, "5", QDate(2024, 2, 29), QDate(2025, 3, 31), 108'537,
                  108'493, 108'493, 1},
        // Five whole years 2019-07-01..2024-06-30 across 2020-02-29 and 2024-02-29:
        // 1,000,000 × 3% = 30,000 × 5 = 150,000.
        // Actual: 2019: 184/365 → 15,123.29; 2020..2023: 30,000 × 4; 2024: 182/366 → 14,918.03
        // → 150,041.32 → 150,041.
        CourtCase{"five_years_two_leap_days", 1'000'000, "3", QDate(2019, 7, 1), QDate(2024, 6, 30),
                  150'041, 150'000, 150'000, 5},
        // Two whole years whose leap-day shares cancel: 1,234,567 × 14.6% = 180,246.782 a year.
        // Court: 2 × 180,246.782 + 2025-03-01..07-15 = 137 days: 180,246.782×137/365 = 67,654.27
        // → 428,147.83 → 428,147; each part truncated: 180,246 + 180,246 + 67,654 = 428,146.
        // Actual: 2023-03-01..12-31 306/365 = 151,111.00; 2024 whole = 180,246.78;
        // 2025-01-01..07-15 196/365 = 96,790.05 → 428,147.83 → 428,147 (same as court).
        CourtCase{"each_part_one_yen_less", 1'234'567, "14.6", QDate(2023, 3, 1),
                  QDate(2025, 7, 15), 428'147, 428'147, 428'146, 2},
        // A whole leap year as the whole year: court = actual. 800,000 × 5% = 40,000.
        // Court: 2020-01-01..12-31 one whole year = 40,000 (actual: 366/366, the same), then
        // 2021-01-01..06-30 = 181/365 → 19,835.62 → 59,835.62 → 59,835; each part: 59,835.
        CourtCase{"calendar_year_then_days", 800'000, "5", QDate(2020, 1, 1), QDate(2021, 6, 30),
                  59'835, 59'835, 59'835, 1},
        // Under a year, across a new year: 500,000 × 14% = 70,000; 2023-10-01..12-31 = 92 /365
        // = 17,643.84, 2024-01-01..01-31 = 31 /366 = 5,928.96 → 23,572.80 → 23,572;
        // each part 17,643 + 5,928 = 23,571.
        CourtCase{"under_a_year", 500'000, "14", QDate(2023, 10, 1), QDate(2024, 1, 31), 23'572,
                  23'572, 23'571, 0}));

TEST(EndOfWholeYears, CivilCode143)
{
    // 民法143条2項: the day before the corresponding day…
    EXPECT_EQ(endOfWholeYears(QDate(2024, 3, 1), 1), QDate(2025, 2, 28));
    EXPECT_EQ(endOfWholeYears(QDate(2023, 3, 1), 1), QDate(2024, 2, 29));
    EXPECT_EQ(endOfWholeYears(QDate(2024, 2, 29), 4), QDate(2028, 2, 28));
    // …or the month's last day when it has no corresponding day.
    EXPECT_EQ(endOfWholeYears(QDate(2024, 2, 29), 1), QDate(2025, 2, 28));
    EXPECT_EQ(endOfWholeYears(QDate(2025, 1, 1), 1), QDate(2025, 12, 31));
}
