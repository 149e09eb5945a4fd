// Client cases that are never lost: in an SQLite file (WAL, durable commits, history, backups) or
// in a firm store on PostgreSQL (docs/security.md, "Firm store on PostgreSQL").
#pragma once

#include "case/Case.h"
#include "store/crypto/StoreKeys.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace zansai {

struct ImportedCase;  // CaseStoreImport.h
struct ImportOutcome; // CaseStoreImport.h

struct StoredCase {
    qint64 id = 0;
    qint64 revision = 0; // increases on every save; a stale revision is a conflict
    QDateTime createdAt;
    QDateTime updatedAt;
    bool inTrash = false;
    QDateTime trashedAt; // when it was put in the trash; invalid while not in the trash
    Case data;
};

struct CaseSummary {
    qint64 id = 0;
    QString clientName;
    QString clientKana;
    QString creditors; // joined, for the list
    Yen totalPrincipal;
    QString consultant;
    QDateTime updatedAt;
    QDateTime createdAt;
};

struct CaseVersionInfo {
    qint64 revision = 0;
    QDateTime savedAt;
};

// Error::field of the store's own errors (a case's validation errors name their JSON path).
inline constexpr char kStoreFieldDb[] = "db";              // the file cannot be read or written
inline constexpr char kStoreFieldDamaged[] = "db_damaged"; // not SQLite, or fails integrity_check
inline constexpr char kStoreFieldConflict[] = "revision";  // another writer saved first
inline constexpr char kStoreFieldCase[] = "case_id";       // no such case (or version of it)
inline constexpr char kStoreFieldPassphrase[] = "passphrase"; // encrypted: missing, wrong, locked

// What CaseStore::encrypt did (docs/security.md "Encryption at rest").
struct EncryptionResult {
    QString recoveryKey; // shown once; the only way in without the passphrase
    int cases = 0;
    int backupsEncrypted = 0;
    int backupsRemoved = 0; // plain backups that could not be converted: removed, never left plain
};

// Which kind of store a CaseStore is (open() decides from its location).
enum class StoreBackend { Sqlite, Postgres };

// What an audit row says was done with a case (docs/security.md, "Firm store on PostgreSQL").
enum class AuditAction { Opened, Created, Changed, Trashed, Restored, Deleted, Exported, Printed };

// One row of the audit trail: `who` is the PostgreSQL role that logged in, `at` the server's time.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    AuditAction action = AuditAction::Opened;
    qint64 caseId = 0; // 0: not about one case
};

// "opened", "created", … as stored in audit_log.action (and back; false for an unknown word).
QString auditActionName(AuditAction action);
bool auditActionFromName(const QString& name, AuditAction* action);

enum class CaseSort { UpdatedDesc, UpdatedAsc, NameAsc, NameDesc, CreatedDesc, PrincipalDesc };

class CaseStore {
public:
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // `path` is an SQLite file, or a firm store on PostgreSQL given as
    // postgresql://user@host:port/database (also postgres://; query: sslmode=…, connect_timeout,
    // host, port, …). The server's password comes from the URI, PGPASSWORD or ~/.pgpass as libpq
    // finds it and is never kept; TLS is used when the server offers it (sslmode=prefer) unless
    // the URI's sslmode says otherwise. A server store is migrated (resources/sql/pg/) on open.
    // The SQLite-only parts (integrity check, backups, encryption) do not apply to it.
    //
    // Opens or creates the store (mode 0600, WAL, foreign keys, busy_timeout, migrations).
    // A file that is not SQLite or fails `PRAGMA integrity_check` is never written to: the error
    // says so and names the newest backup, if any. Neither is a device, a FIFO, an empty file or
    // another program's SQLite file (docs/security.md, "Integrity and safe writes").
    static Result<std::unique_ptr<CaseStore>> open(const QString& path,
                                                   const Clock& clock = SystemClock::instance());
    // The same for an encrypted store (docs/security.md): `unlock` gives its passphrase or its
    // recovery key; a plain store ignores it. Missing or wrong: Error{kStoreFieldPassphrase}.
    static Result<std::unique_ptr<CaseStore>> open(const QString& path,
                                                   const store::crypto::Unlock& unlock,
                                                   const Clock& clock = SystemClock::instance());
    static QString defaultPath(); // QStandardPaths::AppDataLocation + "/cases.sqlite"

    // Encryption at rest (CaseStoreCrypto.cpp). encrypt() converts the plain store at `path`
    // (created if missing) into an encrypted one: written into a new file, synced, then renamed
    // over the original, whose bytes are then overwritten; its backups are re-encrypted. Killed at
    // any point, the store opens afterwards either plain or encrypted. No CaseStore may be open on
    // it meanwhile.
    static Result<EncryptionResult> encrypt(const QString& path, const QString& passphrase,
                                            const Clock& clock = SystemClock::instance());
    // On a server store: Error{kStoreFieldDb} (at-rest protection is the server's).
    bool encrypted() const;
    bool locked() const; // encrypted and its key wiped: every read and write is refused
    void lock();         // wipes the key from memory (auto-lock)
    Status unlock(const store::crypto::Unlock& unlock);

    Result<qint64> create(const Case& c);
    // Many cases in one transaction (imports, the benchmark); all or none.
    Result<QList<qint64>> createMany(const QList<Case>& cases);
    // Saves over `expectedRevision`; another writer's newer save is a conflict error, never lost.
    Result<qint64> save(qint64 id, const Case& c, qint64 expectedRevision);
    Result<StoredCase> load(qint64 id) const;
    // Moving in (CaseStoreImport.cpp): one case with all its versions and their times.
    Result<ImportOutcome> importCase(const ImportedCase& c);

    // Search as you type over client name (kanji and kana), creditors and notes.
    Result<QList<CaseSummary>> list(const QString& query, CaseSort sort, int offset, int limit,
                                    bool trash = false) const;
    Result<int> count(const QString& query, bool trash = false) const;

    Result<qint64> duplicate(qint64 id);
    Status moveToTrash(qint64 id);
    Status restoreFromTrash(qint64 id);
    Status emptyTrash();

    Result<QList<CaseVersionInfo>> history(qint64 id) const;
    Result<Case> loadVersion(qint64 id, qint64 revision) const;
    Result<qint64> restoreVersion(qint64 id, qint64 revision); // a new save of the old content

    // The first save of each day makes a backup (VACUUM INTO); the last 14 are kept.
    // A server store makes none (pg_dump on the server is the firm's backup):
    // backups() is then Error{kStoreFieldDb}.
    Result<QStringList> backups() const; // newest first
    static Status restoreBackup(const QString& backupPath, const QString& storePath);
    // The backups of the store at `storePath` (backups/cases-YYYY-MM-DD.sqlite), newest first:
    // usable when the store itself cannot be opened.
    static QStringList backupsOf(const QString& storePath);
    // The result of open()'s integrity_check. A large store (see setBackgroundCheckThreshold) is
    // checked in the background so that the first page shows at once; this waits for the check.
    // Every write waits for it too, and is refused with kStoreFieldDamaged if the file is damaged.
    Status integrity() const;
    // Stores above this many bytes are checked in the background (default 32 MiB).
    static void setBackgroundCheckThreshold(qint64 bytes);
    // Why the last backup attempt failed (empty when it worked): a failed backup never fails a
    // save.
    QString backupProblem() const;

    QString path() const; // a server store: its URI without the password

    StoreBackend backend() const;
    // Whether `location` names a PostgreSQL server (postgresql:// or postgres://).
    static bool isServerLocation(const QString& location);

    // The audit trail (PostgreSQL; docs/security.md). The store itself records opened (load),
    // created, changed, trashed, restored and deleted; the CLI and the app record exported and
    // printed. `caseId` 0: not about one case. On SQLite both are no-ops: a laptop store has one
    // user, and reading a case must not write to the file (recordAudit is Ok, auditTrail empty).
    Status recordAudit(qint64 caseId, AuditAction action);
    // The rows this connection's role may read (row-level security), oldest first; caseId 0: all.
    Result<QList<AuditEntry>> auditTrail(qint64 caseId = 0, int limit = 1000) const;

private:
    CaseStore();
    static Result<std::unique_ptr<CaseStore>>
    openChecked(const QString& path, const store::crypto::Unlock& unlock, const Clock& clock);
    static Result<std::unique_ptr<CaseStore>> openServer(const QString& location,
                                                         const Clock& clock);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace zansai
