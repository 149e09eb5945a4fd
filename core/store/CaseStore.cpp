#include "store/CaseStore.h"

#include "case/CaseJson.h"
#include "store/CaseStorePrivate.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace zansai {

using namespace store;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

constexpr int kBusyTimeoutMs = 5000;

// A document the store writes must read back: otherwise the case could not be opened again.
Status checkReadable(const QString& document)
{
    auto back = readCase(document.toUtf8());
    if (!back)
        return back.error();
    return Ok{};
}

QString foreignMessage(const QString& abs)
{
    return StoreText::tr("%1 is an SQLite database of another program, not a case store. It was "
                         "not changed: choose another file for the case store.")
        .arg(QDir::toNativeSeparators(abs));
}

// A store made before application_id existed gets it once (one header write, in a transaction).
Status markAsOurs(const QSqlDatabase& db)
{
    auto id = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!id)
        return id.error();
    if (id->toLongLong() == kApplicationId)
        return Ok{};
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

// Makes the store file whole (0600, WAL, schema, application_id) under "<path>.new-<pid>", then
// gives it its name unless another process made one there first.
Status createStore(const QString& abs)
{
    if (Status s = makePrivateDir(QFileInfo(abs).absolutePath()); !s)
        return s;
    const QString tmp = abs + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(tmp);
    if (Status s = createPrivateFile(tmp); !s)
        return s;
    const QString name = uniqueConnectionName("create");
    Status made = Ok{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(tmp);
        if (!db.open()) {
            made = sqlError(db);
        } else {
            for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"})
                if (made)
                    made = exec(db, QString::fromLatin1(pragma));
            if (made)
                made = migrate(db);
            if (made)
                made = markAsOurs(db);
            db.close(); // the last connection checkpoints and removes the -wal
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (made)
        made = fsyncPath(tmp);
    if (!made) {
        for (const QString& f : {tmp, tmp + QStringLiteral("-wal"), tmp + QStringLiteral("-shm"),
                                 tmp + QStringLiteral("-journal")})
            QFile::remove(f);
        return made;
    }
    QFile::remove(tmp + QStringLiteral("-shm"));
    auto published = publishNewFile(tmp, abs);
    if (!published)
        return published.error();
    return fsyncPath(QFileInfo(abs).absolutePath());
}

} // namespace

namespace store {

QString newerVersionMessage()
{
    return StoreText::tr("This case store was written by a newer version of Zansai Navigator. It "
                         "was not changed: use the newer version.");
}

// The stored form of a case: its zansai-case/1 document as writeCase makes it, in compact JSON
// (the indentation of writeCaseBytes would be 40 % of the bytes; export indents it again).
QString documentOf(const Case& c)
{
    return QString::fromUtf8(QJsonDocument(writeCase(c)).toJson(QJsonDocument::Compact));
}

Error conflict(qint64 stored, qint64 basedOn)
{
    return Error{fieldOf(kStoreFieldConflict),
                 StoreText::tr("This case was saved elsewhere (another window or program) "
                               "after you opened it: the store has version %1, your changes "
                               "are based on version %2. Your changes were not saved: reload "
                               "the case, or save them as a copy.")
                     .arg(stored)
                     .arg(basedOn)};
}

Error noSuchCase(qint64 id)
{
    return Error{fieldOf(kStoreFieldCase),
                 StoreText::tr("There is no case %1 in the store.").arg(id)};
}

// The sentence that ends every message about a damaged store: what can be done about it.
QString backupAdvice(const QString& storePath)
{
    const QStringList b = listBackups(storePath);
    if (b.isEmpty())
        return StoreText::tr("There is no backup of it.");
    return StoreText::tr("The newest backup is %1: restore it to continue.")
        .arg(QDir::toNativeSeparators(b.first()));
}

} // namespace store

CaseStore::CaseStore() : d(std::make_unique<Impl>()) {}

CaseStore::~CaseStore()
{
    if (!d)
        return;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connection);
}

QString CaseStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cases.sqlite");
}

QString CaseStore::path() const
{
    return d->path;
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path, const Clock& clock)
{
    return open(path, crypto::Unlock{}, clock);
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path,
                                                   const crypto::Unlock& unlock, const Clock& clock)
{
    if (isServerLocation(path)) // postgresql://… (CaseStoreServer.cpp); there is nothing to unlock
        return openServer(path, clock);
    auto store = openChecked(path, unlock, clock);
    if (store || store.error().field != fieldOf(kStoreFieldDamaged))
        return store;
    // Damage found by SQLite itself while opening: say so the same way as the checks do.
    Error e = store.error();
    const QString advice = backupAdvice(QFileInfo(path).absoluteFilePath());
    if (!e.message.contains(advice))
        e.message += QLatin1Char(' ') + advice;
    return e;
}

Result<std::unique_ptr<CaseStore>>
CaseStore::openChecked(const QString& path, const crypto::Unlock& unlock, const Clock& clock)
{
    if (path.trimmed().isEmpty())
        return Error{fieldOf(kStoreFieldDb), StoreText::tr("No case store file was given.")};
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(abs).isDir())
        return Error{
            fieldOf(kStoreFieldDb),
            StoreText::tr("%1 is a folder, not a case store.").arg(QDir::toNativeSeparators(abs))};

    // Leftovers of a creation or a backup killed half-way (never the store or a whole backup).
    removeStaleTemps(QFileInfo(abs).absolutePath(), QFileInfo(abs).fileName(),
                     QStringLiteral(".new-"));
    removeStaleTemps(backupDir(abs), QFileInfo(abs).completeBaseName() + QLatin1Char('-'),
                     QStringLiteral(".tmp-"));
    // 1. A new store is made whole under a temporary name and only then given its name: a store
    //    file is never empty or half-made, so an empty file found later is not ours to reuse.
    if (!QFileInfo::exists(abs) && !QFileInfo(abs).isSymLink())
        if (Status s = createStore(abs); !s)
            return s.error();

    // 2. Look before touching: a file that is not SQLite, is another program's, or fails the
    //    integrity check is left exactly as it is (read-only, without locks when nobody has it
    //    open), and the message names the file and a backup.
    auto header = fileHeader(abs);
    if (!header)
        return header.error();
    const FileKind kind = header->kind;
    const QString shown = QDir::toNativeSeparators(abs);
    bool checked = false;
    std::shared_future<Result<int>> background;
    if (kind == FileKind::Missing) // a dangling symbolic link
        return Error{
            fieldOf(kStoreFieldDb),
            StoreText::tr("There is no case store %1, and none is created there.").arg(shown)};
    if (kind == FileKind::Special)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("%1 is not a regular file (a device, a pipe or a socket): it is "
                                   "not a case store. It was not opened.")
                         .arg(shown)};
    if (kind == FileKind::Empty)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("%1 is empty (0 bytes). A case store is never empty, so this "
                                   "file is not used as one and was not changed: move it away to "
                                   "start a new store there.")
                             .arg(shown) +
                         QLatin1Char(' ') + backupAdvice(abs)};
    if (kind == FileKind::NotSqlite)
        return Error{fieldOf(kStoreFieldDamaged),
                     StoreText::tr("%1 is not a case store (it is not an SQLite database). It was "
                                   "not changed.")
                             .arg(shown) +
                         QLatin1Char(' ') + backupAdvice(abs)};
    const qint64 walBytes = QFileInfo(abs + QStringLiteral("-wal")).size();
    const bool hotJournal = QFileInfo::exists(abs + QStringLiteral("-journal"));
    if (!hotJournal && walBytes == 0 && header->wal &&
        header->userVersion == latestSchemaVersion() && header->applicationId == kApplicationId &&
        QFileInfo(abs).size() > gBackgroundCheckBytes) {
        // A large store, closed cleanly, of this version: nothing is written on open, so the
        // integrity check runs beside the first page; every write waits for it.
        background = std::async(std::launch::async, [abs]() -> Result<int> {
                         auto r = checkConfirmed(abs);
                         if (!r)
                             return r.error();
                         return r->userVersion;
                     }).share();
        checked = true;
    } else if (!hotJournal) {
        auto found = checkConfirmed(abs);
        if (!found) {
            Error e = found.error();
            if (e.field == fieldOf(kStoreFieldDamaged))
                e.message += QLatin1Char(' ') + backupAdvice(abs);
            return e;
        }
        if (!found->isOurs())
            return Error{fieldOf(kStoreFieldDb), foreignMessage(abs)};
        if (found->userVersion > latestSchemaVersion())
            return Error{fieldOf(kStoreFieldDb), newerVersionMessage()};
        checked = true;
    }

    std::unique_ptr<CaseStore> store(new CaseStore());
    Impl& p = *store->d;
    p.check = std::move(background);
    p.path = abs;
    p.clock = &clock;
    p.connection = uniqueConnectionName("main");
    p.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p.connection);
    p.db.setDatabaseName(abs);
    p.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!p.db.open())
        return sqlError(p.db);
    // WAL: readers never block the writer; synchronous=FULL makes every commit durable in WAL
    // mode too (NORMAL could lose the last commits on power loss).
    for (const char* pragma :
         {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (Status s = exec(p.db, QString::fromLatin1(pragma)); !s)
            return s.error();
    auto mode = scalar(p.db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().toLower() != QStringLiteral("wal"))
        return sqlError(StoreText::tr("the store cannot use write-ahead logging"));
    auto fk = scalar(p.db, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk)
        return fk.error();
    if (fk->toInt() != 1)
        return sqlError(StoreText::tr("foreign keys cannot be enforced"));
    if (!checked) { // a file with a hot journal: SQLite has rolled it back, now check it
        auto problems = scalar(p.db, QStringLiteral("PRAGMA quick_check"));
        if (!problems)
            return problems.error();
        if (problems->toString() != QStringLiteral("ok"))
            return Error{fieldOf(kStoreFieldDamaged),
                         StoreText::tr("The case store %1 is damaged (%2).")
                                 .arg(QDir::toNativeSeparators(abs), problems->toString()) +
                             QLatin1Char(' ') + backupAdvice(abs)};
    }
    if (!checked) { // the rolled-back file must be ours too before anything is written
        auto id = scalar(p.db, QStringLiteral("PRAGMA application_id"));
        auto ours = scalar(p.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                "type = 'table' AND name IN ('cases', "
                                                "'case_documents')"));
        auto objects = scalar(p.db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!id || !ours || !objects)
            return sqlError(StoreText::tr("its header cannot be read"));
        CheckedFile f;
        f.applicationId = qint32(id->toLongLong());
        f.ourTables = ours->toInt() == 2;
        f.blank = objects->toInt() == 0;
        if (!f.isOurs())
            return Error{fieldOf(kStoreFieldDb), foreignMessage(abs)};
    }
    if (Status s = migrate(p.db); !s)
        return s.error();
    if (Status s = markAsOurs(p.db); !s)
        return s.error();
    if (Status s = p.openKeys(unlock); !s) // encrypted: the key first (CaseStoreCrypto.cpp)
        return s.error();
    if (Status s = p.rebuildDerived(); !s)
        return s.error();
    return store;
}

Result<qint64> CaseStore::Impl::insertLocked(const QString& document, const Derived& dv, qint64 now)
{
    // RETURNING: PostgreSQL's driver has no last insert id (SQLite has RETURNING since 3.35).
    auto q = run(db,
                 QStringLiteral("INSERT INTO cases (revision, created_at, updated_at, client_name, "
                                "client_kana, sort_key, consultant, creditors, total_principal) "
                                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 QVariantList{now, now} + listColumns(dv, encrypted));
    if (!q)
        return q.error();
    if (!q->next())
        return q->failed() ? q->error() : sqlError(StoreText::tr("the new case has no number"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    auto stored = storedDocument(id, 1, document);
    if (!stored)
        return stored.error();
    if (Status s =
            exec(db, QStringLiteral("INSERT INTO case_documents (case_id, document) VALUES (?, ?)"),
                 {id, *stored});
        !s)
        return s.error();
    if (Status s = writeDerivedRows(db, keys.get(), id, 1, dv, false); !s)
        return s.error();
    if (Status s = audit(id, AuditAction::Created); !s)
        return s.error();
    return id;
}

Result<qint64> CaseStore::Impl::saveLocked(qint64 id, const QString& document, const Derived& dv,
                                           qint64 expectedRevision)
{
    // On PostgreSQL the row stays locked to the commit: a second connection's save of the same
    // case waits here, then reads the new revision and is refused as a conflict.
    auto cur = run(db,
                   QStringLiteral("SELECT revision, document FROM cases JOIN case_documents "
                                  "ON case_id = id WHERE id = ?") +
                       forUpdate(db, "cases"),
                   {id});
    if (!cur)
        return cur.error();
    if (!cur->next())
        return cur->failed() ? cur->error() : noSuchCase(id);
    const qint64 revision = cur->value(0).toLongLong();
    const auto before = documentText(id, revision, cur->value(1));
    cur->finish();
    if (!before)
        return before.error();
    const bool same = *before == document;
    if (revision != expectedRevision)
        return conflict(revision, expectedRevision);
    if (same)
        return revision; // nothing changed: no new version
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO case_versions (case_id, revision, saved_at, "
                                       "document) SELECT id, revision, updated_at, document "
                                       "FROM cases JOIN case_documents ON case_id = id "
                                       "WHERE id = ?"),
                        {id});
        !s)
        return s.error();
    auto up = run(db,
                  QStringLiteral("UPDATE cases SET revision = revision + 1, updated_at = ?, "
                                 "client_name = ?, client_kana = ?, sort_key = ?, consultant = ?, "
                                 "creditors = ?, total_principal = ? "
                                 "WHERE id = ? AND revision = ?"),
                  QVariantList{nowMs()} + listColumns(dv, encrypted) + QVariantList{id, revision});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1) // another writer in between: refused, never overwritten
        return conflict(revision + 1, expectedRevision);
    up->finish();
    auto stored = storedDocument(id, revision + 1, document);
    if (!stored)
        return stored.error();
    if (Status s =
            exec(db, QStringLiteral("UPDATE case_documents SET document = ? WHERE case_id = ?"),
                 {*stored, id});
        !s)
        return s.error();
    if (Status s = writeDerivedRows(db, keys.get(), id, revision + 1, dv, true); !s)
        return s.error();
    if (Status s = audit(id, AuditAction::Changed); !s)
        return s.error();
    return revision + 1;
}

Result<qint64> CaseStore::create(const Case& c)
{
    auto ids = createMany({c});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> CaseStore::createMany(const QList<Case>& cases)
{
    if (Status s = d->writable(); !s)
        return s.error();
    QList<std::pair<QString, Derived>> prepared;
    prepared.reserve(cases.size());
    for (const Case& c : cases) {
        QString doc = documentOf(c);
        if (Status s = checkReadable(doc); !s)
            return s.error();
        prepared.append({std::move(doc), derive(c)});
    }
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    const qint64 now = d->nowMs();
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const auto& [doc, dv] : prepared) {
        auto id = d->insertLocked(doc, dv, now);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return ids;
}

Result<qint64> CaseStore::save(qint64 id, const Case& c, qint64 expectedRevision)
{
    if (Status s = d->writable(); !s)
        return s.error();
    const QString doc = documentOf(c);
    if (Status s = checkReadable(doc); !s)
        return s.error();
    const Derived dv = derive(c);
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto rev = d->saveLocked(id, doc, dv, expectedRevision);
    if (!rev)
        return rev.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return rev;
}

Result<StoredCase> CaseStore::load(qint64 id) const
{
    auto q = run(d->db,
                 QStringLiteral("SELECT revision, created_at, updated_at, deleted_at, document "
                                "FROM cases JOIN case_documents ON case_id = id WHERE id = ?"),
                 {id});
    if (!q)
        return q.error();
    if (!q->next())
        return q->failed() ? q->error() : noSuchCase(id);
    StoredCase sc;
    sc.id = id;
    sc.revision = q->value(0).toLongLong();
    sc.createdAt = fromMs(q->value(1));
    sc.updatedAt = fromMs(q->value(2));
    sc.inTrash = !q->value(3).isNull();
    sc.trashedAt = fromMs(q->value(3));
    const auto text = d->documentText(id, sc.revision, q->value(4));
    q->finish();
    if (!text)
        return text.error();
    auto c = readCase(text->toUtf8());
    if (!c)
        return Error{
            c.error().field,
            StoreText::tr("The stored case %1 cannot be read: %2").arg(id).arg(c.error().message)};
    sc.data = std::move(c).value();
    if (Status s = d->audit(id, AuditAction::Opened); !s)
        return s.error();
    return sc;
}

} // namespace zansai
