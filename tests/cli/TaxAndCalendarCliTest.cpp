// zansai-cli wareki, tax-late-fee and garnishment --tax --gross, run as other tools run them.
// Worked examples by hand (docs/legal-rules.md §3, §9, §0).
#include "CliRunner.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace {

QStringList split(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

CliRun runEn(const char* words)
{
    return runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + split(words));
}

struct BadRow {
    const char* args;
    const char* field;
};

void expectBad(const BadRow& row)
{
    SCOPED_TRACE(row.args);
    const auto r = runEn(row.args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    const QJsonObject err = r.errJson();
    EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QString::fromLatin1(row.field));
    EXPECT_FALSE(err.value(QStringLiteral("error")).toString().isEmpty());
}

} // namespace

// ── wareki ──────────────────────────────────────────────────────────────────────────────────────

TEST(WarekiCli, EraBoundaries)
{
    const struct {
        const char* date;
        const char* wareki;
    } rows[] = {
        {"1989-01-07", "昭和64年1月7日"}, // the last day of 昭和
        {"1989-01-08", "平成元年1月8日"}, // 平成's first day: 元年
        {"2019-04-30", "平成31年4月30日"},
        {"2019-05-01", "令和元年5月1日"},
        {"2020-01-01", "令和2年1月1日"},
        {"1926-12-25",
         "昭和元年12月25日"}, // 大正 ended 1926-12-25 at 01:25; ICU counts the day as 昭和
        {"1873-01-01", "明治6年1月1日"},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.date);
        const auto r = runCli(QStringList{QStringLiteral("wareki"), QString::fromLatin1(row.date)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QString::fromLatin1(row.date));
        EXPECT_EQ(o.value(QStringLiteral("wareki")).toString(), QString::fromUtf8(row.wareki));
    }
}

TEST(WarekiCli, BadInputNamesTheField)
{
    const BadRow rows[] = {
        {"wareki", "D"},
        {"wareki 2019-02-30", "D"},
        {"wareki 2019/05/01", "D"},
        {"wareki 1872-12-31", "D"},
        {"wareki 2019-05-01 2019-05-02", "D"},
        {"wareki 2019-05-01 --era x", "--era"},
    };
    for (const BadRow& row : rows)
        expectBad(row);
}

// ── tax-late-fee ────────────────────────────────────────────────────────────────────────────────

TEST(TaxLateFeeCli, WorkedExamples)
{
    const struct {
        const char* args;
        qint64 amount;
        int periods;
    } rows[] = {
        // base 1,230,000: 61 d × 2.8% = 5,755 + 76 d × 9.1% = 23,305 = 29,060 → 29,000.
        {"tax-late-fee --tax 1234567 --due 2026-03-16 --paid 2026-07-31", 29'000, 2},
        // 31 d × 2.4% 611 + 214 d × 8.7% 15,302 + 120 d × 9.1% 8,975 = 24,888 → 24,800.
        {"tax-late-fee --tax 300000 --due 2025-04-30 --paid 2026-04-30 --kind local", 24'800, 3},
        // national: 1,203 + 13,157 + 8,975 = 23,335 → 23,300.
        {"tax-late-fee --tax 300000 --due 2025-04-30 --paid 2026-04-30 --kind national", 23'300, 3},
        // 16 + 656 = 672: under 1,000, nothing due.
        {"tax-late-fee --tax 9999 --due 2025-01-31 --paid 2025-12-31 --kind local", 0, 2},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.args);
        const auto r = runEn(row.args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(o.value(QStringLiteral("amount")).toInteger(-1), row.amount);
        EXPECT_EQ(o.value(QStringLiteral("periods")).toArray().size(), row.periods);
    }
    const auto r = runEn("tax-late-fee --tax 1234567 --due 2026-03-16 --paid 2026-07-31");
    const QJsonObject first =
        r.json().value(QStringLiteral("periods")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-17"));
    EXPECT_EQ(first.value(QStringLiteral("to")).toString(), QStringLiteral("2026-05-16"));
    EXPECT_EQ(first.value(QStringLiteral("rate_percent")).toDouble(), 2.8);
    EXPECT_EQ(first.value(QStringLiteral("amount")).toInteger(), 5'755);
    EXPECT_FALSE(r.json().value(QStringLiteral("rates_assumed")).toBool());
    // A year after the table: its rates are assumed, and said so.
    const auto later = runEn("tax-late-fee --tax 1000000 --due 2027-01-31 --paid 2027-06-30");
    ASSERT_EQ(later.exitCode, 0);
    EXPECT_TRUE(later.json().value(QStringLiteral("rates_assumed")).toBool());
}

TEST(TaxLateFeeCli, BadInputNamesTheOption)
{
    const BadRow rows[] = {
        {"tax-late-fee --due 2025-01-31 --paid 2025-12-31", "--tax"},
        {"tax-late-fee --tax -1 --due 2025-01-31 --paid 2025-12-31", "--tax"},
        {"tax-late-fee --tax 1000 --due 2025-02-30 --paid 2025-12-31", "--due"},
        {"tax-late-fee --tax 1000 --due 2025-01-31", "--paid"},
        {"tax-late-fee --tax 1000 --due 2025-01-31 --paid 2024-12-31", "--paid"},
        {"tax-late-fee --tax 1000 --due 2025-01-31 --paid 2025-12-31 --kind city", "--kind"},
        {"tax-late-fee --tax 1000 --due 2025-01-31 --paid 2025-12-31 --rate 3", "--rate"},
    };
    for (const BadRow& row : rows)
        expectBad(row);
}

// ── garnishment --tax --gross ───────────────────────────────────────────────────────────────────

TEST(TaxGarnishmentCli, FromGross)
{
    // 380,000 − 10,000 − 20,000 − 50,000 = 300,000; 2 dependents: 190,000; remainder 110,000;
    // 20% = 22,000 kept; 88,000 seizable; protected 380,000 − 88,000 = 292,000.
    const auto r = runEn("garnishment --tax --gross 380000 --income-tax 10000 --resident-tax "
                         "20000 --social-insurance 50000 --dependents 2");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("seizable")).toInteger(), 88'000);
    EXPECT_EQ(o.value(QStringLiteral("protected")).toInteger(), 292'000);
    EXPECT_EQ(o.value(QStringLiteral("net")).toInteger(), 300'000);
    const QJsonObject d = o.value(QStringLiteral("deductions")).toObject();
    EXPECT_EQ(d.value(QStringLiteral("living_allowance")).toInteger(), 190'000);
    EXPECT_EQ(d.value(QStringLiteral("fifth_of_remainder")).toInteger(), 22'000);
}

TEST(TaxGarnishmentCli, BadInputNamesTheOption)
{
    const BadRow rows[] = {
        {"garnishment --gross 300000 --income-tax 0 --resident-tax 0 --social-insurance 0",
         "--gross"},
        {"garnishment --tax --gross 300000 --resident-tax 0 --social-insurance 0", "--income-tax"},
        {"garnishment --tax --gross 300000 --income-tax 0 --resident-tax x --social-insurance 0",
         "--resident-tax"},
        {"garnishment --tax --gross 300000 --income-tax 0 --resident-tax 0", "--social-insurance"},
        {"garnishment --tax --gross -1 --income-tax 0 --resident-tax 0 --social-insurance 0",
         "--gross"},
        {"garnishment --tax --gross 100000 --income-tax 50000 --resident-tax 40000 "
         "--social-insurance 20000",
         "--gross"},
        {"garnishment --tax --gross 300000 --net 200000 --income-tax 0 --resident-tax 0 "
         "--social-insurance 0",
         "--net"},
        {"garnishment --tax --net 200000 --income-tax 10000", "--income-tax"},
        {"garnishment --tax --gross 300000 --income-tax 0 --resident-tax 0 --social-insurance 0 "
         "--dependents -1",
         "--dependents"},
    };
    for (const BadRow& row : rows)
        expectBad(row);
}
