// zansai-cli pdf -o: never an input of the same command (by name, symbolic or hard link), never a
// device or a FIFO; what it writes is the owner's only (0600). (docs/security.md)
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kCase = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

TEST(SafeOutputCli, AnOutputThatIsAnInputIsRefused)
{
    QTemporaryDir dir;
    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    ASSERT_TRUE(QFile::copy(kCase, caseFile));
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), kCase, QStringLiteral("--db"), db}).exitCode, 0);
    const QString hardCase = dir.filePath(QStringLiteral("hard-case.json"));
    const QString softCase = dir.filePath(QStringLiteral("soft-case.json"));
    const QString hardDb = dir.filePath(QStringLiteral("hard.sqlite"));
    const QString softDb = dir.filePath(QStringLiteral("soft.sqlite"));
    ASSERT_EQ(
        ::link(QFile::encodeName(caseFile).constData(), QFile::encodeName(hardCase).constData()),
        0);
    ASSERT_EQ(::link(QFile::encodeName(db).constData(), QFile::encodeName(hardDb).constData()), 0);
    ASSERT_TRUE(QFile::link(caseFile, softCase));
    ASSERT_TRUE(QFile::link(db, softDb));
    const QString fifo = dir.filePath(QStringLiteral("out.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray caseBefore = bytesOf(caseFile);
    const QByteArray dbBefore = bytesOf(db);

    const QStringList fromFile{QStringLiteral("pdf"), caseFile};
    const QStringList fromStore{QStringLiteral("pdf"), QStringLiteral("--db"), db,
                                QStringLiteral("--case"), QStringLiteral("1")};
    struct Refused {
        const char* name;
        QStringList args;
        QString out;
    };
    const QList<Refused> runs{
        {"the case file", fromFile, caseFile},
        {"the case file by a hard link", fromFile, hardCase},
        {"the case file by a symbolic link", fromFile, softCase},
        {"the store", fromStore, db},
        {"the store's -wal", fromStore, db + QStringLiteral("-wal")},
        {"the store's -journal", fromStore, db + QStringLiteral("-journal")},
        {"the store by a hard link", fromStore, hardDb},
        {"the store by a symbolic link", fromStore, softDb},
        {"/dev/full", fromFile, QStringLiteral("/dev/full")},
        {"/dev/null", fromFile, QStringLiteral("/dev/null")},
        {"a FIFO", fromFile, fifo}, // opening it to write would block for ever
        {"a folder", fromFile, dir.path()},
    };
    for (const Refused& r : runs) {
        SCOPED_TRACE(r.name);
        const auto run = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} +
                                    r.args + QStringList{QStringLiteral("-o"), r.out},
                                30000);
        EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.errJson().value(QStringLiteral("field")).toString(), QStringLiteral("-o"));
        EXPECT_TRUE(run.errJson().value(QStringLiteral("error")).toString().contains(r.out))
            << run.err.toStdString();
    }
    EXPECT_EQ(bytesOf(caseFile), caseBefore);
    EXPECT_EQ(bytesOf(hardCase), caseBefore);
    EXPECT_EQ(bytesOf(db), dbBefore);
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-journal")));
    EXPECT_TRUE(QFileInfo(softCase).isSymLink());
    struct stat st {};
    ASSERT_EQ(::stat("/dev/full", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST(SafeOutputCli, APdfIsWrittenForTheOwnerOnly)
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.pdf"));
    const QString existing = dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(existing).constData(), 0644), 0);
    const mode_t oldMask = ::umask(022); // the usual umask: a plain write would give 0644
    for (const QString& out : {fresh, existing}) {
        SCOPED_TRACE(out.toStdString());
        const auto r = runCli({QStringLiteral("pdf"), kCase, QStringLiteral("-o"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(bytesOf(out).startsWith("%PDF"));
        EXPECT_EQ(modeOf(out), mode_t(0600));
    }
    ::umask(oldMask);
    // Nothing else is left in the folder (no temporary file).
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

} // namespace
