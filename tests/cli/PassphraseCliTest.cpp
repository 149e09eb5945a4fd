// zansai-cli on an encrypted store (docs/cli.md, docs/security.md): the passphrase comes from
// ZANSAI_PASSPHRASE or --passphrase-file, never from an argument; missing or wrong exits 2 naming
// "passphrase"; `encrypt` converts a plain store and prints its recovery key.
#include "CliRunner.h"

#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

const QString kPass = QStringLiteral("cli passphrase 合言葉");

QString firstCaseFile()
{
    const QDir dir(QStringLiteral(ZANSAI_TEST_DATA "/cases"));
    return dir.filePath(dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name).first());
}

// Sets ZANSAI_PASSPHRASE for the CLI runs of its scope.
struct PassphraseEnv {
    explicit PassphraseEnv(const QString& p) { qputenv("ZANSAI_PASSPHRASE", p.toUtf8()); }
    ~PassphraseEnv() { qunsetenv("ZANSAI_PASSPHRASE"); }
};

class PassphraseCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        qunsetenv("ZANSAI_PASSPHRASE");
        db = tmp.filePath(QStringLiteral("cases.sqlite"));
        const auto imported =
            runCli({QStringLiteral("import"), firstCaseFile(), QStringLiteral("--db"), db});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        // Encrypted here, with Argon2id at its minimum (stored in the file: the CLI's unlock is
        // fast too); `encrypt` itself is run by the last test.
        store::crypto::setKdfLimitsForNewStores({1, 8192});
        auto done = CaseStore::encrypt(db, kPass);
        store::crypto::setKdfLimitsForNewStores({});
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }
    QStringList exportArgs() const
    {
        return {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                QStringLiteral("1")};
    }
    QTemporaryDir tmp;
    QString db;
};

} // namespace

TEST_F(PassphraseCli, MissingOrWrongPassphraseExits2NamingThePassphrase)
{
    const auto missing = runCli(exportArgs());
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("passphrase"));
    EXPECT_TRUE(missing.out.isEmpty());
    {
        PassphraseEnv env(QStringLiteral("not the passphrase"));
        const auto wrong = runCli(exportArgs());
        EXPECT_EQ(wrong.exitCode, 2);
        EXPECT_EQ(wrong.errJson().value(QStringLiteral("field")).toString(),
                  QStringLiteral("passphrase"));
    }
    // An option carrying the passphrase itself does not exist.
    QStringList args = exportArgs();
    args << QStringLiteral("--passphrase") << kPass;
    const auto argv = runCli(args);
    EXPECT_EQ(argv.exitCode, 2);
    EXPECT_EQ(argv.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("--passphrase"));
}

TEST_F(PassphraseCli, EnvironmentOrFileOpensTheStore)
{
    std::optional<QString> viaEnv;
    {
        PassphraseEnv env(kPass);
        const auto r = runCli(exportArgs());
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        viaEnv = r.out;
        const auto evaluated = runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), db,
                                       QStringLiteral("--case"), QStringLiteral("1")});
        EXPECT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
        const auto imported =
            runCli({QStringLiteral("import"), firstCaseFile(), QStringLiteral("--db"), db});
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_EQ(imported.json().value(QStringLiteral("case_id")).toInteger(), 2);
    }
    // The exported case is the imported file, byte for byte.
    QFile original(firstCaseFile());
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(viaEnv->toUtf8()),
              QJsonDocument::fromJson(original.readAll()));

    const QString file = tmp.filePath(QStringLiteral("pass.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kPass.toUtf8() + "\n"); // the line break is not part of it
    f.close();
    QStringList args = exportArgs();
    args << QStringLiteral("--passphrase-file") << file;
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, *viaEnv);
    // A passphrase file that is not there names the option.
    args.last() = tmp.filePath(QStringLiteral("missing.txt"));
    const auto none = runCli(args);
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_EQ(none.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("--passphrase-file"));
}

TEST_F(PassphraseCli, EncryptConvertsAPlainStoreAndPrintsTheRecoveryKeyOnce)
{
    const QString plain = tmp.filePath(QStringLiteral("plain.sqlite"));
    ASSERT_EQ(
        runCli({QStringLiteral("import"), firstCaseFile(), QStringLiteral("--db"), plain}).exitCode,
        0);
    const auto noPass = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), plain});
    EXPECT_EQ(noPass.exitCode, 2);
    EXPECT_EQ(noPass.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("passphrase"));
    PassphraseEnv env(kPass);
    const auto r = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), plain});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("cases")).toInt(), 1);
    const QString key = r.json().value(QStringLiteral("recovery_key")).toString();
    EXPECT_EQ(key.size(), 64); // 13 groups of 4, 12 dashes
    // Now encrypted: a plain open is refused, the passphrase opens it.
    auto refused = CaseStore::open(plain);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QString::fromLatin1(kStoreFieldPassphrase));
    auto viaKey = CaseStore::open(plain, {{}, key});
    EXPECT_TRUE(viaKey.ok());
    // Twice: refused, naming the passphrase (the store is already encrypted).
    const auto twice = runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), plain});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_EQ(twice.errJson().value(QStringLiteral("field")).toString(),
              QStringLiteral("passphrase"));
}
