#include "StoreAccess.h"

#include "CaseInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace zansai::cli {

using namespace Qt::StringLiterals;

namespace {
struct AccessText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};
constexpr qint64 kMaxPassphraseFile = 4096; // a passphrase, not a document
} // namespace

Result<store::crypto::Unlock> passphraseOf(const Args& args)
{
    store::crypto::Unlock unlock;
    const QString option = QString::fromLatin1(kPassphraseOption);
    if (args.has(option)) {
        const QString path = args.value(option);
        QFile file(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > kMaxPassphraseFile ||
            !file.open(QIODevice::ReadOnly))
            return Error{option, AccessText::tr("Cannot read the passphrase file %1: it must be "
                                                "an ordinary file of at most %2 bytes.")
                                     .arg(path)
                                     .arg(kMaxPassphraseFile)};
        QByteArray bytes = file.readLine(kMaxPassphraseFile + 1);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        unlock.passphrase = QString::fromUtf8(bytes);
        store::crypto::wipe(bytes);
        if (unlock.passphrase.isEmpty())
            return Error{option, AccessText::tr("The passphrase file %1 is empty.").arg(path)};
        return unlock;
    }
    unlock.passphrase = qEnvironmentVariable(kPassphraseEnv);
    return unlock;
}

bool storeExists(const QString& db)
{
    return CaseStore::isServerLocation(db) || QFileInfo::exists(db);
}

Result<std::unique_ptr<CaseStore>> openStore(const Args& args, const QString& db)
{
    auto unlock = passphraseOf(args);
    if (!unlock)
        return unlock.error();
    auto store = CaseStore::open(db, *unlock);
    if (!store) {
        const bool passphrase = store.error().field == QString::fromLatin1(kStoreFieldPassphrase);
        return Error{passphrase ? u"passphrase"_s : u"--db"_s, store.error().message};
    }
    return store;
}

Result<QString> storeLocation(const Args& args, const QString& fallback)
{
    const QString db = args.value(u"--db"_s, fallback);
    if (db.isEmpty())
        return Error{u"--db"_s, AccessText::tr("Give the case store: --db FILE.")};
    return db;
}

Result<std::unique_ptr<CaseStore>> openExistingStore(const Args& args, const QString& db)
{
    if (!storeExists(db))
        return Error{u"--db"_s, AccessText::tr("There is no case store %1.").arg(db)};
    auto store = openStore(args, db); // encrypted: ZANSAI_PASSPHRASE or --passphrase-file
    if (!store)
        return storeError(db, store.error(), u"--db"_s);
    return store;
}

} // namespace zansai::cli
