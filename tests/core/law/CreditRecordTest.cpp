#include "law/CreditRecord.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai::law;

namespace {

struct CreditCase {
    const char* name;
    CreditEvent event;
    int months;
    int kscGazetteYears;
    int cic, jicc, ksc; // years from now; -1: indefinite
    int years;
    bool indefinite;
};

class CreditRecordTest : public ::testing::TestWithParam<CreditCase> {};

int yearsOf(const CreditRecordResult& r, Bureau b)
{
    for (const BureauRecord& x : r.bureaus)
        if (x.bureau == b)
            return x.indefinite ? -1 : x.years;
    return -2;
}

TEST_P(CreditRecordTest, LongestApplies)
{
    const CreditCase& c = GetParam();
    const CreditRecordResult r = creditRecord(c.event, c.months, c.kscGazetteYears);
    EXPECT_EQ(yearsOf(r, Bureau::Cic), c.cic) << c.name;
    EXPECT_EQ(yearsOf(r, Bureau::Jicc), c.jicc) << c.name;
    EXPECT_EQ(yearsOf(r, Bureau::Ksc), c.ksc) << c.name;
    EXPECT_EQ(r.years, c.years) << c.name;
    EXPECT_EQ(r.indefinite, c.indefinite) << c.name;
    EXPECT_FALSE(r.note.isEmpty()) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Bureaus, CreditRecordTest,
    ::testing::Values(
        // KSC keeps an unpaid 残債 until it is paid.
        CreditCase{"unpaid", CreditEvent::Unpaid, 0, 7, -1, -1, -1, 0, true},
        CreditCase{"lump sum", CreditEvent::PaidInFull, 0, 7, 5, 5, 5, 5, false},
        // Months of payments rounded up to whole years, then 5 years after 完済.
        CreditCase{"paid over 1 month", CreditEvent::PaidInFull, 1, 7, 6, 6, 6, 6, false},
        CreditCase{"paid over 12 months", CreditEvent::PaidInFull, 12, 7, 6, 6, 6, 6, false},
        CreditCase{"paid over 13 months", CreditEvent::PaidInFull, 13, 7, 7, 7, 7, 7, false},
        CreditCase{"arrangement 36", CreditEvent::VoluntaryArrangement, 36, 7, 8, 8, 8, 8, false},
        CreditCase{"arrangement 40", CreditEvent::VoluntaryArrangement, 40, 7, 9, 9, 9, 9, false},
        // 破産: CIC/JICC 5 years from the discharge, KSC 官報 7 years (§12.6: older sources 10).
        CreditCase{"bankruptcy", CreditEvent::Bankruptcy, 0, 7, 5, 5, 7, 7, false},
        CreditCase{"bankruptcy KSC 10", CreditEvent::Bankruptcy, 0, 10, 5, 5, 10, 10, false},
        // 再生: the longer of KSC's 7 years and 5 years after the plan is paid.
        CreditCase{"rehabilitation 12", CreditEvent::Rehabilitation, 12, 7, 6, 6, 7, 7, false},
        CreditCase{"rehabilitation 36", CreditEvent::Rehabilitation, 36, 7, 8, 8, 8, 8, false},
        CreditCase{"rehabilitation 60", CreditEvent::Rehabilitation, 60, 7, 10, 10, 10, 10, false},
        CreditCase{"limitation", CreditEvent::LimitationInvoked, 0, 7, 5, 5, 5, 5, false}),
    [](const auto& info) {
        std::string s = info.param.name;
        for (char& ch : s)
            if (!isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return s;
    });

TEST(CreditRecord, NoteNamesTheDisputedKscFigure)
{
    EXPECT_TRUE(creditRecord(CreditEvent::Bankruptcy).note.contains(QStringLiteral("§12.6")));
    EXPECT_EQ(bureauName(Bureau::Ksc), QStringLiteral("KSC"));
}

} // namespace
