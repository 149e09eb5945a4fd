// 民事訴訟法391条1項・392条 (periods by 95条): when an unanswered payment order lapses.
#include "law/PaymentOrderLapse.h"

#include "law/CourtPeriod.h"

namespace zansai::law {

PaymentOrderLapse paymentOrderLapse(QDate served)
{
    PaymentOrderLapse out;
    if (!served.isValid())
        return out;
    out.objectionEnds = courtDeadline(served, 14); // 391条1項: 2 weeks from service
    out.canApplyFrom = out.objectionEnds.addDays(1);
    // 392条: "できる時から30日以内". The period starts at 00:00 of canApplyFrom, so that day counts
    // (民法140条ただし書): day 30 is canApplyFrom + 29 = objectionEnds + 30, and a closed last day
    // moves on (民事訴訟法95条3項) — exactly courtDeadline(objectionEnds, 30).
    out.lastDay = courtDeadline(out.objectionEnds, 30);
    return out;
}

} // namespace zansai::law
