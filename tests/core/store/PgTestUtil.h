// The store tests on both backends: an SQLite file in a temporary folder, or a fresh database of
// a throw-away PostgreSQL cluster. The PostgreSQL half runs when ZANSAI_TEST_POSTGRES=1 is set by
// ctest's `store_postgres` entry (tests/core/store/run-postgres-tests.sh under pg_virtualenv,
// which sets PGHOST/PGPORT/PGUSER/PGPASSWORD); elsewhere those tests are skipped, saying so.
#pragma once

#include "RawSql.h"

#include "StoreTestUtil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <string>

namespace zansai::storetest {

enum class Backend { Sqlite, Postgres };

inline std::string backendName(Backend b)
{
    return b == Backend::Sqlite ? "Sqlite" : "Postgres";
}

struct BackendName {
    std::string operator()(const ::testing::TestParamInfo<Backend>& info) const
    {
        return backendName(info.param);
    }
};

inline bool postgresWanted()
{
    return qEnvironmentVariableIntValue("ZANSAI_TEST_POSTGRES") == 1;
}

#define ZANSAI_SKIP_WITHOUT_POSTGRES()                                                             \
    do {                                                                                           \
        if (!::zansai::storetest::postgresWanted())                                                \
            GTEST_SKIP() << "PostgreSQL half SKIPPED: not under a throw-away server. Run "         \
                            "`ctest -R store_postgres` (pg_virtualenv + ZANSAI_TEST_POSTGRES=1)."; \
    } while (0)

// A plain QPSQL connection (libpq's PG* environment) to `database`, closed on scope exit.
class RawPg : public RawSql {
public:
    explicit RawPg(const QString& database) : RawSql(QStringLiteral("QPSQL"), database, {}, true) {}
};

// Where one test's store is: `location` for CaseStore::open. A PostgreSQL test gets a database of
// its own (zansai_t<pid>_<n>, UTF-8), dropped again at the end: tests share no state.
class TestLocation {
public:
    TestLocation() = default;
    TestLocation(const TestLocation&) = delete;
    TestLocation& operator=(const TestLocation&) = delete;
    ~TestLocation()
    {
        if (!database.isEmpty()) {
            RawPg admin(QStringLiteral("postgres"));
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        }
    }
    // False (with a failure) when the database could not be made.
    bool make(Backend b, const QTemporaryDir& dir)
    {
        backend = b;
        if (b == Backend::Sqlite) {
            location = dir.filePath(QStringLiteral("cases.sqlite"));
            return true;
        }
        static int n = 0;
        database = QStringLiteral("zansai_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        RawPg admin(QStringLiteral("postgres"));
        if (!admin.ok())
            return false;
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                       "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                            .arg(database)))
            return false;
        location = QStringLiteral("postgresql:///%1").arg(database);
        return true;
    }
    // The first column of the first row of `sql`, read beside the store.
    QVariant scalar(const QString& sql) const
    {
        if (backend == Backend::Sqlite) {
            RawDb raw(location);
            return raw.scalar(sql);
        }
        RawPg raw(database);
        return raw.scalar(sql);
    }

    Backend backend = Backend::Sqlite;
    QString location;
    QString database; // PostgreSQL only
};

} // namespace zansai::storetest
