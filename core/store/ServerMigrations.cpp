// Schema migrations of a firm store on PostgreSQL (resources/sql/pg/NNN_description.sql, compiled
// in under :/sql/pg/): the same numbered steps as the SQLite store's, each in one transaction, the
// applied ones recorded in `schema_version` instead of PRAGMA user_version.
#include "store/Migrations.h"

#include "store/Sql.h"

#include <QCoreApplication>

namespace zansai::store {

namespace {
struct ServerMigrationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

// pg_advisory_xact_lock's key for "the schema of this database is being changed" ('ZNSI').
constexpr qint64 kSchemaLock = 0x5a4e5349;

Status lockSchema(const QSqlDatabase& db)
{
    return exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock));
}
} // namespace

Result<QList<Migration>> serverMigrations()
{
    return migrationsIn(QStringLiteral(":/sql/pg"));
}

Result<int> serverSchemaVersion(const QSqlDatabase& db)
{
    auto exists = scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    auto v = scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status migrateServer(const QSqlDatabase& db, int target)
{
    const auto list = serverMigrations();
    if (!list)
        return list.error();
    const int latest = int(list->size());
    if (target < 0 || target > latest)
        target = latest;
    auto current = serverSchemaVersion(db);
    if (!current)
        return current.error();
    if (*current > latest)
        return Error{dbField(),
                     ServerMigrationText::tr("This case store was written by a newer version of "
                                             "Zansai Navigator (schema %1; this version knows up "
                                             "to %2). It was not changed: use the newer version.")
                         .arg(*current)
                         .arg(latest)};
    if (*current >= target)
        return Ok{};
    {
        auto txn = Transaction::begin(db);
        if (!txn)
            return txn.error();
        if (Status s = lockSchema(db); !s)
            return s;
        if (Status s = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                               "version integer PRIMARY KEY, "
                                               "file text NOT NULL, "
                                               "applied_at timestamptz NOT NULL DEFAULT now(), "
                                               "applied_by text NOT NULL DEFAULT session_user)"));
            !s)
            return s;
        if (Status s = txn.value()->commit(); !s)
            return s;
    }
    for (int v = *current + 1; v <= target; ++v) {
        const Migration& m = list->at(v - 1);
        auto txn = Transaction::begin(db);
        if (!txn)
            return txn.error();
        if (Status s = lockSchema(db); !s)
            return s;
        // Another program may have applied it while we waited for the lock.
        const auto now = serverSchemaVersion(db);
        if (!now)
            return now.error();
        if (*now >= v)
            continue; // rolled back: it wrote nothing
        for (const QString& stmt : splitSqlStatements(m.sql)) {
            if (Status s = exec(db, stmt); !s)
                return Error{dbField(), ServerMigrationText::tr("The case store could not be "
                                                                "upgraded by %1: %2")
                                            .arg(m.fileName, s.error().message)};
        }
        if (Status s = exec(db,
                            QStringLiteral("INSERT INTO schema_version (version, file) "
                                           "VALUES (?, ?)"),
                            {v, m.fileName});
            !s)
            return s;
        if (Status s = txn.value()->commit(); !s)
            return s;
    }
    return Ok{};
}

} // namespace zansai::store
