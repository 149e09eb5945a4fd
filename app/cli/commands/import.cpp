// zansai-cli import CASE.json --db FILE: stores a zansai-case/1 file as a new case and prints
// {"case_id": ID}. The file is validated first; nothing is stored if it is not a valid case.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"

#include <QCoreApplication>

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
    const Result<QString> location = cli::storeLocation(args);
    if (!location)
        return cli::fail(location.error());

    // The case file is read whole (a regular file, size-limited) before the store is touched.
    const Result<Case> read = cli::readCaseFile(args.positional.first(), u"CASE.json"_s);
    if (!read)
        return cli::fail(read.error());

    const QString& db = *location;
    auto store = cli::openStore(args, db); // importing may create the store
    if (!store)
        return cli::fail(cli::storeError(db, store.error(), u"--db"_s));
    const Result<qint64> id = store.value()->create(read.value());
    if (!id)
        return cli::fail(cli::storeError(db, id.error(), id.error().field));
    QJsonObject out{{u"case_id"_s, *id}};
    // The case is stored; a failed daily backup does not undo that, but is never silent: it is
    // in the output and the exit code is 1 (docs/cli.md).
    if (const QString problem = store.value()->backupProblem(); !problem.isEmpty()) {
        out.insert(u"backup_error"_s, problem);
        cli::printJson(out);
        return cli::kExitFailure;
    }
    return cli::printJson(out);
}

} // namespace

ZANSAI_CLI_COMMAND("import", QT_TRANSLATE_NOOP("zansai::cli", "Store a case file in a case store"),
                   "CASE.json --db FILE", &runImport);
