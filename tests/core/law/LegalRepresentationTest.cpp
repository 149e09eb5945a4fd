// Who may act in a step (司法書士法3条1項6号・7号, 弁護士法72条, 最判平成28年6月27日): worked
// examples around the 140万円 limit, read on each claim's balance with late interest.
#include "law/LegalRepresentation.h"

#include "MoneyTestPrinters.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::law;

namespace {

struct RouteCase {
    const char* name;
    LegalTask task;
    Yen principal;
    Yen claim;
    Representative who;
    const char* firstCode;
    bool interestPushesOver;
    bool documentsOnly;
};

class LegalRepresentationTest : public ::testing::TestWithParam<RouteCase> {};

TEST_P(LegalRepresentationTest, RoutesByTaskAndClaim)
{
    const RouteCase& c = GetParam();
    const RepresentationRoute r = routeRepresentation(c.task, c.principal, c.claim);
    EXPECT_EQ(r.who, c.who);
    ASSERT_FALSE(r.reasons.isEmpty());
    EXPECT_EQ(r.reasons.first().code, QLatin1String(c.firstCode));
    EXPECT_FALSE(r.reasons.first().article.isEmpty());
    EXPECT_EQ(r.interestPushesOver, c.interestPushesOver);
    EXPECT_EQ(r.scrivenerDocumentsOnly, c.documentsOnly);
    // The warning is a reason of its own, with its code, exactly when the interest pushes over.
    bool warned = false;
    for (const Message& m : r.reasons)
        warned = warned || m.code == QLatin1String("route.interest_over_limit");
    EXPECT_EQ(warned, c.interestPushesOver);
}

INSTANTIATE_TEST_SUITE_P(
    WorkedExamples, LegalRepresentationTest,
    ::testing::Values(
        // principal 1,300,000 + late interest 120,000 = 1,420,000 > 1,400,000 → 弁護士, warned:
        // the principal alone is within the limit.
        RouteCase{"InterestPushesOver", LegalTask::OutOfCourtSettlement, Yen(1'300'000),
                  Yen(1'420'000), Representative::Lawyer, "route.over_limit", true, false},
        // principal 1,300,000 + late interest 100,000 = 1,400,000 ≤ 1,400,000 ("at most") →
        // 認定司法書士 (7号: out of court).
        RouteCase{"ExactlyTheLimit", LegalTask::OutOfCourtSettlement, Yen(1'300'000),
                  Yen(1'400'000), Representative::CertifiedJudicialScrivener, "route.scrivener",
                  false, false},
        // 1,400,000 + 1 yen of interest = 1,400,001 > 1,400,000 → 弁護士, warned.
        RouteCase{"OneYenOver", LegalTask::CourtProceeding, Yen(1'400'000), Yen(1'400'001),
                  Representative::Lawyer, "route.over_limit", true, false},
        // principal 900,000 + 60,000 = 960,000 ≤ 1,400,000 → 認定司法書士 in the 簡裁 (6号).
        RouteCase{"SummaryCourtSuit", LegalTask::CourtProceeding, Yen(900'000), Yen(960'000),
                  Representative::CertifiedJudicialScrivener, "route.scrivener", false, false},
        // principal 4,350,000 (already over): 弁護士, no interest warning (the principal decides).
        RouteCase{"PrincipalOver", LegalTask::CourtProceeding, Yen(4'350'000), Yen(4'900'000),
                  Representative::Lawyer, "route.over_limit", false, false},
        // 破産・個人再生: a lawyer whatever the amount (300,000 here); 司法書士 書類作成 only.
        RouteCase{"InsolvencySmallClaim", LegalTask::InsolvencyFiling, Yen(300'000), Yen(300'000),
                  Representative::Lawyer, "route.insolvency_lawyer", false, true},
        // The client's own 時効援用通知 for 7,800,000: nobody represents him.
        RouteCase{"ClientsOwnNotice", LegalTask::ClientsOwnAct, Yen(7'800'000), Yen(9'000'000),
                  Representative::Client, "route.client_self", false, false}),
    [](const ::testing::TestParamInfo<RouteCase>& i) { return std::string(i.param.name); });

TEST(LegalRepresentation, TheLimitIs140Man)
{
    // 裁判所法33条1項1号: 140万円.
    EXPECT_EQ(kScrivenerClaimLimit, Yen(1'400'000));
}

TEST(LegalRepresentation, ReasonsCarryTheAmounts)
{
    // 1,300,000 + 120,000 = 1,420,000: the warning names the principal, the limit and the claim.
    const RepresentationRoute r =
        routeRepresentation(LegalTask::OutOfCourtSettlement, Yen(1'300'000), Yen(1'420'000));
    ASSERT_EQ(r.reasons.size(), 2);
    const Message& warn = r.reasons[1];
    ASSERT_EQ(warn.args.size(), 3);
    EXPECT_EQ(std::get<Yen>(warn.args[0].value), Yen(1'300'000));
    EXPECT_EQ(std::get<Yen>(warn.args[1].value), Yen(1'400'000));
    EXPECT_EQ(std::get<Yen>(warn.args[2].value), Yen(1'420'000));
    EXPECT_EQ(warn.article, QStringLiteral("司法書士法3条1項7号"));
}

} // namespace
