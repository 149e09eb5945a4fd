// How a day of late interest is counted against a year (docs/legal-rules.md §2, disputed point
// §12.5).
#pragma once

namespace zansai::law {

enum class DayBasis {
    Days365, // 「年365日の日割計算」: every day is 1/365, leap years included ("365")
    Actual,  // days in a leap year are 1/366, others 1/365 ("actual")
    // 東京地裁民事21部 practice ("court"): each whole year counted from the first day is taken at
    // the annual rate; only the remaining days are split by calendar year over 365 or 366.
    Court,
};

} // namespace zansai::law
