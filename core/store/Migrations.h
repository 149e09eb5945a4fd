// Schema migrations of the case store: resources/sql/NNN_description.sql (compiled in under
// :/sql/), applied in order through `PRAGMA user_version`, one transaction per step.
// See resources/sql/README.md.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace zansai::store {

struct Migration {
    int version = 0;  // NNN
    QString fileName; // "002_history.sql"
    QString sql;
};

// Every migration, in order; the numbering is checked (1, 2, 3, … without gaps).
Result<QList<Migration>> migrations();
Result<QList<Migration>> migrationsIn(const QString& folder); // e.g. ":/sql/pg"

// PostgreSQL (resources/sql/pg/, ServerMigrations.cpp): the applied steps are rows of
// `schema_version`; each step runs in one transaction under an advisory lock, so two programs
// opening a new firm store at once apply each step once.
Result<QList<Migration>> serverMigrations();
Result<int> serverSchemaVersion(const QSqlDatabase& db); // 0 before the first step
Status migrateServer(const QSqlDatabase& db, int target = -1);
int latestSchemaVersion(); // 0 if the migrations cannot be read

Result<int> schemaVersion(const QSqlDatabase& db); // PRAGMA user_version
// Brings `db` from its version up to `target` (-1: the newest), each step in its own transaction.
// A store newer than the newest migration is refused.
Status migrate(const QSqlDatabase& db, int target = -1);

// Splits a migration file into statements (a CREATE TRIGGER … END; is one statement).
QStringList splitSqlStatements(const QString& sql);

} // namespace zansai::store
