// A firm store on PostgreSQL made by an older version opens with the current code: every later
// numbered step runs once, and the data written at the older version is still there, found and
// listed. Like MigrationTest.cpp for SQLite, with a server (PgTestUtil.h).
#include "PgTestUtil.h"
#include "StoreTestUtil.h"

#include "store/CaseStore.h"
#include "store/CaseStoreImport.h"
#include "store/Migrations.h"

using namespace zansai;
using namespace zansai::storetest;

namespace {

const Case& caseB()
{
    static const Case c = makeCase(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                                   {{QStringLiteral("さくらカード株式会社"), 420000}});
    return c;
}

struct From {
    int version;       // the schema the store was left at
    bool madeImported; // imported_cases made before 005, as `migrate` and firm-init did
};

std::string fromName(const ::testing::TestParamInfo<From>& info)
{
    return "v" + std::to_string(info.param.version) +
           (info.param.madeImported ? "_with_imported_cases" : "");
}

class PostgresMigration : public ::testing::TestWithParam<From> {
protected:
    void SetUp() override
    {
        ZANSAI_SKIP_WITHOUT_POSTGRES();
        ASSERT_TRUE(where.make(Backend::Postgres, dir));
    }
    QTemporaryDir dir;
    TestLocation where;
};

// Case 7 (revision 2, one earlier version) and case 9 (in the trash since 1700002000000), written
// with the rows the schema of version 4 has. The derived rows are left to the rebuild on open
// (no meta.derived_version), as after 003.
QStringList seedV4()
{
    const QString a = quoted(QString::fromUtf8(writeCaseBytes(caseA())));
    const QString b = quoted(QString::fromUtf8(writeCaseBytes(caseB())));
    return {
        QStringLiteral("INSERT INTO cases (id, revision, created_at, updated_at, deleted_at) "
                       "VALUES (7, 2, 1700000000000, 1700000600000, NULL), "
                       "(9, 1, 1700001000000, 1700001000000, 1700002000000)"),
        QStringLiteral("INSERT INTO case_documents VALUES (7, %1), (9, %2)").arg(a, b),
        QStringLiteral("INSERT INTO case_versions VALUES (7, 1, 1700000000000, %1)").arg(a),
        // The identity sequence as a store that made cases 1–9 leaves it.
        QStringLiteral("SELECT setval('cases_id_seq', 9)"),
    };
}

TEST_P(PostgresMigration, AnOlderStoreTakesEveryLaterStepOnceAndKeepsItsData)
{
    const From from = GetParam();
    {
        RawPg raw(where.database);
        auto s = store::migrateServer(raw.db(), from.version);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        ASSERT_EQ(raw.scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
                  from.version);
        for (const QString& sql : seedV4())
            ASSERT_TRUE(raw.exec(sql));
        if (from.madeImported) { // word for word what importCase and firm-init ran before 005
            ASSERT_TRUE(raw.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS imported_cases (source_key TEXT PRIMARY KEY, case_id "
                "BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE)")));
            ASSERT_TRUE(raw.exec(
                QStringLiteral("INSERT INTO imported_cases VALUES ('laptop.sqlite#7', 7)")));
        }
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
    auto store = openStore(where.location, clock);
    ASSERT_TRUE(store);

    // Every later step once, in order, each recorded.
    const auto steps = store::serverMigrations();
    ASSERT_TRUE(steps.ok());
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
              int(steps->size()));
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT file FROM schema_version WHERE version = 5"))
                  .toString(),
              QStringLiteral("005_imported_cases.sql"));
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM imported_cases")).toInt(),
              from.madeImported ? 1 : 0);
    // A consultant may record what they move in (firm-init granted it before 005).
    EXPECT_TRUE(where
                    .scalar(QStringLiteral("SELECT has_table_privilege('zansai_consultant', "
                                           "'imported_cases', 'INSERT')"))
                    .toBool());

    // The data: loaded, listed, found, sorted; the trash and its time kept.
    auto a = store->load(7);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    EXPECT_EQ(a->revision, 2);
    EXPECT_TRUE(a->data == roundTripped(caseA()));
    EXPECT_EQ(store->history(7)->size(), 2);
    auto b = store->load(9);
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(b->inTrash);
    EXPECT_EQ(b->trashedAt, QDateTime::fromMSecsSinceEpoch(1700002000000));
    EXPECT_EQ(*store->count(QString()), 1);
    EXPECT_EQ(*store->count(QString(), true), 1);
    EXPECT_EQ(*store->count(QStringLiteral("やまだ")), 1); // the katakana reading, as hiragana
    EXPECT_EQ(*store->count(QStringLiteral("山田")), 1);
    EXPECT_EQ(*store->count(QStringLiteral("さくらカード"), true), 1);
    auto page = store->list(QString(), CaseSort::NameAsc, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first().clientName, QStringLiteral("山田 太郎"));

    // Moving a case in works, and resumes: a key already there writes nothing.
    ImportedCase in;
    in.key = QStringLiteral("laptop.sqlite#3");
    in.versions = {ImportedVersion{QDateTime::fromMSecsSinceEpoch(1690000000000), caseB()}};
    in.inTrash = true;
    in.trashedAt = QDateTime::fromMSecsSinceEpoch(1690000500000);
    auto copied = store->importCase(in);
    ASSERT_TRUE(copied.ok()) << copied.error().message.toStdString();
    EXPECT_FALSE(copied->alreadyThere);
    EXPECT_EQ(copied->id, 10); // after the old store's 9
    EXPECT_EQ(store->load(10)->trashedAt, in.trashedAt);
    auto again = store->importCase(in);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyThere);
    EXPECT_EQ(again->id, 10);
    if (from.madeImported) {
        in.key = QStringLiteral("laptop.sqlite#7");
        auto old = store->importCase(in);
        ASSERT_TRUE(old.ok());
        EXPECT_TRUE(old->alreadyThere);
        EXPECT_EQ(old->id, 7);
    }
    EXPECT_EQ(*store->count(QString(), true), 2);
    // 006's counts were taken from the old rows and kept by its triggers since: exact.
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT n FROM case_counts WHERE NOT in_trash")).toInt(),
              where.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE deleted_at IS NULL"))
                  .toInt());
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT n FROM case_counts WHERE in_trash")).toInt(), 2);

    // Opening again applies nothing twice.
    store.reset();
    ASSERT_TRUE(openStore(where.location, clock));
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
              int(steps->size()));
}

INSTANTIATE_TEST_SUITE_P(FromOlderVersions, PostgresMigration,
                         ::testing::Values(From{4, false}, From{4, true}, From{5, false}),
                         fromName);

} // namespace
