// A firm store on PostgreSQL (docs/security.md, "Firm store on PostgreSQL"): opening it through
// Qt's QPSQL driver, and what the SQLite-only parts of CaseStore say on it. Everything else
// (save, history, trash, list, search) is the same code as on SQLite; the differences are small
// and named where they are (Sql.h forUpdate/Transaction, ServerSearch.cpp, resources/sql/pg/).
#include "store/CaseStorePrivate.h"

#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StoreFiles.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>

namespace zansai {

using namespace store;

namespace {
struct ServerText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

constexpr int kConnectTimeoutSeconds = 10;
} // namespace

namespace store {

Error serverOnlyFileError(const QString& what)
{
    return Error{dbField(), ServerText::tr("%1 is only for a case store file on this computer. A "
                                           "firm store on PostgreSQL is kept safe by its server: "
                                           "its backups are made there (pg_dump), and its disks "
                                           "are encrypted there.")
                                .arg(what)};
}

} // namespace store

bool CaseStore::isServerLocation(const QString& location)
{
    return store::isServerLocation(location);
}

StoreBackend CaseStore::backend() const
{
    return d->server ? StoreBackend::Postgres : StoreBackend::Sqlite;
}

Result<std::unique_ptr<CaseStore>> CaseStore::openServer(const QString& location,
                                                         const Clock& clock)
{
    auto loc = parseServerLocation(location);
    if (!loc)
        return loc.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{dbField(), ServerText::tr("This installation cannot reach a PostgreSQL "
                                               "server: Qt's PostgreSQL driver (package "
                                               "libqt6sql6-psql) is missing.")};
    std::unique_ptr<CaseStore> store(new CaseStore());
    Impl& p = *store->d;
    p.server = true;
    p.path = loc->shown;
    p.clock = &clock;
    p.connection = uniqueConnectionName("server");
    p.db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), p.connection);
    // Empty parts are left to libpq (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ~/.pgpass).
    p.db.setHostName(loc->host);
    if (loc->port > 0)
        p.db.setPort(loc->port);
    p.db.setDatabaseName(loc->database);
    p.db.setUserName(loc->user);
    QStringList options = {QStringLiteral("sslmode=") + loc->sslmode,
                           QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                           QStringLiteral("application_name=zansai")};
    options += loc->options; // later keywords win in libpq's connection string
    p.db.setConnectOptions(options.join(QLatin1Char(';')));
    QString password = loc->password;
    const bool opened = p.db.open(loc->user, password); // handed to libpq only; never kept
    password.fill(QLatin1Char('\0'));
    if (!opened) {
        // libpq's reason ("password authentication failed for user …", "connection refused")
        // never contains the password.
        const QString why = p.db.lastError().databaseText().isEmpty()
                                ? p.db.lastError().text()
                                : p.db.lastError().databaseText();
        return Error{dbField(), ServerText::tr("The firm's case store %1 could not be reached: %2")
                                    .arg(loc->shown, why.trimmed())};
    }
    // Every round trip counts on a server (docs/stack-notes.md §8): the encoding, whether the
    // schema is there, its version and the derived rows' version in two queries. Only a store
    // that is not up to date (or newer: refused there) goes through the migrations' own checks.
    auto first = run(p.db, QStringLiteral("SELECT current_setting('server_encoding'), "
                                          "to_regclass('schema_version') IS NOT NULL AND "
                                          "to_regclass('meta') IS NOT NULL"));
    if (!first)
        return first.error();
    if (!first->next())
        return first->failed() ? first->error() : sqlError(QStringLiteral("SHOW server_encoding"));
    const QString encoding = first->value(0).toString();
    const bool schemaThere = first->value(1).toBool();
    first->finish();
    if (encoding != QLatin1String("UTF8"))
        return Error{dbField(),
                     ServerText::tr("The database of %1 is not in UTF-8 (it is %2): Japanese "
                                    "names cannot be kept there. Create it with ENCODING 'UTF8'.")
                         .arg(loc->shown, encoding)};
    if (schemaThere) {
        auto versions = run(p.db, QStringLiteral("SELECT (SELECT coalesce(max(version), 0) FROM "
                                                 "schema_version), (SELECT value FROM meta WHERE "
                                                 "key = 'derived_version')"));
        if (!versions)
            return versions.error();
        if (!versions->next())
            return versions->failed() ? versions->error()
                                      : sqlError(QStringLiteral("schema_version"));
        const int schema = versions->value(0).toInt();
        const QString derived = versions->value(1).toString();
        versions->finish();
        auto steps = serverMigrations();
        if (!steps)
            return steps.error();
        if (schema == int(steps->size()) && derived == derivedVersion())
            return store; // up to date: nothing to migrate, nothing to re-derive
    }
    if (Status s = migrateServer(p.db); !s)
        return s.error();
    if (Status s = p.rebuildDerived(); !s)
        return s.error();
    return store;
}

} // namespace zansai
