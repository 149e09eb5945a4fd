// 和暦 by ICU's Japanese calendar: era boundaries, 元年, and the Gregorian form beside it.
#include "law/JapaneseEra.h"

#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace zansai::law;

namespace {

struct WarekiCase {
    QDate date;
    const char* expected; // UTF-8
};

void PrintTo(const WarekiCase& c, std::ostream* os)
{
    *os << c.date.toString(Qt::ISODate).toStdString();
}

class Wareki : public ::testing::TestWithParam<WarekiCase> {};

TEST_P(Wareki, Formats)
{
    EXPECT_EQ(formatWareki(GetParam().date), QString::fromUtf8(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    Eras, Wareki,
    ::testing::Values(WarekiCase{QDate(2026, 11, 22), "令和8年11月22日"},
                      // 昭和 → 平成
                      WarekiCase{QDate(1989, 1, 7), "昭和64年1月7日"},
                      WarekiCase{QDate(1989, 1, 8), "平成元年1月8日"},
                      WarekiCase{QDate(1989, 12, 31), "平成元年12月31日"},
                      WarekiCase{QDate(1990, 1, 1), "平成2年1月1日"},
                      // 平成 → 令和
                      WarekiCase{QDate(2019, 4, 30), "平成31年4月30日"},
                      WarekiCase{QDate(2019, 5, 1), "令和元年5月1日"},
                      WarekiCase{QDate(2019, 12, 31), "令和元年12月31日"},
                      WarekiCase{QDate(2020, 1, 1), "令和2年1月1日"},
                      // 大正 → 昭和, 明治 → 大正
                      WarekiCase{QDate(1926, 12, 24), "大正15年12月24日"},
                      WarekiCase{QDate(1926, 12, 25), "昭和元年12月25日"},
                      WarekiCase{QDate(1912, 7, 29), "明治45年7月29日"},
                      WarekiCase{QDate(1912, 7, 30), "大正元年7月30日"},
                      // The first Gregorian day in Japan; leap day; far future.
                      WarekiCase{QDate(1873, 1, 1), "明治6年1月1日"},
                      WarekiCase{QDate(2024, 2, 29), "令和6年2月29日"},
                      WarekiCase{QDate(2099, 12, 31), "令和81年12月31日"},
                      // Before the Gregorian calendar, and no date: nothing.
                      WarekiCase{QDate(1872, 12, 31), ""}, WarekiCase{QDate(), ""}));

} // namespace

TEST(JapaneseEra, WithGregorian)
{
    EXPECT_EQ(formatWarekiWithGregorian(QDate(2026, 11, 22)),
              QStringLiteral("令和8年11月22日(2026年11月22日)"));
    EXPECT_EQ(formatWarekiWithGregorian(QDate(2019, 5, 1)),
              QStringLiteral("令和元年5月1日(2019年5月1日)"));
    EXPECT_EQ(formatWarekiWithGregorian(QDate(1989, 1, 7)),
              QStringLiteral("昭和64年1月7日(1989年1月7日)"));
    EXPECT_TRUE(formatWarekiWithGregorian(QDate()).isEmpty());
}

TEST(JapaneseEra, EachThreadHasItsOwnFormatter)
{
    std::vector<QString> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int n = 0; n < 200; ++n)
                results[i] = formatWareki(QDate(2019, 4, 30).addDays(qint64(i % 2)));
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(results[0], QStringLiteral("平成31年4月30日"));
    EXPECT_EQ(results[1], QStringLiteral("令和元年5月1日"));
    EXPECT_EQ(results[2], QStringLiteral("平成31年4月30日"));
    EXPECT_EQ(results[3], QStringLiteral("令和元年5月1日"));
}
