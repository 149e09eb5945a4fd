// zansai-cli wareki D: a date in the Japanese calendar (和暦), by ICU's Japanese calendar
// (law/JapaneseEra.h).
#include "Cli.h"

#include "law/JapaneseEra.h"
#include "util/Parse.h"

#include <QCoreApplication>

namespace zansai::cli {

namespace {

struct WarekiText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runWareki(const Args& args)
{
    const QString field = QStringLiteral("D");
    if (const Status known = args.onlyKnown({}); !known)
        return fail(known.error());
    if (args.positional.isEmpty())
        return fail(field, WarekiText::tr("Give the date, such as 2026-11-22."));
    if (args.positional.size() > 1)
        return fail(field, WarekiText::tr("Give one date only."));
    const Result<QDate> date = parseIsoDate(args.positional.first(), field);
    if (!date)
        return fail(date.error());
    const QString wareki = law::formatWareki(*date);
    if (wareki.isEmpty()) // before 1873-01-01: no Gregorian date has a 和暦 of the same day
        return fail(field, WarekiText::tr("Dates before 1873-01-01 (Meiji 6) have no Japanese-era "
                                          "date in the Gregorian calendar."));
    return printJson(QJsonObject{{QStringLiteral("date"), date->toString(Qt::ISODate)},
                                 {QStringLiteral("wareki"), wareki}});
}

} // namespace

ZANSAI_CLI_COMMAND("wareki",
                   QT_TRANSLATE_NOOP("zansai::cli", "A date in the Japanese calendar (和暦)"), "D",
                   &runWareki);

} // namespace zansai::cli
