#include "store/CaseStore.h"

#include "case/CaseJson.h"
#include "store/Migrations.h"
#include "store/SearchText.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QtDebug>
#include <cerrno>
#include <csignal>
#include <cstdio>

namespace zansai {

using namespace store;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

// The version of derive() (SearchText.cpp): a store derived by another version is re-derived from
// its documents on open. Bump it when derive() or normalizeForSearch() changes.
constexpr int kDerivedVersion = 1;
constexpr int kBusyTimeoutMs = 5000;

QString fieldOf(const char* f)
{
    return QString::fromLatin1(f);
}

// The stored form of a case: its zansai-case/1 document, exactly as writeCaseBytes writes it.
QString documentOf(const Case& c)
{
    return QString::fromUtf8(writeCaseBytes(c));
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
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

// A FTS5 phrase: the normalised query in double quotes (a trigram index matches it anywhere).
QString ftsPhrase(const QString& normalized)
{
    QString q = normalized;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Writes what is derived from a case beside its row in `cases` (debts, search texts).
Status writeDerivedRows(const QSqlDatabase& db, qint64 id, const Derived& d, bool replace)
{
    if (replace)
        if (Status s = exec(db, QStringLiteral("DELETE FROM debts WHERE case_id = ?"), {id}); !s)
            return s;
    int position = 0;
    for (const DerivedDebt& debt : d.debts) {
        if (Status s =
                exec(db,
                     QStringLiteral("INSERT INTO debts (case_id, position, debt_id, creditor, "
                                    "kind, lender_kind, principal) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {id, position++, debt.id, debt.creditor, debt.kind, debt.lenderKind,
                      debt.principal});
            !s)
            return s;
    }
    // An unchanged text is not re-indexed (autosaves mostly change other things).
    return exec(
        db,
        QStringLiteral("INSERT INTO case_search (case_id, name, creditors, notes) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                       "name = excluded.name, creditors = excluded.creditors, "
                       "notes = excluded.notes WHERE name IS NOT excluded.name OR "
                       "creditors IS NOT excluded.creditors OR notes IS NOT excluded.notes"),
        {id, d.searchName, d.searchCreditors, d.searchNotes});
}

Status updateDerivedColumns(const QSqlDatabase& db, qint64 id, const Derived& d)
{
    return exec(
        db,
        QStringLiteral("UPDATE cases SET client_name = ?, client_kana = ?, sort_key = ?, "
                       "consultant = ?, creditors = ?, total_principal = ? WHERE id = ?"),
        {d.clientName, d.clientKana, d.sortKey, d.consultant, d.creditors, d.totalPrincipal, id});
}

// A document the store writes must read back: otherwise the case could not be opened again.
Status checkReadable(const QString& document)
{
    auto back = readCase(document.toUtf8());
    if (!back)
        return back.error();
    return Ok{};
}

} // namespace

struct CaseStore::Impl {
    QString path;
    QString connection;
    const Clock* clock = nullptr;
    QSqlDatabase db;
    QDate lastBackupDay;
    QString backupProblem;

    qint64 nowMs() const { return clock->now().toMSecsSinceEpoch(); }
    Status rebuildDerived();
    void maybeBackup();
    Result<qint64> insertLocked(const QString& document, const Derived& d, qint64 now);
    Result<qint64> saveLocked(qint64 id, const QString& document, const Derived& d,
                              qint64 expectedRevision);
    Result<QString> documentLocked(qint64 id, qint64 revision) const;
};

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
    return listBackups(d->path);
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& path, const Clock& clock)
{
    if (path.trimmed().isEmpty())
        return Error{fieldOf(kStoreFieldDb), StoreText::tr("No case store file was given.")};
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(abs).isDir())
        return Error{
            fieldOf(kStoreFieldDb),
            StoreText::tr("%1 is a folder, not a case store.").arg(QDir::toNativeSeparators(abs))};

    // 1. Look before touching: a file that is not SQLite, or fails quick_check, is left exactly as
    //    it is (opened read-only, immutable when it has no -wal), and the message names a backup.
    auto kind = fileKind(abs);
    if (!kind)
        return kind.error();
    bool checked = false;
    if (*kind == FileKind::NotSqlite)
        return Error{fieldOf(kStoreFieldDamaged),
                     StoreText::tr("%1 is not a case store (it is not an SQLite database). It was "
                                   "not changed.")
                             .arg(QDir::toNativeSeparators(abs)) +
                         QLatin1Char(' ') + backupAdvice(abs)};
    if (*kind == FileKind::Sqlite && !QFileInfo::exists(abs + QStringLiteral("-journal"))) {
        auto version = checkReadOnly(abs);
        if (!version) {
            Error e = version.error();
            if (e.field == fieldOf(kStoreFieldDamaged))
                e.message += QLatin1Char(' ') + backupAdvice(abs);
            return e;
        }
        if (*version > latestSchemaVersion())
            return Error{fieldOf(kStoreFieldDb),
                         StoreText::tr("This case store was written by a newer version of Zansai "
                                       "Navigator. It was not changed: use the newer version.")};
        checked = true;
    }
    // 2. A new store is created private (0600) before SQLite sees it; its -wal and -shm inherit
    //    the mode from it.
    if (*kind == FileKind::Missing) {
        if (Status s = makePrivateDir(QFileInfo(abs).absolutePath()); !s)
            return s.error();
        if (Status s = createPrivateFile(abs); !s)
            return s.error();
    }

    std::unique_ptr<CaseStore> store(new CaseStore());
    Impl& p = *store->d;
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
    if (Status s = migrate(p.db); !s)
        return s.error();
    if (Status s = p.rebuildDerived(); !s)
        return s.error();
    return store;
}

Status CaseStore::Impl::rebuildDerived()
{
    static const QString wanted = QString::number(kDerivedVersion);
    const QString versionSql =
        QStringLiteral("SELECT value FROM meta WHERE key = 'derived_version'");
    auto current = scalar(db, versionSql);
    if (!current)
        return current.error();
    if (current->toString() == wanted)
        return Ok{};
    auto txn = Transaction::begin(db);
    if (!txn)
        return txn.error();
    current = scalar(db, versionSql); // another process may have done it meanwhile
    if (!current)
        return current.error();
    if (current->toString() == wanted)
        return Ok{};
    QList<qint64> ids;
    {
        auto q = run(db, QStringLiteral("SELECT id FROM cases ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next())
            ids.append(q->value(0).toLongLong());
        if (q->failed())
            return q->error();
    }
    for (qint64 id : ids) {
        auto doc = scalar(db, QStringLiteral("SELECT document FROM cases WHERE id = ?"), {id});
        if (!doc)
            return doc.error();
        auto c = readCase(doc->toString().toUtf8());
        if (!c) { // kept as it is: its document is still there, only not searchable
            qWarning("zansai: case %lld could not be re-indexed: %s", id,
                     qPrintable(c.error().message));
            continue;
        }
        const Derived derived = derive(*c);
        if (Status s = updateDerivedColumns(db, id, derived); !s)
            return s;
        if (Status s = writeDerivedRows(db, id, derived, true); !s)
            return s;
    }
    if (Status s =
            exec(db,
                 QStringLiteral("INSERT INTO meta (key, value) VALUES ('derived_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {wanted});
        !s)
        return s;
    return txn.value()->commit();
}

// The first write of each calendar day (by the injected clock) first copies the store to
// backups/<name>-YYYY-MM-DD.sqlite: the state the consultant left it in on the last working day.
// A failed backup never fails the save; it is reported by backupProblem().
void CaseStore::Impl::maybeBackup()
{
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
        backupProblem = s.error().message;
        qWarning("zansai: backup failed: %s", qPrintable(backupProblem));
        return;
    }
    backupProblem.clear();
    // Keep the newest 14; also clear what killed processes left half-written.
    const QStringList all = listBackups(path);
    for (qsizetype i = 14; i < all.size(); ++i)
        QFile::remove(all[i]);
    const QString base = QFileInfo(path).completeBaseName();
    for (const QFileInfo& fi :
         QDir(dir).entryInfoList({base + QStringLiteral("-*.sqlite.tmp-*")}, QDir::Files)) {
        const qint64 pid = fi.suffix().mid(4).toLongLong();
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 &&
            errno == ESRCH)
            QFile::remove(fi.absoluteFilePath());
    }
}

Result<qint64> CaseStore::Impl::insertLocked(const QString& document, const Derived& dv, qint64 now)
{
    auto q = run(db,
                 QStringLiteral("INSERT INTO cases (revision, created_at, updated_at, client_name, "
                                "client_kana, sort_key, consultant, creditors, total_principal, "
                                "document) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {now, now, dv.clientName, dv.clientKana, dv.sortKey, dv.consultant, dv.creditors,
                  dv.totalPrincipal, document});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    if (Status s = writeDerivedRows(db, id, dv, false); !s)
        return s.error();
    return id;
}

Result<qint64> CaseStore::Impl::saveLocked(qint64 id, const QString& document, const Derived& dv,
                                           qint64 expectedRevision)
{
    auto cur = run(db, QStringLiteral("SELECT revision, document FROM cases WHERE id = ?"), {id});
    if (!cur)
        return cur.error();
    if (!cur->next())
        return cur->failed() ? cur->error() : noSuchCase(id);
    const qint64 revision = cur->value(0).toLongLong();
    const bool same = cur->value(1).toString() == document;
    cur->finish();
    if (revision != expectedRevision)
        return Error{fieldOf(kStoreFieldConflict),
                     StoreText::tr("This case was saved elsewhere (another window or program) "
                                   "after you opened it: the store has version %1, your changes "
                                   "are based on version %2. Your changes were not saved: reload "
                                   "the case, or save them as a copy.")
                         .arg(revision)
                         .arg(expectedRevision)};
    if (same)
        return revision; // nothing changed: no new version
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO case_versions (case_id, revision, saved_at, "
                                       "document) SELECT id, revision, updated_at, document "
                                       "FROM cases WHERE id = ?"),
                        {id});
        !s)
        return s.error();
    auto up = run(db,
                  QStringLiteral("UPDATE cases SET revision = revision + 1, updated_at = ?, "
                                 "client_name = ?, client_kana = ?, sort_key = ?, consultant = ?, "
                                 "creditors = ?, total_principal = ?, document = ? "
                                 "WHERE id = ? AND revision = ?"),
                  {nowMs(), dv.clientName, dv.clientKana, dv.sortKey, dv.consultant, dv.creditors,
                   dv.totalPrincipal, document, id, revision});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1)
        return sqlError(StoreText::tr("the case changed during the save"));
    up->finish();
    if (Status s = writeDerivedRows(db, id, dv, true); !s)
        return s.error();
    return revision + 1;
}

Result<QString> CaseStore::Impl::documentLocked(qint64 id, qint64 revision) const
{
    auto q = run(db,
                 QStringLiteral("SELECT document FROM cases WHERE id = ? AND revision = ? "
                                "UNION ALL SELECT document FROM case_versions "
                                "WHERE case_id = ? AND revision = ?"),
                 {id, revision, id, revision});
    if (!q)
        return q.error();
    if (!q->next()) {
        if (q->failed())
            return q->error();
        return Error{fieldOf(kStoreFieldCase),
                     StoreText::tr("Case %1 has no version %2.").arg(id).arg(revision)};
    }
    const QString doc = q->value(0).toString();
    q->finish();
    return doc;
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
                                "FROM cases WHERE id = ?"),
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
    const QByteArray doc = q->value(4).toString().toUtf8();
    q->finish();
    auto c = readCase(doc);
    if (!c)
        return Error{
            c.error().field,
            StoreText::tr("The stored case %1 cannot be read: %2").arg(id).arg(c.error().message)};
    sc.data = std::move(c).value();
    return sc;
}

namespace {
// WHERE for the list and the count: trash or not, then the search (see 003_search.sql).
QString listFilter(const QString& query, bool trash, QVariantList* binds)
{
    QString where =
        trash ? QStringLiteral("deleted_at IS NOT NULL") : QStringLiteral("deleted_at IS NULL");
    const QString q = normalizeForSearch(query);
    if (q.isEmpty())
        return where;
    if (searchLength(q) >= 3) { // FTS5 trigram: any substring of 3+ characters, indexed
        where += QStringLiteral(" AND id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)");
        binds->append(ftsPhrase(q));
    } else { // 1–2 characters (山田, 佐藤): no trigram exists; scan the narrow search table
        where += QStringLiteral(" AND id IN (SELECT case_id FROM case_search WHERE "
                                "instr(name, ?) > 0 OR instr(creditors, ?) > 0 OR "
                                "instr(notes, ?) > 0)");
        *binds << q << q << q;
    }
    return where;
}

QString orderBy(CaseSort sort)
{
    switch (sort) {
    case CaseSort::UpdatedDesc:
        return QStringLiteral("updated_at DESC, id DESC");
    case CaseSort::UpdatedAsc:
        return QStringLiteral("updated_at ASC, id ASC");
    case CaseSort::NameAsc:
        return QStringLiteral("sort_key ASC, id ASC");
    case CaseSort::NameDesc:
        return QStringLiteral("sort_key DESC, id DESC");
    case CaseSort::CreatedDesc:
        return QStringLiteral("created_at DESC, id DESC");
    case CaseSort::PrincipalDesc:
        return QStringLiteral("total_principal DESC, id DESC");
    }
    return QStringLiteral("updated_at DESC, id DESC");
}
} // namespace

Result<QList<CaseSummary>> CaseStore::list(const QString& query, CaseSort sort, int offset,
                                           int limit, bool trash) const
{
    QList<CaseSummary> out;
    if (limit <= 0)
        return out;
    QVariantList binds;
    const QString where = listFilter(query, trash, &binds);
    binds << limit << qMax(0, offset);
    auto q = run(d->db,
                 QStringLiteral("SELECT id, client_name, client_kana, creditors, total_principal, "
                                "consultant, updated_at, created_at FROM cases WHERE %1 "
                                "ORDER BY %2 LIMIT ? OFFSET ?")
                     .arg(where, orderBy(sort)),
                 binds);
    if (!q)
        return q.error();
    while (q->next()) {
        CaseSummary s;
        s.id = q->value(0).toLongLong();
        s.clientName = q->value(1).toString();
        s.clientKana = q->value(2).toString();
        s.creditors = q->value(3).toString();
        s.totalPrincipal = Yen(q->value(4).toLongLong());
        s.consultant = q->value(5).toString();
        s.updatedAt = fromMs(q->value(6));
        s.createdAt = fromMs(q->value(7));
        out.append(s);
    }
    if (q->failed())
        return q->error();
    q->finish();
    return out;
}

Result<int> CaseStore::count(const QString& query, bool trash) const
{
    QVariantList binds;
    const QString where = listFilter(query, trash, &binds);
    auto n = scalar(d->db, QStringLiteral("SELECT count(*) FROM cases WHERE %1").arg(where), binds);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<qint64> CaseStore::duplicate(qint64 id)
{
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto q = run(d->db, QStringLiteral("SELECT document FROM cases WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return q->failed() ? q->error() : noSuchCase(id);
    const QString doc = q->value(0).toString();
    q->finish();
    auto c = readCase(doc.toUtf8());
    if (!c)
        return c.error();
    auto newId = d->insertLocked(doc, derive(*c), d->nowMs());
    if (!newId)
        return newId.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return newId;
}

Status CaseStore::moveToTrash(qint64 id)
{
    d->maybeBackup();
    auto up =
        run(d->db,
            QStringLiteral("UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
            {d->nowMs(), id});
    if (!up)
        return up.error();
    if (up->numRowsAffected() == 0) {
        auto exists = scalar(d->db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"), {id});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return noSuchCase(id);
    }
    return Ok{}; // already in the trash: nothing to do
}

Status CaseStore::restoreFromTrash(qint64 id)
{
    d->maybeBackup();
    auto up = run(d->db, QStringLiteral("UPDATE cases SET deleted_at = NULL WHERE id = ?"), {id});
    if (!up)
        return up.error();
    if (up->numRowsAffected() == 0)
        return noSuchCase(id);
    return Ok{};
}

Status CaseStore::emptyTrash()
{
    d->maybeBackup();
    // Cascades to debts, case_versions and case_search (whose trigger updates the FTS index).
    return exec(d->db, QStringLiteral("DELETE FROM cases WHERE deleted_at IS NOT NULL"));
}

Result<QList<CaseVersionInfo>> CaseStore::history(qint64 id) const
{
    auto q = run(d->db,
                 QStringLiteral("SELECT revision, updated_at FROM cases WHERE id = ? UNION ALL "
                                "SELECT revision, saved_at FROM case_versions WHERE case_id = ? "
                                "ORDER BY 1 DESC"),
                 {id, id});
    if (!q)
        return q.error();
    QList<CaseVersionInfo> out;
    while (q->next())
        out.append(CaseVersionInfo{q->value(0).toLongLong(), fromMs(q->value(1))});
    if (q->failed())
        return q->error();
    q->finish();
    if (out.isEmpty())
        return noSuchCase(id);
    return out;
}

Result<Case> CaseStore::loadVersion(qint64 id, qint64 revision) const
{
    auto doc = d->documentLocked(id, revision);
    if (!doc)
        return doc.error();
    auto c = readCase(doc->toUtf8());
    if (!c)
        return Error{
            c.error().field,
            StoreText::tr("The stored case %1 cannot be read: %2").arg(id).arg(c.error().message)};
    return c;
}

Result<qint64> CaseStore::restoreVersion(qint64 id, qint64 revision)
{
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto current = scalar(d->db, QStringLiteral("SELECT revision FROM cases WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (current->isNull())
        return noSuchCase(id);
    auto doc = d->documentLocked(id, revision);
    if (!doc)
        return doc.error();
    auto c = readCase(doc->toUtf8());
    if (!c)
        return c.error();
    auto rev = d->saveLocked(id, *doc, derive(*c), current->toLongLong());
    if (!rev)
        return rev.error();
    if (Status s = txn.value()->commit(); !s)
        return s.error();
    return rev;
}

Status CaseStore::restoreBackup(const QString& backupPath, const QString& storePath)
{
    const QString src = QFileInfo(backupPath).absoluteFilePath();
    const QString dst = QFileInfo(storePath).absoluteFilePath();
    if (src == dst)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("A backup cannot be restored over itself.")};
    if (QFileInfo(dst).isDir())
        return Error{
            fieldOf(kStoreFieldDb),
            StoreText::tr("%1 is a folder, not a case store.").arg(QDir::toNativeSeparators(dst))};
    auto kind = fileKind(src);
    if (!kind)
        return kind.error();
    if (*kind != FileKind::Sqlite)
        return Error{fieldOf(kStoreFieldDb), StoreText::tr("The backup %1 is missing or is not a "
                                                           "case store.")
                                                 .arg(QDir::toNativeSeparators(src))};
    if (auto v = checkReadOnly(src); !v)
        return Error{fieldOf(kStoreFieldDb),
                     StoreText::tr("The backup %1 cannot be used: %2")
                         .arg(QDir::toNativeSeparators(src), v.error().message)};
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
