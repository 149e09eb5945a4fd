// zansai-cli migrate (docs/cli.md): a real laptop store with history goes into a real PostgreSQL
// server with every version, its time and its trash state; a real process killed in the middle
// and run again finishes the copy without duplicates.
#include "CliRunner.h"
#include "PgCluster.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

Case seedCase()
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c) << c.error().message.toStdString();
    return c ? *c : Case{};
}

// `cases` cases; case k (0-based) has k % 3 + 1 versions saved a minute apart (case k's first at
// kStart + k hours), and every fourth case (k % 4 == 3) is in the trash, put there half an hour
// after its first save (later than its last one). For 6 cases: versions 1+2+3+1+2+3 = 12, case 3
// in the trash since kStart + 3 h 30 min.
void makeLaptopStore(const QString& path, int cases)
{
    FixedClock clock(kStart);
    auto store = CaseStore::open(path, clock);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    Case c = seedCase();
    for (int k = 0; k < cases; ++k) {
        clock.set(kStart.addSecs(3600 * k));
        c.client.name = QStringLiteral("依頼者%1").arg(k);
        c.notes = QStringLiteral("初回面談");
        auto id = store.value()->create(c);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        qint64 rev = 1;
        for (int v = 1; v <= k % 3; ++v) {
            clock.set(kStart.addSecs(3600 * k + 60 * v));
            c.notes = QStringLiteral("面談 %1 回目").arg(v + 1);
            auto saved = store.value()->save(*id, c, rev);
            ASSERT_TRUE(saved) << saved.error().message.toStdString();
            rev = *saved;
        }
        if (k % 4 == 3) {
            clock.set(kStart.addSecs(3600 * k + 1800));
            ASSERT_TRUE(store.value()->moveToTrash(*id));
        }
    }
}

struct Snapshot { // one case as a store shows it: its versions (time, document) and trash state
    QList<std::pair<qint64, QByteArray>> versions;
    bool inTrash = false;
    qint64 trashedAt = 0; // ms; 0 while not in the trash
    bool operator==(const Snapshot&) const = default;
};

// Every case of `location`, keyed by the client's name (ids may differ between stores).
QMap<QString, Snapshot> snapshot(const QString& location)
{
    QMap<QString, Snapshot> out;
    auto store = CaseStore::open(location);
    EXPECT_TRUE(store) << store.error().message.toStdString();
    if (!store)
        return out;
    for (const bool trash : {false, true}) {
        auto list = store.value()->list(QString(), CaseSort::CreatedDesc, 0, 100000, trash);
        EXPECT_TRUE(list);
        for (const CaseSummary& s : *list) {
            Snapshot snap;
            snap.inTrash = trash;
            auto current = store.value()->load(s.id);
            EXPECT_TRUE(current);
            if (current && current->inTrash)
                snap.trashedAt = current->trashedAt.toMSecsSinceEpoch();
            auto history = store.value()->history(s.id);
            EXPECT_TRUE(history);
            for (const CaseVersionInfo& v : *history) {
                auto c = store.value()->loadVersion(s.id, v.revision);
                EXPECT_TRUE(c);
                snap.versions.prepend({v.savedAt.toMSecsSinceEpoch(), writeCaseBytes(*c)});
            }
            EXPECT_FALSE(out.contains(s.clientName)) << "duplicate " << s.clientName.toStdString();
            out.insert(s.clientName, snap);
        }
    }
    return out;
}

TEST(MigrateCli, LaptopStoreWithHistoryArrivesWholeOnPostgres)
{
    ZANSAI_NEED_POSTGRES();
    pgcluster::Database firm;
    ASSERT_TRUE(firm.ok);
    QTemporaryDir tmp;
    const QString laptop = tmp.filePath(QStringLiteral("cases.sqlite"));
    makeLaptopStore(laptop, 6);

    const auto run = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), laptop,
                             QStringLiteral("--to"), firm.uri()},
                            300000);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject out = run.json();
    EXPECT_EQ(out.value(QStringLiteral("cases")).toInt(), 6);
    EXPECT_EQ(out.value(QStringLiteral("versions")).toInt(), 12); // 1+2+3+1+2+3
    EXPECT_EQ(out.value(QStringLiteral("copied")).toInt(), 6);
    EXPECT_EQ(out.value(QStringLiteral("already_there")).toInt(), 0);
    EXPECT_TRUE(out.value(QStringLiteral("verified")).toBool());

    // Read back independently of the command: the same cases, versions, times, trash.
    const auto source = snapshot(laptop);
    const auto target = snapshot(firm.uri());
    ASSERT_EQ(source.size(), 6);
    EXPECT_EQ(target, source);
    EXPECT_TRUE(target.value(QStringLiteral("依頼者3")).inTrash);
    // The time it went to the trash, not its last save's (kStart + 3 h).
    EXPECT_EQ(target.value(QStringLiteral("依頼者3")).trashedAt,
              kStart.addSecs(3 * 3600 + 1800).toMSecsSinceEpoch());
    ASSERT_EQ(target.value(QStringLiteral("依頼者2")).versions.size(), 3);
    // Case 2's third version was saved at kStart + 2 h + 2 min.
    EXPECT_EQ(target.value(QStringLiteral("依頼者2")).versions.at(2).first,
              kStart.addSecs(2 * 3600 + 120).toMSecsSinceEpoch());

    // A second run copies nothing and duplicates nothing.
    const auto again = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), laptop,
                               QStringLiteral("--to"), firm.uri()},
                              300000);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("copied")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("already_there")).toInt(), 6);
    EXPECT_EQ(snapshot(firm.uri()), source);
}

int casesIn(const QString& location)
{
    auto store = CaseStore::open(location);
    if (!store)
        return -1;
    auto live = store.value()->count(QString());
    auto trash = store.value()->count(QString(), true);
    return live && trash ? *live + *trash : -1;
}

TEST(MigrateCli, KilledInTheMiddleAndRunAgainCompletesWithoutDuplicates)
{
    ZANSAI_NEED_POSTGRES();
    pgcluster::Database firm;
    ASSERT_TRUE(firm.ok);
    QTemporaryDir tmp;
    const QString laptop = tmp.filePath(QStringLiteral("cases.sqlite"));
    makeLaptopStore(laptop, 30); // versions: 10 × (1+2+3) = 60

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZANSAI_MIGRATE_TEST_DELAY_MS"), QStringLiteral("300"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZANSAI_CLI_PATH), {QStringLiteral("migrate"), QStringLiteral("--from"),
                                              laptop, QStringLiteral("--to"), firm.uri()});
    ASSERT_TRUE(p.waitForStarted());
    int copiedBeforeKill = 0;
    for (int i = 0; i < 1200 && copiedBeforeKill < 5; ++i) { // wait for a few whole cases
        QThread::msleep(100);
        copiedBeforeKill = std::max(casesIn(firm.uri()), 0);
    }
    p.kill(); // SIGKILL: no clean-up of any kind
    p.waitForFinished();
    ASSERT_EQ(p.exitStatus(), QProcess::CrashExit);
    const int afterKill = casesIn(firm.uri());
    ASSERT_GE(afterKill, 5);
    ASSERT_LT(afterKill, 30) << "the kill came too late to test anything";

    const auto run = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), laptop,
                             QStringLiteral("--to"), firm.uri()},
                            300000);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject out = run.json();
    EXPECT_EQ(out.value(QStringLiteral("cases")).toInt(), 30);
    EXPECT_EQ(out.value(QStringLiteral("versions")).toInt(), 60);
    EXPECT_EQ(out.value(QStringLiteral("already_there")).toInt(), afterKill);
    EXPECT_EQ(out.value(QStringLiteral("copied")).toInt(), 30 - afterKill);
    EXPECT_TRUE(out.value(QStringLiteral("verified")).toBool());
    EXPECT_EQ(casesIn(firm.uri()), 30);
    EXPECT_EQ(snapshot(firm.uri()), snapshot(laptop)); // snapshot() also fails on a duplicate
}

TEST(MigrateCli, EncryptedLaptopStoreTakesItsPassphraseTheUsualWay)
{
    QTemporaryDir tmp;
    const QString laptop = tmp.filePath(QStringLiteral("cases.sqlite"));
    makeLaptopStore(laptop, 3);
    ASSERT_TRUE(CaseStore::encrypt(laptop, QStringLiteral("correct horse battery")));
    const QString target = tmp.filePath(QStringLiteral("office.sqlite"));

    const auto noPass = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), laptop,
                                QStringLiteral("--to"), target});
    EXPECT_EQ(noPass.exitCode, 2);
    EXPECT_EQ(noPass.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("passphrase"));

    const QString passFile = tmp.filePath(QStringLiteral("pass.txt"));
    QFile f(passFile);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("correct horse battery\n");
    f.close();
    const auto run =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), laptop, QStringLiteral("--to"),
                target, QStringLiteral("--passphrase-file"), passFile});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("versions")).toInt(), 6); // 1+2+3
    EXPECT_TRUE(run.json().value(QStringLiteral("verified")).toBool());
}

TEST(MigrateCli, BadInputNamesTheOptionAndWritesNothing)
{
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("nowhere.sqlite"));
    const QString laptop = tmp.filePath(QStringLiteral("cases.sqlite"));
    makeLaptopStore(laptop, 1);
    struct Row {
        QStringList args;
        QString field;
    };
    const QList<Row> rows{
        {{QStringLiteral("--to"), QStringLiteral("postgresql:///x")}, QStringLiteral("--from")},
        {{QStringLiteral("--from"), missing, QStringLiteral("--to"),
          QStringLiteral("postgresql:///x")},
         QStringLiteral("--from")},
        {{QStringLiteral("--from"), laptop}, QStringLiteral("--to")},
        {{QStringLiteral("--from"), laptop, QStringLiteral("--to"), laptop},
         QStringLiteral("--to")},
        // Nothing listens on port 1.
        {{QStringLiteral("--from"), laptop, QStringLiteral("--to"),
          QStringLiteral("postgresql://nobody@127.0.0.1:1/firm?connect_timeout=3")},
         QStringLiteral("--to")},
        {{QStringLiteral("--from"), laptop, QStringLiteral("--to"),
          QStringLiteral("postgresql://nobody@127.0.0.1:99999/firm")},
         QStringLiteral("--to")},
        {{QStringLiteral("--from"), laptop, QStringLiteral("--too"), laptop},
         QStringLiteral("--too")},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.args.join(u' ').toStdString());
        const auto run = runCli(QStringList{QStringLiteral("migrate")} + row.args);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.errJson().value(QStringLiteral("field")).toString(), row.field);
        EXPECT_FALSE(run.errJson().value(QStringLiteral("error")).toString().isEmpty());
    }
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
