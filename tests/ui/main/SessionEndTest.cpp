// Edits survive the session's end: the real app, editing a case, gets SIGTERM or SIGINT (logout,
// shutdown, Ctrl+C) and the store has the edit; a failed daily backup is shown, not swallowed.
#include "main/CaseSession.h"
#include "store/Autosaver.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include "case/CaseJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QString kCase = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");

Case exampleCase()
{
    QFile f(kCase);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : Case{};
}

// The desktop app beside zansai-cli in the build tree.
QString appPath()
{
    return QFileInfo(QStringLiteral(ZANSAI_CLI_PATH)).absolutePath() + QStringLiteral("/zansai");
}

TEST(SessionEnd, ASignalSavesThePendingEdit)
{
    ASSERT_TRUE(QFileInfo(appPath()).isExecutable()) << appPath().toStdString();
    for (const int sig : {SIGTERM, SIGINT}) {
        SCOPED_TRACE(sig);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            auto store = CaseStore::open(db);
            ASSERT_TRUE(store.ok());
            Case c = exampleCase();
            c.notes = QStringLiteral("before");
            ASSERT_EQ(*store.value()->create(c), 1);
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        const QString notes = QStringLiteral("edited just before the logout (%1)").arg(sig);
        app.start(appPath(), {QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--db"), db, QStringLiteral("--edit-probe"), notes});
        ASSERT_TRUE(app.waitForStarted());
        // The app prints "edited" once the edit is in its autosaver, not yet in the store.
        QByteArray out;
        while (!out.contains("edited") && app.state() == QProcess::Running)
            if (app.waitForReadyRead(60000))
                out += app.readAllStandardOutput();
        ASSERT_TRUE(out.contains("edited")) << app.readAllStandardError().toStdString();
        ::kill(pid_t(app.processId()), sig);
        ASSERT_TRUE(app.waitForFinished(60000));
        // It ended by itself, after saving (without a handler the signal would have killed it).
        EXPECT_EQ(app.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(app.exitCode(), 0);
        auto store = CaseStore::open(db);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto loaded = store.value()->load(1);
        ASSERT_TRUE(loaded.ok());
        EXPECT_EQ(loaded->data.notes, notes);
        EXPECT_EQ(loaded->revision, 2);
    }
}

TEST(SessionEnd, AFailedDailyBackupIsShownInTheStatus)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    FixedClock clock(QDate(2026, 11, 20));
    auto opened = CaseStore::open(db, clock);
    ASSERT_TRUE(opened.ok());
    CaseStore& store = *opened.value();
    Autosaver saver(store);
    ui::CaseSession session(store, saver);
    Case c = exampleCase();
    session.startNew(c);
    session.update(c); // created (an empty store has nothing to back up yet)
    ASSERT_NE(session.id(), 0);
    // The backups folder cannot be made (a file holds its name), on the first save of a new day.
    QFile blocker(dir.filePath(QStringLiteral("backups")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    clock.set(QDate(2026, 11, 21).startOfDay());
    c.notes = QStringLiteral("the next morning");
    session.update(c);
    ASSERT_TRUE(session.flush());
    EXPECT_FALSE(store.backupProblem().isEmpty());
    EXPECT_TRUE(session.statusText().contains(QStringLiteral("backup failed")))
        << session.statusText().toStdString();
    EXPECT_TRUE(session.statusText().contains(store.backupProblem()));
    EXPECT_EQ(store.load(session.id())->data.notes, QStringLiteral("the next morning"));
}

} // namespace
