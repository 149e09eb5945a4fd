#include "store/CaseStore.h"

#include "case/CaseJson.h"
#include "store/Migrations.h"
#include "store/SearchText.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QStandardPaths>
#include <QtDebug>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <future>

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
// Stores larger than this (about 8,000 cases) are quick_checked in the background on open.
std::atomic<qint64> gBackgroundCheckBytes{qint64(32) << 20};

QString newerVersionMessage()
{
    return StoreText::tr("This case store was written by a newer version of Zansai Navigator. It "
                         "was not changed: use the newer version.");
}

QString fieldOf(const char* f)
{
    return QString::fromLatin1(f);
}

// The stored form of a case: its zansai-case/1 document as writeCase makes it, in compact JSON
// (the indentation of writeCaseBytes would be 40 % of the bytes; export indents it again).
QString documentOf(const Case& c)
{
    return QString::fromUtf8(QJsonDocument(writeCase(c)).toJson(QJsonDocument::Compact));
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
    if (replace) {
        if (Status s = exec(db, QStringLiteral("DELETE FROM debts WHERE case_id = ?"), {id}); !s)
            return s;
    }
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
    std::shared_future<Result<int>> check; // open()'s quick_check, when it runs in the background
    Status checkResult = Ok{};
    QString path;
    QString connection;
    const Clock* clock = nullptr;
    QSqlDatabase db;
    QDate lastBackupDay;
    QString backupProblem;

    qint64 nowMs() const { return clock->now().toMSecsSinceEpoch(); }
    Status writable();
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
    auto store = openChecked(path, clock);
    if (store || store.error().field != fieldOf(kStoreFieldDamaged))
        return store;
    // Damage found by SQLite itself while opening: say so the same way as the checks do.
    Error e = store.error();
    const QString advice = backupAdvice(QFileInfo(path).absoluteFilePath());
    if (!e.message.contains(advice))
        e.message += QLatin1Char(' ') + advice;
    return e;
}

Result<std::unique_ptr<CaseStore>> CaseStore::openChecked(const QString& path, const Clock& clock)
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
    auto header = fileHeader(abs);
    if (!header)
        return header.error();
    const FileKind kind = header->kind;
    bool checked = false;
    std::shared_future<Result<int>> background;
    if (kind == FileKind::NotSqlite)
        return Error{fieldOf(kStoreFieldDamaged),
                     StoreText::tr("%1 is not a case store (it is not an SQLite database). It was "
                                   "not changed.")
                             .arg(QDir::toNativeSeparators(abs)) +
                         QLatin1Char(' ') + backupAdvice(abs)};
    const qint64 walBytes = QFileInfo(abs + QStringLiteral("-wal")).size();
    const bool hotJournal = QFileInfo::exists(abs + QStringLiteral("-journal"));
    if (kind == FileKind::Sqlite && !hotJournal && walBytes == 0 && header->wal &&
        header->userVersion == latestSchemaVersion() &&
        QFileInfo(abs).size() > gBackgroundCheckBytes) {
        // A large store, closed cleanly, of this version: nothing is written on open, so the
        // quick_check (about 1 ms per MB) runs beside the first page; every write waits for it.
        background = std::async(std::launch::async, [abs] { return checkConfirmed(abs); }).share();
        checked = true;
    } else if (kind == FileKind::Sqlite && !hotJournal) {
        auto version = checkConfirmed(abs);
        if (!version) {
            Error e = version.error();
            if (e.field == fieldOf(kStoreFieldDamaged))
                e.message += QLatin1Char(' ') + backupAdvice(abs);
            return e;
        }
        if (*version > latestSchemaVersion())
            return Error{fieldOf(kStoreFieldDb), newerVersionMessage()};
        checked = true;
    }
    // 2. A new store is created private (0600) before SQLite sees it; its -wal and -shm inherit
    //    the mode from it.
    if (kind == FileKind::Missing) {
        if (Status s = makePrivateDir(QFileInfo(abs).absolutePath()); !s)
            return s.error();
        if (Status s = createPrivateFile(abs); !s)
            return s.error();
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
    if (Status s = migrate(p.db); !s)
        return s.error();
    if (Status s = p.rebuildDerived(); !s)
        return s.error();
    return store;
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
        auto doc = scalar(
            db, QStringLiteral("SELECT document FROM case_documents WHERE case_id = ?"), {id});
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
                                "client_kana, sort_key, consultant, creditors, total_principal) "
                                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {now, now, dv.clientName, dv.clientKana, dv.sortKey, dv.consultant, dv.creditors,
                  dv.totalPrincipal});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    if (Status s =
            exec(db, QStringLiteral("INSERT INTO case_documents (case_id, document) VALUES (?, ?)"),
                 {id, document});
        !s)
        return s.error();
    if (Status s = writeDerivedRows(db, id, dv, false); !s)
        return s.error();
    return id;
}

Result<qint64> CaseStore::Impl::saveLocked(qint64 id, const QString& document, const Derived& dv,
                                           qint64 expectedRevision)
{
    auto cur = run(db,
                   QStringLiteral("SELECT revision, document FROM cases JOIN case_documents "
                                  "ON case_id = id WHERE id = ?"),
                   {id});
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
                  {nowMs(), dv.clientName, dv.clientKana, dv.sortKey, dv.consultant, dv.creditors,
                   dv.totalPrincipal, id, revision});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1)
        return sqlError(StoreText::tr("the case changed during the save"));
    up->finish();
    if (Status s =
            exec(db, QStringLiteral("UPDATE case_documents SET document = ? WHERE case_id = ?"),
                 {document, id});
        !s)
        return s.error();
    if (Status s = writeDerivedRows(db, id, dv, true); !s)
        return s.error();
    return revision + 1;
}

Result<QString> CaseStore::Impl::documentLocked(qint64 id, qint64 revision) const
{
    auto q = run(db,
                 QStringLiteral("SELECT document FROM cases JOIN case_documents ON case_id = id "
                                "WHERE id = ? AND revision = ? "
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
// A 1–2 character query matching more distinct trigrams than this scans instead (see below).
constexpr int kMaxPrefixTerms = 2000;

// The cases a search finds, as SQL giving their ids (trash or not), with its values.
struct Search {
    bool everything = true; // no query: every case
    bool nothing = false;   // a query nothing can match
    QString ids;            // "SELECT rowid FROM case_fts WHERE …"
    QVariantList binds;
};

// The query, normalised, as a set of ids (see 003_search.sql).
Result<Search> makeSearch(const QSqlDatabase& db, const QString& query)
{
    Search s;
    const QString q = normalizeForSearch(query);
    if (q.isEmpty())
        return s;
    s.everything = false;
    const QString match = QStringLiteral("SELECT rowid FROM case_fts WHERE case_fts MATCH ?");
    if (searchLength(q) >= 3) { // FTS5 trigram: any substring of 3+ characters, indexed
        s.ids = match;
        s.binds << ftsPhrase(q);
        return s;
    }
    // 1–2 characters (山田, 佐藤): every occurrence starts an indexed trigram (the texts end in two
    // line breaks), so the query is "any trigram beginning with it", from the index's term list.
    auto terms = run(db,
                     QStringLiteral("SELECT term FROM case_fts_terms WHERE term >= ? "
                                    "AND term < ? || char(1114111) LIMIT ?"),
                     {q, q, kMaxPrefixTerms + 1});
    if (!terms)
        return terms.error();
    QStringList any;
    while (terms->next())
        any.append(ftsPhrase(terms->value(0).toString()));
    if (terms->failed())
        return terms->error();
    terms->finish();
    if (any.isEmpty()) {
        s.nothing = true;
    } else if (any.size() <= kMaxPrefixTerms) {
        s.ids = match;
        s.binds << any.join(QStringLiteral(" OR "));
    } else { // a very common character: scanning the narrow search table is then as fast
        s.ids = QStringLiteral("SELECT case_id FROM case_search WHERE instr(name, ?) > 0 OR "
                               "instr(creditors, ?) > 0 OR instr(notes, ?) > 0");
        s.binds << q << q << q;
    }
    return s;
}

struct SortSql {
    const char* orderBy;
    const char* index; // the list index that gives this order (after deleted_at IS NULL)
};

SortSql sortSql(CaseSort sort)
{
    switch (sort) {
    case CaseSort::UpdatedDesc:
        return {"updated_at DESC, id DESC", "cases_by_updated"};
    case CaseSort::UpdatedAsc:
        return {"updated_at ASC, id ASC", "cases_by_updated"};
    case CaseSort::NameAsc:
        return {"sort_key ASC, id ASC", "cases_by_name"};
    case CaseSort::NameDesc:
        return {"sort_key DESC, id DESC", "cases_by_name"};
    case CaseSort::CreatedDesc:
        return {"created_at DESC, id DESC", "cases_by_created"};
    case CaseSort::PrincipalDesc:
        return {"total_principal DESC, id DESC", "cases_by_principal"};
    }
    return {"updated_at DESC, id DESC", "cases_by_updated"};
}
} // namespace

Result<QList<CaseSummary>> CaseStore::list(const QString& query, CaseSort sort, int offset,
                                           int limit, bool trash) const
{
    QList<CaseSummary> out;
    if (limit <= 0)
        return out;
    offset = qMax(0, offset);
    auto search = makeSearch(d->db, query);
    if (!search)
        return search.error();
    if (search->nothing)
        return out;
    const SortSql order = sortSql(sort);
    const QString columns = QStringLiteral("SELECT id, client_name, client_kana, creditors, "
                                           "total_principal, consultant, updated_at, created_at ");
    QString sql;
    QVariantList binds;
    if (search->everything) {
        // The list index walked in order: only the page's rows are read.
        sql = columns +
              QStringLiteral("FROM cases WHERE deleted_at IS %1NULL ORDER BY %2 "
                             "LIMIT ? OFFSET ?")
                  .arg(trash ? QStringLiteral("NOT ") : QString(), QLatin1String(order.orderBy));
    } else {
        // Two ways to a page of matches: look up every match and sort them (cost ∝ matches), or
        // walk the list index in order until the page is full (cost ∝ cases passed on the way).
        // The number of matches (cheap: the FTS index alone) decides.
        auto matches = scalar(d->db, QStringLiteral("SELECT count(*) FROM (%1)").arg(search->ids),
                              search->binds);
        if (!matches)
            return matches.error();
        auto total = scalar(d->db, QStringLiteral("SELECT max(id) FROM cases"));
        if (!total)
            return total.error();
        const double n = qMax(1.0, matches->toDouble());
        const double cases = qMax(1.0, total->toDouble());
        // A lookup costs about 10 steps of the walk. Names cluster in name order (山田 all sort
        // under や), so for a name sort the walk may pass nearly every case.
        const bool nameSort = sort == CaseSort::NameAsc || sort == CaseSort::NameDesc;
        const double walk = nameSort ? cases : qMin(cases, (offset + limit) * cases / n);
        const double lookUp = 10 * n;
        if (!trash && walk < lookUp)
            sql = columns +
                  QStringLiteral("FROM cases INDEXED BY %1 WHERE deleted_at IS NULL "
                                 "AND id IN (%2) ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(QLatin1String(order.index), search->ids, QLatin1String(order.orderBy));
        else // the unary + keeps SQLite from walking the list index
            sql = columns + QStringLiteral("FROM cases WHERE +deleted_at IS %1NULL AND id IN (%2) "
                                           "ORDER BY %3 LIMIT ? OFFSET ?")
                                .arg(trash ? QStringLiteral("NOT ") : QString(), search->ids,
                                     QLatin1String(order.orderBy));
        binds = search->binds;
    }
    binds << limit << offset;
    auto q = run(d->db, sql, binds);
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
    auto search = makeSearch(d->db, query);
    if (!search)
        return search.error();
    if (search->nothing)
        return 0;
    if (search->everything) {
        auto n =
            scalar(d->db, QStringLiteral("SELECT count(*) FROM cases WHERE deleted_at IS %1NULL")
                              .arg(trash ? QStringLiteral("NOT ") : QString()));
        if (!n)
            return n.error();
        return n->toInt();
    }
    // Matches in the trash (a short walk of the index over the trash) …
    auto inTrash = scalar(d->db,
                          QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_by_updated "
                                         "WHERE deleted_at IS NOT NULL AND id IN (%1)")
                              .arg(search->ids),
                          search->binds);
    if (!inTrash)
        return inTrash.error();
    if (trash)
        return inTrash->toInt();
    // … from all matches (counted in the FTS index alone: every case has its row there).
    auto all =
        scalar(d->db, QStringLiteral("SELECT count(*) FROM (%1)").arg(search->ids), search->binds);
    if (!all)
        return all.error();
    return all->toInt() - inTrash->toInt();
}

Result<qint64> CaseStore::duplicate(qint64 id)
{
    if (Status s = d->writable(); !s)
        return s.error();
    d->maybeBackup();
    auto txn = Transaction::begin(d->db);
    if (!txn)
        return txn.error();
    auto q =
        run(d->db, QStringLiteral("SELECT document FROM case_documents WHERE case_id = ?"), {id});
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
    if (Status s = d->writable(); !s)
        return s.error();
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
    if (Status s = d->writable(); !s)
        return s.error();
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
    if (Status s = d->writable(); !s)
        return s.error();
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
    if (Status s = d->writable(); !s)
        return s.error();
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
