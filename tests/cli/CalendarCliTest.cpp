// zansai-cli holidays and deadline, run as the real binary: good output and every bad input.
#include "CliRunner.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace {

QStringList cli(std::initializer_list<const char*> args)
{
    QStringList out;
    for (const char* a : args)
        out << QString::fromUtf8(a);
    return out;
}

QString dates(const QJsonArray& holidays)
{
    QStringList out;
    for (const auto& h : holidays)
        out << h.toObject().value(QStringLiteral("date")).toString().mid(5);
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(CalendarCli, Holidays2026)
{
    const auto r = runCli(cli({"--lang", "ja", "holidays", "2026"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("year")).toInt(), 2026);
    const QJsonArray list = o.value(QStringLiteral("holidays")).toArray();
    // docs/legal-rules.md §11, the full 2026 vector.
    EXPECT_EQ(dates(list), QStringLiteral("01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 "
                                          "05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23"));
    ASSERT_EQ(list.size(), 18);
    const QJsonObject first = list.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-01"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("元日"));
    EXPECT_EQ(first.value(QStringLiteral("name_en")).toString(), QStringLiteral("New Year's Day"));
    EXPECT_EQ(first.value(QStringLiteral("wareki")).toString(), QStringLiteral("令和8年1月1日"));
    EXPECT_EQ(list[9].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("振替休日"));
    EXPECT_EQ(list[13].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("国民の休日"));
}

TEST(CalendarCli, HolidaysInEnglishKeepBothNames)
{
    const auto r = runCli(cli({"--lang", "en", "holidays", "2019"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = r.json().value(QStringLiteral("holidays")).toArray();
    ASSERT_EQ(list.size(), 22);
    const QJsonObject may1 = list[6].toObject();
    EXPECT_EQ(may1.value(QStringLiteral("date")).toString(), QStringLiteral("2019-05-01"));
    EXPECT_EQ(may1.value(QStringLiteral("name")).toString(), QStringLiteral("Enthronement Day"));
    EXPECT_EQ(may1.value(QStringLiteral("name_en")).toString(), QStringLiteral("Enthronement Day"));
    EXPECT_EQ(may1.value(QStringLiteral("name_ja")).toString(), QStringLiteral("即位の日"));
}

TEST(CalendarCli, HolidaysAtTheEndsOfTheRange)
{
    const auto first = runCli(cli({"holidays", "1970"}));
    ASSERT_EQ(first.exitCode, 0);
    EXPECT_EQ(first.json().value(QStringLiteral("holidays")).toArray().size(), 12);
    const auto last = runCli(cli({"holidays", "2099"}));
    ASSERT_EQ(last.exitCode, 0);
    EXPECT_EQ(last.json().value(QStringLiteral("holidays")).toArray().size(), 18);
}

struct BadInput {
    std::vector<const char*> args;
    const char* field;
};

void PrintTo(const BadInput& b, std::ostream* os)
{
    for (const char* a : b.args)
        *os << a << ' ';
}

class CalendarCliBad : public ::testing::TestWithParam<BadInput> {};

TEST_P(CalendarCliBad, ExitsWithTwoNamingTheField)
{
    QStringList args{QStringLiteral("--lang"), QStringLiteral("en")};
    for (const char* a : GetParam().args)
        args << QString::fromUtf8(a);
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QJsonObject err = r.errJson();
    EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QString::fromUtf8(GetParam().field));
    EXPECT_FALSE(err.value(QStringLiteral("error")).toString().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, CalendarCliBad,
    ::testing::Values(
        BadInput{{"holidays"}, "YEAR"}, BadInput{{"holidays", "abc"}, "YEAR"},
        BadInput{{"holidays", "1969"}, "YEAR"}, BadInput{{"holidays", "2100"}, "YEAR"},
        BadInput{{"holidays", "2026.5"}, "YEAR"}, BadInput{{"holidays", "-2026"}, "YEAR"},
        BadInput{{"holidays", "2026", "2027"}, "YEAR"},
        BadInput{{"holidays", "2026", "--days", "3"}, "--days"}, BadInput{{"deadline"}, "--served"},
        BadInput{{"deadline", "--served", "2025-02-30"}, "--served"},
        BadInput{{"deadline", "--served", "abc"}, "--served"},
        BadInput{{"deadline", "--served", "2025/02/03"}, "--served"},
        BadInput{{"deadline", "--served"}, "--served"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days", "-1"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days", "0"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days", "366"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days", "abc"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days", "1.5"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--days"}, "--days"},
        BadInput{{"deadline", "--served", "2025-02-03", "--from", "x"}, "--from"},
        BadInput{{"deadline", "--served", "2025-02-03", "extra"}, "command"}));

TEST(CalendarCli, DeadlineReferenceVector)
{
    const auto r = runCli(cli({"deadline", "--served", "2025-02-03"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-02-17"));
    EXPECT_EQ(o.value(QStringLiteral("raw_end")).toString(), QStringLiteral("2025-02-17"));
    EXPECT_EQ(o.value(QStringLiteral("days")).toInt(), 14);
    EXPECT_TRUE(o.value(QStringLiteral("moved_because")).toArray().isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("deadline_wareki")).toString(),
              QStringLiteral("令和7年2月17日"));
}

TEST(CalendarCli, DeadlineOverTheYearEnd)
{
    const auto r =
        runCli(cli({"--lang", "en", "deadline", "--served", "2025-12-15", "--days", "14"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("raw_end")).toString(), QStringLiteral("2025-12-29"));
    EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-01-05"));
    const QJsonArray moved = o.value(QStringLiteral("moved_because")).toArray();
    QStringList got;
    for (const auto& m : moved)
        got << m.toObject().value(QStringLiteral("date")).toString().mid(5) + QLatin1Char(':') +
                   m.toObject().value(QStringLiteral("reason")).toString();
    EXPECT_EQ(got.join(QLatin1Char(' ')),
              QStringLiteral("12-29:new_year 12-30:new_year 12-31:new_year 01-01:holiday "
                             "01-02:new_year 01-03:new_year 01-04:sunday"));
    EXPECT_EQ(moved[3].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Public holiday: New Year's Day"));
}

TEST(CalendarCli, DeadlineOverGoldenWeekInJapanese)
{
    const auto r = runCli(cli({"--lang", "ja", "deadline", "--served=2026-04-19"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("raw_end")).toString(), QStringLiteral("2026-05-03"));
    EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-05-07"));
    const QJsonArray moved = o.value(QStringLiteral("moved_because")).toArray();
    ASSERT_EQ(moved.size(), 4);
    EXPECT_EQ(moved[3].toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2026-05-06"));
    EXPECT_TRUE(moved[3]
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("振替休日")));
}

TEST(CalendarCli, DeadlineOfOneDayAndOfAYear)
{
    const auto one = runCli(cli({"deadline", "--served", "2026-01-09", "--days", "1"}));
    ASSERT_EQ(one.exitCode, 0);
    EXPECT_EQ(one.json().value(QStringLiteral("deadline")).toString(),
              QStringLiteral("2026-01-13"));
    const auto year = runCli(cli({"deadline", "--served", "2025-02-03", "--days", "365"}));
    ASSERT_EQ(year.exitCode, 0);
    // 2026-02-03 is a Tuesday.
    EXPECT_EQ(year.json().value(QStringLiteral("deadline")).toString(),
              QStringLiteral("2026-02-03"));
}
