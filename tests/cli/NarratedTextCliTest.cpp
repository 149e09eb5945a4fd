// The narrated text of `evaluate` (reasons, warnings, notes, next steps…) speaks to people: a
// Japanese sentence carries 和暦, never an ISO date, and no sentence names a debt by its internal
// id. The contract's own fields keep their forms: dates ISO ("due", "as_of"), ids ("id",
// "debts[]").
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Every string of the JSON that is a sentence: not a bare ISO date, not a bare id.
void sentences(const QJsonValue& v, QStringList& out)
{
    static const QRegularExpression bareDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression bareId(u"^d\\d+$"_s);
    if (v.isObject()) {
        for (const QJsonValue& x : v.toObject())
            sentences(x, out);
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            sentences(x, out);
    } else if (v.isString()) {
        const QString s = v.toString();
        if (!bareDate.match(s).hasMatch() && !bareId.match(s).hasMatch())
            out << s;
    }
}

// The twenty-debt case cut to its first twelve debts (d1 … d12), written to `dir`.
QString twelveDebts(const QTemporaryDir& dir)
{
    QFile in(QStringLiteral(ZANSAI_TEST_DATA "/cases/twenty_debts.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject c = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray debts = c[u"debts"_s].toArray();
    while (debts.size() > 12)
        debts.removeLast();
    c[u"debts"_s] = debts;
    const QString path = dir.filePath(u"twelve.json"_s);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(c).toJson());
    return path;
}

} // namespace

TEST(NarratedTextCli, NoInternalIdInAnySentenceOfTwelveDebts)
{
    QTemporaryDir dir;
    const QString path = twelveDebts(dir);
    static const QRegularExpression id(u"\\bd\\d+\\b"_s);
    for (const QString lang : {u"ja"_s, u"en"_s}) {
        const auto r = runCli({u"--lang"_s, lang, u"evaluate"_s, path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList text;
        sentences(r.json(), text);
        ASSERT_GT(text.size(), 100) << lang.toStdString(); // the check is not vacuous
        for (const QString& s : text)
            EXPECT_FALSE(id.match(s).hasMatch()) << lang.toStdString() << ": " << s.toStdString();
        // The ids stay where the contract keeps them.
        EXPECT_EQ(r.json()[u"debts"_s].toArray()[11].toObject()[u"id"_s].toString(), u"d12"_s);
    }
}

TEST(NarratedTextCli, JapaneseSentencesCarryWarekiNotIsoDates)
{
    QTemporaryDir dir;
    const QString path = twelveDebts(dir);
    const auto r = runCli({u"--lang"_s, u"ja"_s, u"evaluate"_s, path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList text;
    sentences(r.json(), text);
    static const QRegularExpression iso(u"\\d{4}-\\d{2}-\\d{2}"_s);
    for (const QString& s : text)
        EXPECT_FALSE(iso.match(s).hasMatch()) << s.toStdString();
    // d1 (みどり銀行): accelerated 2023-01-10 → 令和5年 (2023 − 2018); its limitation note says so.
    EXPECT_TRUE(text.join(u'\n').contains(u"令和5年1月10日"_s));
    // The JSON dates stay ISO (the contract): as_of 2026-11-22.
    EXPECT_EQ(r.json()[u"as_of"_s].toString(), u"2026-11-22"_s);
}

TEST(NarratedTextCli, TheFinalTitleSentenceNamesTheSeizableWagesOnce)
{
    // twenty_debts.json holds a final judgment: its stage sentence carries the seizable wages as
    // one argument, already worded 「月約…」 / "about … a month" (Escalation.cpp); the sentence
    // must not wrap it again (it read 「月約月約82,500円」 / "about about ¥82,500 a month a
    // month").
    const QString path = QStringLiteral(ZANSAI_TEST_DATA "/cases/twenty_debts.json");
    for (const QString lang : {u"ja"_s, u"en"_s}) {
        const auto r = runCli({u"--lang"_s, lang, u"evaluate"_s, path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList text;
        sentences(r.json(), text);
        const QString all = text.join(u'\n');
        EXPECT_TRUE(
            all.contains(lang == u"ja"_s ? u"債務名義があります"_s : u"A 債務名義 exists"_s))
            << lang.toStdString(); // the sentence is there to be checked
        EXPECT_FALSE(all.contains(u"月約月約"_s));
        EXPECT_FALSE(all.contains(u"about about"_s));
        EXPECT_FALSE(all.contains(u"a month a month"_s));
    }
}
