// Autosave: edits are committed within 2 seconds, bursts as one save, conflicts reported; on an
// SQLite file and on a PostgreSQL database (PgTestUtil.h).
#include "PgTestUtil.h"
#include "StoreTestUtil.h"

#include "store/Autosaver.h"

#include <QEventLoop>
#include <QTimer>

using namespace zansai;
using namespace zansai::storetest;

namespace {

class AutosaverTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres)
            ZANSAI_SKIP_WITHOUT_POSTGRES();
        ASSERT_TRUE(where.make(GetParam(), dir));
        path = where.location;
        store = openStore(path);
        ASSERT_TRUE(store);
        base = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
        id = *store->create(base);
    }
    Case withNotes(const QString& notes) const
    {
        Case c = base;
        c.notes = notes;
        return c;
    }
    // Runs the event loop until `saver` reports something (or 10 s pass, which fails the test).
    void waitForReport(Autosaver& saver)
    {
        QEventLoop loop;
        QObject::connect(&saver, &Autosaver::saved, &loop, &QEventLoop::quit);
        QObject::connect(&saver, &Autosaver::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, [&] {
            ADD_FAILURE() << "no autosave within 10 s";
            loop.quit();
        });
        loop.exec();
    }

    QTemporaryDir dir;
    TestLocation where;
    QString path;
    std::unique_ptr<CaseStore> store;
    Case base;
    qint64 id = 0;
};

INSTANTIATE_TEST_SUITE_P(Both, AutosaverTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         BackendName());

TEST_P(AutosaverTest, AnEditIsCommittedWithinTwoSeconds)
{
    Autosaver saver(*store);
    QList<std::pair<qint64, qint64>> saved;
    QObject::connect(&saver, &Autosaver::saved, [&](qint64 i, qint64 rev) {
        saved.append({i, rev});
    });
    EXPECT_EQ(saver.msUntilCommit(), -1);
    saver.schedule(id, withNotes(QStringLiteral("入力中")), 1);
    EXPECT_TRUE(saver.hasPending());
    EXPECT_GE(saver.msUntilCommit(), 0);
    EXPECT_LE(saver.msUntilCommit(), Autosaver::kMaxDelayMs);
    EXPECT_EQ(store->load(id)->revision, 1); // not yet: debounced
    waitForReport(saver);
    EXPECT_EQ(saved, (QList<std::pair<qint64, qint64>>{{id, 2}}));
    EXPECT_FALSE(saver.hasPending());
    EXPECT_EQ(saver.revision(id), 2);
    EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("入力中"));
}

TEST_P(AutosaverTest, ABurstOfEditsIsOneSave)
{
    Autosaver saver(*store);
    int saves = 0;
    QObject::connect(&saver, &Autosaver::saved, [&] { ++saves; });
    for (int i = 1; i <= 5; ++i)
        saver.schedule(id, withNotes(QStringLiteral("%1文字目").arg(i)), 1);
    waitForReport(saver);
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(store->load(id)->revision, 2);
    EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("5文字目"));
    EXPECT_EQ(store->history(id)->size(), 2);
}

TEST_P(AutosaverTest, TheDelayNeverExceedsTwoSeconds)
{
    Autosaver saver(*store);
    saver.setDelays(60000, 60000); // asked for a minute: capped
    saver.schedule(id, withNotes(QStringLiteral("a")), 1);
    EXPECT_LE(saver.msUntilCommit(), Autosaver::kMaxDelayMs);
    for (int i = 0; i < 50; ++i) { // typing on and on does not push the commit back
        saver.schedule(id, withNotes(QStringLiteral("b%1").arg(i)), 1);
        EXPECT_LE(saver.msUntilCommit(), Autosaver::kMaxDelayMs);
    }
}

TEST_P(AutosaverTest, FlushAndTheDestructorCommitAtOnce)
{
    {
        Autosaver saver(*store);
        saver.schedule(id, withNotes(QStringLiteral("flush")), 1);
        EXPECT_TRUE(saver.flush());
        EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("flush"));
        // The editor still thinks it is at revision 1: its next edit goes on top of ours.
        saver.schedule(id, withNotes(QStringLiteral("closing")), 1);
    } // destroyed with an edit pending
    auto loaded = store->load(id);
    EXPECT_EQ(loaded->revision, 3);
    EXPECT_EQ(loaded->data.notes, QStringLiteral("closing"));
}

TEST_P(AutosaverTest, AnotherWritersSaveIsAConflictAndTheEditIsKept)
{
    Autosaver saver(*store);
    QStringList failures;
    QObject::connect(&saver, &Autosaver::failed,
                     [&](qint64, const QString& field, const QString&) { failures.append(field); });
    auto other = openStore(path);
    ASSERT_TRUE(other->save(id, withNotes(QStringLiteral("別の窓")), 1).ok());

    saver.schedule(id, withNotes(QStringLiteral("この窓")), 1);
    EXPECT_FALSE(saver.flush());
    EXPECT_EQ(failures, QStringList{QString::fromLatin1(kStoreFieldConflict)});
    EXPECT_EQ(store->load(id)->data.notes, QStringLiteral("別の窓"));
    ASSERT_TRUE(saver.unsavedCase(id).has_value());
    EXPECT_EQ(saver.unsavedCase(id)->notes, QStringLiteral("この窓"));
    // Reloaded at revision 2, the editor's next edit saves and clears the kept one.
    saver.schedule(id, withNotes(QStringLiteral("この窓、再読込後")), 2);
    EXPECT_TRUE(saver.flush());
    EXPECT_FALSE(saver.unsavedCase(id).has_value());
    EXPECT_EQ(store->load(id)->revision, 3);
}

TEST_P(AutosaverTest, SeveralCasesPendingAtOnce)
{
    const qint64 id2 = *store->create(makeCase(QStringLiteral("佐藤 花子"), {}));
    Autosaver saver(*store);
    QList<qint64> savedIds;
    QObject::connect(&saver, &Autosaver::saved, [&](qint64 i, qint64) { savedIds.append(i); });
    saver.schedule(id, withNotes(QStringLiteral("一")), 1);
    Case c2 = *store->loadVersion(id2, 1);
    c2.notes = QStringLiteral("二");
    saver.schedule(id2, c2, 1);
    EXPECT_TRUE(saver.flush());
    std::sort(savedIds.begin(), savedIds.end());
    EXPECT_EQ(savedIds, (QList<qint64>{id, id2}));
    EXPECT_EQ(store->load(id2)->data.notes, QStringLiteral("二"));
}

} // namespace
