// Two import loops and one export loop of real zansai-cli processes on one store: no call says the
// healthy store is damaged, no import is lost (issue 14; docs/security.md).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

constexpr int kCalls = 100; // per loop

// One loop as a shell runs it: `kCalls` zansai-cli calls one after another; prints one line per
// call: "<exit code> <stderr>".
QProcess* startLoop(const QString& db, const QString& command)
{
    const QString caseFile = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");
    QStringList args =
        command == QLatin1String("import")
            ? QStringList{QStringLiteral("import"), caseFile, QStringLiteral("--db"), db}
            : QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                          QStringLiteral("--case"), QStringLiteral("1")};
    QString line = QStringLiteral("\"$0\" --lang en");
    for (int i = 0; i < args.size(); ++i)
        line += QStringLiteral(" \"$%1\"").arg(i + 1);
    const QString script = QStringLiteral("for i in $(seq %1); do err=$(%2 2>&1 >/dev/null); "
                                          "echo \"$? $err\" | tr '\\n' ' '; echo; done")
                               .arg(kCalls)
                               .arg(line);
    auto* p = new QProcess;
    p->start(QStringLiteral("bash"),
             QStringList{QStringLiteral("-c"), script, QStringLiteral(ZANSAI_CLI_PATH)} + args);
    return p;
}

TEST(StoreConcurrencyCli, ImportAndExportLoopsNeverSeeFalseDamageOrLoseAWrite)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"),
                      QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json"),
                      QStringLiteral("--db"), db})
                  .exitCode,
              0);
    QList<QProcess*> loops{startLoop(db, QStringLiteral("import")),
                           startLoop(db, QStringLiteral("import")),
                           startLoop(db, QStringLiteral("export"))};
    int calls = 0;
    QStringList failures;
    for (QProcess* p : loops) {
        EXPECT_TRUE(p->waitForFinished(600000));
        const QStringList lines = QString::fromUtf8(p->readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        calls += int(lines.size());
        for (const QString& l : lines)
            if (!l.startsWith(QStringLiteral("0 ")))
                failures.append(l);
        delete p;
    }
    EXPECT_EQ(calls, 3 * kCalls);
    EXPECT_TRUE(failures.isEmpty())
        << failures.size() << " calls failed; first: " << failures.value(0).toStdString();
    // Every import is there: the first case and 2 × kCalls more.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1 + 2 * kCalls);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
}

} // namespace
