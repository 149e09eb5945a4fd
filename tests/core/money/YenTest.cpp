#include "money/Yen.h"
#include "money/Rate.h"

#include <gtest/gtest.h>

using namespace zansai;

struct MulDivCase {
    std::int64_t amount, num, den;
    Rounding rounding;
    std::int64_t expected;
};

class YenMulDiv : public ::testing::TestWithParam<MulDivCase> {};

TEST_P(YenMulDiv, SettlesFractionsByTheNamedRule)
{
    const auto& c = GetParam();
    EXPECT_EQ(Yen(c.amount).mulDiv(c.num, c.den, c.rounding).value(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Examples, YenMulDiv,
    ::testing::Values(
        // 5,000,000 × 14% × 100/365 = 191,780.82 → 191,780 (円未満切捨て)
        MulDivCase{5'000'000, 14 * 100, 100 * 365, Rounding::Truncate, 191'780},
        MulDivCase{5'000'000, 14 * 100, 100 * 365, Rounding::Ceil, 191'781},
        MulDivCase{5'000'000, 14 * 100, 100 * 365, Rounding::HalfUp, 191'781},
        // 通貨法3条: 0.49 → 0, 0.5 → 1
        MulDivCase{49, 1, 100, Rounding::HalfUp, 0}, MulDivCase{50, 1, 100, Rounding::HalfUp, 1},
        MulDivCase{1'000'001, 1, 5, Rounding::Ceil, 200'001},
        MulDivCase{1'000'000, 1, 5, Rounding::Ceil, 200'000},
        // No overflow with large intermediates (128-bit).
        MulDivCase{9'000'000'000'000'000, 3, 9, Rounding::Truncate, 3'000'000'000'000'000}));

TEST(Yen, ArithmeticAndComparison)
{
    const Yen a(1'000), b(250);
    EXPECT_EQ((a + b).value(), 1'250);
    EXPECT_EQ((a - b).value(), 750);
    EXPECT_EQ((b * 4).value(), 1'000);
    EXPECT_TRUE(b < a);
    EXPECT_EQ(Yen::min(a, b), b);
    EXPECT_TRUE((b - a).isNegative());
}

TEST(Yen, FormatsWithThousandsSeparators)
{
    EXPECT_EQ(formatYenDigits(Yen(0)), QStringLiteral("0"));
    EXPECT_EQ(formatYenDigits(Yen(999)), QStringLiteral("999"));
    EXPECT_EQ(formatYenDigits(Yen(1'000)), QStringLiteral("1,000"));
    EXPECT_EQ(formatYenDigits(Yen(5'800'000)), QStringLiteral("5,800,000"));
    EXPECT_EQ(formatYenDigits(Yen(-1'234'567)), QStringLiteral("-1,234,567"));
    EXPECT_EQ(formatYen(Yen(10'000)), QStringLiteral("10,000円"));
    EXPECT_EQ(formatYen(Yen(10'000), false), QStringLiteral("¥10,000"));
}

TEST(Rate, ParsesPercentExactly)
{
    const auto r = Rate::fromPercentString(QStringLiteral("14.6"));
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, Rate(146, 1000));
    EXPECT_EQ(Rate::fromPercent(26.28).value(), Rate(2628, 10000));
    EXPECT_EQ(Rate::fromPercent(14.0).value(), Rate::percent(14));
    EXPECT_EQ(Rate::fromPercent(14.6)->toPercentString(), QStringLiteral("14.6"));
    EXPECT_EQ(Rate(1, 3).toPercentString(), QStringLiteral("33.333333"));
    EXPECT_FALSE(Rate::fromPercentString(QStringLiteral("1e2")));
    EXPECT_FALSE(Rate::fromPercentString(QStringLiteral("abc")));
    EXPECT_FALSE(Rate::fromPercentString(QStringLiteral("")));
    EXPECT_TRUE(Rate::percent(20) < *Rate::fromPercentString(QStringLiteral("21.9")));
}
