#include "util/Parse.h"

#include <QJsonValue>
#include <gtest/gtest.h>

using namespace zansai;

TEST(Parse, IsoDates)
{
    const auto ok = parseIsoDate(QStringLiteral("2024-02-29"), QStringLiteral("--from"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, QDate(2024, 2, 29));

    const auto impossible = parseIsoDate(QStringLiteral("2025-02-30"), QStringLiteral("--from"));
    ASSERT_FALSE(impossible);
    EXPECT_EQ(impossible.error().field, QStringLiteral("--from"));
    EXPECT_FALSE(impossible.error().message.isEmpty());

    EXPECT_FALSE(parseIsoDate(QStringLiteral("2025/01/01"), QStringLiteral("d")));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("20250101"), QStringLiteral("d")));
    EXPECT_FALSE(parseIsoDate(QStringLiteral(""), QStringLiteral("d")));
}

TEST(Parse, YenRejectsNegativesAndNonNumbers)
{
    EXPECT_EQ(parseYen(QStringLiteral("1,234,567"), QStringLiteral("p"))->value(), 1'234'567);
    EXPECT_EQ(parseYen(QStringLiteral("0"), QStringLiteral("p"))->value(), 0);
    EXPECT_FALSE(parseYen(QStringLiteral("-5"), QStringLiteral("p")));
    EXPECT_TRUE(parseYen(QStringLiteral("-5"), QStringLiteral("p"), true));
    EXPECT_FALSE(parseYen(QStringLiteral("12.5"), QStringLiteral("p")));
    EXPECT_FALSE(parseYen(QStringLiteral("abc"), QStringLiteral("p")));
}

TEST(Parse, RateBounds)
{
    EXPECT_TRUE(parseRatePercent(QStringLiteral("100"), QStringLiteral("--rate")));
    const auto over = parseRatePercent(QStringLiteral("100.1"), QStringLiteral("--rate"));
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().field, QStringLiteral("--rate"));
    EXPECT_FALSE(parseRatePercent(QStringLiteral("-1"), QStringLiteral("--rate")));
}

TEST(Parse, JsonValues)
{
    EXPECT_EQ(jsonYen(QJsonValue(5800000), QStringLiteral("x"))->value(), 5'800'000);
    EXPECT_FALSE(jsonYen(QJsonValue(1.5), QStringLiteral("x")));
    EXPECT_FALSE(jsonYen(QJsonValue(QStringLiteral("100")), QStringLiteral("x")));
    EXPECT_EQ(*jsonRatePercent(QJsonValue(14.6), QStringLiteral("r")), Rate(146, 1000));
    EXPECT_FALSE(jsonDate(QJsonValue(20250101), QStringLiteral("d")));
}
