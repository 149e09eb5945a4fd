// A damaged or foreign file is never written; daily backups roll over 14 days and restore.
#include "StoreTestUtil.h"

#include <QDirIterator>
#include <sys/stat.h>

using namespace zansai;
using namespace zansai::storetest;

namespace {

const QStringList kSidecars{QStringLiteral("-wal"), QStringLiteral("-shm"),
                            QStringLiteral("-journal")};

void expectNoSidecars(const QString& path)
{
    for (const QString& s : kSidecars)
        EXPECT_FALSE(QFileInfo::exists(path + s)) << (path + s).toStdString();
}

// A closed store with `n` cases (its -wal is checkpointed and removed on close).
void makeStore(const QString& path, int n, const Clock& clock)
{
    auto store = openStore(path, clock);
    ASSERT_TRUE(store);
    for (int i = 0; i < n; ++i)
        ASSERT_TRUE(store
                        ->create(makeCase(QStringLiteral("山田 太郎 %1").arg(i),
                                          QStringLiteral("やまだ たろう"),
                                          {{QStringLiteral("○○債権回収株式会社"), 1000 + i}},
                                          QString(400, QChar(u'注'))))
                        .ok());
}

TEST(StoreDamage, AFileThatIsNotSqliteIsLeftAlone)
{
    QTemporaryDir dir;
    for (const QByteArray& bytes :
         {QByteArray("This is a letter from the creditor, not a database.\n"),
          QByteArray("SQLite format 3\0 but cut short", 31), QByteArray(4096, '\xff')}) {
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        writeBytes(path, bytes);
        auto s = CaseStore::open(path);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldDamaged));
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("not an SQLite database")))
            << s.error().message.toStdString();
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("There is no backup of it.")));
        EXPECT_EQ(fileBytes(path), bytes);
        expectNoSidecars(path);
    }
}

TEST(StoreDamage, ACorruptStoreIsReportedWithTheNewestBackupAndNotWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    makeStore(path, 1, clock);
    clock.set(QDate(2026, 11, 21).startOfDay());
    makeStore(path, 30, clock); // the first write of the 21st makes a backup
    const QStringList backups = CaseStore::backupsOf(path);
    ASSERT_EQ(backups.size(), 1);
    expectNoSidecars(path);

    // Overwrite pages 3–5 (cases, index and FTS pages) with garbage.
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 6 * 4096);
    for (int i = 2 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char((i * 7919) & 0xff);
    writeBytes(path, bytes);

    auto s = CaseStore::open(path, clock);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldDamaged));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("is damaged")))
        << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("It was not changed.")));
    EXPECT_TRUE(s.error().message.contains(QDir::toNativeSeparators(backups.first())))
        << s.error().message.toStdString();
    EXPECT_EQ(fileBytes(path), bytes);
    expectNoSidecars(path);

    // Restoring the newest backup gives the store of that morning back; the damaged file is kept.
    ASSERT_TRUE(CaseStore::restoreBackup(backups.first(), path).ok());
    EXPECT_EQ(fileBytes(path + QStringLiteral(".before-restore")), bytes);
    auto restored = openStore(path, clock);
    ASSERT_TRUE(restored);
    EXPECT_EQ(*restored->count(QString()), 1);
    EXPECT_EQ(restored->list(QString(), CaseSort::NameAsc, 0, 1)->first().clientName,
              QStringLiteral("山田 太郎 0"));
}

TEST(StoreDamage, DamageFoundWithAWalIsAlsoLeftAlone)
{
    // The store was left with a -wal (a crash): the check reads it without writing either file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    makeStore(path, 30, clock);
    QByteArray bytes = fileBytes(path);
    for (int i = 2 * 4096; i < 4 * 4096; ++i)
        bytes[i] = char(i & 0xff);
    writeBytes(path, bytes);
    const QByteArray wal("not really a wal, but it is there");
    writeBytes(path + QStringLiteral("-wal"), wal);
    auto s = CaseStore::open(path, clock);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QString::fromLatin1(kStoreFieldDamaged));
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_EQ(fileBytes(path + QStringLiteral("-wal")), wal);
}

// Large stores are checked in the background; here every store is "large".
struct BackgroundCheck {
    BackgroundCheck() { CaseStore::setBackgroundCheckThreshold(0); }
    ~BackgroundCheck() { CaseStore::setBackgroundCheckThreshold(qint64(32) << 20); }
};

TEST(StoreDamage, TheBackgroundCheckPassesAHealthyStore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    makeStore(path, 5, clock);
    BackgroundCheck background;
    auto store = openStore(path, clock);
    ASSERT_TRUE(store);
    EXPECT_EQ(*store->count(QString()), 5);
    EXPECT_TRUE(store->integrity().ok());
    EXPECT_TRUE(store->create(makeCase(QStringLiteral("佐藤 花子"), {})).ok());
    EXPECT_EQ(*store->count(QString()), 6);
}

TEST(StoreDamage, TheBackgroundCheckStopsEveryWriteToADamagedStore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    makeStore(path, 1, clock);
    clock.set(QDate(2026, 11, 21).startOfDay());
    makeStore(path, 40, clock); // with a backup of the 21st
    QByteArray bytes = fileBytes(path);
    // Damage the last pages (the newest documents and index entries), not the schema.
    for (qsizetype i = bytes.size() - 3 * 4096; i < bytes.size(); ++i)
        bytes[i] = char((i * 31) & 0xff);
    writeBytes(path, bytes);

    BackgroundCheck background;
    {
        auto opened = CaseStore::open(path, clock);
        if (!opened.ok()) { // SQLite itself tripped over the damage while opening: also fine
            EXPECT_EQ(opened.error().field, QString::fromLatin1(kStoreFieldDamaged));
        } else {
            CaseStore& store = *opened.value();
            const Status check = store.integrity();
            ASSERT_FALSE(check.ok());
            EXPECT_EQ(check.error().field, QString::fromLatin1(kStoreFieldDamaged));
            EXPECT_TRUE(check.error().message.contains(
                QDir::toNativeSeparators(CaseStore::backupsOf(path).first())))
                << check.error().message.toStdString();
            const Case c = makeCase(QStringLiteral("佐藤 花子"), {});
            for (const Error& e :
                 {store.create(c).error(), store.save(1, c, 1).error(), store.duplicate(1).error(),
                  store.moveToTrash(1).error(), store.restoreFromTrash(1).error(),
                  store.emptyTrash().error(), store.restoreVersion(1, 1).error()})
                EXPECT_EQ(e.field, QString::fromLatin1(kStoreFieldDamaged));
        }
    }
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

mode_t fileMode(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

TEST(StoreBackups, TheFirstSaveOfEachDayKeepsTheLast14Days)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    auto store = openStore(path, clock);
    ASSERT_TRUE(store);
    Case c = makeCase(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    c.notes = QStringLiteral("day 0");
    auto id = store->create(c); // an empty store has nothing to back up
    ASSERT_TRUE(id.ok());
    EXPECT_TRUE(CaseStore::backupsOf(path).isEmpty());
    qint64 rev = 1;
    for (int day = 1; day <= 16; ++day) {
        for (int k = 0; k < 2; ++k) { // two saves a day, one backup
            clock.set(QDateTime(QDate(2026, 11, 1).addDays(day), QTime(9 + 3 * k, 0)));
            c.notes = QStringLiteral("day %1 save %2").arg(day).arg(k);
            auto r = store->save(*id, c, rev);
            ASSERT_TRUE(r.ok());
            rev = *r;
        }
        EXPECT_TRUE(store->backupProblem().isEmpty()) << store->backupProblem().toStdString();
    }
    auto list = store->backups();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 14);
    EXPECT_EQ(*list, CaseStore::backupsOf(path));
    for (int i = 0; i < 14; ++i) {
        const QDate day = QDate(2026, 11, 17).addDays(-i); // days 16 … 3
        EXPECT_EQ(QFileInfo(list->at(i)).fileName(),
                  QStringLiteral("cases-%1.sqlite").arg(day.toString(Qt::ISODate)));
        EXPECT_EQ(QFileInfo(list->at(i)).absolutePath(), dir.filePath(QStringLiteral("backups")));
        EXPECT_EQ(fileMode(list->at(i)), mode_t(0600));
    }
    EXPECT_EQ(fileMode(dir.filePath(QStringLiteral("backups"))), mode_t(0700));
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 14);

    // Each backup is the store as the day before left it.
    {
        RawDb raw(list->at(4)); // the 13th: made before its first save
        ASSERT_TRUE(raw.ok());
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
    }
    auto old = openStore(list->at(4), clock);
    ASSERT_TRUE(old);
    auto inBackup = old->load(*id);
    ASSERT_TRUE(inBackup.ok());
    EXPECT_EQ(inBackup->data.notes, QStringLiteral("day 11 save 1"));
    EXPECT_EQ(inBackup->revision, 1 + 2 * 11);
    old.reset();

    // Restore the backup of the 13th over the store.
    store.reset();
    ASSERT_TRUE(CaseStore::restoreBackup(list->at(4), path).ok());
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".before-restore")));
    EXPECT_EQ(fileMode(path), mode_t(0600));
    auto back = openStore(path, clock);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->load(*id)->data.notes, QStringLiteral("day 11 save 1"));
    // A second restore keeps the first set-aside file too.
    back.reset();
    ASSERT_TRUE(CaseStore::restoreBackup(list->at(0), path).ok());
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".before-restore.1")));
    EXPECT_EQ(openStore(path, clock)->load(*id)->data.notes, QStringLiteral("day 15 save 1"));
}

TEST(StoreBackups, RestoreRefusesWhatItCannotUseAndTouchesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    makeStore(path, 2, clock);
    const QByteArray before = fileBytes(path);
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    writeBytes(junk, "not a backup");
    for (const QString& bad : {junk, dir.filePath(QStringLiteral("missing.sqlite")), path}) {
        auto s = CaseStore::restoreBackup(bad, path);
        EXPECT_FALSE(s.ok()) << bad.toStdString();
        EXPECT_EQ(fileBytes(path), before);
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".before-restore")));
    }
    // Onto a folder: refused.
    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_FALSE(CaseStore::restoreBackup(path, folder).ok());
    EXPECT_TRUE(QFileInfo(folder).isDir());
    // Onto a path with no store yet: just placed there.
    const QString fresh = dir.filePath(QStringLiteral("new/cases.sqlite"));
    ASSERT_TRUE(CaseStore::restoreBackup(path, fresh).ok());
    EXPECT_EQ(*openStore(fresh, clock)->count(QString()), 2);
}

} // namespace
