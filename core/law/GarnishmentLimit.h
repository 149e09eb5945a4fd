// How much of a pay, bonus or retirement allowance a creditor may seize (差押禁止債権の範囲).
#pragma once

#include "law/PayCycle.h"
#include "money/Yen.h"

#include <initializer_list>

namespace zansai::law {

enum class ClaimKind {
    Ordinary, // any other money claim: 3/4 protected (民事執行法152条1項)
    Support, // 扶養義務等に係る定期金債権 (151条の2第1項): 1/2 protected (152条3項)
};

struct GarnishmentResult {
    Yen seizable;
    Yen protectedAmount;
};

// Fractions of a yen are not settled by the statute. Our choice, everywhere in this file: the
// seizable part is truncated below one yen (floor(net / 4), floor(net / 2), …), so the fraction
// stays with the debtor; the CLI prints this as its "rounding" note. A net amount of zero or less
// seizes 0.

// 民事執行法152条1項・3項, 施行令2条1項: 3/4 (support: 1/2) of the net pay is protected, but never
// more than 33万 monthly, 16.5万 semi-monthly, 11万 per ten days (旬), 1.1万 × 7 weekly, 1.1万
// daily.
GarnishmentResult wageGarnishmentLimit(Yen netPay, PayCycle cycle, ClaimKind claim);
// 民事執行法152条1項2号, 施行令2条2項: bonuses (賞与) with a 33万 cap.
GarnishmentResult bonusGarnishmentLimit(Yen netBonus, ClaimKind claim);
// 民事執行法152条2項・3項: a retirement allowance (退職手当) is 3/4 (support: 1/2) protected, no
// cap.
GarnishmentResult retirementGarnishmentLimit(Yen netAllowance, ClaimKind claim);
// 国税徴収法76条1項, 施行令34条: a tax office's seizure of a monthly pay. `netAfterTaxAndInsurance`
// is the pay minus 所得税, 住民税 and 社会保険料 (76条1項1〜3号). Protected on top: a living
// allowance of 10万 + 4.5万 per dependent (4号) and 20% of what is left (5号), that 20% capped at
// twice the living allowance.
GarnishmentResult taxWageSeizureLimit(Yen netAfterTaxAndInsurance, int dependents);

// Several creditors seizing one wage (民事執行法156条2項・165条: the employer deposits and the
// court distributes; 滞納処分と強制執行等との手続の調整に関する法律 for a tax office beside a
// court seizure) share the one seizable part: the wage loses the widest of their ranges (a
// support creditor's half holds an ordinary creditor's quarter), never their sum. `ranges`: the
// seizable part of the pay for each creditor class seizing; none gives 0.
Yen sharedWageSeizable(std::initializer_list<Yen> ranges);

// The 施行令2条1項 cap on the protected amount for one pay of `cycle`.
Yen protectedCap(PayCycle cycle);

} // namespace zansai::law
