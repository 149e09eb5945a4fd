// zansai-cli holidays YEAR: the 国民の祝日, 振替休日 and 国民の休日 of one year (祝日法).
#include "Cli.h"

#include "law/HolidayCalendar.h"
#include "law/JapaneseEra.h"
#include "util/Parse.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zansai::cli {

namespace {

struct HolidaysText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

int runHolidays(const Args& args)
{
    const QString field = QStringLiteral("YEAR");
    if (const Status known = args.onlyKnown({}); !known)
        return fail(known.error());
    if (args.positional.isEmpty())
        return fail(field, HolidaysText::tr("Give the year, such as 2026."));
    if (args.positional.size() > 1)
        return fail(field, HolidaysText::tr("Give one year only."));
    const Result<int> year =
        parseCount(args.positional.first(), field, law::kFirstHolidayYear, law::kLastHolidayYear);
    if (!year)
        return fail(year.error());

    const bool english = args.lang == Language::English;
    QJsonArray list;
    for (const law::Holiday& h : law::nationalHolidays(*year)) {
        list.append(QJsonObject{
            {QStringLiteral("date"), h.date.toString(Qt::ISODate)},
            // "name" follows --lang; both names are always there too.
            {QStringLiteral("name"), english ? h.nameEn : h.name},
            {QStringLiteral("name_ja"), h.name},
            {QStringLiteral("name_en"), h.nameEn},
            {QStringLiteral("wareki"), law::formatWareki(h.date)},
        });
    }
    return printJson(
        QJsonObject{{QStringLiteral("year"), *year}, {QStringLiteral("holidays"), list}});
}

} // namespace

ZANSAI_CLI_COMMAND("holidays",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Public holidays of a year, with substitute and "
                                     "citizens' holidays"),
                   "YEAR", &runHolidays);

} // namespace zansai::cli
