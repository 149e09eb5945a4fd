// 徴収権の消滅時効 of a tax (国税通則法72条; 地方税法18条 likewise): 5 years from the statutory due
// date, outside the civil-law regime (no invocation, no waiver). Renewals (73条) not evaluated.
#pragma once

#include "law/LimitationPeriod.h"

namespace zansai::law {

// For a debt owed to a public authority (LenderKind::PublicAuthority); acceleratedOn is taken as
// the statutory due date (法定納期限).
LimitationResult taxLimitation(const LimitationInput& in);

} // namespace zansai::law
