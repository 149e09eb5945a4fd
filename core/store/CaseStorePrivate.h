// What the files of CaseStore share (CaseStore.cpp: open, save, load; CaseStoreSearch.cpp;
// CaseStoreHistory.cpp: versions and trash; CaseStoreBackups.cpp: backups and the integrity check;
// CaseStoreRows.cpp: the rows derived from each document). Internal to core/store.
#pragma once

#include "store/CaseStore.h"
#include "store/SearchText.h"
#include "store/crypto/StoreKeys.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <atomic>
#include <future>

namespace zansai {

namespace store {

// Stores larger than this (about 8,000 cases) are integrity-checked in the background on open.
extern std::atomic<qint64> gBackgroundCheckBytes;

QString newerVersionMessage();

inline QString fieldOf(const char* f)
{
    return QString::fromLatin1(f);
}

// The stored form of a case: its zansai-case/1 document as writeCase makes it, in compact JSON
// (the indentation of writeCaseBytes would be 40 % of the bytes; export indents it again).
QString documentOf(const Case& c);

inline QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

Error noSuchCase(qint64 id);
// Error{kStoreFieldDb}: `what` (backups, encryption) is for a store file, not a server store.
Error serverOnlyFileError(const QString& what);
// Error{kStoreFieldConflict}: the store has version `stored`, the save was based on `basedOn`.
Error conflict(qint64 stored, qint64 basedOn);

// The sentence that ends every message about a damaged store: what can be done about it.
QString backupAdvice(const QString& storePath);

// meta.derived_version of a store whose derived rows this version of derive() made.
QString derivedVersion();

// Writes what is derived from a case beside its row in `cases` (debts, search texts); in an
// encrypted store (keys given) the sealed summary, sealed search texts and blind-index tokens.
Status writeDerivedRows(const QSqlDatabase& db, const crypto::Keys* keys, qint64 id,
                        qint64 revision, const Derived& d, bool replace);
Status updateDerivedColumns(const QSqlDatabase& db, qint64 id, const Derived& d);
// The values of cases' list columns (client_name, client_kana, sort_key, consultant, creditors,
// total_principal): '' and 0 in an encrypted store, whose list reads sealed_summary instead.
QVariantList listColumns(const Derived& d, bool encrypted);

// The cases a search finds, as SQL giving their ids (trash or not), with its values.
struct SearchIds {
    bool everything = true; // no query: every case
    bool nothing = false;   // a query nothing can match
    QString ids;            // "SELECT rowid FROM case_fts WHERE …"
    QVariantList binds;
};

// A firm store's search (ServerSearch.cpp) for a query already normalised and not empty.
SearchIds serverSearch(const QString& normalized);

} // namespace store

struct CaseStore::Impl {
    std::shared_future<Result<int>>
        check; // open()'s integrity_check, when it runs in the background
    Status checkResult = Ok{};
    QString path;
    QString connection;
    const Clock* clock = nullptr;
    QSqlDatabase db;
    bool server = false; // PostgreSQL (CaseStoreServer.cpp): no backups, no encryption, audit
    QDate lastBackupDay;
    QString backupProblem;
    // Encryption at rest (CaseStoreCrypto.cpp): the store has a store_keys row; its keys, null
    // while locked.
    bool encrypted = false;
    std::shared_ptr<store::crypto::Keys> keys;
    mutable QHash<qint64, std::pair<qint64, CaseSummary>> summaries; // id → revision, decrypted
    mutable QHash<qint64, QString> summaryKeys;                      // id → sort key (reading)

    qint64 nowMs() const { return clock->now().toMSecsSinceEpoch(); }
    Status writable();
    // An audit row on a server store, in the current transaction if one is open; a no-op on
    // SQLite (CaseStoreAudit.cpp).
    Status audit(qint64 caseId, AuditAction action) const;
    Status rebuildDerived();
    void maybeBackup();
    Result<qint64> insertLocked(const QString& document, const store::Derived& d, qint64 now);
    Result<qint64> saveLocked(qint64 id, const QString& document, const store::Derived& d,
                              qint64 expectedRevision);
    Result<QString> documentLocked(qint64 id, qint64 revision) const;
    // Reads wrapped keys and unlocks an encrypted store; a plain store ignores `unlock`.
    Status openKeys(const store::crypto::Unlock& unlock);
    Status requireKeys() const; // Error{kStoreFieldPassphrase} while locked
    // The stored form of a document of (id, revision): the text, or sealed in an encrypted store.
    Result<QVariant> storedDocument(qint64 id, qint64 revision, const QString& document) const;
    Result<QString> documentText(qint64 id, qint64 revision, const QVariant& stored) const;
    Result<CaseSummary> summaryOf(qint64 id, qint64 revision, const QVariant& sealed) const;
};

} // namespace zansai
