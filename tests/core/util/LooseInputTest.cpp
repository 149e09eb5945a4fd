// Dates and amounts as a consultant types them at the desk, read into exact values. Each row is
// worked by hand: the Gregorian day of an era date is the era's first year + (year − 1)
// (令和元年 = 2019, so 令和8年 = 2019 + 7 = 2026; 平成元年 = 1989, so 平成31年 = 2019).
#include "util/LooseInput.h"

#include <gtest/gtest.h>

using namespace zansai;

namespace {

struct DateRow {
    const char* typed;
    QDate expected;
};

class LooseDate : public ::testing::TestWithParam<DateRow> {};

TEST_P(LooseDate, ReadsTheDayMeant)
{
    const auto r = parseLooseDate(QString::fromUtf8(GetParam().typed), QStringLiteral("d"));
    ASSERT_TRUE(r) << GetParam().typed << ": " << r.error().message.toStdString();
    EXPECT_EQ(*r, GetParam().expected) << GetParam().typed;
}

INSTANTIATE_TEST_SUITE_P(
    Table, LooseDate,
    ::testing::Values(
        DateRow{"2026-11-30", QDate(2026, 11, 30)}, // ISO, as before
        DateRow{"2026/11/30", QDate(2026, 11, 30)}, // slashes
        DateRow{"2026/1/5", QDate(2026, 1, 5)},     // unpadded
        DateRow{"2026.11.30", QDate(2026, 11, 30)}, DateRow{"2026年11月30日", QDate(2026, 11, 30)},
        DateRow{"２０２６－１１－３０", QDate(2026, 11, 30)}, // full width: NFKC → 2026-11-30
        DateRow{"２０２６／１１／３０", QDate(2026, 11, 30)},
        DateRow{"2026ー11ー30", QDate(2026, 11, 30)},    // the IME's long-vowel mark as a dash
        DateRow{"令和8年11月30日", QDate(2026, 11, 30)}, // 2019 + 8 − 1 = 2026
        DateRow{"令和８年１１月３０日", QDate(2026, 11, 30)},
        DateRow{"R8.11.30", QDate(2026, 11, 30)}, DateRow{"r8/11/30", QDate(2026, 11, 30)},
        DateRow{"Ｒ８．１１．３０", QDate(2026, 11, 30)},
        DateRow{"令和元年5月1日", QDate(2019, 5, 1)},   // the first day of 令和
        DateRow{"平成31年4月30日", QDate(2019, 4, 30)}, // 1989 + 31 − 1 = 2019, its last day
        DateRow{"H31.4.30", QDate(2019, 4, 30)},
        DateRow{"平成元年1月8日", QDate(1989, 1, 8)}, // the first day of 平成
        DateRow{"昭和64年1月7日", QDate(1989, 1, 7)}, // 1926 + 64 − 1 = 1989, the last of 昭和
        DateRow{"S50.4.1", QDate(1975, 4, 1)},        // 1926 + 50 − 1 = 1975
        DateRow{" 令和 8年 2月 28日 ", QDate(2026, 2, 28)}));

struct RefusedRow {
    const char* typed;
    const char* why;
};

class LooseDateRefused : public ::testing::TestWithParam<RefusedRow> {};

TEST_P(LooseDateRefused, SaysWhyNamingTheField)
{
    const auto r = parseLooseDate(QString::fromUtf8(GetParam().typed), QStringLiteral("from"));
    ASSERT_FALSE(r) << GetParam().typed << " (" << GetParam().why << ") read as "
                    << r->toString(Qt::ISODate).toStdString();
    EXPECT_EQ(r.error().field, QStringLiteral("from"));
    EXPECT_FALSE(r.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, LooseDateRefused,
    ::testing::Values(RefusedRow{"令和8年2月30日", "no 30 February"},
                      RefusedRow{"2025-02-29", "2025 is not a leap year (2025 / 4 leaves 1)"},
                      RefusedRow{"２０２６－１３－０１", "no 13th month"},
                      RefusedRow{"平成31年5月1日", "平成 ended on 2019-04-30"},
                      RefusedRow{"平成32年1月1日", "2020 is 令和2年"},
                      RefusedRow{"令和元年4月30日", "令和 began on 2019-05-01"},
                      RefusedRow{"X8.11.30", "no era has the initial X"},
                      RefusedRow{"未来8年1月1日", "not an era"},
                      RefusedRow{"明治5年12月2日", "before the Gregorian calendar (1873)"},
                      RefusedRow{"30/11/2026", "day first is ambiguous"},
                      RefusedRow{"20261130", "no separators"}, RefusedRow{"", "empty"}));

TEST(LooseDate, OutsideTheEraNamesTheRealDay)
{
    // 平成31年5月1日 would be 1989 + 30 = 2019-05-01, which is 令和元年5月1日.
    const auto r = parseLooseDate(QStringLiteral("平成31年5月1日"), QStringLiteral("d"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2019-05-01")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("令和元年5月1日")))
        << r.error().message.toStdString();
}

struct YenRow {
    const char* typed;
    std::int64_t expected;
};

class LooseYen : public ::testing::TestWithParam<YenRow> {};

TEST_P(LooseYen, ReadsTheAmountMeant)
{
    const auto r = parseLooseYen(QString::fromUtf8(GetParam().typed), QStringLiteral("p"));
    ASSERT_TRUE(r) << GetParam().typed << ": " << r.error().message.toStdString();
    EXPECT_EQ(r->value(), GetParam().expected) << GetParam().typed;
}

INSTANTIATE_TEST_SUITE_P(
    Table, LooseYen,
    ::testing::Values(YenRow{"1000000", 1'000'000}, YenRow{"1,000,000円", 1'000'000},
                      YenRow{"１，０００", 1'000}, // full width: NFKC → 1,000
                      YenRow{"25万", 250'000},     // 25 × 10,000
                      YenRow{"２５万円", 250'000},
                      YenRow{"3万5千円", 35'000},      // 3 × 10,000 + 5 × 1,000
                      YenRow{"780万", 7'800'000},      // 780 × 10,000
                      YenRow{"1.5万", 15'000},         // 15 × 10,000 / 10
                      YenRow{"3千5百万", 35'000'000},  // (3 × 1,000 + 5 × 100) × 10,000
                      YenRow{"1億2千万", 120'000'000}, // 10^8 + 2 × 1,000 × 10,000
                      YenRow{"1億2000万円", 120'000'000},
                      YenRow{"12万3456", 123'456}, // 12 × 10,000 + 3,456
                      YenRow{"千円", 1'000}, YenRow{"￥12,000", 12'000}, YenRow{"0", 0}));

class LooseYenRefused : public ::testing::TestWithParam<RefusedRow> {};

TEST_P(LooseYenRefused, SaysWhy)
{
    const auto r = parseLooseYen(QString::fromUtf8(GetParam().typed), QStringLiteral("p"));
    ASSERT_FALSE(r) << GetParam().typed << " (" << GetParam().why << ") read as " << r->value();
    EXPECT_EQ(r.error().field, QStringLiteral("p"));
    EXPECT_FALSE(r.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, LooseYenRefused,
    ::testing::Values(RefusedRow{"12.5", "half a yen"}, RefusedRow{"1.23456万", "12,345.6 yen"},
                      RefusedRow{"-5", "negative where not allowed"},
                      RefusedRow{"万", "万 of nothing"}, RefusedRow{"5万3万", "万 twice"},
                      RefusedRow{"5万1億", "units out of order"}, RefusedRow{"abc", "letters"},
                      RefusedRow{"12円34", "digits after 円"},
                      RefusedRow{"9999999999億", "over 15 digits of yen"},
                      RefusedRow{"", "empty"}));

TEST(LooseYen, NegativeWhenAllowed)
{
    EXPECT_EQ(parseLooseYen(QStringLiteral("−3万"), QStringLiteral("p"), true)->value(), -30'000);
    EXPECT_EQ(parseLooseYen(QStringLiteral("-3万"), QStringLiteral("p"), true)->value(), -30'000);
}

TEST(LooseRateAndCount, FullWidthAndUnits)
{
    // 14.6% = 146/1000; "１４．６％" is the same after NFKC.
    EXPECT_EQ(*parseLooseRatePercent(QStringLiteral("１４．６％"), QStringLiteral("r")),
              *parseLooseRatePercent(QStringLiteral("14.6"), QStringLiteral("r")));
    EXPECT_FALSE(parseLooseRatePercent(QStringLiteral("百"), QStringLiteral("r")));
    EXPECT_EQ(*parseLooseCount(QStringLiteral("３"), QStringLiteral("n")), 3);
    EXPECT_EQ(*parseLooseCount(QStringLiteral("2人"), QStringLiteral("n")), 2);
    EXPECT_FALSE(parseLooseCount(QStringLiteral("two"), QStringLiteral("n")));
}

} // namespace
