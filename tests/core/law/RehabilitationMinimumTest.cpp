// 個人再生の最低弁済額: 民事再生法231条2項3号・4号, 221条1項, 174条2項4号, 241条2項7号.
#include "law/RehabilitationMinimum.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct BracketCase {
    std::int64_t claims;
    Rounding rounding;
    bool eligible;
    std::int64_t minimum;
};

class RehabilitationBrackets : public ::testing::TestWithParam<BracketCase> {};

TEST_P(RehabilitationBrackets, StatutoryMinimum)
{
    const BracketCase& c = GetParam();
    RehabilitationMinimumInput in;
    in.claims = Yen(c.claims);
    in.rounding = c.rounding;
    const auto r = rehabilitationMinimum(in);
    EXPECT_EQ(r.eligible, c.eligible);
    EXPECT_EQ(r.minimum, Yen(c.minimum));
    EXPECT_EQ(r.statutoryMinimum, Yen(c.minimum));
    EXPECT_EQ(r.governedBy, c.eligible ? QStringLiteral("claims") : QString());
}

constexpr auto UP = Rounding::Ceil;
constexpr auto DOWN = Rounding::Truncate;

INSTANTIATE_TEST_SUITE_P(
    Reference, RehabilitationBrackets,
    ::testing::Values(BracketCase{990'000, UP, true, 990'000},
                      BracketCase{1'000'000, UP, true, 1'000'000},
                      BracketCase{5'000'000, UP, true, 1'000'000},
                      BracketCase{5'000'001, UP, true, 1'000'001}, // ceil(1,000,000.2)
                      BracketCase{5'010'000, UP, true, 1'002'000},
                      BracketCase{15'000'001, UP, true, 3'000'000}, // 1/5 > 300万
                      BracketCase{30'000'001, UP, true, 3'000'001}, // ceil(3,000,000.1)
                      BracketCase{50'000'001, UP, false, 0}));      // 221条1項: ineligible

INSTANTIATE_TEST_SUITE_P(
    Edges, RehabilitationBrackets,
    ::testing::Values(BracketCase{0, UP, true, 0},
                      BracketCase{999'999, UP, true, 999'999}, // under 100万: the whole amount
                      BracketCase{1'000'001, UP, true, 1'000'000},
                      BracketCase{4'999'999, UP, true, 1'000'000},
                      BracketCase{15'000'000, UP, true, 3'000'000}, // 1/5 = 300万 exactly
                      BracketCase{14'999'999, UP, true, 3'000'000}, // ceil(2,999,999.8)
                      BracketCase{14'999'999, DOWN, true, 2'999'999},
                      BracketCase{30'000'000, UP, true, 3'000'000}, // 3,000万 exactly: still 3号
                      BracketCase{30'000'009, UP, true, 3'000'001},
                      BracketCase{30'000'009, DOWN, true, 3'000'000},
                      BracketCase{40'000'000, UP, true, 4'000'000},
                      BracketCase{50'000'000, UP, true, 5'000'000}, // 5,000万 exactly: eligible
                      // Floor instead of ceil (§12.5): the same brackets one yen lower.
                      BracketCase{5'000'001, DOWN, true, 1'000'000},
                      BracketCase{30'000'001, DOWN, true, 3'000'000}));

TEST(RehabilitationMinimum, ReferenceExampleClaimsGovern)
{
    // 残債 3,500万 + cards 500万 = 4,000万 → 400万; 清算価値 180万 does not change it.
    RehabilitationMinimumInput in;
    in.claims = Yen(40'000'000);
    in.liquidationValue = Yen(1'800'000);
    const auto r = rehabilitationMinimum(in);
    EXPECT_TRUE(r.eligible);
    EXPECT_EQ(r.minimum, Yen(4'000'000));
    EXPECT_EQ(r.governedBy, QStringLiteral("claims"));
}

TEST(RehabilitationMinimum, SalaryEarnerExampleDisposableIncomeGoverns)
{
    // 基準債権 800万 → 160万; (450万 − 330万) × 2 = 240万 governs over 清算価値 (here 100万).
    RehabilitationMinimumInput in;
    in.claims = Yen(8'000'000);
    in.liquidationValue = Yen(1'000'000);
    in.disposableIncomeTwoYears = Yen(2'400'000);
    const auto r = rehabilitationMinimum(in);
    EXPECT_EQ(r.statutoryMinimum, Yen(1'600'000));
    EXPECT_EQ(r.minimum, Yen(2'400'000));
    EXPECT_EQ(r.governedBy, QStringLiteral("disposable_income"));
}

TEST(RehabilitationMinimum, LiquidationValueGoverns)
{
    RehabilitationMinimumInput in;
    in.claims = Yen(5'000'000);
    in.liquidationValue = Yen(2'500'000);
    in.disposableIncomeTwoYears = Yen(2'000'000);
    const auto r = rehabilitationMinimum(in);
    EXPECT_EQ(r.statutoryMinimum, Yen(1'000'000));
    EXPECT_EQ(r.minimum, Yen(2'500'000));
    EXPECT_EQ(r.governedBy, QStringLiteral("liquidation_value"));
}

TEST(RehabilitationMinimum, TiesNameTheStatutoryMinimum)
{
    RehabilitationMinimumInput in;
    in.claims = Yen(5'000'000);
    in.liquidationValue = Yen(1'000'000);
    in.disposableIncomeTwoYears = Yen(1'000'000);
    EXPECT_EQ(rehabilitationMinimum(in).governedBy, QStringLiteral("claims"));
    in.liquidationValue = Yen(2'000'000);
    in.disposableIncomeTwoYears = Yen(2'000'000);
    EXPECT_EQ(rehabilitationMinimum(in).governedBy, QStringLiteral("liquidation_value"));
}

TEST(RehabilitationMinimum, IneligibleReportsNoFloors)
{
    RehabilitationMinimumInput in;
    in.claims = Yen(60'000'000);
    in.liquidationValue = Yen(9'000'000);
    const auto r = rehabilitationMinimum(in);
    EXPECT_FALSE(r.eligible);
    EXPECT_EQ(r.minimum, Yen(0));
    EXPECT_TRUE(r.governedBy.isEmpty());
}

} // namespace

namespace {

struct CapCase {
    const char* name;
    std::int64_t claims, liquidation, disposable2y;
    std::int64_t minimum;
    const char* governedBy;
    bool capped;
};

class RehabilitationMinimumCap : public ::testing::TestWithParam<CapCase> {};

TEST_P(RehabilitationMinimumCap, NeverAboveTheClaims)
{
    const CapCase& c = GetParam();
    RehabilitationMinimumInput in;
    in.claims = Yen(c.claims);
    in.liquidationValue = Yen(c.liquidation);
    if (c.disposable2y > 0)
        in.disposableIncomeTwoYears = Yen(c.disposable2y);
    const auto r = rehabilitationMinimum(in);
    EXPECT_EQ(r.minimum, Yen(c.minimum));
    EXPECT_EQ(r.governedBy, QString::fromLatin1(c.governedBy));
    EXPECT_EQ(r.cappedAtClaims, c.capped);
}

INSTANTIATE_TEST_SUITE_P(
    Cap, RehabilitationMinimumCap,
    ::testing::Values(
        // 基準債権 120万 → 1/5 = 24万 < 100万 → 100万; 清算価値 150万 > 100万 governs but exceeds
        // the claims: the plan pays 120万, all that is owed.
        CapCase{"liquidationAboveClaims", 1'200'000, 1'500'000, 0, 1'200'000, "liquidation_value",
                true},
        // 基準債権 300万 → 100万; 2 years' income 360万 governs, capped at 300万.
        CapCase{"incomeAboveClaims", 3'000'000, 0, 3'600'000, 3'000'000, "disposable_income", true},
        // 基準債権 300万, 2 years' income 300万 exactly: equal to the claims, nothing capped.
        CapCase{"incomeEqualsClaims", 3'000'000, 0, 3'000'000, 3'000'000, "disposable_income",
                false},
        // Under 100万 the statutory minimum is the whole claim (3号括弧書): never above it.
        CapCase{"smallClaims", 800'000, 0, 0, 800'000, "claims", false}),
    [](const ::testing::TestParamInfo<CapCase>& i) { return std::string(i.param.name); });

} // namespace
