// Several processes on one store: conflicts are reported, never lost; a writer killed with
// SIGKILL at any instant leaves a whole store with every reported commit.
// The test binary runs itself as the child (the DISABLED_ tests below, chosen by --gtest_filter).
#include "PgTestUtil.h"
#include "StoreTestUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

using namespace zansai;
using namespace zansai::storetest;

namespace {

QProcess* startChild(const QString& test, const QMap<QString, QString>& env)
{
    auto* p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p->setProcessEnvironment(e);
    p->setProgram(QCoreApplication::applicationFilePath());
    p->setArguments({QStringLiteral("--gtest_filter=") + test,
                     QStringLiteral("--gtest_also_run_disabled_tests")});
    p->start();
    return p;
}

// Runs a child to its end; returns what it reported ("result: …" lines of its stdout, which
// also has GoogleTest's own lines), failing the test if the child failed.
QString runChild(const QString& test, const QMap<QString, QString>& env)
{
    std::unique_ptr<QProcess> p(startChild(test, env));
    EXPECT_TRUE(p->waitForFinished(60000));
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    EXPECT_EQ(p->exitCode(), 0) << out.toStdString()
                                << QString::fromUtf8(p->readAllStandardError()).toStdString();
    QStringList results;
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("result: ")))
            results.append(line.mid(8));
    return results.join(QLatin1Char('\n'));
}

// The document the kill test's writer saves as revision `rev`: deterministic, so any revision
// found in the store can be compared whole. Sizes vary so commits touch different pages.
Case killCase(qint64 rev)
{
    QList<DebtSpec> debts;
    for (int i = 0; i <= int(rev % 4); ++i)
        debts.append({QStringLiteral("債権者%1-%2").arg(rev).arg(i), rev * 1000 + i});
    return makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), debts,
                    QStringLiteral("revision %1 ").arg(rev) +
                        QString(int((rev * 37) % 3000), QChar(u'記')));
}

// Prints "committed N" for each save that returned; runs until killed.
TEST(StoreKillChild, DISABLED_Writer)
{
    const QString path = qEnvironmentVariable("ZANSAI_KILL_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "run by StoreKill";
    auto store = CaseStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    qint64 rev = 0;
    if (auto loaded = store.value()->load(1); loaded.ok()) {
        rev = loaded->revision;
    } else {
        auto id = store.value()->create(killCase(1));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ASSERT_EQ(*id, 1);
        rev = 1;
        std::printf("committed 1\n");
        std::fflush(stdout);
    }
    for (;;) {
        auto r = store.value()->save(1, killCase(rev + 1), rev);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        ASSERT_EQ(*r, rev + 1);
        rev = *r;
        std::printf("committed %lld\n", rev);
        std::fflush(stdout);
    }
}

TEST(StoreKill, AWriterKilledAtRandomNeverCorruptsOrLosesACommit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const unsigned seed = std::random_device{}();
    std::mt19937 rng(seed);
    // How long a writer takes to its first commit on this machine now (sanitizers and load make
    // start-up several times slower): the kills spread over that start-up and 180 ms of saves.
    int startupMs = 0;
    {
        QTemporaryDir probeDir;
        std::unique_ptr<QProcess> probe(
            startChild(QStringLiteral("StoreKillChild.DISABLED_Writer"),
                       {{QStringLiteral("ZANSAI_KILL_DB"), probeDir.filePath(u"probe.sqlite"_s)}}));
        QElapsedTimer t;
        t.start();
        ASSERT_TRUE(probe->waitForStarted(10000));
        while (!probe->readAllStandardOutput().contains("committed") && t.elapsed() < 10000)
            probe->waitForReadyRead(100);
        startupMs = int(t.elapsed());
        probe->kill();
        probe->waitForFinished(10000);
    }
    // Kills land anywhere: during start-up, open, migrations, the daily backup, and saves. Every
    // other child is killed at a random moment of its start-up and first saves; the others only
    // once they have committed, then 0–180 ms into their saves — so that kills during saves happen
    // however slow the machine is at that moment (load, sanitizers), and the check that the
    // writer got to write does not depend on it.
    std::uniform_int_distribution<int> delayMs(0, startupMs + 180);
    std::uniform_int_distribution<int> savingMs(0, 180);
    SCOPED_TRACE("seed " + std::to_string(seed));
    qint64 reported = 0; // the highest revision a child said it committed
    int killedMidSave = 0;
    constexpr int kKills = 200;
    for (int i = 0; i < kKills; ++i) {
        std::unique_ptr<QProcess> child(startChild(QStringLiteral("StoreKillChild.DISABLED_Writer"),
                                                   {{QStringLiteral("ZANSAI_KILL_DB"), path}}));
        ASSERT_TRUE(child->waitForStarted(10000));
        QByteArray out;
        if (i % 2 == 0) {
            QThread::msleep(ulong(delayMs(rng)));
        } else {
            QElapsedTimer waited;
            waited.start();
            while (!out.contains("committed") && waited.elapsed() < 30000 &&
                   child->state() == QProcess::Running) {
                child->waitForReadyRead(50);
                out += child->readAllStandardOutput();
            }
            QThread::msleep(ulong(savingMs(rng)));
        }
        child->kill(); // SIGKILL
        ASSERT_TRUE(child->waitForFinished(10000));
        ASSERT_EQ(child->exitStatus(), QProcess::CrashExit)
            << "the writer stopped by itself: "
            << QString::fromUtf8(child->readAllStandardError()).toStdString();
        out += child->readAllStandardOutput();
        const QStringList lines =
            QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& l : lines)
            if (l.startsWith(QStringLiteral("committed ")))
                reported = qMax(reported, l.mid(10).toLongLong());

        // A writer killed while making the store leaves no store or a whole one (it is made under
        // a temporary name); a RawDb here would itself leave a 0-byte file, which open() refuses.
        if (QFileInfo::exists(path)) {
            RawDb raw(path);
            ASSERT_TRUE(raw.ok());
            ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"))
                << "after kill " << i;
        }
        auto store = CaseStore::open(path);
        ASSERT_TRUE(store.ok()) << "after kill " << i << ": "
                                << store.error().message.toStdString();
        auto loaded = store.value()->load(1);
        if (reported == 0 && !loaded.ok())
            continue; // killed before the first case was committed
        ASSERT_TRUE(loaded.ok()) << "after kill " << i << ": "
                                 << loaded.error().message.toStdString();
        ASSERT_GE(loaded->revision, reported)
            << "after kill " << i << ": a reported commit is lost";
        if (loaded->revision > reported)
            ++killedMidSave; // committed, killed before it could say so
        ASSERT_TRUE(loaded->data == roundTripped(killCase(loaded->revision)))
            << "after kill " << i << ": revision " << loaded->revision << " is not whole";
        reported = loaded->revision; // the next child continues from here
    }
    EXPECT_GT(reported, kKills / 2) << "the writer hardly ever got to write";
    RecordProperty("revisions", int(reported));
    RecordProperty("committed_but_unreported", killedMidSave);
    std::printf("%d kills: %lld revisions, %d committed but not yet reported when killed\n", kKills,
                reported, killedMidSave);
    RawDb raw(path);
    EXPECT_TRUE(
        raw.exec(QStringLiteral("INSERT INTO case_fts (case_fts) VALUES ('integrity-check')")));
}

// Saves one edit over ZANSAI_CHILD_REV and prints "saved N" or "conflict".
TEST(StoreChild, DISABLED_SaveOnce)
{
    const QString path = qEnvironmentVariable("ZANSAI_CHILD_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "run by StoreProcesses";
    auto store = CaseStore::open(path);
    ASSERT_TRUE(store.ok());
    auto c = store.value()->load(1);
    ASSERT_TRUE(c.ok());
    Case edited = c->data;
    edited.notes = qEnvironmentVariable("ZANSAI_CHILD_NOTES");
    auto r = store.value()->save(1, edited, qEnvironmentVariable("ZANSAI_CHILD_REV").toLongLong());
    if (r.ok())
        std::printf("result: saved %lld\n", *r);
    else if (r.error().field == QString::fromLatin1(kStoreFieldConflict))
        std::printf("result: conflict\n");
    else
        FAIL() << r.error().message.toStdString();
}

// Adds 1 to the number in the notes of case 1, N times, reloading after each conflict.
TEST(StoreChild, DISABLED_Increment)
{
    const QString path = qEnvironmentVariable("ZANSAI_CHILD_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "run by StoreProcesses";
    auto store = CaseStore::open(path);
    ASSERT_TRUE(store.ok());
    const int n = qEnvironmentVariable("ZANSAI_CHILD_N").toInt();
    int conflicts = 0;
    for (int done = 0; done < n;) {
        auto c = store.value()->load(1);
        ASSERT_TRUE(c.ok());
        Case edited = c->data;
        edited.notes = QString::number(edited.notes.toInt() + 1);
        auto r = store.value()->save(1, edited, c->revision);
        if (r.ok())
            ++done;
        else if (r.error().field == QString::fromLatin1(kStoreFieldConflict))
            ++conflicts;
        else
            FAIL() << r.error().message.toStdString();
    }
    std::printf("result: conflicts %d\n", conflicts);
}

// Two processes on one store, a file or a PostgreSQL database (each with its own connection).
class StoreProcesses : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres)
            ZANSAI_SKIP_WITHOUT_POSTGRES();
        ASSERT_TRUE(where.make(GetParam(), dir));
        path = where.location;
    }
    QTemporaryDir dir;
    TestLocation where;
    QString path;
};
INSTANTIATE_TEST_SUITE_P(Both, StoreProcesses,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName());

TEST_P(StoreProcesses, AnotherProcessesSaveIsAConflictNotAnOverwrite)
{
    auto store = openStore(path);
    ASSERT_TRUE(store);
    Case c = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    ASSERT_EQ(*store->create(c), 1);
    auto mine = store->load(1);

    // The other process saves first (while this one has the store open).
    EXPECT_EQ(
        runChild(QStringLiteral("StoreChild.DISABLED_SaveOnce"),
                 {{QStringLiteral("ZANSAI_CHILD_DB"), path},
                  {QStringLiteral("ZANSAI_CHILD_REV"), QStringLiteral("1")},
                  {QStringLiteral("ZANSAI_CHILD_NOTES"), QStringLiteral("その他のプロセス")}}),
        QStringLiteral("saved 2"));
    Case edited = mine->data;
    edited.notes = QStringLiteral("このプロセス");
    auto r = store->save(1, edited, mine->revision);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QString::fromLatin1(kStoreFieldConflict));
    EXPECT_EQ(store->load(1)->data.notes, QStringLiteral("その他のプロセス"));

    // And the other way round.
    ASSERT_EQ(*store->save(1, edited, 2), 3);
    EXPECT_EQ(runChild(QStringLiteral("StoreChild.DISABLED_SaveOnce"),
                       {{QStringLiteral("ZANSAI_CHILD_DB"), path},
                        {QStringLiteral("ZANSAI_CHILD_REV"), QStringLiteral("2")},
                        {QStringLiteral("ZANSAI_CHILD_NOTES"), QStringLiteral("古い版から")}}),
              QStringLiteral("conflict"));
    EXPECT_EQ(store->load(1)->data.notes, QStringLiteral("このプロセス"));
}

TEST_P(StoreProcesses, TwoWritersAtOnceLoseNoUpdate)
{
    {
        auto store = openStore(path);
        Case c = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
        c.notes = QStringLiteral("0");
        ASSERT_EQ(*store->create(c), 1);
    }
    constexpr int kEach = 25;
    const QMap<QString, QString> env{{QStringLiteral("ZANSAI_CHILD_DB"), path},
                                     {QStringLiteral("ZANSAI_CHILD_N"), QString::number(kEach)}};
    std::unique_ptr<QProcess> a(startChild(QStringLiteral("StoreChild.DISABLED_Increment"), env));
    std::unique_ptr<QProcess> b(startChild(QStringLiteral("StoreChild.DISABLED_Increment"), env));
    ASSERT_TRUE(a->waitForFinished(60000));
    ASSERT_TRUE(b->waitForFinished(60000));
    EXPECT_EQ(a->exitCode(), 0) << QString::fromUtf8(a->readAllStandardError()).toStdString();
    EXPECT_EQ(b->exitCode(), 0) << QString::fromUtf8(b->readAllStandardError()).toStdString();
    auto store = openStore(path);
    auto c = store->load(1);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->data.notes, QString::number(2 * kEach));
    EXPECT_EQ(c->revision, 1 + 2 * kEach);
    EXPECT_EQ(store->history(1)->size(), 1 + 2 * kEach);
}

} // namespace
