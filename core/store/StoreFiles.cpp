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
    QFile f(path);
    if (!f.exists())
        return h;
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
    // user_version (big-endian).
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() != 100 || !head.startsWith(magic)) {
        h.kind = FileKind::NotSqlite;
        return h;
    }
    h.kind = FileKind::Sqlite;
    h.wal = head[18] == 2 && head[19] == 2;
    const auto* u = reinterpret_cast<const uchar*>(head.constData() + 60);
    h.userVersion =
        int((quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3]);
    return h;
}

QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("zansai-store-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

Result<int> checkReadOnly(const QString& path)
{
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const bool hasJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    // immutable=1: no locks and no -shm; only right when nothing in a -wal/-journal belongs to it.
    uri +=
        hasWal || hasJournal ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1");
    const QString name = uniqueConnectionName("check");
    Result<int> result = 0;
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
            return code == 11 || code == 26 ? damaged(text) : sqlError(text);
        };
        if (!db.open()) {
            result = classify(db.lastError());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
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
                if (result) {
                    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                        result = q.value(0).toInt();
                    else
                        result = classify(q.lastError());
                    q.finish();
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<int> checkConfirmed(const QString& path)
{
    Result<int> first = checkReadOnly(path);
    if (first || first.error().field != QString::fromLatin1(kStoreFieldDamaged))
        return first;
    return checkReadOnly(path);
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

QStringList listBackups(const QString& storePath)
{
    const QDir dir(backupDir(storePath));
    const QRegularExpression re(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(storePath).completeBaseName())));
    QStringList names = dir.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    QStringList out;
    for (const QString& n : names)
        if (re.match(n).hasMatch())
            out.append(dir.filePath(n));
    return out;
}

} // namespace zansai::store
