// IcsWriter: the iCalendar read back by libical itself (components, dates, alarm, UID) and by a
// second, independent parser (python3-icalendar, in a real process); what an event may say about
// the client (the privacy choice); the language. Dates as worked out in CaseDatesTest.cpp.
#include "CalendarTestCase.h"

#include "advice/Consultation.h"
#include "calendar/IcsWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <libical/ical.h>

using namespace zansai;
using namespace zansai::calendar;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 12, 1);

CalendarCase calendarCase(const QString& number = u"12"_s)
{
    const Case c = fiveDatesCase();
    return CalendarCase{number, c.client.name, caseDates(c, Consultation::assess(c, kAsOf))};
}

IcsOptions options(CaseNaming naming = CaseNaming::None, int alarmDays = kDefaultAlarmDays,
                   Language lang = Language::English)
{
    IcsOptions o;
    o.naming = naming;
    o.alarmDaysBefore = alarmDays;
    o.language = lang;
    o.stamp = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return o;
}

// The text with RFC 5545 line folding undone (CRLF followed by one space or tab), as a calendar
// reads it: a name folded across two lines is still found.
QString unfolded(const QByteArray& bytes)
{
    QByteArray b = bytes;
    b.replace("\r\n ", "").replace("\r\n\t", "");
    return QString::fromUtf8(b);
}

struct ParsedEvent {
    QString uid;
    QDate start;
    QDate end;
    bool allDay = false;
    QString summary;
    QString description;
    int alarmSeconds = 1; // the TRIGGER's offset from the start
    QString alarmAction;
};

struct Parsed {
    QString prodid;
    QString version;
    int errors = -1; // X-LIC-ERROR properties libical added while parsing and checking
    QList<ParsedEvent> events;
};

QDate dateOf(icaltimetype t)
{
    return QDate(t.year, t.month, t.day);
}

Parsed parseWithLibical(const QByteArray& bytes)
{
    Parsed p;
    icalcomponent* cal = icalparser_parse_string(bytes.constData());
    if (!cal)
        return p;
    // RFC 5545's restrictions on each component (a VALARM DISPLAY needs TRIGGER and DESCRIPTION,
    // …): a violation is recorded as an X-LIC-ERROR property.
    icalrestriction_check(cal);
    p.errors = icalcomponent_count_errors(cal);
    p.prodid = QString::fromUtf8(
        icalproperty_get_prodid(icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY)));
    p.version = QString::fromUtf8(
        icalproperty_get_version(icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY)));
    for (icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        const icaltimetype start = icalcomponent_get_dtstart(ev);
        e.start = dateOf(start);
        e.end = dateOf(icalcomponent_get_dtend(ev));
        e.allDay = start.is_date == 1;
        e.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        e.description = QString::fromUtf8(icalcomponent_get_description(ev));
        if (icalcomponent* alarm = icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT)) {
            const icaltriggertype t = icalproperty_get_trigger(
                icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
            e.alarmSeconds = icaldurationtype_as_int(t.duration);
            e.alarmAction = QString::fromUtf8(icalproperty_get_value_as_string(
                icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY)));
        }
        p.events.append(e);
    }
    icalcomponent_free(cal);
    return p;
}

} // namespace

TEST(IcsWriter, LibicalReadsOneAllDayEventPerDateWithItsAlarm)
{
    const IcsFile file = writeIcs({calendarCase()}, options());
    ASSERT_EQ(file.events, 4);
    const Parsed p = parseWithLibical(file.bytes);
    EXPECT_EQ(p.errors, 0) << file.bytes.toStdString();
    EXPECT_EQ(p.version, u"2.0"_s);
    EXPECT_TRUE(p.prodid.contains(u"Zansai Navigator"_s)) << p.prodid.toStdString();
    // CaseDatesTest.cpp works out each date.
    const QDate starts[] = {QDate(2026, 12, 8), QDate(2026, 12, 9), QDate(2027, 1, 12),
                            QDate(2027, 5, 10)};
    const char* summaries[] = {"Last day to object (督促異議): アオイ債権回収株式会社 — Case 12",
                               "Last day to appeal (控訴): ミドリ信販株式会社 — Case 12",
                               "Court hearing (answer before it): 北斗銀行 — Case 12",
                               "Limitation period completes: 株式会社サクラカード — Case 12"};
    ASSERT_EQ(p.events.size(), 4);
    for (int i = 0; i < 4; ++i) {
        SCOPED_TRACE(i);
        const ParsedEvent& e = p.events[i];
        EXPECT_TRUE(e.allDay);
        EXPECT_EQ(e.start, starts[i]);
        EXPECT_EQ(e.end, starts[i].addDays(1)); // DTEND exclusive: one whole day
        EXPECT_EQ(e.summary, QString::fromUtf8(summaries[i]));
        // 3 days before the start of the day: -3 × 86,400 s = -259,200 s.
        EXPECT_EQ(e.alarmSeconds, -259200);
        EXPECT_EQ(e.alarmAction, u"DISPLAY"_s);
        EXPECT_FALSE(e.uid.isEmpty());
    }
    // The article and what to do are in the description; no internal debt id in any text.
    EXPECT_TRUE(p.events[0].description.contains(u"Article: 民事訴訟法391条"_s));
    EXPECT_TRUE(p.events[3].description.contains(u"時効の援用"_s));
    const QString text = unfolded(file.bytes);
    for (const char* id : {":d1", ":d2", " d3", " d4", "(d1"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(id))) << id;
}

TEST(IcsWriter, AlarmDaysAreTheConsultantsChoice)
{
    // 7 days: -7 × 86,400 = -604,800 s; 0: at the start of the day itself.
    for (const auto& [days, seconds] : {std::pair{7, -604800}, std::pair{0, 0}}) {
        const Parsed p = parseWithLibical(writeIcs({calendarCase()}, options({}, days)).bytes);
        ASSERT_EQ(p.events.size(), 4);
        for (const ParsedEvent& e : p.events)
            EXPECT_EQ(e.alarmSeconds, seconds) << days;
    }
}

TEST(IcsWriter, UidsAreStableSoAnotherExportUpdatesInsteadOfDuplicating)
{
    const Parsed first = parseWithLibical(writeIcs({calendarCase()}, options()).bytes);
    IcsOptions later = options(CaseNaming::Full, 5, Language::Japanese);
    later.stamp = later.stamp.addDays(3);
    const Parsed again = parseWithLibical(writeIcs({calendarCase()}, later).bytes);
    ASSERT_EQ(first.events.size(), 4);
    ASSERT_EQ(again.events.size(), 4);
    QSet<QString> uids;
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(first.events[i].uid, again.events[i].uid); // stamp, naming, language aside
        uids.insert(first.events[i].uid);
    }
    EXPECT_EQ(uids.size(), 4); // one per date
    // Another case, or the same date moved (a new hearing day), is another event.
    const Parsed other = parseWithLibical(writeIcs({calendarCase(u"13"_s)}, options()).bytes);
    EXPECT_NE(other.events[0].uid, first.events[0].uid);
    CaseDate moved = calendarCase().dates[2];
    const QString before = eventUid(u"12"_s, moved);
    moved.due = moved.due.addDays(7);
    EXPECT_NE(eventUid(u"12"_s, moved), before);
}

TEST(IcsWriter, TheEventNamesTheClientOnlyAsChosen)
{
    const Case c = fiveDatesCase();
    struct Row {
        CaseNaming naming;
        bool fullName;
        bool initials;
    };
    for (const Row& r :
         {Row{CaseNaming::None, false, false}, Row{CaseNaming::Initials, false, true},
          Row{CaseNaming::Full, true, false}}) {
        SCOPED_TRACE(toCode(r.naming).toStdString());
        const IcsFile file = writeIcs({calendarCase()}, options(r.naming));
        const QString text = unfolded(file.bytes);
        EXPECT_EQ(text.contains(u"青山 花子"_s), r.fullName);
        EXPECT_EQ(text.contains(u"青.花."_s), r.initials);
        // Never, whatever the choice: the family or given name alone under "none", the kana,
        // the address, the amounts, the consultant's notes.
        if (r.naming == CaseNaming::None) {
            EXPECT_FALSE(text.contains(u"青山"_s));
            EXPECT_FALSE(text.contains(u"花子"_s));
        }
        for (const QString& never : {u"アオヤマ"_s, u"渋谷"_s, u"神宮前"_s, u"150-0001"_s,
                                     u"500000"_s, u"500,000"_s, u"3000000"_s, u"暦のテスト"_s})
            EXPECT_FALSE(text.contains(never)) << never.toStdString();
    }
    EXPECT_EQ(initialsOf(u"Jane Doe"_s), u"J.D."_s);
    EXPECT_EQ(initialsOf(u"松本\u3000健一"_s), u"松.健."_s); // 全角スペース separates too
    EXPECT_EQ(parseCaseNaming(u"initials"_s), CaseNaming::Initials);
    EXPECT_EQ(parseCaseNaming(u"surname"_s), std::nullopt);
}

TEST(IcsWriter, AnIndependentParserImportsIt)
{
    // python3-icalendar (Debian's; another implementation than libical) reads the file.
    const QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s}).isEmpty()
                               ? QStandardPaths::findExecutable(u"python3"_s)
                               : QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    ASSERT_FALSE(python.isEmpty());
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"case.ics"_s);
    const IcsFile file = writeIcs({calendarCase()}, options(CaseNaming::Initials, 2));
    ASSERT_TRUE(saveIcs(file.bytes, path, u"-o"_s).ok());
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    const char* script = R"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for ev in cal.walk('VEVENT'):
    alarm = ev.walk('VALARM')[0]
    events.append({'uid': str(ev['UID']), 'start': ev['DTSTART'].dt.isoformat(),
                   'summary': str(ev['SUMMARY']), 'action': str(alarm['ACTION']),
                   'trigger_days': alarm['TRIGGER'].dt.days})
print(json.dumps({'version': str(cal['VERSION']), 'events': events}))
)";
    QProcess p;
    p.start(python, {u"-c"_s, QString::fromUtf8(script), path});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(out.value(u"version"_s).toString(), u"2.0"_s);
    const QJsonArray events = out.value(u"events"_s).toArray();
    const Parsed mine = parseWithLibical(file.bytes);
    ASSERT_EQ(events.size(), 4);
    const char* starts[] = {"2026-12-08", "2026-12-09", "2027-01-12", "2027-05-10"};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject e = events[i].toObject();
        EXPECT_EQ(e.value(u"start"_s).toString(), QString::fromLatin1(starts[i]));
        EXPECT_EQ(e.value(u"uid"_s).toString(), mine.events[i].uid);
        EXPECT_EQ(e.value(u"summary"_s).toString(), mine.events[i].summary);
        EXPECT_EQ(e.value(u"action"_s).toString(), u"DISPLAY"_s);
        EXPECT_EQ(e.value(u"trigger_days"_s).toInt(), -2); // --alarm-days 2
    }
    EXPECT_TRUE(
        events[0].toObject().value(u"summary"_s).toString().endsWith(u"Case 12 (青.花.)"_s));
}

TEST(IcsWriter, NoDatesIsAnEmptyButValidCalendar)
{
    CalendarCase none = calendarCase();
    none.dates.clear();
    const IcsFile file = writeIcs({none}, options());
    EXPECT_EQ(file.events, 0);
    const Parsed p = parseWithLibical(file.bytes);
    EXPECT_EQ(p.version, u"2.0"_s);
    EXPECT_TRUE(p.events.isEmpty());
}

// An event names the debt as every paper does (core/case/DebtName): a second debt of the same
// creditor is told apart, and a debt whose creditor is not entered yet is named by its place in
// the list — never by its internal id (d1…).
TEST(IcsWriter, EventsNameTheDebtAsThePapersDo)
{
    Case c = fiveDatesCase();
    // d1 (objection, 12/8) and d4 (appeal, 12/9) now share one creditor; d2 (hearing) has none.
    c.debts[3].creditor = c.debts[0].creditor;
    c.debts[1].creditor.clear();
    const CalendarCase cc{u"12"_s, c.client.name, caseDates(c, Consultation::assess(c, kAsOf))};
    const Parsed ja =
        parseWithLibical(writeIcs({cc}, options(CaseNaming::None, 3, Language::Japanese)).bytes);
    ASSERT_EQ(ja.events.size(), 4);
    // The summary is 「<kind>: <debt> — 案件 12」.
    EXPECT_TRUE(ja.events[0].summary.contains(u"アオイ債権回収株式会社（1件目）"_s))
        << ja.events[0].summary.toStdString();
    EXPECT_TRUE(ja.events[1].summary.contains(u"アオイ債権回収株式会社（2件目）"_s))
        << ja.events[1].summary.toStdString();
    EXPECT_TRUE(ja.events[2].summary.contains(u"2件目の債務"_s))
        << ja.events[2].summary.toStdString();
    for (const ParsedEvent& e : ja.events) {
        EXPECT_FALSE(e.summary.contains(u"d1"_s) || e.summary.contains(u"d2"_s) ||
                     e.summary.contains(u"d4"_s))
            << e.summary.toStdString();
        EXPECT_FALSE(e.description.contains(u"d1"_s)) << e.description.toStdString();
    }
}
