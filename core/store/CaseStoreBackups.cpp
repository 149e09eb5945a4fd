// The daily backups (VACUUM INTO), restoring one, and the integrity check every write waits for.
#include "store/CaseStorePrivate.h"

#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtDebug>
#include <cstdio>

namespace zansai {

using namespace store;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

} // namespace

namespace store {

std::atomic<qint64> gBackgroundCheckBytes{qint64(32) << 20};

} // namespace store

QString CaseStore::backupProblem() const
{
    return d->backupProblem;
}

QStringList CaseStore::backupsOf(const QString& storePath)
{
    return listBackups(storePath);
}

Result<QStringList> CaseStore::backups() const
{
    if (d->server)
        return serverOnlyFileError(StoreText::tr("A backup of the case store"));
    return listBackups(d->path, d->clock->today());
}

// Every write first has the result of open()'s quick_check: a damaged file is never written.
Status CaseStore::Impl::writable()
{
    if (check.valid()) {
        const Result<int> r = check.get();
        check = {};
        if (!r) {
            Error e = r.error();
            if (e.field == fieldOf(kStoreFieldDamaged))
                e.message += QLatin1Char(' ') + backupAdvice(path);
            checkResult = e;
        } else if (*r > latestSchemaVersion()) { // another process upgraded it meanwhile
            checkResult = Error{fieldOf(kStoreFieldDb), newerVersionMessage()};
        }
    }
    return checkResult;
}

Status CaseStore::integrity() const
{
    return d->writable();
}

void CaseStore::setBackgroundCheckThreshold(qint64 bytes)
{
    gBackgroundCheckBytes = bytes;
}

// The first write of each calendar day (by the injected clock) first copies the store to
// backups/<name>-YYYY-MM-DD.sqlite: the state the consultant left it in on the last working day.
// A failed backup never fails the save; it is reported by backupProblem().
void CaseStore::Impl::maybeBackup()
{
    if (server) // the server's own backups (pg_dump) keep a firm store
        return;
    const QDate today = clock->today();
    if (lastBackupDay == today)
        return;
    const QString target = backupPath(path, today);
    if (QFileInfo::exists(target)) {
        lastBackupDay = today;
        return;
    }
    auto any = scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM cases)"));
    if (any && !any->toBool())
        return;            // nothing to keep yet
    lastBackupDay = today; // one attempt a day: a failing backup must not slow every save
    const QString dir = backupDir(path);
    const QString tmp = target + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    Status s = makePrivateDir(dir);
    if (s) {
        QFile::remove(tmp);
        s = createPrivateFile(tmp); // VACUUM INTO accepts an empty file: it stays 0600
    }
    if (s)
        s = exec(db, QStringLiteral("VACUUM INTO ?"), {tmp});
    if (s)
        s = fsyncPath(tmp);
    if (s &&
        ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0)
        s = Error{fieldOf(kStoreFieldDb), StoreText::tr("The backup %1 could not be written.")
                                              .arg(QDir::toNativeSeparators(target))};
    if (s)
        s = fsyncPath(dir);
    if (!s) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
        backupProblem = s.error().message;
        qWarning("zansai: backup failed: %s", qPrintable(backupProblem));
        return;
    }
    backupProblem.clear();
    // Keep the newest 14 (one dated in the future by a wrong clock counts as the oldest).
    const QStringList all = listBackups(path, today);
    for (qsizetype i = 14; i < all.size(); ++i)
        QFile::remove(all[i]);
}

Status CaseStore::restoreBackup(const QString& backupPath, const QString& storePath)
{
    if (store::isServerLocation(storePath) || store::isServerLocation(backupPath))
        return serverOnlyFileError(StoreText::tr("Restoring a backup file"));
    const QString src = QFileInfo(backupPath).absoluteFilePath();
    const QString dst = QFileInfo(storePath).absoluteFilePath();
    if (src == dst)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("A backup cannot be restored over itself.")};
    if (QFileInfo(dst).isDir())
        return Error{
            fieldOf(kStoreFieldDb),
            StoreText::tr("%1 is a folder, not a case store.").arg(QDir::toNativeSeparators(dst))};
    auto header = fileHeader(src);
    if (!header)
        return header.error();
    if (header->kind != FileKind::Sqlite)
        return Error{fieldOf(kStoreFieldDb), StoreText::tr("The backup %1 is missing or is not a "
                                                           "case store.")
                                                 .arg(QDir::toNativeSeparators(src))};
    if (auto v = checkReadOnly(src); !v)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("The backup %1 cannot be used: %2")
                         .arg(QDir::toNativeSeparators(src), v.error().message)};
    else if (!v->isOurs())
        return Error{fieldOf(kStoreFieldDb), StoreText::tr("The backup %1 is missing or is not a "
                                                           "case store.")
                                                 .arg(QDir::toNativeSeparators(src))};
    // Copy beside the store first (nothing is touched if that fails), then move the store and its
    // -wal/-shm aside (kept: nothing is deleted), then rename the copy into place.
    const QString tmp = dst + QStringLiteral(".restoring");
    QFile::remove(tmp);
    if (Status s = makePrivateDir(QFileInfo(dst).absolutePath()); !s)
        return s;
    if (Status s = createPrivateFile(tmp); !s)
        return s;
    {
        QFile in(src);
        QFile out(tmp);
        bool ok =
            in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        while (ok && !in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
        }
        ok = ok && out.flush();
        if (!ok) {
            out.close();
            QFile::remove(tmp);
            return Error{fieldOf(kStoreFieldDb), StoreText::tr("The backup %1 could not be copied.")
                                                     .arg(QDir::toNativeSeparators(src))};
        }
    }
    if (Status s = fsyncPath(tmp); !s) {
        QFile::remove(tmp);
        return s;
    }
    auto aside = moveAside(dst, QStringLiteral(".before-restore"));
    if (!aside) {
        QFile::remove(tmp);
        return aside.error();
    }
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(dst).constData()) != 0)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("The backup could not be put in place of %1; the store was "
                                   "kept as %2.")
                         .arg(QDir::toNativeSeparators(dst), QDir::toNativeSeparators(*aside))};
    return fsyncPath(QFileInfo(dst).absolutePath());
}

} // namespace zansai
