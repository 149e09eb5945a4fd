// Checked SQL for the store: every call's failure becomes an Error with a translated message.
// Internal to core/store.
#pragma once

#include "store/CaseStore.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace zansai::store {

// Error::field for failures of the store file itself (the CLI reports them as "--db").
inline QString dbField()
{
    return QString::fromLatin1(kStoreFieldDb);
}

Error sqlError(const QString& detail); // "The case store could not be read or written (detail)."
Error sqlError(const QSqlError& e);    // corruption → kStoreFieldDamaged
Error sqlError(const QSqlQuery& q);
Error sqlError(const QSqlDatabase& db);

// The rows of a statement that ran. Every method is const so that it works through
// Result<Rows>::operator->; the statement is reset by finish() or the destructor.
class Rows {
public:
    explicit Rows(QSqlQuery q) : q_(std::move(q)) {}
    bool next() const { return q_.next(); }
    QVariant value(int i) const { return q_.value(i); }
    QVariant lastInsertId() const { return q_.lastInsertId(); }
    int numRowsAffected() const { return q_.numRowsAffected(); }
    bool failed() const; // after next() returned false: an error rather than the end
    Error error() const;
    void finish() const { q_.finish(); }

private:
    mutable QSqlQuery q_;
};

// Prepares and runs `sql` with positional values; the query is left positioned before the first
// row.
Result<Rows> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// Runs a statement that returns nothing.
Status exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// The first column of the first row (invalid QVariant when there is no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql,
                        const QVariantList& values = {});

// Whether `db` is a PostgreSQL connection (QPSQL) rather than an SQLite file.
bool isServer(const QSqlDatabase& db);
// " FOR UPDATE OF <table>" on PostgreSQL (a row lock held to the end of the transaction, so that a
// read-then-write cannot interleave with another connection's); nothing on SQLite, whose
// BEGIN IMMEDIATE already holds the only write lock.
QString forUpdate(const QSqlDatabase& db, const char* table);

// BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) … COMMIT; rolls back if not committed. Immediate:
// the write lock is taken at once (busy_timeout waits for another writer), so a read-then-write
// never fails half-way.
class Transaction {
public:
    static Result<std::unique_ptr<Transaction>> begin(const QSqlDatabase& db);
    ~Transaction();
    Status commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    explicit Transaction(const QSqlDatabase& db) : db_(db) {}
    QSqlDatabase db_;
    bool open_ = true;
};

} // namespace zansai::store
