// zansai-cli deadline --served D [--days 14]: the last day of a court period (民事訴訟法95条), e.g.
// a 督促異議 or 控訴 two weeks after service.
#include "Cli.h"

#include "law/CourtPeriod.h"
#include "law/HolidayCalendar.h"
#include "law/JapaneseEra.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zansai::cli {

namespace {

struct DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

QJsonObject closedDay(QDate d, Language lang)
{
    QString reason;
    QString text;
    switch (law::courtClosure(d)) {
    case law::CourtClosure::Holiday: {
        const auto h = law::holidayOn(d);
        reason = QStringLiteral("holiday");
        text = DeadlineText::tr("Public holiday: %1")
                   .arg(h ? (lang == Language::English ? h->nameEn : h->name) : QString());
        break;
    }
    case law::CourtClosure::NewYear:
        reason = QStringLiteral("new_year");
        text = DeadlineText::tr("Courts are closed from 29 December to 3 January");
        break;
    case law::CourtClosure::Sunday:
        reason = QStringLiteral("sunday");
        text = DeadlineText::tr("Sunday");
        break;
    case law::CourtClosure::Saturday:
        reason = QStringLiteral("saturday");
        text = DeadlineText::tr("Saturday");
        break;
    case law::CourtClosure::Open:
        break; // not reached: only closed days are skipped
    }
    return QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("text"), text}};
}

int runDeadline(const Args& args)
{
    const QString kServed = QStringLiteral("--served"), kDays = QStringLiteral("--days");
    if (const Status known = args.onlyKnown({kServed, kDays}); !known)
        return fail(known.error());
    if (!args.positional.isEmpty())
        return fail(QStringLiteral("command"),
                    DeadlineText::tr("Unexpected argument: %1").arg(args.positional.first()));
    const Result<QDate> served = args.date(kServed);
    if (!served)
        return fail(served.error());
    int days = 14; // 督促異議 (民訴393条) and 控訴 (285条) are two weeks
    if (args.has(kDays)) {
        const Result<int> d = args.count(kDays, 1, 365);
        if (!d)
            return fail(d.error());
        days = *d;
    }

    const law::CourtDeadline result = law::courtDeadlineDetail(*served, days);
    QJsonArray moved;
    for (const QDate d : result.skipped)
        moved.append(closedDay(d, args.lang));
    return printJson(QJsonObject{
        {QStringLiteral("served"), served->toString(Qt::ISODate)},
        {QStringLiteral("days"), days},
        {QStringLiteral("raw_end"), result.rawEnd.toString(Qt::ISODate)},
        {QStringLiteral("deadline"), result.deadline.toString(Qt::ISODate)},
        {QStringLiteral("deadline_wareki"), law::formatWareki(result.deadline)},
        {QStringLiteral("moved_because"), moved},
        {QStringLiteral("basis"),
         DeadlineText::tr("Code of Civil Procedure art. 95: the day of service is not counted; a "
                          "last day on which the court is closed moves to the next open day.")},
    });
}

} // namespace

ZANSAI_CLI_COMMAND("deadline",
                   QT_TRANSLATE_NOOP("zansai::cli", "Last day of a court period counted from "
                                                    "service"),
                   "--served YYYY-MM-DD [--days 14]", &runDeadline);

} // namespace zansai::cli
