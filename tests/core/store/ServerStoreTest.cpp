// What only a firm store on PostgreSQL has or does: its address, two consultants on one case
// (two real connections, and two threads saving at once), the audit trail, the consultant role
// and its row-level security, the SQLite-only parts refused, its numbered migrations, and two
// zansai-cli processes importing at once. The shared behaviour runs on both backends in
// CaseStoreTest.cpp; these need a server (PgTestUtil.h) except the address checks.
#include "PgTestUtil.h"
#include "StoreTestUtil.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"
#include "store/Migrations.h"
#include "store/StoreLocation.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <atomic>
#include <thread>

using namespace zansai;
using namespace zansai::storetest;

namespace {

const QString kDb = QString::fromLatin1(kStoreFieldDb);

TEST(ServerLocation, AUriGivesItsPartsAndKeepsThePasswordOutOfSight)
{
    auto l = store::parseServerLocation(
        QStringLiteral("postgresql://sato:s3cret@db.example.jp:6543/zansai?sslmode=verify-full"
                       "&connect_timeout=5"));
    ASSERT_TRUE(l.ok()) << l.error().message.toStdString();
    EXPECT_EQ(l->host, QStringLiteral("db.example.jp"));
    EXPECT_EQ(l->port, 6543);
    EXPECT_EQ(l->user, QStringLiteral("sato"));
    EXPECT_EQ(l->password, QStringLiteral("s3cret"));
    EXPECT_EQ(l->database, QStringLiteral("zansai"));
    EXPECT_EQ(l->sslmode, QStringLiteral("verify-full"));
    EXPECT_EQ(l->options, QStringList{QStringLiteral("connect_timeout=5")});
    EXPECT_FALSE(l->shown.contains(QStringLiteral("s3cret")));
    EXPECT_TRUE(l->shown.contains(QStringLiteral("sato@db.example.jp:6543/zansai")));

    // postgres:// too; nothing given: libpq's defaults, TLS when offered.
    auto d = store::parseServerLocation(QStringLiteral("postgres:///firm"));
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->host.isEmpty());
    EXPECT_EQ(d->port, -1);
    EXPECT_EQ(d->database, QStringLiteral("firm"));
    EXPECT_EQ(d->sslmode, QStringLiteral("prefer"));
    auto q = store::parseServerLocation(
        QStringLiteral("postgresql:///firm?host=/var/run/postgresql&user=ito&password=pw"));
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(q->host, QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(q->user, QStringLiteral("ito"));
    EXPECT_EQ(q->password, QStringLiteral("pw"));
    EXPECT_FALSE(q->shown.contains(QStringLiteral("pw")));

    EXPECT_TRUE(CaseStore::isServerLocation(QStringLiteral("PostgreSQL://x/y")));
    EXPECT_FALSE(CaseStore::isServerLocation(QStringLiteral("/home/sato/cases.sqlite")));
}

TEST(ServerLocation, AWrongSettingIsAnErrorNamingTheDb)
{
    for (const char* bad : {"postgresql://h/db?sslmode=sometimes", "postgresql://h/db?colour=red",
                            "postgresql://h/db/extra", "postgresql://h/db?port=99999"}) {
        auto l = store::parseServerLocation(QString::fromLatin1(bad));
        ASSERT_FALSE(l.ok()) << bad;
        EXPECT_EQ(l.error().field, kDb) << bad;
        auto s = CaseStore::open(QString::fromLatin1(bad));
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().field, kDb) << bad;
    }
}

TEST(ServerLocation, AnUnreachableServerIsAnErrorNamingTheDbWithoutThePassword)
{
    // Port 1 on this machine: nothing listens, the connection is refused at once.
    auto s = CaseStore::open(
        QStringLiteral("postgresql://sato:topsecret@127.0.0.1:1/zansai?connect_timeout=2"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, kDb);
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("topsecret")))
        << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("sato@127.0.0.1:1/zansai")))
        << s.error().message.toStdString();
}

TEST(ServerMigrations, AreNumberedAndADollarQuotedBodyIsOneStatement)
{
    auto list = store::serverMigrations();
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    for (qsizetype i = 0; i < list->size(); ++i)
        EXPECT_EQ(list->at(i).version, i + 1);
    // The same steps as the SQLite store's, in spirit: 001–003 make the same tables.
    EXPECT_EQ(list->at(0).fileName, QStringLiteral("001_initial.sql"));
    EXPECT_EQ(list->at(1).fileName, QStringLiteral("002_history.sql"));
    EXPECT_EQ(list->at(2).fileName, QStringLiteral("003_search.sql"));
    const QStringList parts = store::splitSqlStatements(
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                       "  DELETE FROM t; RETURN NULL;\nEND\n$$;\nSELECT 1;"));
    ASSERT_EQ(parts.size(), 2) << parts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(parts[0].endsWith(QStringLiteral("END\n$$;")));
    EXPECT_EQ(parts[1], QStringLiteral("SELECT 1;"));
}

class PostgresStore : public ::testing::Test {
protected:
    void SetUp() override
    {
        ZANSAI_SKIP_WITHOUT_POSTGRES();
        ASSERT_TRUE(where.make(Backend::Postgres, dir));
        store = openStore(where.location, clock);
        ASSERT_TRUE(store);
    }
    std::unique_ptr<CaseStore> openAs(const QString& user, const QString& password)
    {
        return openStore(
            QStringLiteral("%1?user=%2&password=%3").arg(where.location, user, password), clock);
    }
    QTemporaryDir dir;
    TestLocation where;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0))};
    std::unique_ptr<CaseStore> store;
};

TEST_F(PostgresStore, TwoConsultantsOneCaseTheSecondSaveIsAConflictAndNothingIsLost)
{
    const Case original = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 id = *store->create(original);
    // A second consultant: a second connection, a CaseStore of its own.
    auto other = openStore(where.location, clock);
    ASSERT_TRUE(other);
    EXPECT_EQ(other->backend(), StoreBackend::Postgres);
    auto a = store->load(id);
    auto b = other->load(id);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->revision, 1);
    ASSERT_EQ(b->revision, 1);

    Case fromA = a->data;
    fromA.notes = QStringLiteral("佐々木: 債権者と面談、分割案を提示");
    Case fromB = b->data;
    fromB.notes = QStringLiteral("伊藤: 弁護士に紹介");
    ASSERT_EQ(*store->save(id, fromA, a->revision), 2);
    auto refused = other->save(id, fromB, b->revision);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QString::fromLatin1(kStoreFieldConflict));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("version 2")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("version 1")));

    // Both versions are there to compare: the stored one (A's) and, through the history, the
    // one both started from; B still holds its edit and keeps it as a copy.
    auto stored = other->load(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->revision, 2);
    EXPECT_EQ(stored->data.notes, fromA.notes);
    EXPECT_TRUE(*other->loadVersion(id, 1) == roundTripped(original));
    auto copy = other->create(fromB);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(store->load(*copy)->data.notes, fromB.notes);
    EXPECT_EQ(*store->count(QStringLiteral("山田")), 2);
    // B saves over the stored version once it has seen it.
    ASSERT_EQ(*other->save(id, fromB, stored->revision), 3);
    EXPECT_EQ(store->load(id)->data.notes, fromB.notes);
    EXPECT_EQ(store->history(id)->size(), 3);
}

TEST_F(PostgresStore, TwoConnectionsSavingAtOnceLoseNoUpdate)
{
    Case c = makeCase(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"));
    c.notes = QStringLiteral("0");
    const qint64 id = *store->create(c);
    constexpr int kEach = 20;
    std::atomic<int> conflicts{0};
    std::atomic<int> failures{0};
    const QString location = where.location;
    auto worker = [&] {
        // Each thread has its own connection (a QSqlDatabase belongs to the thread that made it).
        auto mine = CaseStore::open(location);
        if (!mine.ok()) {
            ++failures;
            return;
        }
        for (int done = 0; done < kEach;) {
            auto cur = mine.value()->load(id);
            if (!cur.ok()) {
                ++failures;
                return;
            }
            Case edited = cur->data;
            edited.notes = QString::number(edited.notes.toInt() + 1);
            auto r = mine.value()->save(id, edited, cur->revision);
            if (r.ok())
                ++done;
            else if (r.error().field == QString::fromLatin1(kStoreFieldConflict))
                ++conflicts;
            else {
                ++failures;
                return;
            }
        }
    };
    std::thread t1(worker);
    std::thread t2(worker);
    t1.join();
    t2.join();
    EXPECT_EQ(failures.load(), 0);
    auto last = store->load(id);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->data.notes, QString::number(2 * kEach));
    EXPECT_EQ(last->revision, 1 + 2 * kEach);
    EXPECT_EQ(store->history(id)->size(), 1 + 2 * kEach);
    std::printf("two connections, %d saves each: %d conflicts refused and retried\n", kEach,
                conflicts.load());
}

TEST_F(PostgresStore, TheAuditTrailSaysWhoDidWhatToWhichCaseAndWhen)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const qint64 id = *store->create(makeCase(QStringLiteral("鈴木 花子"), {}));
    const qint64 other = *store->create(makeCase(QStringLiteral("佐藤 健"), {}));
    auto loaded = store->load(id);
    ASSERT_TRUE(loaded.ok());
    Case edited = loaded->data;
    edited.notes = QStringLiteral("変更");
    ASSERT_TRUE(store->save(id, edited, 1).ok());
    ASSERT_TRUE(store->moveToTrash(id).ok());
    ASSERT_TRUE(store->restoreFromTrash(id).ok());
    ASSERT_TRUE(store->recordAudit(id, AuditAction::Exported).ok());
    ASSERT_TRUE(store->recordAudit(id, AuditAction::Printed).ok());
    ASSERT_TRUE(store->moveToTrash(id).ok());
    ASSERT_TRUE(store->emptyTrash().ok());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(60);

    auto unknown = store->recordAudit(9999, AuditAction::Exported);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, QString::fromLatin1(kStoreFieldCase));

    auto trail = store->auditTrail(id);
    ASSERT_TRUE(trail.ok()) << trail.error().message.toStdString();
    QStringList actions;
    for (const AuditEntry& e : *trail) {
        actions.append(auditActionName(e.action));
        EXPECT_EQ(e.caseId, id);
        EXPECT_EQ(e.who, qEnvironmentVariable("PGUSER")); // session_user: who logged in
        // The server's clock, not the program's (FixedClock says 2026-11-22 09:00).
        EXPECT_TRUE(e.at >= before && e.at <= after) << e.at.toString().toStdString();
    }
    EXPECT_EQ(actions.join(u' '), QStringLiteral("created opened changed trashed restored "
                                                 "exported printed trashed deleted"));
    auto all = store->auditTrail();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), trail->size() + 1); // and `other` was created
    EXPECT_EQ(all->at(1).caseId, other);
    EXPECT_EQ(all->at(1).action, AuditAction::Created);
}

TEST_F(PostgresStore, AConsultantWorksOnEveryCaseButReadsOnlyTheirOwnAuditRows)
{
    // Two consultants with logins of their own, members of zansai_consultant (004_audit.sql).
    RawPg admin(where.database);
    const QString alice = QStringLiteral("alice_%1").arg(QCoreApplication::applicationPid());
    const QString bob = QStringLiteral("bob_%1").arg(QCoreApplication::applicationPid());
    for (const QString& r : {alice, bob}) {
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
        ASSERT_TRUE(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' "
                                              "IN ROLE zansai_consultant")
                                   .arg(r)));
    }
    const qint64 id = *store->create(makeCase(QStringLiteral("高橋 直樹"), {}));
    {
        auto a = openAs(alice, QStringLiteral("pw-") + alice);
        auto b = openAs(bob, QStringLiteral("pw-") + bob);
        ASSERT_TRUE(a && b);
        // Both see and change the firm's cases.
        auto seen = a->load(id);
        ASSERT_TRUE(seen.ok()) << seen.error().message.toStdString();
        Case c = seen->data;
        c.notes = QStringLiteral("alice");
        ASSERT_TRUE(a->save(id, c, seen->revision).ok());
        const qint64 bobs = *b->create(makeCase(QStringLiteral("渡辺 陽子"), {}));
        EXPECT_EQ(*a->count(QString()), 2);
        ASSERT_TRUE(b->load(id).ok());

        // Each reads only their own rows of the trail; the owner reads them all.
        auto aliceTrail = a->auditTrail();
        ASSERT_TRUE(aliceTrail.ok()) << aliceTrail.error().message.toStdString();
        ASSERT_EQ(aliceTrail->size(), 2); // opened, changed
        for (const AuditEntry& e : *aliceTrail)
            EXPECT_EQ(e.who, alice);
        auto bobTrail = b->auditTrail();
        ASSERT_TRUE(bobTrail.ok());
        ASSERT_EQ(bobTrail->size(), 2); // created, opened
        EXPECT_EQ(bobTrail->at(0).caseId, bobs);
        QSet<QString> who;
        const auto everything = store->auditTrail();
        ASSERT_TRUE(everything.ok());
        for (const AuditEntry& e : *everything)
            who.insert(e.who);
        EXPECT_EQ(who, (QSet<QString>{qEnvironmentVariable("PGUSER"), alice, bob}));

        // Deleting for good is the administrator's: a consultant's emptyTrash is refused.
        ASSERT_TRUE(b->moveToTrash(bobs).ok());
        auto empty = b->emptyTrash();
        ASSERT_FALSE(empty.ok());
        EXPECT_EQ(empty.error().field, kDb);
        EXPECT_EQ(*store->count(QString(), true), 1);
    }
    // Nobody but the owner may change or delete a row of the trail, nor write one in another's
    // name (checked on the server, with alice's own connection).
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("alice"));
        raw.setDatabaseName(where.database);
        ASSERT_TRUE(raw.open(alice, QStringLiteral("pw-") + alice))
            << raw.lastError().text().toStdString();
        QSqlQuery q(raw);
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET who = 'someone'")));
        EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO audit_log (who, action, case_id) "
                                           "VALUES ('%1', 'printed', %2)")
                                .arg(bob)
                                .arg(id)));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alice"));
    EXPECT_EQ(where
                  .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE who = '%1' AND "
                                         "action = 'printed'")
                              .arg(bob))
                  .toInt(),
              0);
}

TEST_F(PostgresStore, TheSqliteOnlyPartsAreClearErrorsNamingTheDb)
{
    EXPECT_FALSE(store->encrypted());
    EXPECT_FALSE(store->locked());
    EXPECT_TRUE(store->integrity().ok());
    auto b = store->backups();
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().field, kDb);
    EXPECT_TRUE(b.error().message.contains(QStringLiteral("pg_dump")));
    auto e = CaseStore::encrypt(where.location, QStringLiteral("a passphrase"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().field, kDb);
    auto r = CaseStore::restoreBackup(dir.filePath(QStringLiteral("x.sqlite")), where.location);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, kDb);
    // A save makes no backup file anywhere, and says nothing went wrong.
    ASSERT_TRUE(store->create(makeCase(QStringLiteral("山田 太郎"), {})).ok());
    EXPECT_TRUE(store->backupProblem().isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // The password given in the address is not kept in what the store shows.
    const QString withPassword =
        QStringLiteral("%1?password=%2").arg(where.location, qEnvironmentVariable("PGPASSWORD"));
    auto s = CaseStore::open(withPassword);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_FALSE(s.value()->path().contains(qEnvironmentVariable("PGPASSWORD")));
    EXPECT_EQ(s.value()->path(), where.location);
}

TEST_F(PostgresStore, MigrationsAreNumberedStepsRecordedInSchemaVersion)
{
    const int steps = int(store::serverMigrations()->size());
    ASSERT_GE(steps, 4);
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), steps);
    EXPECT_EQ(where
                  .scalar(QStringLiteral("SELECT string_agg(file, ',' ORDER BY version) FROM "
                                         "schema_version"))
                  .toString(),
              QStringLiteral("001_initial.sql,002_history.sql,003_search.sql,004_audit.sql,"
                             "005_imported_cases.sql,006_list_speed.sql"));
    // Opening again applies nothing twice.
    store.reset();
    ASSERT_TRUE(openStore(where.location, clock));
    EXPECT_EQ(where.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), steps);
    // A store a newer program has migrated is refused, unchanged.
    {
        RawPg raw(where.database);
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO schema_version (version, file) VALUES "
                                            "(%1, '999_future.sql')")
                                 .arg(steps + 1)));
    }
    auto newer = CaseStore::open(where.location);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().field, kDb);
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("newer version")));
}

TEST_F(PostgresStore, TlsIsUsedWhenTheServerOffersItUnlessTheAddressSaysOtherwise)
{
    const bool offered = where.scalar(QStringLiteral("SHOW ssl")).toString() == u"on";
    // run-postgres-tests.sh turns TLS on with a throw-away certificate when openssl is there.
    if (!qEnvironmentVariable("ZANSAI_TLS_DIR").isEmpty()) {
        EXPECT_TRUE(offered);
    }
    auto tlsOf = [&](const QString& applicationName) {
        return where
            .scalar(QStringLiteral("SELECT bool_or(s.ssl) FROM pg_stat_ssl s JOIN "
                                   "pg_stat_activity a USING (pid) WHERE a.application_name = "
                                   "'%1'")
                        .arg(applicationName))
            .toBool();
    };
    auto preferred = openStore(where.location + QStringLiteral("?application_name=zt_prefer"));
    ASSERT_TRUE(preferred);
    EXPECT_EQ(tlsOf(QStringLiteral("zt_prefer")), offered);
    auto plain =
        openStore(where.location + QStringLiteral("?sslmode=disable&application_name=zt_plain"));
    ASSERT_TRUE(plain);
    EXPECT_FALSE(tlsOf(QStringLiteral("zt_plain")));
    std::printf("the throw-away server %s TLS\n", offered ? "offers" : "does not offer");
}

// Two zansai-cli processes import into one firm store at once: every case arrives once.
TEST_F(PostgresStore, TwoCliProcessesImportAtOnce)
{
    const QString file = dir.filePath(QStringLiteral("case.json"));
    writeBytes(file, writeCaseBytes(makeCase(QStringLiteral("山田 太郎"), {})));
    constexpr int kEach = 6;
    auto importer = [&] {
        auto* p = new QProcess;
        // Each process imports kEach times in a row.
        QStringList script;
        for (int i = 0; i < kEach; ++i)
            script << QStringLiteral("\"$0\" import \"$1\" --db \"$2\" || exit $?");
        p->setProgram(QStringLiteral("sh"));
        p->setArguments({QStringLiteral("-c"), script.join(QStringLiteral("; ")),
                         QStringLiteral(ZANSAI_CLI_PATH), file, where.location});
        p->start();
        return std::unique_ptr<QProcess>(p);
    };
    auto a = importer();
    auto b = importer();
    ASSERT_TRUE(a->waitForFinished(120000));
    ASSERT_TRUE(b->waitForFinished(120000));
    const QString outA = QString::fromUtf8(a->readAllStandardOutput());
    const QString outB = QString::fromUtf8(b->readAllStandardOutput());
    EXPECT_EQ(a->exitCode(), 0) << QString::fromUtf8(a->readAllStandardError()).toStdString();
    EXPECT_EQ(b->exitCode(), 0) << QString::fromUtf8(b->readAllStandardError()).toStdString();
    QSet<qint64> ids; // every import printed {"case_id": N}, each N once
    static const QRegularExpression caseId(QStringLiteral("\"case_id\":\\s*(\\d+)"));
    for (auto it = caseId.globalMatch(outA + outB); it.hasNext();)
        ids.insert(it.next().captured(1).toLongLong());
    EXPECT_EQ(ids.size(), 2 * kEach) << (outA + outB).toStdString();
    EXPECT_EQ(*store->count(QStringLiteral("山田")), 2 * kEach);
    // And the CLI exports one back as its case file, leaving "exported" in the trail.
    QProcess exp;
    exp.start(QStringLiteral(ZANSAI_CLI_PATH),
              {QStringLiteral("export"), QStringLiteral("--db"), where.location,
               QStringLiteral("--case"), QStringLiteral("1")});
    ASSERT_TRUE(exp.waitForFinished(60000));
    EXPECT_EQ(exp.exitCode(), 0) << QString::fromUtf8(exp.readAllStandardError()).toStdString();
    auto back = readCase(exp.readAllStandardOutput());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->client.name, QStringLiteral("山田 太郎"));
    auto trail = store->auditTrail(1);
    ASSERT_TRUE(trail.ok());
    ASSERT_FALSE(trail->isEmpty());
    EXPECT_EQ(trail->last().action, AuditAction::Exported);
}

TEST(ServerCli, AStoreThatCannotBeReachedIsExit2NamingTheDb)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.json"));
    writeBytes(file, writeCaseBytes(makeCase(QStringLiteral("山田 太郎"), {})));
    const QString url = QStringLiteral("postgresql://sato:topsecret@127.0.0.1:1/firm");
    for (const QStringList& args :
         {QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), url},
          QStringList{QStringLiteral("export"), QStringLiteral("--db"), url,
                      QStringLiteral("--case"), QStringLiteral("1")},
          QStringList{QStringLiteral("evaluate"), QStringLiteral("--db"), url,
                      QStringLiteral("--case"), QStringLiteral("1")}}) {
        QProcess p;
        p.start(QStringLiteral(ZANSAI_CLI_PATH), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 2) << args.first().toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("\"field\":\"--db\""))) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("topsecret"))) << err.toStdString();
        EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
    }
}

} // namespace
