// zansai-cli export --db FILE --case ID: prints the stored case as its zansai-case/1 file, exactly
// as it was imported or last saved.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "case/CaseJson.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <limits>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runExport(const cli::Args& args)
{
    if (const Status known =
            args.onlyKnown({u"--db"_s, u"--case"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    if (!args.positional.isEmpty())
        return cli::fail(u"--case"_s,
                         ExportText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const Result<QString> location = cli::storeLocation(args);
    if (!location)
        return cli::fail(location.error());
    const QString& db = *location;
    const Result<int> id = args.count(u"--case"_s, 1, std::numeric_limits<int>::max());
    if (!id)
        return cli::fail(id.error());
    auto store = cli::openExistingStore(args, db);
    if (!store)
        return cli::fail(store.error());
    const Result<StoredCase> stored = store.value()->load(*id);
    if (!stored)
        return cli::fail(cli::storeError(db, stored.error(), u"--case"_s));
    // A firm store's audit trail says who exported which case (a no-op on a file).
    if (const Status audited = store.value()->recordAudit(*id, AuditAction::Exported); !audited)
        return cli::fail(cli::storeError(db, audited.error(), u"--db"_s));
    return cli::printJson(writeCase(stored->data));
}

} // namespace

ZANSAI_CLI_COMMAND("export", QT_TRANSLATE_NOOP("zansai::cli", "Print a stored case as a case file"),
                   "--db FILE --case ID", &runExport);
