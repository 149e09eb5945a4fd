#include "law/Bankruptcy.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct StreamCase {
    const char* name;
    BankruptcyEstate estate;
    bool barSuspected;
    BankruptcyStream stream;
    Yen courtDeposit;
    Yen lost;
};

BankruptcyEstate cash(std::int64_t v)
{
    return {Yen(v), {}, {}, {}, {}, {}};
}
BankruptcyEstate deposits(std::int64_t v)
{
    return {{}, Yen(v), {}, {}, {}, {}};
}
BankruptcyEstate car(std::int64_t v)
{
    return {{}, {}, Yen(v), {}, {}, {}};
}
BankruptcyEstate insurance(std::int64_t v)
{
    return {{}, {}, {}, Yen(v), {}, {}};
}
BankruptcyEstate retirement(std::int64_t v)
{
    return {{}, {}, {}, {}, Yen(v), {}};
}
BankruptcyEstate other(std::int64_t v)
{
    return {{}, {}, {}, {}, {}, Yen(v)};
}

constexpr auto Summary = BankruptcyStream::SummaryDismissal;
constexpr auto Admin = BankruptcyStream::SmallAdministration;
const Yen kSummaryDeposit(15'000); // 官報公告費 only
const Yen kAdminDeposit(215'000);  // 引継予納金 20万 + 官報公告費

class BankruptcyStreamTest : public ::testing::TestWithParam<StreamCase> {};

TEST_P(BankruptcyStreamTest, TokyoThresholds)
{
    const StreamCase& c = GetParam();
    const BankruptcyEstateResult r = assessBankruptcyEstate(c.estate, c.barSuspected);
    EXPECT_EQ(r.stream, c.stream) << c.name;
    EXPECT_EQ(r.courtDeposit, c.courtDeposit) << c.name;
    EXPECT_EQ(r.lost, c.lost) << c.name;
}

// Tokyo practice (docs/legal-rules.md §5): cash ≥ 33万 or any single other asset ≥ 20万 → 少額管財.
INSTANTIATE_TEST_SUITE_P(
    Edges, BankruptcyStreamTest,
    ::testing::Values(
        StreamCase{"nothing", {}, false, Summary, kSummaryDeposit, Yen(0)},
        StreamCase{"cash 329,999", cash(329'999), false, Summary, kSummaryDeposit, Yen(0)},
        StreamCase{"cash 330,000", cash(330'000), false, Admin, kAdminDeposit, Yen(0)},
        // 99万 of cash stays free (破産法34条3項1号); above it goes to the trustee.
        StreamCase{"cash 990,000", cash(990'000), false, Admin, kAdminDeposit, Yen(0)},
        StreamCase{"cash 1,000,000", cash(1'000'000), false, Admin, kAdminDeposit, Yen(10'000)},
        StreamCase{"deposits 199,999", deposits(199'999), false, Summary, kSummaryDeposit, Yen(0)},
        StreamCase{"deposits 200,000", deposits(200'000), false, Admin, kAdminDeposit,
                   Yen(200'000)},
        StreamCase{"car 199,999", car(199'999), false, Summary, kSummaryDeposit, Yen(0)},
        StreamCase{"car 200,000", car(200'000), false, Admin, kAdminDeposit, Yen(200'000)},
        StreamCase{"insurance 200,000", insurance(200'000), false, Admin, kAdminDeposit,
                   Yen(200'000)},
        StreamCase{"other 199,999", other(199'999), false, Summary, kSummaryDeposit, Yen(0)},
        // 退職金 counted at 1/8 (truncated): 1,599,999 / 8 = 199,999.875 → 199,999.
        StreamCase{"retirement 1,599,999", retirement(1'599'999), false, Summary, kSummaryDeposit,
                   Yen(0)},
        StreamCase{"retirement 1,600,000", retirement(1'600'000), false, Admin, kAdminDeposit,
                   Yen(200'000)},
        StreamCase{"retirement 1,600,007", retirement(1'600'007), false, Admin, kAdminDeposit,
                   Yen(200'000)},
        // Several items each under 20万 do not add up: 同時廃止.
        StreamCase{
            "items each below",
            {Yen(329'999), Yen(199'999), Yen(199'999), Yen(199'999), Yen(1'599'999), Yen(199'999)},
            false,
            Summary,
            kSummaryDeposit,
            Yen(0)},
        // A suspected 免責不許可事由 (the 7-year rule) is investigated by a trustee.
        StreamCase{"bar suspected", {}, true, Admin, kAdminDeposit, Yen(0)}),
    [](const auto& info) {
        std::string s = info.param.name;
        for (char& ch : s)
            if (!isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return s;
    });

TEST(BankruptcyEstate, ItemsListWhatIsCountedAndLost)
{
    const BankruptcyEstateResult r =
        assessBankruptcyEstate({Yen(1'200'000), Yen(50'000), {}, {}, Yen(2'000'000), {}});
    ASSERT_EQ(r.items.size(), 3);
    EXPECT_EQ(r.items[0].item, EstateItem::Cash);
    EXPECT_EQ(r.items[0].lost, Yen(210'000));
    EXPECT_TRUE(r.items[0].overLimit);
    EXPECT_EQ(r.items[1].item, EstateItem::Deposits);
    EXPECT_EQ(r.items[1].lost, Yen(0));
    EXPECT_EQ(r.items[2].item, EstateItem::RetirementAllowance);
    EXPECT_EQ(r.items[2].counted, Yen(250'000));
    EXPECT_EQ(r.items[2].lost, Yen(250'000));
    EXPECT_EQ(r.lost, Yen(460'000));
    EXPECT_EQ(r.stream, BankruptcyStream::SmallAdministration);
}

struct BarCase {
    std::optional<QDate> prior;
    QDate filing;
    bool applies;
    QDate periodEnds;
};

class DischargeBarTest : public ::testing::TestWithParam<BarCase> {};

TEST_P(DischargeBarTest, SevenYearsToTheFiling)
{
    const BarCase& c = GetParam();
    const DischargeBarResult r = sevenYearDischargeBar(c.prior, c.filing);
    EXPECT_EQ(r.applies, c.applies);
    EXPECT_EQ(r.periodEnds, c.periodEnds);
    if (c.periodEnds.isValid())
        EXPECT_EQ(r.firstClearFiling, c.periodEnds.addDays(1));
}

// docs/legal-rules.md §5 vector: 確定 2019-04-10 → filing on/before 2026-04-10 hits 10号, from
// 2026-04-11 not.
INSTANTIATE_TEST_SUITE_P(
    Reference, DischargeBarTest,
    ::testing::Values(BarCase{QDate(2019, 4, 10), QDate(2026, 4, 10), true, QDate(2026, 4, 10)},
                      BarCase{QDate(2019, 4, 10), QDate(2026, 4, 11), false, QDate(2026, 4, 10)},
                      BarCase{QDate(2019, 4, 10), QDate(2020, 1, 1), true, QDate(2026, 4, 10)},
                      // A leap day: the period starts 2020-03-01, so it ends 2027-02-28.
                      BarCase{QDate(2020, 2, 29), QDate(2027, 2, 28), true, QDate(2027, 2, 28)},
                      BarCase{QDate(2020, 2, 29), QDate(2027, 3, 1), false, QDate(2027, 2, 28)},
                      // Month end: 確定 2018-12-31 → the period ends 2025-12-31.
                      BarCase{QDate(2018, 12, 31), QDate(2025, 12, 31), true, QDate(2025, 12, 31)},
                      BarCase{QDate(2018, 12, 31), QDate(2026, 1, 1), false, QDate(2025, 12, 31)},
                      BarCase{std::nullopt, QDate(2026, 4, 10), false, QDate()}));

struct WindowCase {
    const char* name;
    std::optional<QDate> prior;
    QDate from, to;
    int barredDays;
    QDate lastBarredDay, firstClearFiling;
};

class DischargeBarWindowTest : public ::testing::TestWithParam<WindowCase> {};

TEST_P(DischargeBarWindowTest, EveryDayFromTodayToTheFiling)
{
    const WindowCase& c = GetParam();
    const DischargeBarWindow w = sevenYearDischargeBarWindow(c.prior, c.from, c.to);
    EXPECT_EQ(w.barredDays, c.barredDays);
    EXPECT_EQ(w.lastBarredDay, c.lastBarredDay);
    EXPECT_EQ(w.firstClearFiling, c.firstClearFiling);
    EXPECT_EQ(w.endsWithinWindow(), c.barredDays > 0 && c.firstClearFiling.isValid());
}

INSTANTIATE_TEST_SUITE_P(
    Window, DischargeBarWindowTest,
    ::testing::Values(
        // 確定 2019-12-15 → the 7 years end 2026-12-15. Today 2026-11-22, filing assumed 60 days
        // later (2027-01-21): 2026-11-22..2026-12-15 is 9 + 15 = 24 barred days; from 2026-12-16 a
        // filing is clear, although the assumed filing date alone would not show any bar.
        WindowCase{"endsInside", QDate(2019, 12, 15), QDate(2026, 11, 22), QDate(2027, 1, 21), 24,
                   QDate(2026, 12, 15), QDate(2026, 12, 16)},
        // 確定 2020-03-01 → ends 2027-03-01, after the filing: all 61 days (9 + 31 + 21) barred.
        WindowCase{"barredThroughout", QDate(2020, 3, 1), QDate(2026, 11, 22), QDate(2027, 1, 21),
                   61, QDate(2027, 1, 21), QDate()},
        // 確定 2019-11-21 → ended 2026-11-21, the day before today: nothing barred.
        WindowCase{"endedYesterday", QDate(2019, 11, 21), QDate(2026, 11, 22), QDate(2027, 1, 21),
                   0, QDate(), QDate(2026, 11, 22)},
        // 確定 2019-11-22 → ends today: 1 barred day (today), clear from tomorrow.
        WindowCase{"endsToday", QDate(2019, 11, 22), QDate(2026, 11, 22), QDate(2027, 1, 21), 1,
                   QDate(2026, 11, 22), QDate(2026, 11, 23)},
        WindowCase{"noPriorDischarge", std::nullopt, QDate(2026, 11, 22), QDate(2027, 1, 21), 0,
                   QDate(), QDate(2026, 11, 22)}),
    [](const ::testing::TestParamInfo<WindowCase>& i) { return std::string(i.param.name); });

TEST(Bankruptcy, NonDischargeableArticles)
{
    EXPECT_EQ(nonDischargeableArticle(NonDischargeable::Taxes),
              QStringLiteral("破産法253条1項1号"));
    EXPECT_EQ(nonDischargeableArticle(NonDischargeable::Support),
              QStringLiteral("破産法253条1項4号"));
    EXPECT_EQ(nonDischargeableArticle(NonDischargeable::Fines),
              QStringLiteral("破産法253条1項7号"));
}

TEST(Bankruptcy, Constants)
{
    EXPECT_EQ(kBankruptcyFilingFee, Yen(1'500));
    EXPECT_EQ(kFreeCash, Yen(660'000).mulDiv(3, 2)); // 民事執行法131条3号 × 3/2 (§12.2)
    EXPECT_EQ(kGuarantorUnaffectedArticle.toString(), QStringLiteral("破産法253条2項"));
}

} // namespace
