// 祝日法 holidays 1970–2099 and the days the courts are closed (民事訴訟法95条3項).
#include "law/HolidayCalendar.h"

#include <gtest/gtest.h>

using namespace zansai::law;

namespace {

// "MM-DD 名前, MM-DD 名前, …" for a whole year: one readable string to compare.
QString render(int year)
{
    QStringList parts;
    for (const Holiday& h : nationalHolidays(year)) {
        EXPECT_EQ(h.date.year(), year);
        parts << h.date.toString(QStringLiteral("MM-dd")) + QLatin1Char(' ') + h.name;
    }
    return parts.join(QStringLiteral(", "));
}

struct YearCase {
    int year;
    const char* expected; // UTF-8
};

void PrintTo(const YearCase& c, std::ostream* os)
{
    *os << c.year;
}

class HolidayYear : public ::testing::TestWithParam<YearCase> {};

TEST_P(HolidayYear, MatchesTheFullList)
{
    EXPECT_EQ(render(GetParam().year), QString::fromUtf8(GetParam().expected));
}

// Full years: the 2026 vector of docs/legal-rules.md (§11), the special years, and years around
// every amendment since 1970.
INSTANTIATE_TEST_SUITE_P(
    FullYears, HolidayYear,
    ::testing::Values(
        // docs/legal-rules.md §11: 5/6 振替 (5/3 Sunday), 9/22 国民の休日.
        YearCase{2026,
                 "01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                 "03-20 春分の日, 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, "
                 "05-05 こどもの日, 05-06 振替休日, 07-20 海の日, 08-11 山の日, 09-21 敬老の日, "
                 "09-22 国民の休日, 09-23 秋分の日, 10-12 スポーツの日, 11-03 文化の日, "
                 "11-23 勤労感謝の日"},
        // 3/21 Sunday → 3/22 振替休日 (docs/legal-rules.md §11).
        YearCase{2027, "01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                       "03-21 春分の日, 03-22 振替休日, 04-29 昭和の日, 05-03 憲法記念日, "
                       "05-04 みどりの日, 05-05 こどもの日, 07-19 海の日, 08-11 山の日, "
                       "09-20 敬老の日, 09-23 秋分の日, 10-11 スポーツの日, 11-03 文化の日, "
                       "11-23 勤労感謝の日"},
        // 即位の日 and 即位礼正殿の儀 are deemed 祝日 for 3条3項: 4/30 and 5/2 are 国民の休日.
        // No 天皇誕生日 at all; 10/14 is still 体育の日.
        YearCase{2019,
                 "01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                 "04-29 昭和の日, 04-30 国民の休日, 05-01 即位の日, 05-02 国民の休日, "
                 "05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, "
                 "07-15 海の日, 08-11 山の日, 08-12 振替休日, 09-16 敬老の日, 09-23 秋分の日, "
                 "10-14 体育の日, 10-22 即位礼正殿の儀, 11-03 文化の日, 11-04 振替休日, "
                 "11-23 勤労感謝の日"},
        // Olympic year: 海の日 7/23, スポーツの日 7/24, 山の日 8/10; no October holiday.
        YearCase{2020, "01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                       "02-24 振替休日, 03-20 春分の日, 04-29 昭和の日, 05-03 憲法記念日, "
                       "05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, 07-23 海の日, "
                       "07-24 スポーツの日, 08-10 山の日, 09-21 敬老の日, 09-22 秋分の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日"},
        // 海の日 7/22, スポーツの日 7/23, 山の日 8/8 (Sunday) → 8/9 振替休日.
        YearCase{2021, "01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                       "03-20 春分の日, 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, "
                       "05-05 こどもの日, 07-22 海の日, 07-23 スポーツの日, 08-08 山の日, "
                       "08-09 振替休日, 09-20 敬老の日, 09-23 秋分の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日"},
        // 1/1 and 1/15 on Sundays; 大喪の礼 2/24; 4/29 みどりの日 and 12/23 天皇誕生日 already.
        YearCase{1989, "01-01 元日, 01-02 振替休日, 01-15 成人の日, 01-16 振替休日, "
                       "02-11 建国記念の日, 02-24 昭和天皇の大喪の礼, 03-21 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, 05-05 こどもの日, "
                       "09-15 敬老の日, 09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日, 12-23 天皇誕生日"},
        YearCase{1990, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 02-12 振替休日, "
                       "03-21 春分の日, 04-29 みどりの日, 04-30 振替休日, 05-03 憲法記念日, "
                       "05-04 国民の休日, 05-05 こどもの日, 09-15 敬老の日, 09-23 秋分の日, "
                       "09-24 振替休日, 10-10 体育の日, 11-03 文化の日, 11-12 即位礼正殿の儀, "
                       "11-23 勤労感謝の日, 12-23 天皇誕生日, 12-24 振替休日"},
        YearCase{1993, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, 05-05 こどもの日, "
                       "06-09 皇太子徳仁親王の結婚の儀, 09-15 敬老の日, 09-23 秋分の日, "
                       "10-10 体育の日, 10-11 振替休日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "12-23 天皇誕生日"},
        // シルバーウィーク: 9/22 between 敬老の日 and 秋分の日.
        YearCase{2009, "01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, "
                       "05-06 振替休日, 07-20 海の日, 09-21 敬老の日, 09-22 国民の休日, "
                       "09-23 秋分の日, 10-12 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "12-23 天皇誕生日"},
        YearCase{2015, "01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, "
                       "05-06 振替休日, 07-20 海の日, 09-21 敬老の日, 09-22 国民の休日, "
                       "09-23 秋分の日, 10-12 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "12-23 天皇誕生日"},
        // First year: no 振替休日 yet (1970-11-23 was a Monday anyway), 4/29 天皇誕生日.
        YearCase{1970, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 天皇誕生日, 05-03 憲法記念日, 05-05 こどもの日, 09-15 敬老の日, "
                       "09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, 11-23 勤労感謝の日"},
        // 振替休日 begins on 1973-04-12: 2/11 (Sunday) gives none, 4/29 (Sunday) gives 4/30.
        YearCase{1973, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 天皇誕生日, 04-30 振替休日, 05-03 憲法記念日, 05-05 こどもの日, "
                       "09-15 敬老の日, 09-23 秋分の日, 09-24 振替休日, 10-10 体育の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日"},
        // The last year of 1979's equinox formula and the first of 1980's.
        YearCase{1979, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 02-12 振替休日, "
                       "03-21 春分の日, "
                       "04-29 天皇誕生日, 04-30 振替休日, 05-03 憲法記念日, 05-05 こどもの日, "
                       "09-15 敬老の日, 09-24 秋分の日, 10-10 体育の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日"},
        YearCase{1980, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "04-29 天皇誕生日, 05-03 憲法記念日, 05-05 こどもの日, 09-15 敬老の日, "
                       "09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "11-24 振替休日"},
        // 国民の休日 begins 1985-12-27: 1986-05-04 is a Sunday (excluded), 1987-05-04 is the
        // 振替休日 of 5/3 (excluded as such), 1988-05-04 is the first 国民の休日.
        YearCase{1985, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 天皇誕生日, 05-03 憲法記念日, 05-05 こどもの日, 05-06 振替休日, "
                       "09-15 敬老の日, 09-16 振替休日, 09-23 秋分の日, 10-10 体育の日, "
                       "11-03 文化の日, 11-04 振替休日, 11-23 勤労感謝の日"},
        YearCase{1986, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 天皇誕生日, 05-03 憲法記念日, 05-05 こどもの日, 09-15 敬老の日, "
                       "09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "11-24 振替休日"},
        YearCase{1987, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 天皇誕生日, 05-03 憲法記念日, 05-04 振替休日, 05-05 こどもの日, "
                       "09-15 敬老の日, 09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日"},
        YearCase{1988, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "03-21 振替休日, 04-29 天皇誕生日, 05-03 憲法記念日, 05-04 国民の休日, "
                       "05-05 こどもの日, 09-15 敬老の日, 09-23 秋分の日, 10-10 体育の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日"},
        // 海の日 begins 1996 (7/20); 1995 has none.
        YearCase{1996, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 02-12 振替休日, "
                       "03-20 春分の日, 04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, "
                       "05-05 こどもの日, 05-06 振替休日, 07-20 海の日, 09-15 敬老の日, "
                       "09-16 振替休日, 09-23 秋分の日, 10-10 体育の日, 11-03 文化の日, "
                       "11-04 振替休日, 11-23 勤労感謝の日, 12-23 天皇誕生日"},
        // Before 2007 a Sunday 祝日 gives only the next day: 5/3 Sunday → 5/4 振替休日.
        YearCase{1998, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-04 振替休日, 05-05 こどもの日, "
                       "07-20 海の日, 09-15 敬老の日, 09-23 秋分の日, 10-10 体育の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日, 12-23 天皇誕生日"},
        // ハッピーマンデー: 成人の日 and 体育の日 on Mondays from 2000.
        YearCase{1999, "01-01 元日, 01-15 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "03-22 振替休日, 04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, "
                       "05-05 こどもの日, 07-20 海の日, 09-15 敬老の日, 09-23 秋分の日, "
                       "10-10 体育の日, 10-11 振替休日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "12-23 天皇誕生日"},
        YearCase{2000, "01-01 元日, 01-10 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, 05-05 こどもの日, "
                       "07-20 海の日, 09-15 敬老の日, 09-23 秋分の日, 10-09 体育の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日, 12-23 天皇誕生日"},
        // 海の日 and 敬老の日 on Mondays from 2003.
        YearCase{2002, "01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, 05-05 こどもの日, "
                       "05-06 振替休日, 07-20 海の日, 09-15 敬老の日, 09-16 振替休日, "
                       "09-23 秋分の日, 10-14 体育の日, 11-03 文化の日, 11-04 振替休日, "
                       "11-23 勤労感謝の日, 12-23 天皇誕生日"},
        YearCase{2003, "01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 03-21 春分の日, "
                       "04-29 みどりの日, 05-03 憲法記念日, 05-05 こどもの日, 07-21 海の日, "
                       "09-15 敬老の日, 09-23 秋分の日, 10-13 体育の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日, 11-24 振替休日, 12-23 天皇誕生日"},
        // 2006 is the last year of みどりの日 on 4/29 and of 5/4 as a mere 国民の休日.
        YearCase{2006, "01-01 元日, 01-02 振替休日, 01-09 成人の日, 02-11 建国記念の日, "
                       "03-21 春分の日, 04-29 みどりの日, 05-03 憲法記念日, 05-04 国民の休日, "
                       "05-05 こどもの日, 07-17 海の日, 09-18 敬老の日, 09-23 秋分の日, "
                       "10-09 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, 12-23 天皇誕生日"},
        YearCase{2007, "01-01 元日, 01-08 成人の日, 02-11 建国記念の日, 02-12 振替休日, "
                       "03-21 春分の日, 04-29 昭和の日, 04-30 振替休日, 05-03 憲法記念日, "
                       "05-04 みどりの日, 05-05 こどもの日, 07-16 海の日, 09-17 敬老の日, "
                       "09-23 秋分の日, 09-24 振替休日, 10-08 体育の日, 11-03 文化の日, "
                       "11-23 勤労感謝の日, 12-23 天皇誕生日, 12-24 振替休日"},
        // From 2007 a Sunday 祝日 gives the next day that is not a 祝日: 5/4 Sunday → 5/6.
        YearCase{2008, "01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, "
                       "05-06 振替休日, 07-21 海の日, 09-15 敬老の日, "
                       "09-23 秋分の日, 10-13 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "11-24 振替休日, 12-23 天皇誕生日"},
        // 山の日 begins 2016.
        YearCase{2016, "01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 03-20 春分の日, "
                       "03-21 振替休日, 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, "
                       "05-05 こどもの日, 07-18 海の日, 08-11 山の日, 09-19 敬老の日, "
                       "09-22 秋分の日, 10-10 体育の日, 11-03 文化の日, 11-23 勤労感謝の日, "
                       "12-23 天皇誕生日"},
        // The last 12/23 天皇誕生日 (a Sunday → 12/24).
        YearCase{2018, "01-01 元日, 01-08 成人の日, 02-11 建国記念の日, 02-12 振替休日, "
                       "03-21 春分の日, 04-29 昭和の日, 04-30 振替休日, 05-03 憲法記念日, "
                       "05-04 みどりの日, 05-05 こどもの日, 07-16 海の日, 08-11 山の日, "
                       "09-17 敬老の日, 09-23 秋分の日, 09-24 振替休日, 10-08 体育の日, "
                       "11-03 文化の日, 11-23 勤労感謝の日, 12-23 天皇誕生日, 12-24 振替休日"},
        // After the Olympic years the usual Monday holidays are back.
        YearCase{2022, "01-01 元日, 01-10 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                       "03-21 春分の日, 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, "
                       "05-05 こどもの日, 07-18 海の日, 08-11 山の日, 09-19 敬老の日, "
                       "09-23 秋分の日, 10-10 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日"},
        // The last year covered, by the equinox formula.
        YearCase{2099,
                 "01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, "
                 "03-20 春分の日, 04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, "
                 "05-05 こどもの日, 05-06 振替休日, 07-20 海の日, 08-11 山の日, 09-21 敬老の日, "
                 "09-22 国民の休日, 09-23 秋分の日, 10-12 スポーツの日, 11-03 文化の日, "
                 "11-23 勤労感謝の日"}));

} // namespace

TEST(HolidayCalendar, OutsideTheCoveredYearsIsEmpty)
{
    EXPECT_TRUE(nationalHolidays(1969).isEmpty());
    EXPECT_TRUE(nationalHolidays(2100).isEmpty());
    EXPECT_FALSE(isNationalHoliday(QDate(1969, 1, 1)));
    EXPECT_FALSE(isNationalHoliday(QDate(2100, 1, 1)));
    EXPECT_FALSE(isNationalHoliday(QDate()));
    EXPECT_FALSE(holidayOn(QDate()).has_value());
}

TEST(HolidayCalendar, ListsAreSortedAndHaveBothNames)
{
    for (int y = kFirstHolidayYear; y <= kLastHolidayYear; ++y) {
        const QList<Holiday> list = nationalHolidays(y);
        ASSERT_GE(list.size(), 12) << y;
        for (qsizetype i = 0; i < list.size(); ++i) {
            EXPECT_FALSE(list[i].name.isEmpty());
            EXPECT_FALSE(list[i].nameEn.isEmpty());
            if (i > 0) {
                EXPECT_LT(list[i - 1].date, list[i].date) << y;
            }
            // The look-ups agree with the list.
            const auto h = holidayOn(list[i].date);
            ASSERT_TRUE(h.has_value());
            EXPECT_EQ(h->name, list[i].name);
            EXPECT_TRUE(isNationalHoliday(list[i].date));
        }
    }
}

TEST(HolidayCalendar, LookUpGivesTheNames)
{
    const auto h = holidayOn(QDate(2019, 5, 1));
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(h->date, QDate(2019, 5, 1));
    EXPECT_EQ(h->name, QStringLiteral("即位の日"));
    EXPECT_EQ(h->nameEn, QStringLiteral("Enthronement Day"));
    EXPECT_EQ(holidayOn(QDate(2026, 5, 6))->name, QStringLiteral("振替休日"));
    EXPECT_EQ(holidayOn(QDate(2026, 5, 6))->nameEn, QStringLiteral("Substitute Holiday"));
    EXPECT_EQ(holidayOn(QDate(2026, 9, 22))->nameEn, QStringLiteral("Citizens' Holiday"));
    EXPECT_FALSE(holidayOn(QDate(2026, 5, 7)).has_value());
    EXPECT_FALSE(isNationalHoliday(QDate(2026, 1, 2))); // 年末年始 is not a 祝日
    EXPECT_FALSE(isNationalHoliday(QDate(2025, 12, 29)));
}

struct EquinoxCase {
    int year;
    int march;
    int september;
};

class Equinox : public ::testing::TestWithParam<EquinoxCase> {};

TEST_P(Equinox, FollowsTheFormula)
{
    const auto& c = GetParam();
    EXPECT_EQ(holidayOn(QDate(c.year, 3, c.march))->name, QStringLiteral("春分の日"));
    EXPECT_EQ(holidayOn(QDate(c.year, 9, c.september))->name, QStringLiteral("秋分の日"));
}

// Published 暦要項 dates for the past; the projections of docs/legal-rules.md (§11) for 2024–2030;
// the 1970s use the 1900–1979 constants.
INSTANTIATE_TEST_SUITE_P(Dates, Equinox,
                         ::testing::Values(EquinoxCase{1970, 21, 23}, EquinoxCase{1971, 21, 24},
                                           EquinoxCase{1972, 20, 23}, EquinoxCase{1975, 21, 24},
                                           EquinoxCase{1979, 21, 24}, EquinoxCase{1980, 20, 23},
                                           EquinoxCase{1984, 20, 23}, EquinoxCase{1992, 20, 23},
                                           EquinoxCase{2012, 20, 22}, EquinoxCase{2019, 21, 23},
                                           EquinoxCase{2020, 20, 22}, EquinoxCase{2023, 21, 23},
                                           EquinoxCase{2024, 20, 22}, EquinoxCase{2025, 20, 23},
                                           EquinoxCase{2026, 20, 23}, EquinoxCase{2027, 21, 23},
                                           EquinoxCase{2028, 20, 22}, EquinoxCase{2030, 20, 23},
                                           EquinoxCase{2044, 20, 22}, EquinoxCase{2092, 19, 22},
                                           EquinoxCase{2099, 20, 23}));

struct ClosedCase {
    QDate day;
    CourtClosure expected;
};

class CourtClosed : public ::testing::TestWithParam<ClosedCase> {};

TEST_P(CourtClosed, FollowsCivilProcedure95)
{
    const auto& c = GetParam();
    EXPECT_EQ(courtClosure(c.day), c.expected);
    EXPECT_EQ(isCourtClosed(c.day), c.expected != CourtClosure::Open);
}

INSTANTIATE_TEST_SUITE_P(
    Days, CourtClosed,
    ::testing::Values(
        ClosedCase{QDate(2025, 12, 26), CourtClosure::Open}, // Friday
        ClosedCase{QDate(2025, 12, 27), CourtClosure::Saturday},
        ClosedCase{QDate(2025, 12, 28), CourtClosure::Sunday},
        ClosedCase{QDate(2025, 12, 29), CourtClosure::NewYear}, // Monday
        ClosedCase{QDate(2025, 12, 31), CourtClosure::NewYear},
        ClosedCase{QDate(2026, 1, 1), CourtClosure::Holiday}, // 元日
        ClosedCase{QDate(2026, 1, 2), CourtClosure::NewYear},
        ClosedCase{QDate(2026, 1, 3), CourtClosure::NewYear}, // also a Saturday
        ClosedCase{QDate(2026, 1, 4), CourtClosure::Sunday},
        ClosedCase{QDate(2026, 1, 5), CourtClosure::Open},
        ClosedCase{QDate(2026, 12, 28), CourtClosure::Open},   // Monday before the closure
        ClosedCase{QDate(2026, 9, 22), CourtClosure::Holiday}, // 国民の休日
        ClosedCase{QDate(2026, 5, 6), CourtClosure::Holiday},  // 振替休日
        ClosedCase{QDate(2026, 11, 22), CourtClosure::Sunday},
        ClosedCase{QDate(2026, 11, 23), CourtClosure::Holiday},
        ClosedCase{QDate(2026, 11, 24), CourtClosure::Open},
        ClosedCase{QDate(2019, 4, 30), CourtClosure::Holiday},
        ClosedCase{QDate(2024, 2, 29), CourtClosure::Open},   // leap day, Thursday
        ClosedCase{QDate(2100, 1, 2), CourtClosure::NewYear}, // beyond the holiday table
        ClosedCase{QDate(2100, 1, 4), CourtClosure::Open}));  // Monday

TEST(HolidayCalendar, NextCourtOpenDay)
{
    EXPECT_EQ(nextCourtOpenDay(QDate(2026, 1, 5)), QDate(2026, 1, 5)); // open: itself
    EXPECT_EQ(nextCourtOpenDay(QDate(2025, 12, 27)), QDate(2026, 1, 5));
    EXPECT_EQ(nextCourtOpenDay(QDate(2026, 5, 2)), QDate(2026, 5, 7));   // Golden Week
    EXPECT_EQ(nextCourtOpenDay(QDate(2026, 9, 19)), QDate(2026, 9, 24)); // Silver Week
    EXPECT_EQ(nextCourtOpenDay(QDate(2019, 4, 27)), QDate(2019, 5, 7));  // ten days in 2019
    EXPECT_FALSE(nextCourtOpenDay(QDate()).isValid());
}
