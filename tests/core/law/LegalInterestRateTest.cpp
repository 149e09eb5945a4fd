// 法定利率: 民法404条 / 419条1項 by the first day of delay, and 旧商法514条.
#include "law/LegalInterestRate.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

TEST(LegalInterestRate, ByFirstDayOfDelay)
{
    struct Row {
        QDate day;
        Rate rate;
        bool fixed;
    };
    const Row rows[] = {
        {QDate(2000, 1, 1), Rate::percent(5), true},
        {QDate(2020, 3, 31), Rate::percent(5), true}, // the day before the reform: 旧民法404条
        {QDate(2020, 4, 1), Rate::percent(3), true},  // the reform's first day
        {QDate(2023, 4, 1), Rate::percent(3), true},  // second period
        {QDate(2026, 4, 1), Rate::percent(3), true},  // third period (基準割合 0.4%)
        {QDate(2029, 3, 31), Rate::percent(3), true}, // last known day
        {QDate(2029, 4, 1), Rate::percent(3), false}, // not yet fixed: 3% with a warning
        {QDate(2040, 1, 1), Rate::percent(3), false},
    };
    for (const Row& r : rows) {
        SCOPED_TRACE(r.day.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(legalInterestRate(r.day), r.rate);
        EXPECT_EQ(legalInterestRateFixed(r.day), r.fixed);
    }
}

TEST(LegalInterestRate, CommercialBefore2020)
{
    EXPECT_EQ(commercialLegalRateBefore2020(), Rate::percent(6));
    EXPECT_EQ(commercialLegalRateBefore2020().toPercentString(), QStringLiteral("6"));
}
