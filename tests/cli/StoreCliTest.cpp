// zansai-cli import / export: a case file goes into a store and comes back out exactly.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList validCaseFiles()
{
    const QDir dir(QStringLiteral(ZANSAI_TEST_DATA "/cases"));
    QStringList files;
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(f));
    return files;
}

TEST(StoreCli, EveryCaseFileRoundTripsExactly)
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("cases.sqlite"));
    const QStringList files = validCaseFiles();
    ASSERT_GE(files.size(), 4);
    qint64 expectedId = 0;
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const auto imported = runCli({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_TRUE(imported.err.isEmpty());
        const QJsonObject ids = imported.json();
        ASSERT_EQ(ids.keys(), QStringList{QStringLiteral("case_id")});
        EXPECT_EQ(ids.value(QStringLiteral("case_id")).toInteger(), ++expectedId);

        const auto exported =
            runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                    QString::number(ids.value(QStringLiteral("case_id")).toInteger())});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const QJsonDocument original = QJsonDocument::fromJson(readAll(file));
        ASSERT_TRUE(original.isObject());
        // The same JSON (every field, every extra field, null and absent kept apart) …
        EXPECT_EQ(QJsonDocument::fromJson(exported.out.toUtf8()), original);
        // … and byte for byte the file as zansai writes it.
        EXPECT_EQ(exported.out.toUtf8(), original.toJson(QJsonDocument::Indented));

        // Exported, imported again, exported again: the same bytes.
        const QString again = tmp.filePath(QStringLiteral("again.json"));
        QFile out(again);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(exported.out.toUtf8());
        out.close();
        const auto reimported =
            runCli({QStringLiteral("import"), again, QStringLiteral("--db"), db});
        ASSERT_EQ(reimported.exitCode, 0);
        ++expectedId;
        const auto reexported = runCli(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
             QString::number(reimported.json().value(QStringLiteral("case_id")).toInteger())});
        EXPECT_EQ(reexported.out, exported.out);
    }
}

struct BadRun {
    const char* name;
    QStringList args; // "@DB" is the store, "@DIR" the temporary folder, "@DATA" the test data
    const char* field;
};

TEST(StoreCli, BadInputExitsWithTwoAndNamesTheField)
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("cases.sqlite"));
    const QString example = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");
    ASSERT_EQ(runCli({QStringLiteral("import"), example, QStringLiteral("--db"), db}).exitCode, 0);
    const QString notJson = tmp.filePath(QStringLiteral("not.json"));
    {
        QFile f(notJson);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{ this is not json");
    }
    const QString notStore = tmp.filePath(QStringLiteral("letter.txt"));
    {
        QFile f(notStore);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Dear customer, this is not a case store.");
    }
    const QString invalid =
        QStringLiteral(ZANSAI_TEST_DATA "/cases/invalid/accelerated_before_contract.json");
    const QList<BadRun> runs{
        {"import without a file",
         {QStringLiteral("import"), QStringLiteral("--db"), db},
         "CASE.json"},
        {"import a missing file",
         {QStringLiteral("import"), tmp.filePath(QStringLiteral("missing.json")),
          QStringLiteral("--db"), db},
         "CASE.json"},
        {"import without --db", {QStringLiteral("import"), example}, "--db"},
        {"import a broken file",
         {QStringLiteral("import"), notJson, QStringLiteral("--db"), db},
         "CASE.json"},
        {"import an invalid case",
         {QStringLiteral("import"), invalid, QStringLiteral("--db"), db},
         "debts[0].accelerated_on"},
        {"import into a file that is not a store",
         {QStringLiteral("import"), example, QStringLiteral("--db"), notStore},
         "--db"},
        {"import with an unknown option",
         {QStringLiteral("import"), example, QStringLiteral("--db"), db, QStringLiteral("--force")},
         "--force"},
        {"export without --case", {QStringLiteral("export"), QStringLiteral("--db"), db}, "--case"},
        {"export an unknown case",
         {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          QStringLiteral("99")},
         "--case"},
        {"export case 0",
         {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          QStringLiteral("0")},
         "--case"},
        {"export case abc",
         {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
          QStringLiteral("abc")},
         "--case"},
        {"export from a missing store",
         {QStringLiteral("export"), QStringLiteral("--db"),
          tmp.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--case"),
          QStringLiteral("1")},
         "--db"},
        {"export from a file that is not a store",
         {QStringLiteral("export"), QStringLiteral("--db"), notStore, QStringLiteral("--case"),
          QStringLiteral("1")},
         "--db"},
    };
    for (const BadRun& r : runs) {
        SCOPED_TRACE(r.name);
        QStringList args{QStringLiteral("--lang"), QStringLiteral("en")};
        args += r.args;
        const auto run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        const QJsonObject err = run.errJson();
        EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QString::fromUtf8(r.field));
        EXPECT_FALSE(err.value(QStringLiteral("error")).toString().isEmpty());
    }
    // Nothing was imported by the failed runs, and no store was created by export.
    const auto one = runCli({QStringLiteral("export"), QStringLiteral("--db"), db,
                             QStringLiteral("--case"), QStringLiteral("2")});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("none.sqlite"))));
    EXPECT_EQ(readAll(notStore), QByteArray("Dear customer, this is not a case store."));
}

TEST(StoreCli, AFailedBackupIsInTheOutputAndTheExitCode)
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("cases.sqlite"));
    const QString example = QStringLiteral(ZANSAI_TEST_DATA "/cases/spec_example.json");
    // The first import finds an empty store: nothing to back up yet.
    ASSERT_EQ(runCli({QStringLiteral("import"), example, QStringLiteral("--db"), db}).exitCode, 0);
    // The backups folder cannot be made: a file holds its name.
    {
        QFile blocker(tmp.filePath(QStringLiteral("backups")));
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    const auto r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                           example, QStringLiteral("--db"), db});
    // The case is stored (its id is printed) but the run is not a plain success.
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("case_id")).toInteger(), 2);
    EXPECT_TRUE(r.json()
                    .value(QStringLiteral("backup_error"))
                    .toString()
                    .contains(tmp.filePath(QStringLiteral("backups"))))
        << r.out.toStdString();
    const auto exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), db,
                                  QStringLiteral("--case"), QStringLiteral("2")});
    EXPECT_EQ(exported.exitCode, 0);
}

TEST(StoreCli, MessagesAreTranslated)
{
    QTemporaryDir tmp;
    const auto r = runCli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("export"),
                           QStringLiteral("--db"), tmp.filePath(QStringLiteral("none.sqlite")),
                           QStringLiteral("--case"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errJson()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("ケース保存ファイル")))
        << r.err.toStdString();
}

} // namespace
