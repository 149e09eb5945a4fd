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
bool isDamage(const QSqlError& e)
{
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

Result<std::unique_ptr<Transaction>> Transaction::begin(const QSqlDatabase& db)
{
    if (Status s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (open_) {
        // Nothing of an unfinished transaction is kept. A failed ROLLBACK leaves nothing to undo
        // either (SQLite has already rolled back after the error), so it is only logged.
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
