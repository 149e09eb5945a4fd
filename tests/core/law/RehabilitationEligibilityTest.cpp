#include "law/RehabilitationEligibility.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

RehabilitationEligibilityInput input(std::int64_t claims, QList<std::int64_t> byCreditor)
{
    RehabilitationEligibilityInput in;
    in.claims = Yen(claims);
    for (std::int64_t c : byCreditor)
        in.claimsByCreditor.append(Yen(c));
    in.continuingIncome = true;
    in.salaryLikeIncome = true;
    in.filing = QDate(2026, 12, 1);
    return in;
}

TEST(RehabilitationEligibility, CapIsFiftyMillionInclusive)
{
    // 民事再生法221条1項: 「5,000万円を超えない」.
    auto r = rehabilitationEligibility(input(50'000'000, {20'000'000, 20'000'000, 10'000'000}));
    EXPECT_TRUE(r.withinCap);
    EXPECT_TRUE(r.smallScaleEligible);
    r = rehabilitationEligibility(input(50'000'001, {20'000'001, 20'000'000, 10'000'000}));
    EXPECT_FALSE(r.withinCap);
    EXPECT_FALSE(r.smallScaleEligible);
    EXPECT_FALSE(r.wageEarnerEligible);
}

TEST(RehabilitationEligibility, NoContinuingIncomeNoProcedure)
{
    auto in = input(5'000'000, {5'000'000});
    in.continuingIncome = false;
    const auto r = rehabilitationEligibility(in);
    EXPECT_FALSE(r.smallScaleEligible);
    EXPECT_FALSE(r.wageEarnerEligible);
}

struct VoteCase {
    QList<std::int64_t> byCreditor;
    bool byAmount;
    bool byNumber;
};

class CreditorVoteTest : public ::testing::TestWithParam<VoteCase> {};

// 民事再生法230条6項: objectors ≥ half by number, or holding > 1/2 of the amount.
TEST_P(CreditorVoteTest, OneCreditorsVeto)
{
    const VoteCase& c = GetParam();
    std::int64_t total = 0;
    for (auto v : c.byCreditor)
        total += v;
    const auto r = rehabilitationEligibility(input(total, c.byCreditor));
    EXPECT_EQ(r.vetoByAmount, c.byAmount);
    EXPECT_EQ(r.vetoByNumber, c.byNumber);
    EXPECT_EQ(r.voteRisk(), c.byAmount || c.byNumber);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, CreditorVoteTest,
    ::testing::Values(VoteCase{{5'800'000}, true, true},
                      VoteCase{{5'000'000, 5'000'000}, false, true},             // half by number
                      VoteCase{{5'000'000, 3'000'000, 2'000'000}, false, false}, // exactly 1/2
                      VoteCase{{5'000'001, 3'000'000, 1'999'999}, true, false},  // 1 yen over
                      VoteCase{{3'000'000, 3'000'000, 3'000'000, 1'000'000}, false, false}));

TEST(RehabilitationEligibility, WageEarnerSevenYearBar)
{
    // 239条5項2号: prior 免責 確定 2019-04-10 → a filing on or before 2026-04-10 is barred.
    auto in = input(5'000'000, {5'000'000});
    in.priorDischargeFinalOn = QDate(2019, 4, 10);
    in.filing = QDate(2026, 4, 10);
    auto r = rehabilitationEligibility(in);
    EXPECT_TRUE(r.wageEarnerSevenYearBar);
    EXPECT_EQ(r.wageEarnerBarEnds, QDate(2026, 4, 10));
    EXPECT_FALSE(r.wageEarnerEligible);
    EXPECT_TRUE(r.smallScaleEligible);
    in.filing = QDate(2026, 4, 11);
    r = rehabilitationEligibility(in);
    EXPECT_FALSE(r.wageEarnerSevenYearBar);
    EXPECT_TRUE(r.wageEarnerEligible);
}

TEST(RehabilitationEligibility, WageEarnerNeedsSalaryLikeIncome)
{
    auto in = input(5'000'000, {5'000'000});
    in.salaryLikeIncome = false;
    const auto r = rehabilitationEligibility(in);
    EXPECT_TRUE(r.smallScaleEligible);
    EXPECT_FALSE(r.wageEarnerEligible);
}

} // namespace
