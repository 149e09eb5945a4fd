#include "calendar/IcsWriter.h"

#include "Version.h"
#include "i18n/Narrator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>

namespace zansai::calendar {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::calendar";

struct IcsText {
    Q_DECLARE_TR_FUNCTIONS(zansai::calendar)
};

QString summaryOf(const Narrator& n, DateKind k, const Message& debt, const QString& label)
{
    const char* source = nullptr;
    switch (k) {
    case DateKind::Objection:
        source = QT_TRANSLATE_NOOP("zansai::calendar", "Last day to object (督促異議): %1 — %2");
        break;
    case DateKind::Appeal:
        source = QT_TRANSLATE_NOOP("zansai::calendar", "Last day to appeal (控訴): %1 — %2");
        break;
    case DateKind::Hearing:
        source = QT_TRANSLATE_NOOP("zansai::calendar", "Court hearing (answer before it): %1 — %2");
        break;
    case DateKind::Limitation:
        source = QT_TRANSLATE_NOOP("zansai::calendar", "Limitation period completes: %1 — %2");
        break;
    }
    // The debt as every paper names it (DebtName): the creditor, told apart from a second debt of
    // the same creditor, or the debt's place in the list while no creditor is entered.
    return n.tr(kContext, source).arg(n.text(debt), label);
}

QString descriptionOf(const Narrator& n, const CaseDate& d)
{
    QStringList lines;
    lines << n.text(d.todo);
    if (!d.article.isEmpty())
        lines
            << n.tr(kContext, QT_TRANSLATE_NOOP("zansai::calendar", "Article: %1")).arg(d.article);
    lines << n.tr(kContext,
                  QT_TRANSLATE_NOOP("zansai::calendar",
                                    "From Zansai Navigator: information for the consultation, "
                                    "not legal representation. Check the date against the "
                                    "court's papers."));
    return lines.join(u'\n');
}

icaltimetype dateOf(QDate d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

void addText(icalcomponent* c, icalproperty* (*make)(const char*), const QString& text)
{
    icalcomponent_add_property(c, make(text.toUtf8().constData()));
}

} // namespace

QString toCode(CaseNaming n)
{
    switch (n) {
    case CaseNaming::None:
        return u"none"_s;
    case CaseNaming::Initials:
        return u"initials"_s;
    case CaseNaming::Full:
        return u"full"_s;
    }
    return {};
}

std::optional<CaseNaming> parseCaseNaming(const QString& code)
{
    for (CaseNaming n : {CaseNaming::None, CaseNaming::Initials, CaseNaming::Full})
        if (code == toCode(n))
            return n;
    return std::nullopt;
}

QString initialsOf(const QString& name)
{
    QString out;
    // Both the ASCII and the ideographic space (全角スペース) separate the parts of a name.
    for (const QString& part :
         name.split(QRegularExpression(u"[\\s\u3000]+"_s), Qt::SkipEmptyParts)) {
        // The first character, whole even outside the BMP (a surrogate pair).
        const int len = part.at(0).isHighSurrogate() && part.size() > 1 ? 2 : 1;
        out += part.left(len) + u'.';
    }
    return out;
}

QString eventUid(const QString& caseNumber, const CaseDate& d)
{
    const QString key =
        QStringList{caseNumber, toCode(d.kind), d.debtId, d.due.toString(Qt::ISODate)}.join(
            u'\x1f');
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QString::fromLatin1(hash) + u"@zansai-navigator"_s;
}

QString caseLabel(const CalendarCase& c, CaseNaming naming, Language lang)
{
    const Narrator n(lang);
    const QString number =
        n.tr(kContext, QT_TRANSLATE_NOOP("zansai::calendar", "Case %1")).arg(c.caseNumber);
    const QString name = c.clientName.trimmed();
    if (naming == CaseNaming::None || name.isEmpty())
        return number;
    const QString shown = naming == CaseNaming::Full ? name : initialsOf(name);
    return n.tr(kContext, QT_TRANSLATE_NOOP("zansai::calendar", "%1 (%2)")).arg(number, shown);
}

IcsFile writeIcs(const QList<CalendarCase>& cases, const IcsOptions& options)
{
    const Narrator n(options.language);
    icalcomponent* cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(
        cal, icalproperty_new_prodid("-//Zansai//Zansai Navigator " ZANSAI_VERSION "//EN"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));

    const QDateTime stamp =
        (options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    icaltimetype dtstamp = icaltime_from_timet_with_zone(time_t(stamp.toSecsSinceEpoch()), 0,
                                                         icaltimezone_get_utc_timezone());
    const int alarmDays = std::clamp(options.alarmDaysBefore, 0, kMaxAlarmDays);

    IcsFile out;
    for (const CalendarCase& c : cases) {
        const QString label = caseLabel(c, options.naming, options.language);
        for (const CaseDate& d : c.dates) {
            icalcomponent* ev = icalcomponent_new_vevent();
            addText(ev, icalproperty_new_uid, eventUid(c.caseNumber, d));
            icalcomponent_add_property(ev, icalproperty_new_dtstamp(dtstamp));
            // An all-day event: DTSTART a DATE, DTEND the next day (exclusive, RFC 5545 3.6.1).
            icalcomponent_add_property(ev, icalproperty_new_dtstart(dateOf(d.due)));
            icalcomponent_add_property(ev, icalproperty_new_dtend(dateOf(d.due.addDays(1))));
            const QString summary = summaryOf(n, d.kind, d.debt, label);
            addText(ev, icalproperty_new_summary, summary);
            addText(ev, icalproperty_new_description, descriptionOf(n, d));
            addText(ev, icalproperty_new_categories, toCode(d.kind));
            icalcomponent_add_property(ev, icalproperty_new_class(ICAL_CLASS_PRIVATE));
            icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));

            // The alarm: N days before the start of the day (TRIGGER;RELATED=START:-PnD).
            icalcomponent* alarm = icalcomponent_new_valarm();
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icaltriggertype trigger;
            trigger.time = icaltime_null_time();
            trigger.duration = icaldurationtype_null_duration();
            trigger.duration.is_neg = alarmDays > 0 ? 1 : 0;
            trigger.duration.days = unsigned(alarmDays);
            icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
            addText(alarm, icalproperty_new_description, summary);
            icalcomponent_add_component(ev, alarm);

            icalcomponent_add_component(cal, ev);
            ++out.events;
        }
    }
    char* text = icalcomponent_as_ical_string_r(cal);
    out.bytes = QByteArray(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    return out;
}

Status saveIcs(const QByteArray& bytes, const QString& path, const QString& field)
{
    // Written atomically, the owner's only (0600) whatever the umask or an older file had.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{field, IcsText::tr("The calendar could not be written to %1: %2")
                                .arg(path, file.errorString())};
    return Ok{};
}

} // namespace zansai::calendar
