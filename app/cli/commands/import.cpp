// zansai-cli import CASE.json --db FILE: stores a zansai-case/1 file as a new case and prints
// {"case_id": ID}. The file is validated first; nothing is stored if it is not a valid case.
#include "Cli.h"
#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFile>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runImport(const cli::Args& args)
{
    if (const Status known =
            args.onlyKnown({u"--db"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    if (args.positional.size() != 1)
        return cli::fail(u"CASE.json"_s, ImportText::tr("Give exactly one case file."));
    if (args.value(u"--db"_s).isEmpty())
        return cli::fail(u"--db"_s, ImportText::tr("Give the case store: --db FILE."));

    const QString path = args.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli::fail(u"CASE.json"_s,
                         ImportText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<Case> read = readCase(file.readAll());
    if (!read)
        return cli::fail(read.error()); // the reader names the JSON path at fault

    auto store = cli::openStore(args, args.value(u"--db"_s));
    if (!store)
        return cli::fail(store.error());
    const Result<qint64> id = store.value()->create(read.value());
    if (!id) {
        const bool storeFault = id.error().field.startsWith(QLatin1String(kStoreFieldDb));
        return cli::fail(storeFault ? u"--db"_s : id.error().field, id.error().message);
    }
    return cli::printJson(QJsonObject{{u"case_id"_s, *id}});
}

} // namespace

ZANSAI_CLI_COMMAND("import", QT_TRANSLATE_NOOP("zansai::cli", "Store a case file in a case store"),
                   "CASE.json --db FILE", &runImport);
