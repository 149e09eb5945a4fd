// zansai-cli firm-init (docs/cli.md, README "For an office"): against a real PostgreSQL server, it
// creates the firm store's schema and roles and a first user who can then log in with the password
// given in a file, and work on cases as a zansai_consultant; bad input names the option.
#include "CliRunner.h"
#include "PgCluster.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString hostOf()
{
    return qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
}

TEST(FirmInitCli, CreatesTheSchemaAndAFirstUserWhoCanWorkOnCases)
{
    ZANSAI_NEED_POSTGRES();
    pgcluster::Database firm;
    ASSERT_TRUE(firm.ok);
    QTemporaryDir tmp;
    const QString passFile = writeFile(tmp, QStringLiteral("pw"), "相談員の合言葉 1\n");

    const auto run = runCli({QStringLiteral("firm-init"), QStringLiteral("--db"), firm.uri(),
                             QStringLiteral("--user"), QStringLiteral("tanaka"),
                             QStringLiteral("--password-file"), passFile},
                            300000);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("user")).toString(), QStringLiteral("tanaka"));
    EXPECT_EQ(run.json().value(QStringLiteral("role")).toString(),
              QStringLiteral("zansai_consultant"));
    EXPECT_EQ(run.json().value(QStringLiteral("cases")).toInt(), 0);

    {
        pgcluster::Raw raw(firm.name);
        // The schema is there (the store's migrations), and tanaka is a consultant who logs in.
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT to_regclass('cases') IS NOT NULL")).toBool(),
                  true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = "
                                            "'tanaka'"))
                      .toBool(),
                  true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT pg_has_role('tanaka', 'zansai_consultant', "
                                            "'MEMBER')"))
                      .toBool(),
                  true);
        // The password reached the server as a SCRAM verifier only.
        EXPECT_TRUE(raw.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname "
                                              "= 'tanaka'"))
                        .toString()
                        .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    }

    // tanaka connects over TCP with that password (scram-sha-256 in pg_hba) and saves a case.
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    ASSERT_TRUE(c);
    const QString asTanaka =
        QStringLiteral("postgresql://tanaka:%1@%2/%3?sslmode=prefer")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("相談員の合言葉 1"))),
                 hostOf(), firm.name);
    qunsetenv("PGUSER"); // the URI's user, not the administrator's
    const QByteArray adminPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    {
        auto store = CaseStore::open(asTanaka);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        auto id = store.value()->create(*c);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        auto history = store.value()->auditTrail(*id);
        ASSERT_TRUE(history);
        ASSERT_FALSE(history->isEmpty());
        EXPECT_EQ(history->first().who, QStringLiteral("tanaka"));
    }
    // A wrong password does not get in.
    auto wrong =
        CaseStore::open(QStringLiteral("postgresql://tanaka:wrong@%1/%2").arg(hostOf(), firm.name));
    EXPECT_FALSE(wrong);
    qputenv("PGUSER", "postgres");
    qputenv("PGPASSWORD", adminPassword);

    // Again for the same user: refused, naming --user; nothing changed.
    const auto again = runCli({QStringLiteral("firm-init"), QStringLiteral("--db"), firm.uri(),
                               QStringLiteral("--user"), QStringLiteral("tanaka"),
                               QStringLiteral("--password-file"), passFile},
                              300000);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.errJson().value(QStringLiteral("field")).toString(), QStringLiteral("--user"));
}

TEST(FirmInitCli, BadInputNamesTheOption)
{
    QTemporaryDir tmp;
    const QString passFile = writeFile(tmp, QStringLiteral("pw"), "secret\n");
    const QString empty = writeFile(tmp, QStringLiteral("empty"), "\n");
    struct Row {
        QStringList args;
        QString field;
    };
    const QList<Row> rows{
        {{QStringLiteral("--db"), tmp.filePath(QStringLiteral("x.sqlite")),
          QStringLiteral("--user"), QStringLiteral("tanaka")},
         QStringLiteral("--db")},
        {{QStringLiteral("--db"), QStringLiteral("postgresql:///firm"), QStringLiteral("--user"),
          QStringLiteral("Robert'); DROP")},
         QStringLiteral("--user")},
        {{QStringLiteral("--db"), QStringLiteral("postgresql:///firm"), QStringLiteral("--user"),
          QStringLiteral("zansai_admin")},
         QStringLiteral("--user")},
        {{QStringLiteral("--db"), QStringLiteral("postgresql:///firm"), QStringLiteral("--user"),
          QStringLiteral("tanaka"), QStringLiteral("--password-file"), empty},
         QStringLiteral("--password-file")},
        {{QStringLiteral("--db"), QStringLiteral("postgresql://admin@127.0.0.1:1/firm"),
          QStringLiteral("--user"), QStringLiteral("tanaka"), QStringLiteral("--password-file"),
          passFile},
         QStringLiteral("--db")},
        {{QStringLiteral("--db"), QStringLiteral("postgresql:///firm"), QStringLiteral("--user"),
          QStringLiteral("tanaka"), QStringLiteral("--password"), QStringLiteral("secret")},
         QStringLiteral("--password")},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.args.join(u' ').toStdString());
        const auto run = runCli(QStringList{QStringLiteral("firm-init")} + row.args);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.errJson().value(QStringLiteral("field")).toString(), row.field);
    }
    EXPECT_FALSE(QFile::exists(tmp.filePath(QStringLiteral("x.sqlite"))));
}

} // namespace
