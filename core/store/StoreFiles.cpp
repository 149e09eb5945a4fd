#include "store/StoreFiles.h"

#include "store/CaseStore.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace zansai::store {

namespace {
struct FilesText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error fileError(const QString& path)
{
    return Error{dbField(), FilesText::tr("The file %1 could not be written (%2).")
                                .arg(QDir::toNativeSeparators(path), errnoText())};
}

const QStringList& sidecars()
{
    static const QStringList s{QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};
    return s;
}
} // namespace

Status createPrivateFile(const QString& path)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? Status(Ok{}) : Status(fileError(path));
    const bool ok = ::fchmod(fd, 0600) == 0; // whatever the umask: the owner only
    ::close(fd);
    if (!ok)
        return fileError(path);
    return Ok{};
}

Status makePrivateDir(const QString& path)
{
    if (QFileInfo(path).isDir())
        return Ok{};
    if (!QDir().mkpath(path))
        return Error{dbField(), FilesText::tr("The folder %1 could not be created.")
                                    .arg(QDir::toNativeSeparators(path))};
    ::chmod(QFile::encodeName(path).constData(), 0700);
    return Ok{};
}

Status fsyncPath(const QString& path)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fileError(path);
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return fileError(path);
    return Ok{};
}

Result<QString> moveAside(const QString& path, const QString& suffix)
{
    if (!QFileInfo::exists(path))
        return QString();
    QString aside = path + suffix;
    for (int n = 1;; ++n) {
        bool free = !QFileInfo::exists(aside);
        for (const QString& s : sidecars())
            free = free && !QFileInfo::exists(aside + s);
        if (free)
            break;
        aside = path + suffix + QLatin1Char('.') + QString::number(n);
    }
    QStringList moved;
    auto undo = [&] {
        for (const QString& s : moved)
            ::rename(QFile::encodeName(aside + s).constData(),
                     QFile::encodeName(path + s).constData());
    };
    // The sidecars first: a -wal left beside another main file would be replayed into it.
    for (const QString& s : sidecars() + QStringList{QString()}) {
        if (!QFileInfo::exists(path + s))
            continue;
        if (::rename(QFile::encodeName(path + s).constData(),
                     QFile::encodeName(aside + s).constData()) != 0) {
            const Error e{dbField(), FilesText::tr("The file %1 could not be moved aside (%2): "
                                                   "nothing was changed.")
                                         .arg(QDir::toNativeSeparators(path + s), errnoText())};
            undo();
            return e;
        }
        moved.append(s);
    }
    // The files are aside already: a folder that cannot be synced makes the move less durable,
    // not undone, so it is reported and the move stands.
    if (const Status synced = fsyncPath(QFileInfo(path).absolutePath()); !synced)
        qWarning("zansai: %s", qPrintable(synced.error().message));
    return aside;
}

Result<FileHeader> fileHeader(const QString& path)
{
    FileHeader h;
    const QFileInfo info(path);
    if (!info.exists())
        return h;
    // Looked at before it is opened: opening a FIFO would block, a device could be endless.
    if (!info.isFile()) {
        h.kind = FileKind::Special;
        return h;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{dbField(), FilesText::tr("The case store %1 cannot be opened (%2).")
                                    .arg(QDir::toNativeSeparators(path), f.errorString())};
    const QByteArray head = f.read(100);
    if (head.isEmpty() && f.size() == 0) {
        h.kind = FileKind::Empty;
        return h;
    }
    // Every SQLite 3 database starts with this 16-byte string, and its header is 100 bytes long
    // (https://www.sqlite.org/fileformat.html): bytes 18–19 are 2 in WAL mode, 60–63 the
    // user_version and 68–71 the application_id (big-endian).
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() != 100 || !head.startsWith(magic)) {
        h.kind = FileKind::NotSqlite;
        return h;
    }
    auto bigEndian = [&](int at) {
        const auto* u = reinterpret_cast<const uchar*>(head.constData() + at);
        return quint32(u[0]) << 24 | quint32(u[1]) << 16 | quint32(u[2]) << 8 | quint32(u[3]);
    };
    h.kind = FileKind::Sqlite;
    h.wal = head[18] == 2 && head[19] == 2;
    h.userVersion = int(bigEndian(60));
    h.applicationId = qint32(bigEndian(68));
    return h;
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat sa {};
    struct stat sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("zansai-store-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

Result<CheckedFile> checkReadOnly(const QString& path, ReadMode mode)
{
    QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    // immutable=1: no locks and no -shm; only right when no other process writes the file.
    uri += mode == ReadMode::Locked ? QStringLiteral("?mode=ro")
                                    : QStringLiteral("?mode=ro&immutable=1");
    const QString name = uniqueConnectionName("check");
    Result<CheckedFile> result = CheckedFile{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(uri);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        auto damaged = [&](const QString& why) {
            QString msg = FilesText::tr("The case store %1 is damaged (%2). It was not changed.")
                              .arg(QDir::toNativeSeparators(path), why);
            return Error{QString::fromLatin1(kStoreFieldDamaged), msg};
        };
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes, mean damage;
        // anything else (busy, permissions) is a problem with access, not with the file.
        auto classify = [&](const QSqlError& e) {
            const int code = e.nativeErrorCode().toInt() & 0xff;
            const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
            if (code == 11 || code == 26)
                return damaged(text);
            return Error{dbField(), FilesText::tr("The case store %1 could not be read (%2).")
                                        .arg(QDir::toNativeSeparators(path), text)};
        };
        if (!db.open()) {
            result = classify(db.lastError());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // One read transaction: the check and the facts below see the same snapshot.
            if (!q.exec(QStringLiteral("BEGIN")))
                result = classify(q.lastError());
            else if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                result = classify(q.lastError());
            } else {
                QStringList problems;
                while (q.next())
                    problems.append(q.value(0).toString());
                if (q.lastError().isValid())
                    result = classify(q.lastError());
                else if (problems != QStringList{QStringLiteral("ok")})
                    result = damaged(problems.mid(0, 3).join(QStringLiteral("; ")));
                q.finish();
                CheckedFile facts;
                auto value = [&](const QString& sql, qint64* out) {
                    if (!result)
                        return;
                    if (q.exec(sql) && q.next())
                        *out = q.value(0).toLongLong();
                    else
                        result = classify(q.lastError());
                    q.finish();
                };
                qint64 version = 0, appId = 0, objects = 0, ours = 0;
                value(QStringLiteral("PRAGMA user_version"), &version);
                value(QStringLiteral("PRAGMA application_id"), &appId);
                value(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects);
                value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name IN ('cases', 'case_documents')"),
                      &ours);
                if (result) {
                    facts.userVersion = int(version);
                    facts.applicationId = qint32(appId);
                    facts.blank = objects == 0;
                    facts.ourTables = ours == 2;
                    result = facts;
                }
                q.exec(QStringLiteral("COMMIT"));
                q.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

namespace {
// What tells that another process wrote the store while it was read without locks.
struct FileState {
    bool exists = false;
    qint64 size = 0, mtimeNs = 0, inode = 0;
    bool sidecar = false; // a -wal, -shm or -journal: another connection has (or had) it open
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    FileState s;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        s.exists = true;
        s.size = st.st_size;
        s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        s.inode = qint64(st.st_ino);
    }
    for (const QString& sc : sidecars())
        s.sidecar = s.sidecar || QFileInfo::exists(path + sc);
    return s;
}
} // namespace

Result<CheckedFile> checkConfirmed(const QString& path)
{
    // A store nobody has open is read without locks (so a damaged one gets no -shm beside it);
    // if anything about it changed meanwhile, the read may have mixed pages of two states, and it
    // is read again. A store in use (sidecars present) is read under SQLite's locks, which is
    // exact however busy the other processes are.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const FileState before = stateOf(path);
        if (before.sidecar)
            return checkReadOnly(path, ReadMode::Locked);
        Result<CheckedFile> r = checkReadOnly(path, ReadMode::Immutable);
        if (stateOf(path) == before)
            return r;
    }
    return checkReadOnly(path, ReadMode::Locked);
}

Result<bool> publishNewFile(const QString& tmp, const QString& target)
{
    const QByteArray from = QFile::encodeName(tmp);
    const QByteArray to = QFile::encodeName(target);
    const int rc = ::link(from.constData(), to.constData());
    const int linkErrno = errno;
    if (rc != 0 && (linkErrno == EPERM || linkErrno == EOPNOTSUPP || linkErrno == ENOSYS)) {
        // A file system without hard links (FAT, some network shares): rename, after looking.
        if (QFileInfo::exists(target)) {
            ::unlink(from.constData());
            return false;
        }
        if (::rename(from.constData(), to.constData()) == 0)
            return true;
        const Error e = fileError(target);
        ::unlink(from.constData());
        return e;
    }
    ::unlink(from.constData());
    if (rc == 0)
        return true;
    if (linkErrno == EEXIST)
        return false;
    errno = linkErrno;
    return fileError(target);
}

void removeStaleTemps(const QString& dir, const QString& prefix, const QString& marker)
{
    const QRegularExpression re(
        QStringLiteral("^%1.*%2(\\d+)(-journal|-wal|-shm)?$")
            .arg(QRegularExpression::escape(prefix), QRegularExpression::escape(marker)));
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        // Only a process that is gone: a live one may be writing it right now.
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 &&
            errno == ESRCH)
            QFile::remove(fi.absoluteFilePath());
    }
}

QString backupDir(const QString& storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/backups");
}

QString backupPath(const QString& storePath, const QDate& day)
{
    return backupDir(storePath) + QLatin1Char('/') + QFileInfo(storePath).completeBaseName() +
           QLatin1Char('-') + day.toString(QStringLiteral("yyyy-MM-dd")) +
           QStringLiteral(".sqlite");
}

QStringList listBackups(const QString& storePath, const QDate& today)
{
    const QDir dir(backupDir(storePath));
    const QRegularExpression re(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(storePath).completeBaseName())));
    QStringList names = dir.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    QStringList out;
    QStringList future; // dated after today: the clock was wrong when they were made
    for (const QString& n : names) {
        const auto m = re.match(n);
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        (today.isValid() && day > today ? future : out).append(dir.filePath(n));
    }
    return out + future;
}

} // namespace zansai::store
