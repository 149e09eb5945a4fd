#include "law/LegalInterestRate.h"

namespace zansai::law {

namespace {
// 平成29年法律44号 (民法改正) 施行日, and the start of the first period after the three known ones.
const QDate kReformDay(2020, 4, 1);
const QDate kFirstUnfixedDay(2029, 4, 1);
} // namespace

// 民法404条2項 (3%) / 旧民法404条 (5%), chosen by 民法419条1項 on the first day of delay.
Rate legalInterestRate(QDate firstDayOfDelay)
{
    if (firstDayOfDelay < kReformDay)
        return Rate::percent(5);
    return Rate::percent(3);
}

// 民法404条3項〜5項: re-set every 3 years; known through 2029-03-31 (MOJ).
bool legalInterestRateFixed(QDate firstDayOfDelay)
{
    return firstDayOfDelay < kFirstUnfixedDay;
}

// 旧商法514条
Rate commercialLegalRateBefore2020()
{
    return Rate::percent(6);
}

} // namespace zansai::law
