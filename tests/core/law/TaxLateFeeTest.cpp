// 延滞税 (国税通則法60条, 租税特別措置法94条) and 延滞金 (地方税法): worked examples by hand,
// docs/legal-rules.md §9. Every period: base × rate × days / 365, below one yen truncated.
#include "law/TaxLateFee.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct FeeCase {
    const char* name;
    std::int64_t tax;
    QDate due, paid;
    TaxKind kind;
    std::vector<std::int64_t> periods; // each period's amount
    std::int64_t exact, amount;
};

void PrintTo(const FeeCase& c, std::ostream* os)
{
    *os << c.name;
}

class TaxLateFeeVectors : public ::testing::TestWithParam<FeeCase> {};

TEST_P(TaxLateFeeVectors, PeriodsAndRounding)
{
    const FeeCase& c = GetParam();
    const TaxLateFeeResult r = taxLateFee(Yen(c.tax), c.due, c.paid, c.kind);
    ASSERT_EQ(r.periods.size(), qsizetype(c.periods.size()));
    for (size_t i = 0; i < c.periods.size(); ++i)
        EXPECT_EQ(r.periods[qsizetype(i)].amount, Yen(c.periods[i])) << "period " << i;
    EXPECT_EQ(r.exact, Yen(c.exact));
    EXPECT_EQ(r.amount, Yen(c.amount));
    if (!r.periods.isEmpty()) {
        EXPECT_EQ(r.periods.first().from, c.due.addDays(1));
        EXPECT_EQ(r.periods.last().to, c.paid);
    }
}

constexpr auto N = TaxKind::National;
constexpr auto L = TaxKind::Local;

INSTANTIATE_TEST_SUITE_P(
    WorkedByHand, TaxLateFeeVectors,
    ::testing::Values(
        // docs/legal-rules.md §9: 1,234,567 → base 1,230,000 (118条3項). Due 2026-03-16.
        // 03-17..05-16 (61 days) 2.8%: 1,230,000×0.028×61/365 = 5,755.73 → 5,755;
        // 05-17..07-31 (76 days) 9.1%: 1,230,000×0.091×76/365 = 23,305.97 → 23,305;
        // 29,060 → 29,000 (119条4項).
        FeeCase{"reference_2026",
                1'234'567,
                QDate(2026, 3, 16),
                QDate(2026, 7, 31),
                N,
                {5'755, 23'305},
                29'060,
                29'000},
        // Across a new year, 2024 a leap year but still /365. Due 2024-11-30: the 2 months run
        // 12-01..2025-01-31 (民法143条2項). 2024-12 (31 days) 2.4%: 500,000×0.024×31/365 =
        // 1,019.18 → 1,019; 2025-01 (31) 2.4%: 1,019; 02-01..03-31 (59) 8.7%: 500,000×0.087×59/365
        // = 7,031.51 → 7,031; 9,069 → 9,000.
        FeeCase{"across_new_year",
                500'000,
                QDate(2024, 11, 30),
                QDate(2025, 3, 31),
                N,
                {1'019, 1'019, 7'031},
                9'069,
                9'000},
        // Before 2014: the lower rate was 公定歩合 + 4% (2013: 4.3%), the upper stayed 14.6%.
        // 2013-01-01..02-28 (59) 4.3%: 1,000,000×0.043×59/365 = 6,950.68 → 6,950;
        // 03-01..12-31 (306) 14.6%: 1,000,000×0.146×306/365 = 122,400; 129,350 → 129,300.
        FeeCase{"before_2014",
                1'000'000,
                QDate(2012, 12, 31),
                QDate(2013, 12, 31),
                N,
                {6'950, 122'400},
                129'350,
                129'300},
        // Local tax, 1 month at the lower rate. Due 2025-04-30: 05-01..05-31 (31) 2.4%:
        // 300,000×0.024×31/365 = 611.51 → 611; 06-01..12-31 (214) 8.7%: 15,302.47 → 15,302;
        // 2026-01-01..04-30 (120) 9.1%: 8,975.34 → 8,975; 24,888 → 24,800.
        FeeCase{"local_property_tax",
                300'000,
                QDate(2025, 4, 30),
                QDate(2026, 4, 30),
                L,
                {611, 15'302, 8'975},
                24'888,
                24'800},
        // The same tax as a national one: 2 months at the lower rate (05-01..06-30, 61 days):
        // 1,203.29 → 1,203; 07-01..12-31 (184) 8.7%: 13,157.26 → 13,157; 2026 (120) 9.1%: 8,975;
        // 23,335 → 23,300.
        FeeCase{"national_same_tax",
                300'000,
                QDate(2025, 4, 30),
                QDate(2026, 4, 30),
                N,
                {1'203, 13'157, 8'975},
                23'335,
                23'300},
        // Local 9,999 → base 9,000 (1,000-yen units). Due 2025-01-31: 02-01..02-28 (28) 2.4%:
        // 9,000×0.024×28/365 = 16.57 → 16; 03-01..12-31 (306) 8.7%: 656.43 → 656; 672 is under
        // 1,000: nothing is due.
        FeeCase{"local_under_1000",
                9'999,
                QDate(2025, 1, 31),
                QDate(2025, 12, 31),
                L,
                {16, 656},
                672,
                0},
        // National 9,999: under 10,000, no 延滞税 at all (118条3項).
        FeeCase{
            "national_under_10000", 9'999, QDate(2025, 1, 31), QDate(2025, 12, 31), N, {}, 0, 0},
        // Paid on the due date: no day late.
        FeeCase{"paid_on_time", 1'000'000, QDate(2025, 3, 31), QDate(2025, 3, 31), N, {}, 0, 0}));

TEST(TaxLateFeeRates, PublishedTable)
{
    // 租税特別措置法94条1項; the lower / upper rate of each year (per mille).
    const struct {
        int year, lower, upper;
        bool known;
    } rows[] = {{1999, 73, 146, true}, {2000, 45, 146, true}, {2008, 47, 146, true},
                {2013, 43, 146, true}, {2014, 29, 92, true},  {2017, 27, 90, true},
                {2021, 25, 88, true},  {2022, 24, 87, true},  {2025, 24, 87, true},
                {2026, 28, 91, true},  {2027, 28, 91, false}};
    for (const auto& r : rows) {
        SCOPED_TRACE(r.year);
        const TaxLateFeeRates t = taxLateFeeRates(r.year);
        EXPECT_EQ(t.lower, Rate(r.lower, 1000));
        EXPECT_EQ(t.upper, Rate(r.upper, 1000));
        EXPECT_EQ(t.known, r.known);
    }
}

// Part payments go to the tax first (国税通則法62条1項). Tax 1,000,000 due 2025-03-31; 600,000
// paid 2025-04-30; as of 2025-06-30.
// 04-01..04-30 (30) on 1,000,000 at 2.4%: 1,000,000×0.024×30/365 = 1,972.60 → 1,972;
// 05-01..05-31 (31) on 400,000 at 2.4% (the 2 months end 05-31): 815.34 → 815;
// 06-01..06-30 (30) on 400,000 at 8.7%: 2,860.27 → 2,860. 5,647 → 5,600.
TEST(TaxLateFeeLedger, PaymentsToTheTaxFirst)
{
    const TaxLedgerResult r =
        runTaxLateFeeLedger(Yen(1'000'000), QDate(2025, 3, 31), N,
                            {Payment{QDate(2025, 4, 30), Yen(600'000)}}, QDate(2025, 6, 30));
    EXPECT_EQ(r.taxUnpaid, Yen(400'000));
    ASSERT_EQ(r.fee.periods.size(), 3);
    EXPECT_EQ(r.fee.periods[0].amount, Yen(1'972));
    EXPECT_EQ(r.fee.periods[1].base, Yen(400'000));
    EXPECT_EQ(r.fee.periods[1].amount, Yen(815));
    EXPECT_EQ(r.fee.periods[2].amount, Yen(2'860));
    EXPECT_EQ(r.fee.amount, Yen(5'600));
    EXPECT_EQ(r.feeUnpaid, Yen(5'600));
    // Paying 402,000 on 06-30 clears the tax and 2,000 of the fee: 3,600 left.
    const TaxLedgerResult later = runTaxLateFeeLedger(
        Yen(1'000'000), QDate(2025, 3, 31), N,
        {Payment{QDate(2025, 4, 30), Yen(600'000)}, Payment{QDate(2025, 6, 30), Yen(402'000)}},
        QDate(2025, 7, 31));
    EXPECT_EQ(later.taxUnpaid, Yen(0));
    EXPECT_EQ(later.fee.amount, Yen(5'600)); // nothing runs once the tax is paid
    EXPECT_EQ(later.feeUnpaid, Yen(3'600));
}

} // namespace
