// Every older schema version, with data in it, opens with the current code and keeps its data.
#include "StoreTestUtil.h"

#include "store/Migrations.h"

#include <QSqlError>

using namespace zansai;
using namespace zansai::storetest;

namespace {

// The data a store at `version` could hold, written with that version's schema. A new migration
// must add its version here (the test below fails until it does).
struct Seed {
    int version;
    QStringList sql;
};

const Case& caseAOld()
{
    static const Case c = [] {
        Case old = caseA();
        old.notes = QStringLiteral("初回面談");
        return old;
    }();
    return c;
}
const Case& caseB()
{
    static const Case c = makeCase(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                                   {{QStringLiteral("さくらカード株式会社"), 420000}});
    return c;
}

QString doc(const Case& c)
{
    return quoted(QString::fromUtf8(writeCaseBytes(c)));
}

// Version 1: cases (A at revision 2, B in the trash) and their debts. The derived columns hold
// what version 1 wrote; from version 3 on they are re-derived.
QStringList seedV1()
{
    return {
        QStringLiteral("INSERT INTO cases (id, revision, created_at, updated_at, deleted_at, "
                       "client_name, client_kana, sort_key, consultant, creditors, "
                       "total_principal) VALUES (7, 2, 1700000000000, 1700000600000, NULL, "
                       "'山田 太郎', 'ヤマダ タロウ', 'やまだたろう', '', '○○債権回収株式会社', "
                       "5800000)"),
        QStringLiteral("INSERT INTO case_documents VALUES (7, %1)").arg(doc(caseA())),
        QStringLiteral("INSERT INTO cases (id, revision, created_at, updated_at, deleted_at, "
                       "client_name, client_kana, sort_key, consultant, creditors, "
                       "total_principal) VALUES (9, 1, 1700001000000, 1700001000000, "
                       "1700002000000, '佐藤 花子', 'さとう はなこ', 'さとうはなこ', '', "
                       "'さくらカード株式会社', 420000)"),
        QStringLiteral("INSERT INTO case_documents VALUES (9, %1)").arg(doc(caseB())),
        QStringLiteral("INSERT INTO debts VALUES (7, 0, 'd1', '○○債権回収株式会社', "
                       "'housing_loan', 'bank', 5800000)"),
        QStringLiteral("INSERT INTO debts VALUES (9, 0, 'd1', 'さくらカード株式会社', "
                       "'housing_loan', 'bank', 420000)"),
        QStringLiteral("INSERT INTO meta VALUES ('derived_version', '1')"),
    };
}

QList<Seed> seeds()
{
    QStringList v2 = seedV1();
    v2 << QStringLiteral("INSERT INTO case_versions VALUES (7, 1, 1700000000000, %1)")
              .arg(doc(caseAOld()));
    // Version 3: the same rows, its derived search rows not yet made (rebuilt on open).
    QStringList v3;
    for (const QString& sql : v2)
        if (!sql.contains(QStringLiteral("derived_version")))
            v3 << sql;
    // Version 4: the same, and `imported_cases` as `zansai-cli migrate` made it before it was
    // migration 005 (005 keeps it and its row).
    QStringList v4 = v3;
    v4 << QStringLiteral("CREATE TABLE imported_cases (source_key TEXT PRIMARY KEY, case_id BIGINT "
                         "NOT NULL REFERENCES cases (id) ON DELETE CASCADE)")
       << QStringLiteral("INSERT INTO imported_cases VALUES ('laptop.sqlite#7', 7)");
    return {{0, {}}, {1, seedV1()}, {2, v2}, {3, v3}, {4, v4}};
}

class MigrationTest : public ::testing::TestWithParam<int> {};

TEST(Migrations, FilesAreNumberedAndTheChainIsReal)
{
    auto list = store::migrations();
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_GE(list->size(), 3);
    for (qsizetype i = 0; i < list->size(); ++i)
        EXPECT_EQ(list->at(i).version, i + 1);
    EXPECT_EQ(list->at(0).fileName, QStringLiteral("001_initial.sql"));
    EXPECT_EQ(store::latestSchemaVersion(), int(list->size()));
    // Every older version has sample data here.
    QList<int> seeded;
    for (const Seed& s : seeds())
        seeded.append(s.version);
    for (int v = 0; v < store::latestSchemaVersion(); ++v)
        EXPECT_TRUE(seeded.contains(v)) << "add a seed for schema version " << v;
}

TEST_P(MigrationTest, DataSurvivesTheUpgrade)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        RawDb raw(path);
        ASSERT_TRUE(raw.ok());
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Version 0 is a blank SQLite file (one page, no table); a 0-byte file is never taken
        // for a store (StoreDamage.AnEmptyFileIsNeverUsedAsAStore).
        raw.exec(QStringLiteral("PRAGMA user_version = 0"));
        auto s = store::migrate(raw.db(), from);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), from);
        for (const Seed& seed : seeds()) {
            if (seed.version == from) {
                for (const QString& sql : seed.sql)
                    ASSERT_TRUE(raw.exec(sql));
            }
        }
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
    auto store = openStore(path, clock);
    ASSERT_TRUE(store);
    {
        RawDb raw(path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                  store::latestSchemaVersion());
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
        EXPECT_EQ(
            raw.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        // 005: every store has the table `zansai-cli migrate` resumes from; a store where migrate
        // had made it keeps its row.
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM imported_cases")).toInt(),
                  from == 4 ? 1 : 0);
    }
    if (from == 0) {
        EXPECT_EQ(*store->count(QString()), 0);
        return;
    }
    auto a = store->load(7);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    EXPECT_EQ(a->revision, 2);
    EXPECT_TRUE(a->data == roundTripped(caseA()));
    EXPECT_EQ(a->createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000));
    EXPECT_EQ(a->updatedAt, QDateTime::fromMSecsSinceEpoch(1700000600000));
    auto b = store->load(9);
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(b->inTrash);
    EXPECT_TRUE(b->data == roundTripped(caseB()));
    // List and search work on the old data (re-derived: the katakana reading is found as hiragana).
    EXPECT_EQ(*store->count(QString()), 1);
    EXPECT_EQ(*store->count(QString(), true), 1);
    EXPECT_EQ(*store->count(QStringLiteral("やまだ")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("山田")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("督促状")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("さくらカード"), true), 1);
    // History: version 2 stores kept the replaced version; version 1 stores had none.
    auto h = store->history(7);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->size(), from >= 2 ? 2 : 1);
    if (from >= 2) {
        EXPECT_TRUE(*store->loadVersion(7, 1) == roundTripped(caseAOld()));
    }
    // And the upgraded store takes new saves with their history.
    Case edited = a->data;
    edited.notes = QStringLiteral("移行後の編集");
    auto r = store->save(7, edited, 2);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(*r, 3);
    EXPECT_EQ(store->history(7)->size(), from >= 2 ? 3 : 2);
    EXPECT_EQ(*store->count(QStringLiteral("移行後")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("督促状")), 0);
}

INSTANTIATE_TEST_SUITE_P(FromEveryOlderVersion, MigrationTest, ::testing::Values(0, 1, 2, 3, 4),
                         [](const auto& info) { return "v" + std::to_string(info.param); });

TEST(Migrations, ANewerStoreIsRefusedUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        RawDb raw(path);
        ASSERT_TRUE(store::migrate(raw.db()).ok());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(store::latestSchemaVersion() + 1));
    }
    const QByteArray before = fileBytes(path);
    auto s = CaseStore::open(path);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldDb));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(Migrations, AStepInterruptedByAnotherProcessIsNotRunTwice)
{
    // Two stores opening one new file: the second finds the schema already there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    auto a = openStore(path);
    auto b = openStore(path);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(a->create(caseA()).ok());
    EXPECT_EQ(*b->count(QStringLiteral("山田")), 1);
}

struct SplitCase {
    const char* sql;
    QStringList expected;
};

TEST(Migrations, SplitsStatementsLikeSqlite)
{
    const QList<SplitCase> cases{
        {"CREATE TABLE a (x); CREATE TABLE b (y);",
         {QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y);")}},
        {"-- a comment; with a semicolon\nINSERT INTO a VALUES ('x;y'); /* ; */ SELECT 1;",
         {QStringLiteral("INSERT INTO a VALUES ('x;y');"), QStringLiteral("SELECT 1;")}},
        {"INSERT INTO a VALUES ('it''s; fine');",
         {QStringLiteral("INSERT INTO a VALUES ('it''s; fine');")}},
        {"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  DELETE FROM "
         "b;\nEND;\n"
         "CREATE TABLE \"c;d\" (x);",
         {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  "
                         "DELETE FROM b;\nEND;"),
          QStringLiteral("CREATE TABLE \"c;d\" (x);")}},
        {"create temp trigger t after delete on a begin select 1; end ;",
         {QStringLiteral("create temp trigger t after delete on a begin select 1; end ;")}},
        {";;  \n", {}},
        {"SELECT 1", {QStringLiteral("SELECT 1")}},
    };
    for (const SplitCase& c : cases)
        EXPECT_EQ(store::splitSqlStatements(QString::fromUtf8(c.sql)), c.expected) << c.sql;
}

} // namespace
