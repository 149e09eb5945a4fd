// A tax office's seizure of a monthly pay from the gross figure, deduction by deduction
// (国税徴収法76条1項1号〜5号, 同法施行令34条; docs/legal-rules.md §3).
#pragma once

#include "money/Yen.h"

namespace zansai::law {

struct TaxWageSeizureSteps {
    Yen gross;
    Yen incomeTax, residentTax, socialInsurance; // 1号 所得税, 2号 住民税, 3号 社会保険料
    Yen net;                                     // gross less 1〜3号 (never below 0)
    Yen livingAllowance; // 4号, 施行令34条: 10万円 + 4.5万円 per 生計を一にする親族
    Yen remainder;       // net less the living allowance (never below 0)
    Yen protectedFifth;  // 5号: 20% of the remainder, at most twice the living allowance
    Yen seizable;        // remainder − protectedFifth
    Yen protectedAmount; // gross − seizable (1〜5号 together)
};

// 76条1項: the seizable part is gross pay less 1号〜5号. Rounding: the 20% of 5号 is taken up to
// the yen (the seizable 80% truncated below one yen: the fraction stays with the debtor), the same
// choice as taxWageSeizureLimit (law/GarnishmentLimit.h).
TaxWageSeizureSteps taxWageSeizureFromGross(Yen gross, Yen incomeTax, Yen residentTax,
                                            Yen socialInsurance, int dependents);

} // namespace zansai::law
