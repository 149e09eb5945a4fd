// zansai-cli encrypt --db FILE: converts a plain case store (and its backups) into one encrypted
// at rest with the passphrase of ZANSAI_PASSPHRASE or --passphrase-file (docs/security.md).
// Running it is the consent; it prints the recovery key once: without it, a lost passphrase
// cannot be recovered.
#include "Cli.h"
#include "StoreAccess.h"

#include <QCoreApplication>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct EncryptText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runEncrypt(const cli::Args& args)
{
    if (const Status known =
            args.onlyKnown({u"--db"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    if (!args.positional.isEmpty())
        return cli::fail(u"--db"_s,
                         EncryptText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const Result<QString> location = cli::storeLocation(args);
    if (!location)
        return cli::fail(location.error());
    const QString& db = *location;
    auto unlock = cli::passphraseOf(args);
    if (!unlock)
        return cli::fail(unlock.error());
    if (unlock->passphrase.isEmpty())
        return cli::fail(u"passphrase"_s,
                         EncryptText::tr("Give the new passphrase in ZANSAI_PASSPHRASE or "
                                         "--passphrase-file FILE. Keep it safe: without it or the "
                                         "recovery key printed here, the cases cannot be read "
                                         "again."));
    auto done = CaseStore::encrypt(db, unlock->passphrase);
    if (!done) {
        const bool passphrase = done.error().field == QString::fromLatin1(kStoreFieldPassphrase);
        return cli::fail(passphrase ? u"passphrase"_s : u"--db"_s, done.error().message);
    }
    QJsonObject out{
        {u"cases"_s, done->cases},
        {u"backups_encrypted"_s, done->backupsEncrypted},
        {u"backups_removed"_s, done->backupsRemoved},
    };
    // None when an earlier, interrupted conversion had already encrypted the store: only its
    // plain backups were converted now, and its recovery key is the one printed then.
    if (!done->recoveryKey.isEmpty())
        out.insert(u"recovery_key"_s, done->recoveryKey);
    return cli::printJson(out);
}

} // namespace

ZANSAI_CLI_COMMAND("encrypt",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Encrypt a case store at rest (prints its recovery key once)"),
                   "--db FILE [--passphrase-file FILE]", &runEncrypt);
