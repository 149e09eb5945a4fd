#include "law/TaxGarnishment.h"

#include "law/GarnishmentLimit.h"

#include <algorithm>

namespace zansai::law {

// 国税徴収法76条1項, 同法施行令34条 (a monthly pay)
TaxWageSeizureSteps taxWageSeizureFromGross(Yen gross, Yen incomeTax, Yen residentTax,
                                            Yen socialInsurance, int dependents)
{
    TaxWageSeizureSteps s;
    s.gross = Yen::max(gross, Yen(0));
    s.incomeTax = Yen::max(incomeTax, Yen(0));
    s.residentTax = Yen::max(residentTax, Yen(0));
    s.socialInsurance = Yen::max(socialInsurance, Yen(0));
    // 1号〜3号: the taxes and social insurance withheld from this pay.
    s.net = Yen::max(s.gross - s.incomeTax - s.residentTax - s.socialInsurance, Yen(0));
    // 4号・5号 on what is left: the rule of taxWageSeizureLimit (one place for it).
    const GarnishmentResult r = taxWageSeizureLimit(s.net, dependents);
    s.livingAllowance = Yen(100'000) + Yen(45'000) * std::max(dependents, 0);
    s.remainder = Yen::max(s.net - s.livingAllowance, Yen(0));
    s.seizable = r.seizable;
    s.protectedFifth = s.remainder - s.seizable;
    s.protectedAmount = s.gross - s.seizable;
    return s;
}

} // namespace zansai::law
