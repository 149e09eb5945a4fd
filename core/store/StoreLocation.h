// Where a case store is: an SQLite file path, or a PostgreSQL server given as a URI
// (postgresql://user@host:port/db?sslmode=…, also postgres://). Internal to core/store.
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace zansai::store {

// A PostgreSQL location. The password (from the URI) is only handed to the driver on connecting,
// never kept by the store and never shown; without one libpq uses PGPASSWORD or ~/.pgpass.
struct ServerLocation {
    QString host;     // empty: libpq's default (PGHOST, else the local socket)
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (PGDATABASE, else the user name)
    QString user;     // empty: libpq's default (PGUSER, else the login name)
    QString password; // empty: PGPASSWORD or ~/.pgpass
    QString sslmode = QStringLiteral("prefer"); // TLS when the server offers it
    QStringList options; // other libpq keywords of the query ("connect_timeout=5", …)
    QString shown;       // the URI without its password, for messages and CaseStore::path()
};

// Whether `location` names a server (postgresql:// or postgres://) rather than a file.
bool isServerLocation(const QString& location);

// Parses a postgresql:// URI. An unknown query keyword, a bad port or a bad sslmode is an
// Error naming "db".
Result<ServerLocation> parseServerLocation(const QString& location);

} // namespace zansai::store
