#include "law/Period.h"

namespace zansai::law {

QDate periodStart(QDate event)
{
    return event.addDays(1); // 民法140条
}

QDate periodEndMonths(QDate event, int months)
{
    const QDate start = periodStart(event);
    // Target month counted from the start day (民法143条2項).
    const int monthIndex = start.year() * 12 + (start.month() - 1) + months;
    const int y = monthIndex / 12;
    const int m = monthIndex % 12 + 1;
    const QDate firstOfMonth(y, m, 1);
    if (start.day() > firstOfMonth.daysInMonth())
        return QDate(y, m, firstOfMonth.daysInMonth()); // 143条2項ただし書: no 応当日 → month end
    return QDate(y, m, start.day()).addDays(-1); // the day before the 応当日
}

QDate periodEndYears(QDate event, int years)
{
    return periodEndMonths(event, years * 12);
}

QDate periodEndDays(QDate event, int days)
{
    return event.addDays(days);
}

} // namespace zansai::law
