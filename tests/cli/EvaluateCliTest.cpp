// zansai-cli evaluate CASE.json [--as-of D]: every field of the spec's assessment for 1 and 20
// debts, exact figures for the spec's own example, --as-of, and bad input (exit 2 with the field).
#include "CliRunner.h"

#include "case/CaseJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString casePath(const QString& name)
{
    return QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name;
}

CliRun evaluate(const QStringList& extra, const QString& lang = u"en"_s)
{
    return runCli(QStringList{u"--lang"_s, lang, u"evaluate"_s} + extra);
}

bool isDate(const QJsonValue& v)
{
    return v.isString() && QDate::fromString(v.toString(), Qt::ISODate).isValid() &&
           v.toString().size() == 10;
}

bool isWhole(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

bool isStringList(const QJsonValue& v)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue& s : v.toArray())
        if (!s.isString())
            return false;
    return true;
}

// Every field the spec names, with its type (docs/cli.md, "The assessment").
void expectSpecFields(const QJsonObject& o, int debts)
{
    EXPECT_TRUE(isDate(o[u"as_of"_s]));
    ASSERT_TRUE(isWhole(o[u"stage"_s]));
    EXPECT_GE(o[u"stage"_s].toInt(), 1);
    EXPECT_LE(o[u"stage"_s].toInt(), 3);

    ASSERT_TRUE(o[u"debts"_s].isArray());
    const QJsonArray ds = o[u"debts"_s].toArray();
    ASSERT_EQ(ds.size(), debts);
    for (const QJsonValue& v : ds) {
        const QJsonObject d = v.toObject();
        EXPECT_TRUE(d[u"id"_s].isString());
        EXPECT_TRUE(isWhole(d[u"principal"_s]));
        EXPECT_TRUE(isWhole(d[u"late_interest"_s]));
        ASSERT_TRUE(d[u"limitation"_s].isObject());
        const QJsonObject l = d[u"limitation"_s].toObject();
        EXPECT_TRUE(isWhole(l[u"years"_s]));
        EXPECT_TRUE(QStringList({u"old_commercial"_s, u"old_civil"_s, u"new"_s, u"judgment"_s})
                        .contains(l[u"basis"_s].toString()))
            << l[u"basis"_s].toString().toStdString();
        EXPECT_TRUE(isDate(l[u"completes_on"_s]));
        EXPECT_TRUE(l[u"completed"_s].isBool());
        EXPECT_TRUE(isStringList(l[u"notes"_s]));
        EXPECT_FALSE(l[u"notes"_s].toArray().isEmpty());
    }

    ASSERT_TRUE(o[u"deadlines"_s].isArray());
    for (const QJsonValue& v : o[u"deadlines"_s].toArray()) {
        const QJsonObject d = v.toObject();
        EXPECT_TRUE(d[u"debt"_s].isString());
        EXPECT_TRUE(QStringList({u"objection"_s, u"appeal"_s, u"hearing"_s})
                        .contains(d[u"kind"_s].toString()));
        EXPECT_TRUE(isDate(d[u"due"_s]));
    }

    ASSERT_TRUE(o[u"garnishment"_s].isObject());
    EXPECT_TRUE(isWhole(o[u"garnishment"_s].toObject()[u"monthly_seizable"_s]));

    ASSERT_TRUE(o[u"options"_s].isArray());
    QStringList kinds;
    for (const QJsonValue& v : o[u"options"_s].toArray()) {
        const QJsonObject op = v.toObject();
        kinds << op[u"kind"_s].toString();
        EXPECT_TRUE(op[u"eligible"_s].isBool());
        EXPECT_TRUE(isStringList(op[u"reasons"_s]));
        EXPECT_FALSE(op[u"reasons"_s].toArray().isEmpty())
            << op[u"kind"_s].toString().toStdString();
        EXPECT_TRUE(isWhole(op[u"monthly"_s]));
        EXPECT_TRUE(isWhole(op[u"months"_s]));
        EXPECT_TRUE(isWhole(op[u"total"_s]));
    }
    kinds.sort();
    EXPECT_EQ(kinds,
              QStringList({u"bankruptcy"_s, u"do_nothing"_s, u"installment"_s, u"limitation"_s,
                           u"lump_sum"_s, u"rehabilitation"_s, u"voluntary_arrangement"_s}));
}

// The extra fields evaluate adds beside the spec's (names fixed by toJson).
void expectExtraFields(const QJsonObject& o)
{
    EXPECT_TRUE(isWhole(o[u"total_balance"_s]));
    EXPECT_TRUE(o[u"recommended"_s].isString());
    EXPECT_TRUE(isStringList(o[u"disputed_points"_s]));
    for (const QJsonValue& v : o[u"debts"_s].toArray()) {
        const QJsonObject d = v.toObject();
        EXPECT_TRUE(d[u"creditor"_s].isString());
        EXPECT_TRUE(isWhole(d[u"balance"_s]));
        EXPECT_TRUE(isWhole(d[u"monthly_late_interest"_s]));
        EXPECT_TRUE(isWhole(d[u"stage"_s]));
        EXPECT_FALSE(d[u"next_creditor_action"_s].toString().isEmpty());
        EXPECT_TRUE(isStringList(d[u"warnings"_s]));
        const QJsonObject l = d[u"limitation"_s].toObject();
        EXPECT_TRUE(l[u"steps"_s].isArray());
        EXPECT_TRUE(isStringList(l[u"warnings"_s]));
        EXPECT_TRUE(l[u"forfeited"_s].isBool());
    }
    for (const QJsonValue& v : o[u"deadlines"_s].toArray()) {
        const QJsonObject d = v.toObject();
        EXPECT_TRUE(isWhole(d[u"days_left"_s]));
        EXPECT_FALSE(d[u"consequence"_s].toString().isEmpty());
        EXPECT_FALSE(d[u"article"_s].toString().isEmpty());
    }
    const QJsonObject g = o[u"garnishment"_s].toObject();
    for (const char* k : {"monthly_protected", "months_to_clear", "deposits_at_risk"})
        EXPECT_TRUE(isWhole(g[QString::fromUtf8(k)])) << k;
    const QJsonObject dn = o[u"do_nothing"_s].toObject();
    for (const char* k :
         {"monthly_late_interest", "balance_after_1y", "balance_after_3y", "balance_after_5y"})
        EXPECT_TRUE(isWhole(dn[QString::fromUtf8(k)])) << k;
    EXPECT_EQ(dn[u"balance_by_month"_s].toArray().size(), 121);
    for (const QJsonValue& v : o[u"options"_s].toArray()) {
        const QJsonObject op = v.toObject();
        SCOPED_TRACE(op[u"kind"_s].toString().toStdString());
        EXPECT_TRUE(isWhole(op[u"fees"_s]));
        EXPECT_TRUE(isWhole(op[u"credit_record_years"_s]));
        EXPECT_TRUE(isStringList(op[u"occupation_limits"_s]));
        EXPECT_TRUE(isStringList(op[u"assets_lost"_s]));
        EXPECT_TRUE(op[u"guarantor_effect"_s].isString());
        EXPECT_TRUE(op[u"limitation_effect"_s].isString());
        EXPECT_TRUE(isStringList(op[u"warnings"_s]));
        EXPECT_TRUE(isWhole(op[u"rank"_s]));
        EXPECT_TRUE(op[u"recommended"_s].isBool());
        EXPECT_TRUE(op[u"rank_reason"_s].isString());
    }
}

} // namespace

TEST(EvaluateCli, SpecExampleEveryFieldAndExactFigures)
{
    const auto r = evaluate({casePath(u"spec_example.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    ASSERT_TRUE(r.outIsJsonObject());
    const QJsonObject o = r.json();
    expectSpecFields(o, 1);
    expectExtraFields(o);

    EXPECT_EQ(o[u"as_of"_s].toString(), u"2026-11-22"_s);
    EXPECT_EQ(o[u"stage"_s].toInt(), 1);
    const QJsonObject d = o[u"debts"_s].toArray()[0].toObject();
    EXPECT_EQ(d[u"id"_s].toString(), u"d1"_s);
    // The 10,000 paid on 2025-01-10 all went to interest (民法489条): principal unchanged.
    EXPECT_EQ(d[u"principal"_s].toInteger(), 5'800'000);
    EXPECT_EQ(d[u"late_interest"_s].toInteger(), 2'815'314);
    EXPECT_EQ(d[u"balance"_s].toInteger(), 8'615'314);
    EXPECT_EQ(d[u"monthly_late_interest"_s].toInteger(), 66'739);
    const QJsonObject l = d[u"limitation"_s].toObject();
    EXPECT_EQ(l[u"years"_s].toInt(), 5);
    EXPECT_EQ(l[u"basis"_s].toString(), u"old_commercial"_s);
    EXPECT_EQ(l[u"completes_on"_s].toString(), u"2030-01-10"_s); // renewed by the payment (152条)
    EXPECT_FALSE(l[u"completed"_s].toBool());
    EXPECT_TRUE(o[u"deadlines"_s].toArray().isEmpty());
    EXPECT_EQ(o[u"garnishment"_s].toObject()[u"monthly_seizable"_s].toInteger(), 70'000);
    EXPECT_EQ(o[u"garnishment"_s].toObject()[u"deposits_at_risk"_s].toInteger(), 200'000);
    EXPECT_EQ(o[u"total_balance"_s].toInteger(), 8'615'314);

    // Extra fields: the do-nothing projection, 121 months, and the disputed points.
    const QJsonObject dn = o[u"do_nothing"_s].toObject();
    EXPECT_EQ(dn[u"balance_by_month"_s].toArray().size(), 121);
    EXPECT_EQ(dn[u"balance_by_month"_s].toArray()[0].toInteger(), 8'615'314);
    EXPECT_EQ(dn[u"monthly_late_interest"_s].toInteger(), 66'739);
    EXPECT_FALSE(o[u"disputed_points"_s].toArray().isEmpty());
    // One option is recommended, and it is rank 1.
    int recommended = 0;
    for (const QJsonValue& v : o[u"options"_s].toArray())
        if (v.toObject()[u"recommended"_s].toBool()) {
            ++recommended;
            EXPECT_EQ(v.toObject()[u"rank"_s].toInt(), 1);
            EXPECT_EQ(v.toObject()[u"kind"_s].toString(), o[u"recommended"_s].toString());
        }
    EXPECT_EQ(recommended, 1);
}

TEST(EvaluateCli, TwentyDebts)
{
    const auto r = evaluate({casePath(u"twenty_debts.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    expectSpecFields(o, 20);
    expectExtraFields(o);
    // Debts come out in the file's order, with the file's ids, and add up to the total.
    QFile f(casePath(u"twenty_debts.json"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray in = QJsonDocument::fromJson(f.readAll()).object()[u"debts"_s].toArray();
    const QJsonArray out = o[u"debts"_s].toArray();
    qint64 sum = 0;
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(out[i].toObject()[u"id"_s], in[i].toObject()[u"id"_s]);
        sum += out[i].toObject()[u"balance"_s].toInteger();
        EXPECT_EQ(out[i].toObject()[u"balance"_s].toInteger(),
                  out[i].toObject()[u"principal"_s].toInteger() +
                      out[i].toObject()[u"late_interest"_s].toInteger());
    }
    EXPECT_EQ(o[u"total_balance"_s].toInteger(), sum);
}

TEST(EvaluateCli, PaymentOrderDeadline)
{
    const auto r = evaluate({casePath(u"ignored_letters_payment_order.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    expectSpecFields(o, 2);
    expectExtraFields(o);
    EXPECT_EQ(o[u"stage"_s].toInt(), 2);
    const QJsonArray dl = o[u"deadlines"_s].toArray();
    ASSERT_EQ(dl.size(), 1);
    const QJsonObject d = dl[0].toObject();
    EXPECT_EQ(d[u"debt"_s].toString(), u"d1"_s);
    EXPECT_EQ(d[u"kind"_s].toString(), u"objection"_s);
    EXPECT_EQ(d[u"due"_s].toString(), u"2026-11-30"_s); // served 2026-11-16 + 2 weeks (391条)
    EXPECT_EQ(d[u"days_left"_s].toInt(), 8);
    EXPECT_FALSE(d[u"passed"_s].toBool());
    EXPECT_EQ(d[u"article"_s].toString(), u"民事訴訟法391条"_s);
    EXPECT_TRUE(d[u"consequence"_s].toString().contains(u"390条"_s));
}

TEST(EvaluateCli, AsOfOverridesTheFile)
{
    const auto r = evaluate({casePath(u"spec_example.json"_s), u"--as-of"_s, u"2025-12-31"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o[u"as_of"_s].toString(), u"2025-12-31"_s);
    // 1,310,323 − 10,000 + 2025-01-11..12-31 (355 days: 789,753)
    EXPECT_EQ(o[u"debts"_s].toArray()[0].toObject()[u"late_interest"_s].toInteger(), 2'090'076);
}

TEST(EvaluateCli, JapaneseFreeText)
{
    const auto r = evaluate({casePath(u"judgment_and_wage_seizure.json"_s)}, u"ja"_s);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o[u"stage"_s].toInt(), 3);
    const QString next =
        o[u"debts"_s].toArray()[0].toObject()[u"next_creditor_action"_s].toString();
    EXPECT_TRUE(next.contains(u"給与の差押え"_s)) << next.toStdString();
    EXPECT_TRUE(next.contains(u"75,000円"_s)) << next.toStdString();
}

// --- Bad input: exit 2, {"error", "field"} on stderr, nothing on stdout ----------------------

TEST(EvaluateCli, EveryInvalidCaseFileNamesTheReadersField)
{
    const QDir dir(casePath(u"invalid"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        QFile f(dir.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const auto expected = zansai::readCase(f.readAll());
        ASSERT_FALSE(expected.ok());
        const auto r = evaluate({dir.filePath(file)});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        const QJsonObject err = r.errJson();
        // The reader's JSON path, or the file itself when the whole file is at fault; the message
        // names the file.
        EXPECT_EQ(err[u"field"_s].toString(),
                  expected.error().field.isEmpty() ? u"CASE.json"_s : expected.error().field);
        EXPECT_TRUE(err[u"error"_s].toString().contains(dir.filePath(file))) << r.err.toStdString();
    }
}

namespace {
// In an unnamed namespace: other CLI test files have their own parameter structs.
struct EvaluateBadArgs {
    const char* name;
    QStringList args; // after "evaluate"; "@" stands for the spec example's path
    const char* field;
};
} // namespace

class EvaluateBadInput : public ::testing::TestWithParam<EvaluateBadArgs> {};

TEST_P(EvaluateBadInput, ExitTwoWithField)
{
    QStringList args;
    for (const QString& a : GetParam().args)
        args << (a == u"@"_s ? casePath(u"spec_example.json"_s) : a);
    const auto r = evaluate(args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QJsonObject err = r.errJson();
    EXPECT_EQ(err[u"field"_s].toString(), QString::fromUtf8(GetParam().field));
    EXPECT_FALSE(err[u"error"_s].toString().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Cli, EvaluateBadInput,
    ::testing::Values(
        EvaluateBadArgs{"noFile", {}, "CASE.json"},
        EvaluateBadArgs{"twoFiles", {u"@"_s, u"@"_s}, "CASE.json"},
        EvaluateBadArgs{"missingFile", {u"/nonexistent/case.json"_s}, "CASE.json"},
        EvaluateBadArgs{"impossibleAsOf", {u"@"_s, u"--as-of"_s, u"2025-02-30"_s}, "--as-of"},
        EvaluateBadArgs{"textAsOf", {u"@"_s, u"--as-of"_s, u"tomorrow"_s}, "--as-of"},
        // Before the debt's accelerated_on (2023-06-01): the case is not valid on that day.
        EvaluateBadArgs{
            "asOfBeforeAcceleration", {u"@"_s, u"--as-of"_s, u"2023-01-01"_s}, "--as-of"},
        // After the acceleration but before the 2025-01-10 payment event.
        EvaluateBadArgs{"asOfBeforeAnEvent", {u"@"_s, u"--as-of"_s, u"2024-12-31"_s}, "--as-of"},
        EvaluateBadArgs{"unknownOption", {u"@"_s, u"--as-at"_s, u"2025-01-01"_s}, "--as-at"}),
    [](const ::testing::TestParamInfo<EvaluateBadArgs>& i) { return std::string(i.param.name); });

TEST(EvaluateCli, AsOfBeforeAccelerationNamesTheDebtField)
{
    const auto r = evaluate({casePath(u"spec_example.json"_s), u"--as-of"_s, u"2023-01-01"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errJson()[u"error"_s].toString().contains(u"debts[0].accelerated_on"_s))
        << r.err.toStdString();
}

TEST(EvaluateCli, NotJson)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"broken.json"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"zansai-case/1\", ");
    f.close();
    const auto r = evaluate({path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    // The file as a whole is at fault: the field names it, and so does the message.
    EXPECT_EQ(r.errJson()[u"field"_s].toString(), u"CASE.json"_s);
    EXPECT_TRUE(r.errJson()[u"error"_s].toString().contains(path)) << r.err.toStdString();
}

// The seed cases' outcomes (docs/legal-rules.md §13.11) through the real binary: 事例1 the
// servicer's lump sum, 事例2 and 事例3 the installment (docs/option-ranking.md; figures checked in
// tests/core/advice/SeedCasesTest.cpp).
TEST(EvaluateCli, SeedsRecommendWhatTheConsultantsDid)
{
    const struct {
        const char* file;
        const char* kind;
        qint64 monthly, months;
    } seeds[] = {{"seed1_servicer_lump_sum.json", "lump_sum", 0, 0},
                 {"seed2_installment_self_employed.json", "installment", 10'000, 1'022},
                 {"seed3_pensioner_jhf.json", "installment", 5'000, 882}};
    for (const auto& s : seeds) {
        SCOPED_TRACE(s.file);
        const auto r = evaluate({casePath(QString::fromUtf8(s.file))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(o[u"recommended"_s].toString(), QString::fromUtf8(s.kind));
        const QJsonObject first = o[u"options"_s].toArray()[0].toObject();
        EXPECT_EQ(first[u"kind"_s].toString(), QString::fromUtf8(s.kind));
        EXPECT_EQ(first[u"monthly"_s].toInteger(), s.monthly);
        EXPECT_EQ(first[u"months"_s].toInteger(), s.months);
    }
}
