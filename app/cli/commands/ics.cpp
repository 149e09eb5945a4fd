// zansai-cli ics CASE.json -o OUT.ics | --db STORE [--case ID] -o OUT.ics: the court deadlines
// and limitation completion dates of one case, or of every stored case, as an RFC 5545 iCalendar
// (core/calendar, libical). Each case is assessed by the one entry point (Consultation::assess):
// a file as of its own date, a stored case as of today, --as-of another day; dates before that
// day are left out. An event names the case by its number only unless --name says otherwise.
#include "CaseInput.h"
#include "Cli.h"
#include "StoreAccess.h"

#include "advice/Consultation.h"
#include "calendar/IcsWriter.h"
#include "calendar/StoreDates.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <limits>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct IcsCliText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

// Every case of the store (--db without --case), as of today or --as-of.
Result<QList<calendar::CalendarCase>> allStoredCases(const cli::Args& args, const QString& db,
                                                     QDate asOf)
{
    auto store = cli::openExistingStore(args, db);
    if (!store)
        return store.error();
    const auto all = calendar::storedCaseDates(*store.value(), asOf);
    if (!all)
        return cli::storeError(db, all.error(), u"--db"_s);
    QList<calendar::CalendarCase> cases;
    for (const calendar::StoredCaseDates& s : *all)
        cases.append({QString::number(s.caseId), s.client, s.dates});
    return cases;
}

int runIcs(const cli::Args& args)
{
    if (const Status known = args.onlyKnown(cli::caseInputOptions() +
                                            QStringList{u"-o"_s, u"--name"_s, u"--alarm-days"_s});
        !known)
        return cli::fail(known.error());
    if (args.value(u"-o"_s).isEmpty())
        return cli::fail(u"-o"_s, IcsCliText::tr("Name the calendar to write with -o OUT.ics."));
    const auto naming = args.choice(u"--name"_s, {u"none"_s, u"initials"_s, u"full"_s}, u"none"_s);
    if (!naming)
        return cli::fail(naming.error());
    int alarmDays = calendar::kDefaultAlarmDays;
    if (args.has(u"--alarm-days"_s)) {
        const Result<int> days = args.count(u"--alarm-days"_s, 0, calendar::kMaxAlarmDays);
        if (!days)
            return cli::fail(days.error());
        alarmDays = *days;
    }

    const SystemClock& clock = SystemClock::instance();
    QList<calendar::CalendarCase> cases;
    cli::CaseInput in; // what the output must not replace
    const bool wholeStore =
        args.has(u"--db"_s) && !args.has(u"--case"_s) && args.positional.isEmpty();
    if (wholeStore) {
        QDate asOf = clock.today();
        if (args.has(u"--as-of"_s)) {
            const Result<QDate> d = args.date(u"--as-of"_s);
            if (!d)
                return cli::fail(d.error());
            asOf = *d;
        }
        const Result<QString> location = cli::storeLocation(args);
        if (!location)
            return cli::fail(location.error());
        const QString& db = *location;
        in.storePath = QFileInfo(db).absoluteFilePath();
        // Checked before the store is opened: a refused output reads nothing.
        if (const Status ok = cli::checkOutputPath(args.value(u"-o"_s), in); !ok)
            return cli::fail(ok.error());
        auto all = allStoredCases(args, db, asOf);
        if (!all)
            return cli::fail(all.error());
        cases = std::move(all).value();
    } else {
        auto opened = cli::openCaseInput(args, clock);
        if (!opened)
            return cli::fail(opened.error());
        in = std::move(opened).value();
        if (const Status ok = cli::checkOutputPath(args.value(u"-o"_s), in); !ok)
            return cli::fail(ok.error());
        const Consultation consultation = Consultation::assess(in.data, in.asOf);
        cases.append({in.label(), in.data.client.name, calendar::caseDates(in.data, consultation)});
    }

    calendar::IcsOptions options;
    options.naming = *calendar::parseCaseNaming(*naming);
    options.alarmDaysBefore = alarmDays;
    options.language = args.lang;
    options.stamp = clock.now();
    const calendar::IcsFile file = calendar::writeIcs(cases, options);
    const QString path = QFileInfo(args.value(u"-o"_s)).absoluteFilePath();
    if (const Status saved = calendar::saveIcs(file.bytes, path, u"-o"_s); !saved)
        return cli::fail(saved.error());
    return cli::printJson({{u"events"_s, file.events}, {u"path"_s, path}});
}

} // namespace

ZANSAI_CLI_COMMAND("ics",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Write the court deadlines and limitation dates as an "
                                     "iCalendar file"),
                   "CASE.json -o OUT.ics | --db STORE [--case ID] -o OUT.ics "
                   "[--name none|initials|full] [--alarm-days N] [--as-of D]",
                   &runIcs);
