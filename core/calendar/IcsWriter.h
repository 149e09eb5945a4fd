// Writes the dates of cases (CaseDates.h) as an RFC 5545 iCalendar with libical (docs/cli.md
// `ics`): one all-day VEVENT per date with a display alarm some days before, in one explicit
// language. The calendar may end up on a phone or a shared server, so an event names the case
// only as far as the consultant chooses (CaseNaming) and never carries the client's address,
// phone, amounts or anything else of the case file.
#pragma once

#include "calendar/CaseDates.h"
#include "i18n/Language.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace zansai::calendar {

// How an event names the case: its number only (the default), with the client's initials, or
// with the client's full name. `--name none|initials|full`.
enum class CaseNaming { None, Initials, Full };
QString toCode(CaseNaming n);
std::optional<CaseNaming> parseCaseNaming(const QString& code);

// The initials of a name: the first character of each part separated by spaces, each followed
// by "." ("Jane Doe" → "J.D.", "松本 健一" → "松.健."); a name without spaces gives one.
QString initialsOf(const QString& name);

struct CalendarCase {
    QString caseNumber; // the store's case id or the case file's name: shown, and part of the UID
    QString clientName; // shown only as CaseNaming says
    QList<CaseDate> dates;
};

inline constexpr int kDefaultAlarmDays = 3;
inline constexpr int kMaxAlarmDays = 60;

struct IcsOptions {
    CaseNaming naming = CaseNaming::None;
    int alarmDaysBefore = kDefaultAlarmDays; // 0..kMaxAlarmDays; 0 = on the day itself
    Language language = Language::Japanese;
    QDateTime stamp; // DTSTAMP (when the file is made); converted to UTC
};

struct IcsFile {
    QByteArray bytes; // UTF-8, CRLF lines, folded at 75 octets (libical)
    int events = 0;
};

// The stable UID of one date: a hash of the case number, the kind, the debt's id and the date, so
// that exporting again updates the events a calendar already has instead of adding copies, and no
// case data can be read from it.
QString eventUid(const QString& caseNumber, const CaseDate& d);

// The label an event gives the case ("Case 12", "Case 12 (J.D.)").
QString caseLabel(const CalendarCase& c, CaseNaming naming, Language lang);

IcsFile writeIcs(const QList<CalendarCase>& cases, const IcsOptions& options);

// Writes `bytes` to `path` atomically, readable by the owner only (0600) like the papers.
// The error names `field`.
Status saveIcs(const QByteArray& bytes, const QString& path, const QString& field);

} // namespace zansai::calendar
