#include "law/CourtPeriod.h"

#include "law/HolidayCalendar.h"
#include "law/Period.h"

namespace zansai::law {

CourtDeadline courtDeadlineDetail(QDate served, int days)
{
    CourtDeadline out;
    // 民事訴訟法95条1項 → 民法140条: the day of service is not counted, so the period of `days`
    // days ends at the end of served + days (民法141条).
    out.rawEnd = periodEndDays(served, days);
    out.deadline = out.rawEnd;
    // 民事訴訟法95条3項: a last day on a Saturday, Sunday, 祝日法の休日, 1/2, 1/3 or 12/29–12/31
    // makes the period end on the next day, again and again while that day is closed too.
    while (out.deadline.isValid() && isCourtClosed(out.deadline)) {
        out.skipped.append(out.deadline);
        out.deadline = out.deadline.addDays(1);
    }
    return out;
}

QDate courtDeadline(QDate served, int days)
{
    return nextCourtOpenDay(periodEndDays(served, days)); // 民事訴訟法95条1項・3項
}

} // namespace zansai::law
