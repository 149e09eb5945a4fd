// What the files of CaseStore share (CaseStore.cpp: open, save, load; CaseStoreSearch.cpp;
// CaseStoreHistory.cpp: versions and trash; CaseStoreBackups.cpp: backups and the integrity check;
// CaseStoreRows.cpp: the rows derived from each document). Internal to core/store.
#pragma once

#include "store/CaseStore.h"
#include "store/SearchText.h"

#include <QDateTime>
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

// The sentence that ends every message about a damaged store: what can be done about it.
QString backupAdvice(const QString& storePath);

// Writes what is derived from a case beside its row in `cases` (debts, search texts).
Status writeDerivedRows(const QSqlDatabase& db, qint64 id, const Derived& d, bool replace);
Status updateDerivedColumns(const QSqlDatabase& db, qint64 id, const Derived& d);

} // namespace store

struct CaseStore::Impl {
    std::shared_future<Result<int>>
        check; // open()'s integrity_check, when it runs in the background
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
    Result<qint64> insertLocked(const QString& document, const store::Derived& d, qint64 now);
    Result<qint64> saveLocked(qint64 id, const QString& document, const store::Derived& d,
                              qint64 expectedRevision);
    Result<QString> documentLocked(qint64 id, qint64 revision) const;
};

} // namespace zansai
