// Inputs that could block, exhaust memory or be another program's file: refused at once with exit
// 2, a field and the file named; a store that is not ours (foreign, empty, damaged) is never
// written. (docs/security.md, "Integrity and safe writes")
#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace {

const QString kCase = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

CliRun runEn(const QStringList& args)
{
    // A command that blocked (a FIFO read) would be killed after 20 s and fail with exit -1.
    return runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 20000);
}

TEST(SafeInputCli, DevicesFifosAndHugeFilesAreRefusedAtOnce)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("case.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        // 17 MiB of spaces then "{}": valid JSON, but over the 16 MiB limit.
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(qint64(17) << 20));
    }
    const QString zeroLink = dir.filePath(QStringLiteral("zero.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), zeroLink));
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), kCase, QStringLiteral("--db"), db}).exitCode, 0);
    const QString dbFifo = dir.filePath(QStringLiteral("store.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(dbFifo).constData(), 0600), 0);

    struct Bad {
        const char* name;
        QStringList args;
        const char* field;
        QString named; // the file the message names
    };
    const QList<Bad> runs{
        {"evaluate /dev/zero",
         {QStringLiteral("evaluate"), QStringLiteral("/dev/zero")},
         "CASE.json",
         QStringLiteral("/dev/zero")},
        {"evaluate a link to /dev/zero",
         {QStringLiteral("evaluate"), zeroLink},
         "CASE.json",
         zeroLink},
        {"evaluate a FIFO", {QStringLiteral("evaluate"), fifo}, "CASE.json", fifo},
        {"evaluate a huge file", {QStringLiteral("evaluate"), huge}, "CASE.json", huge},
        {"import a FIFO",
         {QStringLiteral("import"), fifo, QStringLiteral("--db"), db},
         "CASE.json",
         fifo},
        {"import /dev/zero",
         {QStringLiteral("import"), QStringLiteral("/dev/zero"), QStringLiteral("--db"), db},
         "CASE.json",
         QStringLiteral("/dev/zero")},
        {"import a huge file",
         {QStringLiteral("import"), huge, QStringLiteral("--db"), db},
         "CASE.json",
         huge},
        {"import into a FIFO store",
         {QStringLiteral("import"), kCase, QStringLiteral("--db"), dbFifo},
         "--db",
         dbFifo},
        {"import into /dev/null",
         {QStringLiteral("import"), kCase, QStringLiteral("--db"), QStringLiteral("/dev/null")},
         "--db",
         QStringLiteral("/dev/null")},
        {"export from a FIFO store",
         {QStringLiteral("export"), QStringLiteral("--db"), dbFifo, QStringLiteral("--case"),
          QStringLiteral("1")},
         "--db",
         dbFifo},
        {"evaluate from a FIFO store",
         {QStringLiteral("evaluate"), QStringLiteral("--db"), dbFifo, QStringLiteral("--case"),
          QStringLiteral("1")},
         "--db",
         dbFifo},
    };
    for (const Bad& r : runs) {
        SCOPED_TRACE(r.name);
        const auto run = runEn(r.args);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.errJson().value(QStringLiteral("field")).toString(),
                  QString::fromLatin1(r.field));
        EXPECT_TRUE(run.errJson().value(QStringLiteral("error")).toString().contains(r.named))
            << run.err.toStdString();
    }
    EXPECT_EQ(runCli({QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--case"), QStringLiteral("2")})
                  .exitCode,
              2); // nothing more was imported
}

struct StoreFile {
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;
    bool operator==(const StoreFile&) const = default;
};

StoreFile look(const QString& path)
{
    const QFileInfo fi(path);
    return {bytesOf(path), fi.fileTime(QFileDevice::FileModificationTime),
            QDir(fi.absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)};
}

TEST(SafeInputCli, ForeignEmptyAndDamagedStoresAreNeverWritten)
{
    QTemporaryDir dir;
    // Another program's SQLite file.
    const QString foreign = dir.filePath(QStringLiteral("foreign/app.db"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("foreign"))));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    // An empty file beside a backups folder (a store cut to 0 bytes).
    const QString empty = dir.filePath(QStringLiteral("empty/cases.sqlite"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("empty/backups"))));
    writeFile(empty, QByteArray());
    // A real store with flipped bytes in its cells.
    const QString damaged = dir.filePath(QStringLiteral("damaged/cases.sqlite"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("damaged"))));
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(
            runCli({QStringLiteral("import"), kCase, QStringLiteral("--db"), damaged}).exitCode, 0);
    QByteArray bytes = bytesOf(damaged);
    ASSERT_GT(bytes.size(), 6 * 4096);
    // The last 32 bytes of pages 3–6: where SQLite keeps the cells (rows and index entries).
    for (int page = 3; page <= 6; ++page)
        for (int i = page * 4096 - 32; i < page * 4096; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
    writeFile(damaged, bytes);

    for (const QString& store : {foreign, empty, damaged}) {
        SCOPED_TRACE(store.toStdString());
        const StoreFile before = look(store);
        for (const QStringList& args :
             {QStringList{QStringLiteral("import"), kCase, QStringLiteral("--db"), store},
              QStringList{QStringLiteral("export"), QStringLiteral("--db"), store,
                          QStringLiteral("--case"), QStringLiteral("1")},
              QStringList{QStringLiteral("evaluate"), QStringLiteral("--db"), store,
                          QStringLiteral("--case"), QStringLiteral("1")}}) {
            const auto run = runEn(args);
            EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
            EXPECT_EQ(run.errJson().value(QStringLiteral("field")).toString(),
                      QStringLiteral("--db"));
            EXPECT_TRUE(run.errJson().value(QStringLiteral("error")).toString().contains(store))
                << run.err.toStdString();
        }
        EXPECT_EQ(look(store), before); // bytes, mtime, and no -wal/-shm beside it
    }
}

TEST(SafeInputCli, EveryErrorCarriesAField)
{
    QTemporaryDir dir;
    const QString notJson = dir.filePath(QStringLiteral("not.json"));
    writeFile(notJson, "{ this is not json");
    const QString array = dir.filePath(QStringLiteral("array.json"));
    writeFile(array, "[1, 2]");
    const QString db = dir.filePath(QStringLiteral("cases.sqlite"));
    const QList<QStringList> runs{
        {QStringLiteral("evaluate"), notJson},
        {QStringLiteral("evaluate"), array},
        {QStringLiteral("import"), notJson, QStringLiteral("--db"), db},
        {QStringLiteral("import"), array, QStringLiteral("--db"), db},
        {QStringLiteral("evaluate")},
        {QStringLiteral("import")},
        {QStringLiteral("export")},
        {QStringLiteral("holidays")},
        {QStringLiteral("deadline")},
        {QStringLiteral("late-interest")},
        {QStringLiteral("garnishment")},
        {QStringLiteral("rehabilitation-minimum")},
        {QStringLiteral("no-such-command")},
    };
    for (const QStringList& args : runs) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const auto run = runEn(args);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_FALSE(run.errJson().value(QStringLiteral("field")).toString().isEmpty())
            << run.err.toStdString();
        EXPECT_FALSE(run.errJson().value(QStringLiteral("error")).toString().isEmpty());
    }
}

} // namespace
