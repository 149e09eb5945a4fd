// 法定利率 (the statutory rate): the rate of late interest when the contract names none or a lower
// one (民法419条1項 takes the rate in force on the first day of delay).
#pragma once

#include "money/Rate.h"

#include <QDate>

namespace zansai::law {

// 民法404条 and 419条1項: 5% when the delay began before 2020-04-01 (旧民法404条), 3% from
// 2020-04-01 through 2029-03-31 (the first three 3-year periods; 基準割合 changes stayed under 1%).
// From 2029-04-01 the rate is not fixed yet: this still returns 3% and the caller must warn
// (see legalInterestRateFixed).
Rate legalInterestRate(QDate firstDayOfDelay);

// False from 2029-04-01, where the 404条3項〜5項 review has not yet set the rate.
bool legalInterestRateFixed(QDate firstDayOfDelay);

// 旧商法514条: 6% for commercial claims whose delay began before 2020-04-01 (article deleted by
// the 2017 reform, effective 2020-04-01).
Rate commercialLegalRateBefore2020();

} // namespace zansai::law
