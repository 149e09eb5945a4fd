// The one payment-plan simulation (advice/PaymentPlan): calendar months, interest per span between
// payments, interest first (民法489条), shares in proportion to the balances, and the horizon each
// caller names. The figures were checked month by month (a Python replay of the same rules).
#include "advice/PaymentPlan.h"

#include "../law/MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;

namespace {

constexpr PlanHorizon kLifetime{kPlanLifetimeMonths, kPlanChartMonths, 60};

// A debt as a case gives it: balances, and its late rate (14%, 365 days) — every plan runs on a
// case debt. Under LateInterestDuringPlan::Stopped the rate is never used.
PlanDebt atFourteenPercent(std::int64_t principal, std::int64_t interest)
{
    PlanDebt d;
    d.principal = Yen(principal);
    d.interest = Yen(interest);
    d.rate = Rate::percent(14);
    d.basis = law::DayBasis::Days365;
    return d;
}

PlanDebt owed(std::int64_t principal, std::int64_t interest = 0)
{
    return atFourteenPercent(principal, interest);
}

const QDate kStart(2026, 11, 22);

struct StoppedCase {
    const char* name;
    std::int64_t principal, interest, payment;
    int lastMonth;
    int months;
};

class PlanWithoutInterest : public ::testing::TestWithParam<StoppedCase> {};

TEST_P(PlanWithoutInterest, MonthsWithinTheHorizon)
{
    const StoppedCase& p = GetParam();
    const PlanRun r =
        runPaymentPlan({owed(p.principal, p.interest)}, kStart, Yen(p.payment),
                       PlanHorizon{p.lastMonth, 0, 0}, LateInterestDuringPlan::Stopped);
    EXPECT_EQ(r.months, p.months);
    if (p.months > 0)
        EXPECT_EQ(r.paid, Yen(p.principal + p.interest)); // the last payment is smaller
}

INSTANTIATE_TEST_SUITE_P(
    Plan, PlanWithoutInterest,
    ::testing::Values(StoppedCase{"exact", 1'000'000, 0, 100'000, 1200, 10},
                      StoppedCase{"lastSmaller", 1'000'001, 0, 100'000, 1200, 11},
                      // Accrued interest is paid first, then the principal: 3 payments.
                      StoppedCase{"accruedFirst", 100'000, 50'000, 50'000, 1200, 3},
                      // The horizon is the caller's: 1,200 payments clear within 100 years…
                      StoppedCase{"horizon", 1'200'000, 0, 1'000, 1200, 1200},
                      // …one more yen does not; nor does a 60-month horizon.
                      StoppedCase{"beyondHorizon", 1'200'001, 0, 1'000, 1200, 0},
                      StoppedCase{"shortHorizon", 1'200'000, 0, 1'000, 60, 0}),
    [](const ::testing::TestParamInfo<StoppedCase>& i) { return std::string(i.param.name); });

TEST(PaymentPlan, SeedSeizureWhileInterestRuns)
{
    // 事例1's servicer claim: 5,800,000 + 200,000 accrued at 14% (365), 70,000 a month from
    // 2026-11-22 on calendar months: 382 payments, 26,717,579 in all — the do-nothing option's
    // wage-seizure figures (DoNothingOptionTest).
    const PlanRun r =
        runPaymentPlan({atFourteenPercent(5'800'000, 200'000)}, kStart, Yen(70'000), kLifetime);
    EXPECT_EQ(r.months, 382);
    EXPECT_EQ(r.paid, Yen(26'717'579));
    ASSERT_EQ(r.balanceByMonth.size(), kPlanChartMonths + 1);
    EXPECT_EQ(r.balanceByMonth.constFirst(), Yen(6'000'000));
    // Month 1 (2026-11-23..2026-12-22, 30 days): 5,800,000 × 14% × 30 / 365 = 66,739 of
    // interest accrues; the 70,000 goes to the accrued interest (民法489条).
    EXPECT_EQ(r.balanceByMonth.at(1), Yen(6'000'000 + 66'739 - 70'000));
}

TEST(PaymentPlan, GarnishmentReferenceCase)
{
    // CaseAnalysisTest's reference debt: 5,000,000 at 14% with 700,000 accrued as of 2025-12-31,
    // 70,000 seizable a month: 215 payments on calendar months (15,030,754 in all); the analysis's
    // wage-seizure view runs this same simulation (CaseAnalysisTest).
    const PlanRun r = runPaymentPlan({atFourteenPercent(5'000'000, 700'000)}, QDate(2025, 12, 31),
                                     Yen(70'000), kLifetime);
    EXPECT_EQ(r.months, 215);
    EXPECT_EQ(r.paid, Yen(15'030'754));
    // 50,000 is below the monthly interest: never, and the balance grows.
    const PlanRun never = runPaymentPlan({atFourteenPercent(5'000'000, 700'000)},
                                         QDate(2025, 12, 31), Yen(50'000), kLifetime);
    EXPECT_EQ(never.months, 0);
    EXPECT_GT(never.balanceAtMark, Yen(5'700'000));
    EXPECT_EQ(never.balanceByMonth.size(), kPlanChartMonths + 1);
}

TEST(PaymentPlan, ChartPaddedWithZerosAfterClearing)
{
    const PlanRun r =
        runPaymentPlan({owed(250'000)}, kStart, Yen(100'000),
                       PlanHorizon{kPlanLifetimeMonths, 6, 2}, LateInterestDuringPlan::Stopped);
    EXPECT_EQ(r.months, 3);
    EXPECT_EQ(r.balanceByMonth, (QList<Yen>{Yen(250'000), Yen(150'000), Yen(50'000), Yen(0), Yen(0),
                                            Yen(0), Yen(0)}));
    EXPECT_EQ(r.balanceAtMark, Yen(50'000));
    // Cleared before the mark: nothing is owed at it.
    EXPECT_EQ(runPaymentPlan({owed(150'000)}, kStart, Yen(100'000),
                             PlanHorizon{kPlanLifetimeMonths, 0, 12},
                             LateInterestDuringPlan::Stopped)
                  .balanceAtMark,
              Yen(0));
}

TEST(PaymentPlan, SharesInProportionRestToTheFirst)
{
    // 10,001 shared over 20,000 and 10,000: 6,667 and 3,333 truncated, the yen left to the first.
    const PlanRun r =
        runPaymentPlan({owed(20'000), owed(10'000)}, kStart, Yen(10'001),
                       PlanHorizon{kPlanLifetimeMonths, 1, 0}, LateInterestDuringPlan::Stopped);
    EXPECT_EQ(r.balanceByMonth.at(1), Yen(19'999));
    EXPECT_EQ(r.months, 3);
}

TEST(PaymentPlan, InterestAtTheDebtsRateBetweenPayments)
{
    // The case debt's rate, law::lateInterest, truncated once per span (this replaces the removed
    // 30-day fallback for hand-built analyses, which had no rate):
    // 100,000 × 14% × 30 / 365 = 1,150.68 → 1,150 (2026-11-23..2026-12-22, 30 days);
    // 50,000 × 14% × 31 / 365 = 594.52 → 594 (2026-11-23..2026-12-23, 31 days).
    const PlanDebt d = owed(100'000);
    EXPECT_EQ(planInterest(d, Yen(100'000), QDate(2026, 11, 23), QDate(2026, 12, 22)), Yen(1'150));
    EXPECT_EQ(planInterest(d, Yen(50'000), QDate(2026, 11, 23), QDate(2026, 12, 23)), Yen(594));
    EXPECT_EQ(planInterest(d, Yen(0), QDate(2026, 11, 23), QDate(2026, 12, 22)), Yen(0));
}

} // namespace
