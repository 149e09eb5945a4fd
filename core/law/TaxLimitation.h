// 徴収権の消滅時効 of a tax (国税通則法72条・73条; 地方税法18条・18条の2 likewise): 5 years from
// the statutory due date, outside the civil-law regime (no invocation, no waiver, no revival),
// renewed by the 督促, a part payment or 承認 and a seizure. docs/legal-rules.md §9.1.
#pragma once

#include "law/LimitationPeriod.h"

namespace zansai::law {

// For a tax (LenderKind::PublicAuthority); acceleratedOn is taken as the statutory due date
// (法定納期限). The events read: demand (the first is the 督促, later ones 催告), payment and
// acknowledgment (承認), seizure_filed / auction_filed, seizure_completed, seizure_withdrawn /
// auction_withdrawn (解除); court events do not change a tax's period.
LimitationResult taxLimitation(const LimitationInput& in);

} // namespace zansai::law
