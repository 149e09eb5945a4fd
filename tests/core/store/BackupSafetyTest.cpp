// Backups that cannot mislead: what a killed backup left is cleared at the next open, and a backup
// dated in the future (a wrong clock) never stays "newest". (docs/security.md)
#include "StoreTestUtil.h"

#include "store/CaseStorePrivate.h"
#include "store/StoreFiles.h"

using namespace zansai;
using namespace zansai::storetest;

namespace {

// A pid no process has: the kernel's pids stay below 2^22.
constexpr qint64 kDeadPid = 4194304 + 23;

void addCase(CaseStore& store, const QString& name)
{
    ASSERT_TRUE(store.create(makeCase(name, {})).ok());
}

TEST(BackupSafety, WhatAKilledBackupLeftIsClearedAtTheNextOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    {
        auto store = openStore(path, clock);
        ASSERT_TRUE(store);
        addCase(*store, QStringLiteral("山田 太郎"));
        clock.set(QDate(2026, 11, 21).startOfDay());
        addCase(*store, QStringLiteral("佐藤 花子")); // the backup of the 21st
    }
    const QString backups = dir.filePath(QStringLiteral("backups"));
    const QString whole = backups + QStringLiteral("/cases-2026-11-21.sqlite");
    ASSERT_TRUE(QFileInfo::exists(whole));
    // A backup process killed half-way (VACUUM INTO writes the copy and its journal under a
    // temporary name; only a finished, synced copy is renamed to its date).
    const QString dead = backups + QStringLiteral("/cases-2026-11-22.sqlite.tmp-%1").arg(kDeadPid);
    writeBytes(dead, QByteArray(8192, 'x'));
    writeBytes(dead + QStringLiteral("-journal"), QByteArray(512, 'j'));
    // A backup being written right now by a live process (pid 1) is not touched.
    const QString live = backups + QStringLiteral("/cases-2026-11-22.sqlite.tmp-1");
    writeBytes(live, QByteArray(4096, 'l'));
    {
        auto store = openStore(path, clock);
        ASSERT_TRUE(store);
    }
    EXPECT_FALSE(QFileInfo::exists(dead));
    EXPECT_FALSE(QFileInfo::exists(dead + QStringLiteral("-journal")));
    EXPECT_TRUE(QFileInfo::exists(live));
    EXPECT_TRUE(QFileInfo::exists(whole));
    EXPECT_EQ(CaseStore::backupsOf(path), QStringList{whole}); // never a partial copy
}

TEST(BackupSafety, ABackupDatedInTheFutureNeverStaysNewest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    // The clock was set to 2099 for a morning: that day's first save made a backup of 2099-01-01.
    FixedClock clock(QDate(2026, 11, 1));
    auto store = openStore(path, clock);
    ASSERT_TRUE(store);
    addCase(*store, QStringLiteral("山田 太郎"));
    clock.set(QDate(2099, 1, 1).startOfDay());
    addCase(*store, QStringLiteral("佐藤 花子"));
    const QString future = dir.filePath(QStringLiteral("backups/cases-2099-01-01.sqlite"));
    ASSERT_TRUE(QFileInfo::exists(future));
    // The clock is right again: the next day's backup is the newest, the 2099 one the oldest.
    clock.set(QDate(2026, 11, 2).startOfDay());
    addCase(*store, QStringLiteral("鈴木 一郎"));
    const QString real = dir.filePath(QStringLiteral("backups/cases-2026-11-02.sqlite"));
    EXPECT_EQ(*store->backups(), (QStringList{real, future}));
    EXPECT_EQ(store::listBackups(path, QDate(2026, 11, 2)), (QStringList{real, future}));
    // … and the restore advice names the real one.
    EXPECT_EQ(store::backupAdvice(path).contains(real), true)
        << store::backupAdvice(path).toStdString();
    // Fourteen more days of backups: the future-dated one is the first rotated out.
    for (int day = 3; day <= 16; ++day) {
        clock.set(QDate(2026, 11, day).startOfDay());
        addCase(*store, QStringLiteral("客 %1").arg(day));
    }
    const QStringList all = *store->backups();
    EXPECT_EQ(all.size(), 14);
    EXPECT_FALSE(all.contains(future));
    EXPECT_FALSE(QFileInfo::exists(future));
    EXPECT_EQ(all.first(), dir.filePath(QStringLiteral("backups/cases-2026-11-16.sqlite")));
}

} // namespace
