// zansai-cli deadlines --db STORE [--within DAYS] [--as-of D]: every stored case's court
// deadlines (objection, appeal, hearing) and limitation completion dates ("limitation") from
// today (or --as-of) to DAYS days later, soonest first — what the app's deadlines view lists.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "calendar/StoreDates.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct DeadlinesText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

constexpr int kDefaultWithinDays = 30;
constexpr int kMaxWithinDays = 3660; // ten years and a little: a limitation period ahead

int runDeadlines(const cli::Args& args)
{
    if (const Status known = args.onlyKnown(
            {u"--db"_s, u"--within"_s, u"--as-of"_s, QString::fromLatin1(cli::kPassphraseOption)});
        !known)
        return cli::fail(known.error());
    if (!args.positional.isEmpty())
        return cli::fail(u"--db"_s,
                         DeadlinesText::tr("Unexpected argument: %1").arg(args.positional.first()));
    int within = kDefaultWithinDays;
    if (args.has(u"--within"_s)) {
        const Result<int> days = args.count(u"--within"_s, 0, kMaxWithinDays);
        if (!days)
            return cli::fail(days.error());
        within = *days;
    }
    QDate asOf = SystemClock::instance().today();
    if (args.has(u"--as-of"_s)) {
        const Result<QDate> d = args.date(u"--as-of"_s);
        if (!d)
            return cli::fail(d.error());
        asOf = *d;
    }
    const Result<QString> location = cli::storeLocation(args, CaseStore::defaultPath());
    if (!location)
        return cli::fail(location.error());
    const QString& db = *location;
    auto store = cli::openExistingStore(args, db);
    if (!store)
        return cli::fail(store.error());
    const auto all = calendar::storedCaseDates(*store.value(), asOf);
    if (!all)
        return cli::fail(cli::storeError(db, all.error(), u"--db"_s));

    QJsonArray list;
    for (const calendar::UpcomingDate& u : calendar::upcoming(*all, asOf, within))
        list.append(QJsonObject{{u"case_id"_s, u.caseId},
                                {u"client"_s, u.client},
                                {u"kind"_s, calendar::toCode(u.date.kind)},
                                {u"due"_s, u.date.due.toString(Qt::ISODate)},
                                {u"days_left"_s, asOf.daysTo(u.date.due)},
                                {u"creditor"_s, u.date.creditor},
                                {u"article"_s, u.date.article}});
    return cli::printJson(
        {{u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"within"_s, within}, {u"deadlines"_s, list}});
}

} // namespace

ZANSAI_CLI_COMMAND("deadlines",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "List every stored case's deadlines in the next days, "
                                     "soonest first"),
                   "--db STORE [--within DAYS] [--as-of D]", &runDeadlines);
