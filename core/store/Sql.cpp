#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QtDebug>
#include <memory>

namespace zansai::store {

namespace {
struct SqlText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes: the file is damaged.
// PostgreSQL's codes are five-character SQLSTATEs ("23505"), never a damaged file of ours.
bool isDamage(const QSqlError& e)
{
    if (e.nativeErrorCode().size() >= 5)
        return false;
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

QString detailOf(const QSqlError& e)
{
    QString d = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!e.nativeErrorCode().isEmpty())
        d += QStringLiteral(" [%1]").arg(e.nativeErrorCode());
    return d;
}
} // namespace

Error sqlError(const QString& detail)
{
    return Error{dbField(),
                 SqlText::tr("The case store could not be read or written (%1).").arg(detail)};
}

Error sqlError(const QSqlError& e)
{
    if (isDamage(e))
        return Error{QString::fromLatin1(kStoreFieldDamaged),
                     SqlText::tr("The case store is damaged (%1).").arg(detailOf(e))};
    return sqlError(detailOf(e));
}

Error sqlError(const QSqlQuery& q)
{
    return sqlError(q.lastError());
}

Error sqlError(const QSqlDatabase& db)
{
    return sqlError(db.lastError());
}

bool Rows::failed() const
{
    return q_.lastError().isValid();
}

Error Rows::error() const
{
    return sqlError(q_);
}

Result<Rows> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Without values the statement runs as it is: PostgreSQL cannot PREPARE a BEGIN or a SET.
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q);
        return Rows(std::move(q));
    }
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return Rows(std::move(q));
}

Status exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    q->finish();
    return Ok{};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    QVariant v;
    if (q->next())
        v = q->value(0);
    else if (q->failed())
        return q->error();
    q->finish();
    return v;
}

bool isServer(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString forUpdate(const QSqlDatabase& db, const char* table)
{
    return isServer(db) ? QStringLiteral(" FOR UPDATE OF %1").arg(QLatin1String(table)) : QString();
}

Result<std::unique_ptr<Transaction>> Transaction::begin(const QSqlDatabase& db)
{
    // PostgreSQL: row locks (SELECT … FOR UPDATE, forUpdate()) take the place of IMMEDIATE.
    if (Status s =
            exec(db, isServer(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        !s)
        return s.error();
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (open_) {
        // Nothing of an unfinished transaction is kept. A failed ROLLBACK leaves nothing to undo
        // either (SQLite has already rolled back after the error; a lost PostgreSQL connection
        // rolls back on the server), so it is only logged.
        QSqlQuery q(db_);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qWarning("zansai: rollback: %s", qPrintable(q.lastError().text()));
    }
}

Status Transaction::commit()
{
    Status s = exec(db_, QStringLiteral("COMMIT"));
    if (s)
        open_ = false;
    return s;
}

} // namespace zansai::store
