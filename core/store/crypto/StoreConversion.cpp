// CaseStore::encrypt: a plain store (and its backups) converted into an encrypted one, kill-safe
// (docs/security.md "Encryption at rest"): the encrypted copy is written into "<store>.encrypting",
// synced, and renamed over the store in one step; the plain bytes are then overwritten.
#include "case/CaseJson.h"
#include "store/CaseStorePrivate.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"
#include "store/StoreLocation.h"
#include "store/crypto/SealedRows.h"
#include "store/crypto/StoreKeyTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace zansai {

using namespace store;

namespace {

struct ConversionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

const QString kSuffix = QStringLiteral(".encrypting");

// One connection, closed and removed with its scope.
struct Connection {
    QString name = uniqueConnectionName("encrypt");
    QSqlDatabase db;
    explicit Connection(const QString& path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

Status removeFile(const QString& path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{
            dbField(),
            ConversionText::tr("%1 cannot be removed.").arg(QDir::toNativeSeparators(path))};
    return Ok{};
}

Status removeLeftovers(const QString& temp)
{
    for (const QString& p : {temp, temp + QStringLiteral("-journal"), temp + QStringLiteral("-wal"),
                             temp + QStringLiteral("-shm")})
        if (Status s = removeFile(p); !s)
            return s;
    return Ok{};
}

// Overwrites the bytes of a file that has just been replaced or is about to be removed (best
// effort: copy-on-write file systems and SSDs may keep old blocks; docs/security.md).
void overwrite(QFile& file)
{
    qint64 left = file.size();
    const QByteArray zeros(1 << 20, '\0');
    file.seek(0);
    while (left > 0) {
        const qint64 n = qMin<qint64>(left, zeros.size());
        if (file.write(zeros.constData(), n) != n)
            break;
        left -= n;
    }
    file.flush();
    file.close();
}

Status secureRemove(const QString& path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        overwrite(f);
    return removeFile(path);
}

// Every case, every earlier version and the store's settings of `src`, sealed into the new file
// `dst` (schema built by the migrations, one transaction). `wal`: the store itself (backups
// keep the rollback journal, as VACUUM INTO makes them).
Result<int> writeEncryptedCopy(const QSqlDatabase& src, const QString& dst,
                               const crypto::Keys& keys, const crypto::WrappedKeys& wrapped,
                               bool wal)
{
    Connection out(dst);
    if (!out.db.open())
        return sqlError(out.db);
    // No journal and no syncs while the new file is built: until it is synced whole (replaceWith)
    // and renamed, it is nobody's store, and a kill leaves it to be deleted. A large cache: the
    // blind index is written in token order, not case order.
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = OFF", "PRAGMA temp_store = MEMORY",
          "PRAGMA journal_mode = OFF", "PRAGMA cache_size = -262144"})
        if (Status s = exec(out.db, QString::fromLatin1(pragma)); !s)
            return s.error();
    if (Status s = migrate(out.db); !s)
        return s.error();
    auto txn = Transaction::begin(out.db);
    if (!txn)
        return txn.error();
    if (Status s = writeWrappedKeys(out.db, wrapped); !s)
        return s.error();
    {
        auto meta = run(src, QStringLiteral("SELECT key, value FROM meta"));
        if (!meta)
            return meta.error();
        while (meta->next())
            if (Status s = exec(out.db,
                                QStringLiteral("INSERT OR REPLACE INTO meta (key, value) "
                                               "VALUES (?, ?)"),
                                {meta->value(0), meta->value(1)});
                !s)
                return s.error();
        if (meta->failed())
            return meta->error();
    }
    int cases = 0;
    auto q = run(src, QStringLiteral("SELECT id, revision, created_at, updated_at, deleted_at, "
                                     "document FROM cases JOIN case_documents ON case_id = id "
                                     "ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const qint64 revision = q->value(1).toLongLong();
        const QString doc = q->value(5).toString();
        auto c = readCase(doc.toUtf8());
        // An unreadable document is kept (sealed) as it was; its list entry is then empty.
        const Derived dv = derive(c ? *c : Case{});
        if (Status s = exec(out.db,
                            QStringLiteral("INSERT INTO cases (id, revision, created_at, "
                                           "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)"),
                            {id, revision, q->value(2), q->value(3), q->value(4)});
            !s)
            return s.error();
        if (Status s = exec(out.db,
                            QStringLiteral("INSERT INTO case_documents (case_id, document) "
                                           "VALUES (?, ?)"),
                            {id, keys.seal(doc.toUtf8(), crypto::Purpose::Document, id, revision)});
            !s)
            return s.error();
        if (Status s = writeSealedRows(out.db, keys, id, revision, dv, false); !s)
            return s.error();
        ++cases;
    }
    if (q->failed())
        return q->error();
    q->finish();
    auto v = run(src, QStringLiteral("SELECT case_id, revision, saved_at, document "
                                     "FROM case_versions"));
    if (!v)
        return v.error();
    while (v->next()) {
        const qint64 id = v->value(0).toLongLong();
        const qint64 revision = v->value(1).toLongLong();
        const QByteArray doc = v->value(3).toString().toUtf8();
        if (Status s = exec(out.db,
                            QStringLiteral("INSERT INTO case_versions (case_id, revision, "
                                           "saved_at, document) VALUES (?, ?, ?, ?)"),
                            {id, revision, v->value(2),
                             keys.seal(doc, crypto::Purpose::Document, id, revision)});
            !s)
            return s.error();
    }
    if (v->failed())
        return v->error();
    v->finish();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    if (wal) {
        auto mode = scalar(out.db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
    }
    return cases;
}

// Renames `temp` over `target` in one step (std::filesystem::rename replaces atomically on POSIX
// and with MOVEFILE_REPLACE_EXISTING on Windows), then overwrites the replaced plain bytes.
Status replaceWith(const QString& temp, const QString& target)
{
    if (Status s = fsyncPath(temp); !s)
        return s;
    QFile old(target);
    const bool keepOld = old.open(QIODevice::ReadWrite); // the plain inode, overwritten below
    std::error_code ec;
    std::filesystem::rename(temp.toStdString(), target.toStdString(), ec);
    if (ec)
        return Error{dbField(), ConversionText::tr("%1 could not be replaced: %2")
                                    .arg(QDir::toNativeSeparators(target),
                                         QString::fromStdString(ec.message()))};
    if (Status s = fsyncPath(QFileInfo(target).absolutePath()); !s)
        return s;
    if (keepOld)
        overwrite(old);
    return Ok{};
}

// The plain backups of the store at `abs`: re-encrypted with the store's key, or overwritten and
// removed (never left plain). Backups already encrypted are left alone.
void convertBackups(const QString& abs, const crypto::Keys& keys,
                    const crypto::WrappedKeys& wrapped, EncryptionResult& result)
{
    for (const QString& backup : CaseStore::backupsOf(abs)) {
        const QString bt = backup + kSuffix;
        (void)removeLeftovers(bt); // best effort: the next conversion removes it too
        bool done = false;
        {
            Connection src(backup);
            src.db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            auto already = src.db.open()
                               ? readWrappedKeys(src.db)
                               : Result<std::optional<crypto::WrappedKeys>>(sqlError(src.db));
            if (already && already->has_value())
                continue; // encrypted by an earlier run
            if (already && createPrivateFile(bt))
                done = bool(writeEncryptedCopy(src.db, bt, keys, wrapped, false));
        }
        if (done && replaceWith(bt, backup)) {
            ++result.backupsEncrypted;
        } else {
            (void)removeLeftovers(bt); // best effort: the next conversion removes it too
            (void)secureRemove(backup);
            ++result.backupsRemoved;
        }
    }
}

// encrypt() on a store that is already encrypted: a conversion killed after the store's rename
// left some backups plain; they are converted now. Nothing left to do is an error.
Result<EncryptionResult> finishBackups(const QString& abs, const QString& passphrase)
{
    const Error already{fieldOf(kStoreFieldPassphrase),
                        ConversionText::tr("The case store %1 is already encrypted.")
                            .arg(QDir::toNativeSeparators(abs))};
    std::optional<crypto::WrappedKeys> wrapped;
    {
        Connection c(abs);
        if (!c.db.open())
            return sqlError(c.db);
        auto read = readWrappedKeys(c.db);
        if (!read)
            return read.error();
        wrapped = *read;
    }
    if (!wrapped)
        return already;
    auto keys = crypto::Keys::unlock(*wrapped, {passphrase, {}});
    if (!keys)
        return keys.error(); // the wrong passphrase
    EncryptionResult result;
    convertBackups(abs, **keys, *wrapped, result);
    if (result.backupsEncrypted + result.backupsRemoved == 0)
        return already;
    return result;
}

} // namespace

Result<EncryptionResult> CaseStore::encrypt(const QString& path, const QString& passphrase,
                                            const Clock& clock)
{
    if (store::isServerLocation(path))
        return serverOnlyFileError(ConversionText::tr("Encryption at rest"));
    if (passphrase.isEmpty())
        return Error{fieldOf(kStoreFieldPassphrase),
                     ConversionText::tr("Give the new passphrase of the case store.")};
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString temp = abs + kSuffix;
    if (Status s = removeLeftovers(temp); !s) // an earlier conversion killed half-way
        return s.error();
    auto created = crypto::Keys::create(passphrase);
    if (!created)
        return created.error();
    EncryptionResult result;
    result.recoveryKey = created->recoveryKey;
    {
        auto opened = open(abs, crypto::Unlock{}, clock);
        if (!opened) {
            if (opened.error().field == fieldOf(kStoreFieldPassphrase))
                return finishBackups(abs, passphrase);
            return opened.error();
        }
        CaseStore& plain = **opened;
        if (Status s = plain.integrity(); !s)
            return s.error();
        if (Status s = createPrivateFile(temp); !s)
            return s.error();
        {
            // The write lock is held while copying: no save can slip in between copy and rename.
            auto txn = Transaction::begin(plain.d->db);
            if (!txn)
                return txn.error();
            auto n = writeEncryptedCopy(plain.d->db, temp, *created->keys, created->wrapped, true);
            if (!n) {
                (void)removeLeftovers(temp); // best effort: the next conversion removes it too
                return n.error();
            }
            result.cases = *n;
        }
        // Everything of the plain store into its main file, so that no -wal is left to replay
        // onto the encrypted one.
        auto cp = scalar(plain.d->db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!cp || cp->toInt() != 0) {
            (void)removeLeftovers(temp); // best effort: the next conversion removes it too
            return Error{dbField(), ConversionText::tr("The case store is in use by another "
                                                       "window or program: close it, then "
                                                       "encrypt again.")};
        }
    } // the plain store is closed here; its -wal (now empty) and -shm go with it
    if (QFileInfo(abs + QStringLiteral("-wal")).size() > 0) {
        (void)removeLeftovers(temp); // best effort: the next conversion removes it too
        return Error{dbField(), ConversionText::tr("The case store is in use by another window "
                                                   "or program: close it, then encrypt again.")};
    }
    for (const QString& side : {abs + QStringLiteral("-wal"), abs + QStringLiteral("-shm")})
        if (Status s = removeFile(side); !s)
            return s.error();
    if (Status s = replaceWith(temp, abs); !s)
        return s.error();

    convertBackups(abs, *created->keys, created->wrapped, result);
    return result;
}

} // namespace zansai
