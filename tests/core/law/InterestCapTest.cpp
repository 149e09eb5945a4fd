// 利息制限法4条1項 (29.2 / 26.28 / 21.9%) and 7条1項 (20% for a business lender).
#include "law/InterestCap.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

Rate pct(const char* text)
{
    return *Rate::fromPercentString(QString::fromLatin1(text));
}

struct CapCase {
    std::int64_t principal;
    const char* rate;
    bool business;
    const char* cap;
    bool exceeds;
};

class InterestCap : public ::testing::TestWithParam<CapCase> {};

TEST_P(InterestCap, Brackets)
{
    const CapCase& c = GetParam();
    const auto r = checkLateInterestCap(Yen(c.principal), pct(c.rate), c.business);
    EXPECT_EQ(r.cap, pct(c.cap));
    EXPECT_EQ(r.exceeds, c.exceeds);
    EXPECT_EQ(r.message.isEmpty(), !c.exceeds);
    EXPECT_TRUE(r.article.contains(c.business ? QStringLiteral("7(1)") : QStringLiteral("4(1)")));
}

INSTANTIATE_TEST_SUITE_P(Article4, InterestCap,
                         ::testing::Values(CapCase{99'999, "29.2", false, "29.2", false},
                                           CapCase{99'999, "29.21", false, "29.2", true},
                                           CapCase{100'000, "26.28", false, "26.28", false},
                                           CapCase{100'000, "26.29", false, "26.28", true},
                                           CapCase{100'000, "29.2", false, "26.28", true},
                                           CapCase{999'999, "26.28", false, "26.28", false},
                                           CapCase{999'999, "26.281", false, "26.28", true},
                                           CapCase{1'000'000, "21.9", false, "21.9", false},
                                           CapCase{1'000'000, "21.900001", false, "21.9", true},
                                           CapCase{1'000'000, "26.28", false, "21.9", true},
                                           CapCase{35'000'000, "14.6", false, "21.9", false},
                                           CapCase{0, "29.2", false, "29.2", false}));

INSTANTIATE_TEST_SUITE_P(Article7, InterestCap,
                         ::testing::Values(CapCase{99'999, "20", true, "20", false},
                                           CapCase{99'999, "20.01", true, "20", true},
                                           CapCase{1'000'000, "21.9", true, "20",
                                                   true}, // 21.9% is not the business cap
                                           CapCase{35'000'000, "14.5", true, "20", false},
                                           CapCase{35'000'000, "100", true, "20", true}));

TEST(InterestCapMessage, NamesRateCapAndArticle)
{
    const auto r = checkLateInterestCap(Yen(5'000'000), Rate::percent(25), true);
    EXPECT_EQ(r.message,
              QStringLiteral("The late-interest rate of 25% exceeds the cap of 20% under "
                             "Interest Rate Restriction Act, art. 7(1); the part above "
                             "the cap is void."));
}

} // namespace
