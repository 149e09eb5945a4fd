// zansai-cli list, deadlines and ics (docs/cli.md, spec revision 2) as other tools use them: the
// real binary on a real SQLite store of three imported cases.
//
// The store (imported in this order, so these are the case ids):
//   1 青山 花子  tests/data/calendar/five_dates.json (dates worked out in
//                tests/core/calendar/CaseDatesTest.cpp): objection 2026-12-08, appeal 2026-12-09,
//                hearing 2027-01-12, limitation 2027-05-10
//   2 井上 直樹  tests/data/cases/ignored_letters_payment_order.json: 支払督促 served 2026-11-16,
//                + 14 days (民訴95条, first day not counted) = objection 2026-11-30 (Mon);
//                ミライカード accelerated 2023-02-01, 5 y from 2023-02-02 = limitation 2028-02-01
//   3 松本 健一  tests/data/cases/seed1_servicer_lump_sum.json: limitation 2029-02-20
// As of 2026-11-26: within 30 days (to 2026-12-26) case 2's objection (4 days left), case 1's
// objection (12) and appeal (13); within 60 (to 2027-01-25) also case 1's hearing (47 days).
#include "CliRunner.h"

#include "store/CaseStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

const QString kAsOf = u"2026-11-26"_s;

QString dataFile(const char* path)
{
    return QStringLiteral(ZANSAI_TEST_DATA "/") + QString::fromLatin1(path);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text with RFC 5545 line folding undone, as a calendar reads it.
QString unfolded(const QByteArray& bytes)
{
    QByteArray b = bytes;
    b.replace("\r\n ", "").replace("\r\n\t", "");
    return QString::fromUtf8(b);
}

QStringList dtstarts(const QString& ics)
{
    QStringList out;
    for (const QString& line : ics.split(u"\r\n"_s))
        if (line.startsWith(u"DTSTART"_s))
            out << line.section(u':', 1);
    return out;
}

class DatesCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        qunsetenv("ZANSAI_PASSPHRASE");
        db = tmp.filePath(u"cases.sqlite"_s);
        for (const char* f :
             {"calendar/five_dates.json", "cases/ignored_letters_payment_order.json",
              "cases/seed1_servicer_lump_sum.json"}) {
            const auto r = runCli({u"import"_s, dataFile(f), u"--db"_s, db});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }
    QList<qint64> listIds(const QStringList& extra, int* total = nullptr) const
    {
        const auto r = runCli(QStringList{u"list"_s, u"--db"_s, db} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QList<qint64> ids;
        for (const QJsonValue v : r.json().value(u"cases"_s).toArray())
            ids << v.toObject().value(u"case_id"_s).toInteger();
        if (total)
            *total = r.json().value(u"total"_s).toInt(-1);
        return ids;
    }
    QTemporaryDir tmp;
    QString db;
};

} // namespace

TEST_F(DatesCli, ListNewestFirstWithTheSpecsKeys)
{
    const auto r = runCli({u"list"_s, u"--db"_s, db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray cases = r.json().value(u"cases"_s).toArray();
    ASSERT_EQ(cases.size(), 3);
    EXPECT_EQ(r.json().value(u"total"_s).toInt(), 3);
    const QJsonObject newest = cases[0].toObject();
    EXPECT_EQ(newest.value(u"case_id"_s).toInteger(), 3);
    EXPECT_EQ(newest.value(u"client"_s).toString(), u"松本 健一"_s);
    const QDateTime saved =
        QDateTime::fromString(newest.value(u"saved_at"_s).toString(), Qt::ISODate);
    EXPECT_TRUE(saved.isValid());
    EXPECT_EQ(saved.timeSpec(), Qt::UTC);
    EXPECT_EQ(cases[2].toObject().value(u"client"_s).toString(), u"青山 花子"_s);
}

TEST_F(DatesCli, ListSearchesOneOrMoreCharactersOfNameKanaCreditorOrNotes)
{
    struct Row {
        const char* text;
        QList<qint64> ids;
    };
    const Row rows[] = {
        {"花", {1}},       // one character of the name 青山 花子
        {"ナオキ", {2}},   // the kana of 井上 直樹
        {"サクラ", {1}},   // a creditor: 株式会社サクラカード
        {"暦", {1}},       // one character of the notes only
        {"健一", {3}},     // two characters
        {"存在しない", {}} // nothing
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.text);
        int total = -1;
        EXPECT_EQ(listIds({u"--search"_s, QString::fromUtf8(row.text)}, &total), row.ids);
        EXPECT_EQ(total, row.ids.size());
    }
}

TEST_F(DatesCli, ListLimitKeepsTheTotal)
{
    int total = -1;
    EXPECT_EQ(listIds({u"--limit"_s, u"2"_s}, &total), (QList<qint64>{3, 2}));
    EXPECT_EQ(total, 3);
}

TEST_F(DatesCli, DeadlinesAcrossCasesWithinDaysSoonestFirst)
{
    struct Expected {
        qint64 caseId;
        const char* client;
        const char* kind;
        const char* due;
    };
    const Expected within30[] = {{2, "井上 直樹", "objection", "2026-11-30"},
                                 {1, "青山 花子", "objection", "2026-12-08"},
                                 {1, "青山 花子", "appeal", "2026-12-09"}};
    for (const int within : {30, 60}) {
        SCOPED_TRACE(within);
        const auto r = runCli({u"deadlines"_s, u"--db"_s, db, u"--within"_s,
                               QString::number(within), u"--as-of"_s, kAsOf});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray list = r.json().value(u"deadlines"_s).toArray();
        ASSERT_EQ(list.size(), within == 30 ? 3 : 4);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject d = list[i].toObject();
            EXPECT_EQ(d.value(u"case_id"_s).toInteger(), within30[i].caseId);
            EXPECT_EQ(d.value(u"client"_s).toString(), QString::fromUtf8(within30[i].client));
            EXPECT_EQ(d.value(u"kind"_s).toString(), QString::fromLatin1(within30[i].kind));
            EXPECT_EQ(d.value(u"due"_s).toString(), QString::fromLatin1(within30[i].due));
        }
        if (within == 60) {
            EXPECT_EQ(list[3].toObject().value(u"kind"_s).toString(), u"hearing"_s);
            EXPECT_EQ(list[3].toObject().value(u"due"_s).toString(), u"2027-01-12"_s);
            EXPECT_EQ(list[3].toObject().value(u"days_left"_s).toInt(), 47); // 4 + 31 + 12
        }
    }
    // Ten years ahead: the limitation dates too, still soonest first.
    const auto all =
        runCli({u"deadlines"_s, u"--db"_s, db, u"--within"_s, u"3650"_s, u"--as-of"_s, kAsOf});
    ASSERT_EQ(all.exitCode, 0);
    QStringList seen;
    for (const QJsonValue v : all.json().value(u"deadlines"_s).toArray())
        seen << v.toObject().value(u"kind"_s).toString() + u' ' +
                    v.toObject().value(u"due"_s).toString();
    EXPECT_EQ(seen, (QStringList{u"objection 2026-11-30"_s, u"objection 2026-12-08"_s,
                                 u"appeal 2026-12-09"_s, u"hearing 2027-01-12"_s,
                                 u"limitation 2027-05-10"_s, u"limitation 2028-02-01"_s,
                                 u"limitation 2029-02-20"_s}));
    // Nothing falls on the day itself.
    const auto none =
        runCli({u"deadlines"_s, u"--db"_s, db, u"--within"_s, u"0"_s, u"--as-of"_s, kAsOf});
    ASSERT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.json().value(u"deadlines"_s).toArray().isEmpty());
}

TEST_F(DatesCli, IcsOfEveryStoredCaseNamesNoClientByDefault)
{
    const QString out = tmp.filePath(u"all.ics"_s);
    const auto r = runCli({u"ics"_s, u"--db"_s, db, u"-o"_s, out, u"--as-of"_s, kAsOf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(u"events"_s).toInt(), 7);
    EXPECT_EQ(r.json().value(u"path"_s).toString(), out);
    const QByteArray bytes = readAll(out);
    EXPECT_EQ(bytes.count("BEGIN:VEVENT"), 7);
    EXPECT_EQ(bytes.count("BEGIN:VALARM"), 7);
    // By case id, then soonest first within the case.
    EXPECT_EQ(dtstarts(QString::fromUtf8(bytes)),
              (QStringList{u"20261208"_s, u"20261209"_s, u"20270112"_s, u"20270510"_s,
                           u"20261130"_s, u"20280201"_s, u"20290220"_s}));
    EXPECT_EQ(QFile(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QString text = unfolded(bytes);
    for (const QString& name : {u"青山"_s, u"花子"_s, u"井上"_s, u"直樹"_s, u"松本"_s, u"健一"_s})
        EXPECT_FALSE(text.contains(name)) << name.toStdString();

    // --name full: the consultant chose to name them; one case only with --case.
    const auto named = runCli({u"ics"_s, u"--db"_s, db, u"--case"_s, u"2"_s, u"-o"_s, out,
                               u"--as-of"_s, kAsOf, u"--name"_s, u"full"_s});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_EQ(named.json().value(u"events"_s).toInt(), 2);
    EXPECT_TRUE(unfolded(readAll(out)).contains(u"井上 直樹"_s));
}

TEST_F(DatesCli, IcsOfACaseFileInEitherLanguage)
{
    const QString out = tmp.filePath(u"case.ics"_s);
    // The file as of its own date (2026-12-01): its four dates.
    const auto en = runCli({u"--lang"_s, u"en"_s, u"ics"_s, dataFile("calendar/five_dates.json"),
                            u"-o"_s, out, u"--alarm-days"_s, u"5"_s});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    EXPECT_EQ(en.json().value(u"events"_s).toInt(), 4);
    const QString english = unfolded(readAll(out));
    EXPECT_TRUE(english.contains(u"TRIGGER:-P5D"_s));
    EXPECT_TRUE(english.contains(u"Last day to object (督促異議)"_s));
    EXPECT_TRUE(english.contains(u"From this day the creditor can apply"_s));

    const auto ja = runCli(
        {u"--lang"_s, u"ja"_s, u"ics"_s, dataFile("calendar/five_dates.json"), u"-o"_s, out});
    ASSERT_EQ(ja.exitCode, 0) << ja.err.toStdString();
    const QString japanese = unfolded(readAll(out));
    EXPECT_TRUE(japanese.contains(u"TRIGGER:-P3D"_s));
    // What to do is the assessment's own text, narrated in Japanese.
    EXPECT_FALSE(japanese.contains(u"From this day the creditor can apply"_s));
    EXPECT_TRUE(japanese.contains(u"督促異議"_s));
    EXPECT_EQ(dtstarts(japanese), dtstarts(english));
}

TEST_F(DatesCli, BadInputExitsTwoNamingTheFieldAndWritesNothing)
{
    const QString out = tmp.filePath(u"never.ics"_s);
    const QByteArray storeBefore = readAll(db);
    struct Bad {
        QStringList args;
        const char* field;
    };
    const Bad bad[] = {
        {{u"list"_s, u"--db"_s, db, u"--limit"_s, u"0"_s}, "--limit"},
        {{u"list"_s, u"--db"_s, db, u"--search"_s, u""_s}, "--search"},
        {{u"list"_s, u"--db"_s, tmp.filePath(u"none.sqlite"_s)}, "--db"},
        {{u"list"_s, u"--db"_s, db, u"--sort"_s, u"name"_s}, "--sort"},
        {{u"deadlines"_s, u"--db"_s, db, u"--within"_s, u"x"_s}, "--within"},
        {{u"deadlines"_s, u"--db"_s, db, u"--within"_s, u"-1"_s}, "--within"},
        {{u"deadlines"_s, u"--db"_s, db, u"--as-of"_s, u"2026-13-01"_s}, "--as-of"},
        {{u"ics"_s, u"--db"_s, db}, "-o"},
        {{u"ics"_s, u"--db"_s, db, u"-o"_s, out, u"--name"_s, u"surname"_s}, "--name"},
        {{u"ics"_s, u"--db"_s, db, u"-o"_s, out, u"--alarm-days"_s, u"61"_s}, "--alarm-days"},
        {{u"ics"_s, u"--db"_s, db, u"-o"_s, out, u"--case"_s, u"99"_s}, "--case"},
        {{u"ics"_s, u"--db"_s, db, u"-o"_s, db}, "-o"}, // never over the store
        {{u"ics"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"-o"_s, db}, "-o"},
    };
    for (const Bad& b : bad) {
        SCOPED_TRACE(b.args.join(u' ').toStdString());
        const auto r = runCli(b.args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(r.errJson().value(u"field"_s).toString(), QString::fromLatin1(b.field))
            << r.err.toStdString();
        EXPECT_FALSE(r.errJson().value(u"error"_s).toString().isEmpty());
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(tmp.filePath(u"none.sqlite"_s)));
    EXPECT_EQ(readAll(db), storeBefore);

    // The case file itself is never replaced either.
    const QString copy = tmp.filePath(u"case.json"_s);
    ASSERT_TRUE(QFile::copy(dataFile("calendar/five_dates.json"), copy));
    const auto overFile = runCli({u"ics"_s, copy, u"-o"_s, copy});
    EXPECT_EQ(overFile.exitCode, 2);
    EXPECT_EQ(overFile.errJson().value(u"field"_s).toString(), u"-o"_s);
    EXPECT_EQ(readAll(copy), readAll(dataFile("calendar/five_dates.json")));
}

TEST_F(DatesCli, AnEncryptedStoreTakesItsPassphraseFromTheEnvironment)
{
    const QString pass = u"暦の合言葉 calendar"_s;
    store::crypto::setKdfLimitsForNewStores({1, 8192}); // fast for the test, kept in the file
    const auto done = CaseStore::encrypt(db, pass);
    store::crypto::setKdfLimitsForNewStores({});
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();

    const QString out = tmp.filePath(u"enc.ics"_s);
    const QList<QStringList> runs = {
        {u"list"_s, u"--db"_s, db, u"--search"_s, u"花"_s},
        {u"deadlines"_s, u"--db"_s, db, u"--as-of"_s, kAsOf},
        {u"ics"_s, u"--db"_s, db, u"-o"_s, out, u"--as-of"_s, kAsOf},
    };
    for (const QStringList& args : runs) {
        const auto locked = runCli(args);
        EXPECT_EQ(locked.exitCode, 2) << args.first().toStdString();
        EXPECT_EQ(locked.errJson().value(u"field"_s).toString(), u"passphrase"_s);
    }
    EXPECT_FALSE(QFile::exists(out));

    qputenv("ZANSAI_PASSPHRASE", pass.toUtf8());
    const auto list = runCli(runs[0]);
    const auto deadlines = runCli(runs[1]);
    const auto ics = runCli(runs[2]);
    qunsetenv("ZANSAI_PASSPHRASE");
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().value(u"total"_s).toInt(), 1);
    EXPECT_EQ(list.json().value(u"cases"_s).toArray()[0].toObject().value(u"client"_s).toString(),
              u"青山 花子"_s);
    ASSERT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();
    EXPECT_EQ(deadlines.json().value(u"deadlines"_s).toArray().size(), 3);
    ASSERT_EQ(ics.exitCode, 0) << ics.err.toStdString();
    EXPECT_EQ(ics.json().value(u"events"_s).toInt(), 7);
}
