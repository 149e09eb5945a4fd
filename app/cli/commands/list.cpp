// zansai-cli list --db STORE [--search TEXT] [--limit N]: the stored cases (out of the trash),
// the most recently saved first, as the app's case list shows them; TEXT matches one or more
// characters of the client's name or kana, a creditor or the notes (the store's own search).
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <limits>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct ListText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runList(const cli::Args& args)
{
    if (const Status known = args.onlyKnown(
            {u"--db"_s, u"--search"_s, u"--limit"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    if (!args.positional.isEmpty())
        return cli::fail(u"--db"_s,
                         ListText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const QString search = args.value(u"--search"_s).trimmed();
    if (args.has(u"--search"_s) && search.isEmpty())
        return cli::fail(u"--search"_s, ListText::tr("Give at least one character to search."));
    std::optional<int> limit;
    if (args.has(u"--limit"_s)) {
        const Result<int> n = args.count(u"--limit"_s, 1, std::numeric_limits<int>::max());
        if (!n)
            return cli::fail(n.error());
        limit = *n;
    }
    const Result<QString> location = cli::storeLocation(args, CaseStore::defaultPath());
    if (!location)
        return cli::fail(location.error());
    const QString& db = *location;
    auto store = cli::openExistingStore(args, db);
    if (!store)
        return cli::fail(store.error());

    const Result<int> total = store.value()->count(search);
    if (!total)
        return cli::fail(cli::storeError(db, total.error(), u"--db"_s));
    const Result<QList<CaseSummary>> page =
        store.value()->list(search, CaseSort::UpdatedDesc, 0, limit.value_or(*total));
    if (!page)
        return cli::fail(cli::storeError(db, page.error(), u"--db"_s));
    QJsonArray cases;
    for (const CaseSummary& s : *page)
        cases.append(QJsonObject{{u"case_id"_s, s.id},
                                 {u"client"_s, s.clientName},
                                 {u"saved_at"_s, s.updatedAt.toUTC().toString(Qt::ISODate)}});
    return cli::printJson({{u"cases"_s, cases}, {u"total"_s, *total}});
}

} // namespace

ZANSAI_CLI_COMMAND("list",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "List the stored cases, or those a search text matches"),
                   "--db STORE [--search TEXT] [--limit N]", &runList);
