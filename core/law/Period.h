// Periods of days, months and years by the calendar (民法140条〜143条).
#pragma once

#include <QDate>

namespace zansai::law {

// 民法140条: the day of the event is not counted (初日不算入), so day 1 is event + 1.
QDate periodStart(QDate event);

// 民法143条2項: a period of months or years ends on the day before the 応当日 of the start day in
// the last month; when that month has no such day, on the month's last day.
// Examples (docs/legal-rules.md §0): 2024-02-28 + 5y → 2029-02-28; 2023-02-28 + 5y → 2028-02-29.
QDate periodEndMonths(QDate event, int months);
QDate periodEndYears(QDate event, int years);
// A period of days ends on event + days (the first day not counted).
QDate periodEndDays(QDate event, int days);

} // namespace zansai::law
