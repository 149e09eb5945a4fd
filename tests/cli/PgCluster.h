// A throw-away PostgreSQL server for the CLI tests of the firm store (migrate, firm-init). Under
// ctest's PostgreSQL entry (ZANSAI_TEST_POSTGRES=1 with libpq's PG* variables set) that server is
// used; otherwise the first test that needs one starts Debian's pg_virtualenv itself, takes its
// PG* variables into this process (the zansai-cli it runs inherits them) and stops it at exit.
// Without pg_virtualenv the tests are skipped, saying so; with it, a server that does not start
// fails them (CI installs it: the firm store's tests must never pass by skipping).
#pragma once

#include "RawSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>

namespace pgcluster {

class Cluster {
public:
    // True when a server is there (started now or before); `why` says why not.
    bool ensure(QString* why)
    {
        if (ready_)
            return true;
        if (qEnvironmentVariableIntValue("ZANSAI_TEST_POSTGRES") == 1 &&
            qEnvironmentVariableIsSet("PGHOST"))
            return ready_ = true;
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pg_virtualenv"));
        if (tool.isEmpty()) {
            *why = QStringLiteral("pg_virtualenv is not installed (apt install postgresql)");
            return false;
        }
        installed_ = true;
        const QString envFile = dir_.filePath(QStringLiteral("env"));
        // Tests run in parallel each start their own cluster; pg_virtualenv may pick a port
        // another one just took ("Port conflict"): try again a few times, a little later.
        for (int attempt = 0; attempt < 5 && !QFile::exists(envFile); ++attempt) {
            if (attempt > 0)
                QThread::msleep(500 + 700 * attempt + QCoreApplication::applicationPid() % 500);
            proc_ = std::make_unique<QProcess>();
            proc_->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            // The cluster lives while `cat` waits on our stdin; closing it tears it down.
            // -t: a cluster in a temporary folder even as root, so that several run side by side.
            proc_->start(tool,
                         {QStringLiteral("-t"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("env > '%1.tmp' && mv '%1.tmp' '%1'; cat > /dev/null")
                              .arg(envFile)});
            for (int i = 0; i < 1800 && !QFile::exists(envFile); ++i) { // up to 3 min, busy box
                if (proc_->waitForFinished(100))                        // it failed
                    break;
            }
        }
        QFile f(envFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("pg_virtualenv did not start a server");
            return false;
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (line.startsWith("PG") && eq > 0)
                qputenv(line.left(eq).constData(), line.mid(eq + 1));
        }
        qAddPostRoutine([] { Cluster::instance().stop(); }); // before QCoreApplication goes
        return ready_ = true;
    }
    ~Cluster() { stop(); }
    void stop()
    {
        if (proc_ && proc_->state() != QProcess::NotRunning) {
            proc_->closeWriteChannel();
            if (!proc_->waitForFinished(120000))
                proc_->kill();
        }
    }
    // pg_virtualenv is there: a server that does not start is then a failure, not a skip.
    bool installed() const { return installed_; }
    static Cluster& instance()
    {
        static Cluster c;
        return c;
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> proc_;
    bool ready_ = false;
    bool installed_ = false;
};

// A plain QPSQL connection (libpq's PG* variables) to `database`.
class Raw : public RawSql {
public:
    explicit Raw(const QString& database) : RawSql(QStringLiteral("QPSQL"), database, {}, true) {}
};

// A fresh UTF-8 database of its own for one test, dropped at the end.
class Database {
public:
    Database()
    {
        static int n = 0;
        name = QStringLiteral("zansai_cli%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        Raw admin(QStringLiteral("postgres"));
        ok = admin.ok() && admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                                     "ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                                                     "LC_CTYPE 'C.UTF-8'")
                                          .arg(name));
    }
    ~Database()
    {
        Raw admin(QStringLiteral("postgres"));
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QString uri() const { return QStringLiteral("postgresql:///%1").arg(name); }
    QString name;
    bool ok = false;
};

} // namespace pgcluster

#define ZANSAI_NEED_POSTGRES()                                                                     \
    do {                                                                                           \
        QString why_;                                                                              \
        if (!::pgcluster::Cluster::instance().ensure(&why_)) {                                     \
            if (::pgcluster::Cluster::instance().installed())                                      \
                GTEST_FAIL() << "PostgreSQL: " << why_.toStdString();                              \
            GTEST_SKIP() << "PostgreSQL SKIPPED: " << why_.toStdString();                          \
        }                                                                                          \
    } while (0)
