#include "law/RehabilitationEligibility.h"

#include "law/Period.h"

namespace zansai::law {

RehabilitationEligibilityResult rehabilitationEligibility(const RehabilitationEligibilityInput& in)
{
    RehabilitationEligibilityResult r;
    r.withinCap = in.claims <= kRehabilitationClaimsCap; // 221条1項 「5,000万円を超えない」
    r.continuingIncome = in.continuingIncome;
    r.smallScaleEligible = r.withinCap && r.continuingIncome && in.claims > Yen(0);

    // 230条6項: objectors ≥ half by number, or > 1/2 by amount. One creditor alone objecting is
    // "at least half" when there are at most two creditors.
    Yen total;
    for (const Yen& c : in.claimsByCreditor) {
        total += c;
        r.largestClaim = Yen::max(r.largestClaim, c);
        if (c > Yen(0))
            ++r.creditorCount;
    }
    r.vetoByAmount = total > Yen(0) && r.largestClaim.value() * 2 > total.value(); // > 1/2, exact
    r.vetoByNumber = r.creditorCount >= 1 && r.creditorCount <= 2;

    // 239条5項2号: 「7年以内」 counted by 民法140条・143条 from the prior 免責's 確定.
    if (in.priorDischargeFinalOn && in.priorDischargeFinalOn->isValid()) {
        r.wageEarnerBarEnds = periodEndYears(*in.priorDischargeFinalOn, kWageEarnerBarYears);
        r.wageEarnerSevenYearBar = in.filing <= r.wageEarnerBarEnds;
    }
    r.wageEarnerEligible = r.smallScaleEligible && in.salaryLikeIncome && !r.wageEarnerSevenYearBar;
    return r;
}

} // namespace zansai::law
