// zansai-cli late-interest, garnishment and rehabilitation-minimum, run as other tools run them.
#include "CliRunner.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace {

CliRun runEn(QStringList args)
{
    args.prepend(QStringLiteral("en"));
    args.prepend(QStringLiteral("--lang"));
    return runCli(args);
}

qint64 intOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger(-1);
}

QStringList split(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// ── late-interest ───────────────────────────────────────────────────────────────────────────────

struct LateRow {
    const char* args;
    int days;
    qint64 amount;
};

TEST(MoneyCli, LateInterestReferenceVectors)
{
    const LateRow rows[] = {
        {"--principal 5000000 --rate 14 --from 2025-01-01 --to 2025-12-31", 365, 700'000},
        {"--principal 5000000 --rate 14 --from 2025-01-01 --to 2025-04-10", 100, 191'780},
        {"--principal 5000000 --rate 14 --from 2024-01-01 --to 2024-12-31 --basis 365", 366,
         701'917},
        {"--principal 5000000 --rate 14 --from 2024-01-01 --to 2024-12-31 --basis actual", 366,
         700'000},
        {"--principal 5000000 --rate 14.6 --from 2025-01-01 --to 2025-04-10", 100, 200'000},
        {"--principal 5000000 --rate 14.5 --from 2025-01-01 --to 2025-04-10", 100, 198'630},
        {"--principal 20000000 --rate 14 --from 2024-04-11 --to 2024-08-01", 113, 866'849},
        {"--principal 20000000 --rate 14 --from 2024-04-11 --to 2024-08-01 --basis actual", 113,
         864'480},
        {"--principal 1000000 --rate 14 --from 2023-07-01 --to 2025-06-30 --basis actual", 731,
         280'000},
        {"--principal=5000000 --rate=14 --from=2025-01-01 --to=2025-04-10 --rounding half_up", 100,
         191'781},
    };
    for (const LateRow& row : rows) {
        SCOPED_TRACE(row.args);
        QStringList args{QStringLiteral("late-interest")};
        args += split(row.args);
        const auto r = runEn(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(intOf(o, "days"), row.days);
        EXPECT_EQ(intOf(o, "amount"), row.amount);
        EXPECT_FALSE(o.contains(QStringLiteral("warnings")));
        EXPECT_FALSE(o.contains(QStringLiteral("amount_at_cap")));
    }
}

TEST(MoneyCli, LateInterestNamesBasisAndRounding)
{
    const auto r = runEn(split("late-interest --principal 5000000 --rate 14 --from 2024-01-01 "
                               "--to 2024-12-31 --basis actual"));
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("basis")).toString(), QStringLiteral("actual"));
    EXPECT_EQ(o.value(QStringLiteral("rounding")).toString(), QStringLiteral("truncate"));
    EXPECT_TRUE(o.value(QStringLiteral("business_lender")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("rate_percent")).toDouble(), 14.0);
    const QJsonObject cap = o.value(QStringLiteral("interest_cap")).toObject();
    EXPECT_EQ(cap.value(QStringLiteral("cap_percent")).toDouble(), 20.0);
    EXPECT_FALSE(cap.value(QStringLiteral("exceeds")).toBool());
    // The disputed point (per-year vs one rounding) is named beside the figure.
    const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
    bool namesRounding = false;
    for (const auto& n : notes)
        namesRounding |= n.toString().contains(QStringLiteral("not per calendar year"));
    EXPECT_TRUE(namesRounding);
}

// Court basis (spec revision 2): the worked examples of tests/core/law/LateInterestTest.cpp.
TEST(MoneyCli, LateInterestCourtBasis)
{
    const LateRow rows[] = {
        // One whole year 2024-03-01..2025-02-28: 300,000 × 3% = 9,000 (actual: 8,979, −21 yen).
        {"--principal 300000 --rate 3 --from 2024-03-01 --to 2025-02-28 --basis court", 365, 9'000},
        {"--principal 300000 --rate 3 --from 2024-03-01 --to 2025-02-28 --basis actual", 365,
         8'979},
        // 2,000,000 × 5%: the year from 2024-02-29 ends 2025-02-28 (100,000), then 31 days /365
        // = 8,493.15 → 108,493.
        {"--principal 2000000 --rate 5 --from 2024-02-29 --to 2025-03-31 --basis court", 397,
         108'493},
        // 2 × 180,246.782 + 67,654.27: one truncation 428,147; each part 428,146.
        {"--principal 1234567 --rate 14.6 --from 2023-03-01 --to 2025-07-15 --basis court", 868,
         428'147},
        {"--principal 1234567 --rate 14.6 --from 2023-03-01 --to 2025-07-15 --basis court "
         "--rounding truncate_each_part",
         868, 428'146},
    };
    for (const LateRow& row : rows) {
        SCOPED_TRACE(row.args);
        QStringList args{QStringLiteral("late-interest")};
        args += split(row.args);
        const auto r = runEn(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(intOf(o, "days"), row.days);
        EXPECT_EQ(intOf(o, "amount"), row.amount);
    }
    // The parts say how the figure is made up: two whole years, then the days of 2025.
    const auto r = runEn(split("late-interest --principal 1234567 --rate 14.6 --from 2023-03-01 "
                               "--to 2025-07-15 --basis court --rounding truncate_each_part"));
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("basis")).toString(), QStringLiteral("court"));
    EXPECT_EQ(o.value(QStringLiteral("rounding")).toString(), QStringLiteral("truncate_each_part"));
    EXPECT_EQ(intOf(o, "whole_years"), 2);
    const QJsonArray parts = o.value(QStringLiteral("parts")).toArray();
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts[1].toObject().value(QStringLiteral("to")).toString(),
              QStringLiteral("2025-02-28"));
    EXPECT_TRUE(parts[1].toObject().value(QStringLiteral("whole_year")).toBool());
    EXPECT_EQ(parts[2].toObject().value(QStringLiteral("year_days")).toInt(), 365);
    EXPECT_EQ(parts[2].toObject().value(QStringLiteral("amount")).toInteger(), 67'654);
}

TEST(MoneyCli, LateInterestWarnsAboveTheCap)
{
    // Business lender by default: 7条1項, 20%.
    auto r = runEn(
        split("late-interest --principal 5000000 --rate 21.9 --from 2025-01-01 --to 2025-12-31"));
    ASSERT_EQ(r.exitCode, 0);
    QJsonObject o = r.json();
    EXPECT_EQ(intOf(o, "amount"), 1'095'000);
    EXPECT_EQ(intOf(o, "amount_at_cap"), 1'000'000);
    QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].toString().contains(QStringLiteral("art. 7(1)")));

    // A private lender: 4条1項, 21.9% for 100万 and over is allowed, 26.28% is not.
    r = runEn(
        split("late-interest --principal 5000000 --rate 21.9 --from 2025-01-01 --to 2025-12-31 "
              "--business-lender no"));
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.json().contains(QStringLiteral("warnings")));
    r = runEn(
        split("late-interest --principal 999999 --rate 26.29 --from 2025-01-01 --to 2025-01-01 "
              "--business-lender no"));
    ASSERT_EQ(r.exitCode, 0);
    o = r.json();
    warnings = o.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].toString().contains(QStringLiteral("26.28%")));
    EXPECT_FALSE(o.value(QStringLiteral("business_lender")).toBool());
}

TEST(MoneyCli, LateInterestJapaneseNotes)
{
    const auto r = runCli(split("--lang ja late-interest --principal 5000000 --rate 25 --from "
                                "2025-01-01 --to 2025-01-10"));
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray warnings = r.json().value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].toString().contains(QStringLiteral("利息制限法7条1項")));
}

// ── garnishment ─────────────────────────────────────────────────────────────────────────────────

struct GarnRow {
    const char* args;
    qint64 seizable;
    qint64 protectedAmount;
};

TEST(MoneyCli, GarnishmentVectors)
{
    const GarnRow rows[] = {
        {"--net 200000", 50'000, 150'000},
        {"--net 500000 --pay monthly --claim ordinary", 170'000, 330'000},
        {"--net 200000 --claim support", 100'000, 100'000},
        {"--net 500000 --claim support", 250'000, 250'000},
        {"--net 1000000 --pay bonus", 670'000, 330'000},
        {"--net 4000000 --pay retirement", 1'000'000, 3'000'000},
        {"--net 4000000 --pay retirement --claim support", 2'000'000, 2'000'000},
        {"--net 16000 --pay daily", 5'000, 11'000},
        {"--net 440000", 110'000, 330'000},
        {"--net 660000 --claim support", 330'000, 330'000},
        {"--net 300000 --pay semi_monthly", 135'000, 165'000},
        {"--net 200000 --pay ten_days", 90'000, 110'000},
        {"--net 200000 --pay weekly", 123'000, 77'000},
        {"--net 200003", 50'000, 150'003},
        {"--net 300000 --tax --dependents 2", 88'000, 212'000},
        {"--net 1500000 --tax", 1'200'000, 300'000},
    };
    for (const GarnRow& row : rows) {
        SCOPED_TRACE(row.args);
        QStringList args{QStringLiteral("garnishment")};
        args += split(row.args);
        const auto r = runEn(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(intOf(o, "seizable"), row.seizable);
        EXPECT_EQ(intOf(o, "protected"), row.protectedAmount);
        EXPECT_EQ(o.value(QStringLiteral("rounding")).toString(), QStringLiteral("truncate"));
    }
}

TEST(MoneyCli, GarnishmentSaysHowFractionsAreSettled)
{
    const auto r = runEn(split("garnishment --net 200003"));
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = r.json();
    EXPECT_EQ(intOf(o, "protected_cap"), 330'000);
    bool named = false;
    for (const auto& n : o.value(QStringLiteral("notes")).toArray())
        named |= n.toString().contains(QStringLiteral("this tool's choice"));
    EXPECT_TRUE(named);
    const auto retirement = runEn(split("garnishment --net 100 --pay retirement"));
    EXPECT_TRUE(retirement.json().value(QStringLiteral("protected_cap")).isNull());
}

// ── rehabilitation-minimum ──────────────────────────────────────────────────────────────────────

struct RehabRow {
    const char* args;
    bool eligible;
    qint64 minimum;
    qint64 statutory;
    const char* governedBy; // nullptr: JSON null
};

TEST(MoneyCli, RehabilitationMinimumVectors)
{
    const RehabRow rows[] = {
        {"--claims 990000", true, 990'000, 990'000, "claims"},
        {"--claims 1000000", true, 1'000'000, 1'000'000, "claims"},
        {"--claims 5000000", true, 1'000'000, 1'000'000, "claims"},
        {"--claims 5000001", true, 1'000'001, 1'000'001, "claims"},
        {"--claims 5000001 --rounding floor", true, 1'000'000, 1'000'000, "claims"},
        {"--claims 5010000", true, 1'002'000, 1'002'000, "claims"},
        {"--claims 15000001", true, 3'000'000, 3'000'000, "claims"},
        {"--claims 30000000", true, 3'000'000, 3'000'000, "claims"},
        {"--claims 30000001", true, 3'000'001, 3'000'001, "claims"},
        {"--claims 50000000", true, 5'000'000, 5'000'000, "claims"},
        {"--claims 50000001", false, 0, 0, nullptr},
        {"--claims 40000000 --liquidation-value 1800000", true, 4'000'000, 4'000'000, "claims"},
        {"--claims 8000000 --liquidation-value 1000000 --disposable-2y 2400000", true, 2'400'000,
         1'600'000, "disposable_income"},
        {"--claims 5000000 --liquidation-value 2500000", true, 2'500'000, 1'000'000,
         "liquidation_value"},
    };
    for (const RehabRow& row : rows) {
        SCOPED_TRACE(row.args);
        QStringList args{QStringLiteral("rehabilitation-minimum")};
        args += split(row.args);
        const auto r = runEn(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(o.value(QStringLiteral("eligible")).toBool(), row.eligible);
        EXPECT_EQ(intOf(o, "minimum"), row.minimum);
        EXPECT_EQ(intOf(o, "statutory_minimum"), row.statutory);
        if (row.governedBy) {
            EXPECT_EQ(o.value(QStringLiteral("governed_by")).toString(),
                      QString::fromLatin1(row.governedBy));
        } else {
            EXPECT_TRUE(o.value(QStringLiteral("governed_by")).isNull());
        }
    }
}

TEST(MoneyCli, RehabilitationMinimumNamesTheRounding)
{
    auto r = runEn(split("rehabilitation-minimum --claims 5000001"));
    EXPECT_EQ(r.json().value(QStringLiteral("rounding")).toString(), QStringLiteral("ceil"));
    r = runEn(split("rehabilitation-minimum --claims 5000001 --rounding floor"));
    EXPECT_EQ(r.json().value(QStringLiteral("rounding")).toString(), QStringLiteral("floor"));
    EXPECT_FALSE(r.json().value(QStringLiteral("notes")).toArray().isEmpty());
}

// ── bad input: exit 2, nothing on stdout, a JSON error naming the option ───────────────────────

struct BadRow {
    const char* args;
    const char* field;
};

TEST(MoneyCli, BadInputNamesTheOption)
{
    const BadRow rows[] = {
        {"late-interest --principal 1000 --rate 14 --from 2025-02-30 --to 2025-03-31", "--from"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-13-01", "--to"},
        {"late-interest --principal -1 --rate 14 --from 2025-01-01 --to 2025-03-31", "--principal"},
        {"late-interest --principal abc --rate 14 --from 2025-01-01 --to 2025-03-31",
         "--principal"},
        {"late-interest --principal 1000 --rate 100.5 --from 2025-01-01 --to 2025-03-31", "--rate"},
        {"late-interest --principal 1000 --rate -3 --from 2025-01-01 --to 2025-03-31", "--rate"},
        {"late-interest --principal 1000 --rate ten --from 2025-01-01 --to 2025-03-31", "--rate"},
        {"late-interest --principal 1000 --rate 14 --from 2025-04-01 --to 2025-03-31", "--from"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01", "--to"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-03-31 --basis 360",
         "--basis"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-03-31 --basis "
         "courts",
         "--basis"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-03-31 --rounding "
         "each_part",
         "--rounding"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-03-31 "
         "--business-lender maybe",
         "--business-lender"},
        {"late-interest --principal 1000 --rate 14 --from 2025-01-01 --to 2025-03-31 --days 3",
         "--days"},
        {"late-interest --principal 999999999999999 --rate 100 --from 0001-01-01 --to 9999-12-31",
         "--principal"},
        {"garnishment", "--net"},
        {"garnishment --net -5", "--net"},
        {"garnishment --net 1.5", "--net"},
        {"garnishment --net 200000 --pay yearly", "--pay"},
        {"garnishment --net 200000 --claim tax", "--claim"},
        {"garnishment --net 200000 --dependents 2", "--dependents"},
        {"garnishment --net 200000 --tax --dependents x", "--dependents"},
        {"garnishment --net 200000 --tax --dependents -1", "--dependents"},
        {"garnishment --net 200000 --tax --pay daily", "--pay"},
        {"rehabilitation-minimum", "--claims"},
        {"rehabilitation-minimum --claims -1", "--claims"},
        {"rehabilitation-minimum --claims 1e6", "--claims"},
        {"rehabilitation-minimum --claims 5000000 --liquidation-value -1", "--liquidation-value"},
        {"rehabilitation-minimum --claims 5000000 --disposable-2y x", "--disposable-2y"},
        {"rehabilitation-minimum --claims 5000000 --rounding half", "--rounding"},
    };
    for (const BadRow& row : rows) {
        SCOPED_TRACE(row.args);
        const auto r = runEn(split(row.args));
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        const QJsonObject err = r.errJson();
        EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QString::fromLatin1(row.field));
        EXPECT_FALSE(err.value(QStringLiteral("error")).toString().isEmpty());
    }
}

TEST(MoneyCli, ImpossibleDateMessageIsTranslated)
{
    const auto r =
        runCli(split("--lang ja late-interest --principal 1000 --rate 14 --from 2025-02-30 "
                     "--to 2025-03-31"));
    EXPECT_EQ(r.exitCode, 2);
    const QString msg = r.errJson().value(QStringLiteral("error")).toString();
    EXPECT_FALSE(msg.isEmpty());
    EXPECT_NE(msg, QStringLiteral("This date does not exist on the calendar."));
}

} // namespace
