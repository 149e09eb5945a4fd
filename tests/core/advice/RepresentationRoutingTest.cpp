// Who may do each debt's step, mapped from a real case file through the one assessment
// (Consultation::assess) — the same balances as the results screen.
#include "advice/RepresentationRouting.h"
#include "advice/Consultation.h"
#include "case/CaseJson.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Case readCaseFile(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    Result<Case> r = readCase(f.readAll());
    EXPECT_TRUE(r.ok()) << name.toStdString();
    return r.ok() ? r.value() : Case{};
}

const DebtRoute* routeOf(const QList<DebtRoute>& routes, const QString& id)
{
    for (const DebtRoute& r : routes)
        if (r.debtId == id)
            return &r;
    return nullptr;
}

} // namespace

// referral_guarantor_court.json, as of 2026-11-22, 任意整理 chosen:
// - d1: 支払督促 served 2026-11-16 → 督促異議 by 2026-11-30, still running → defend it; claim
//   4,350,000 + interest > 1,400,000 → 弁護士 (the principal is over already: no interest warning).
// - d2: card 480,000 → 任意整理 by an agent; balance with interest under 1,400,000 → 認定司法書士.
// - d3: principal 1,300,000 at 14.6% from 2026-04-01; 2026-04-01..2026-11-22 is 235 days after
//   the acceleration day: 1,300,000 × 0.146 × 235 / 365 = 1,300,000 × 0.094 = 122,200 →
//   1,300,000 + 122,200 = 1,422,200 > 1,400,000 → 弁護士, warned (the principal alone is within).
TEST(RepresentationRouting, RoutesEachDebtByItsStepAndItsOwnBalance)
{
    const Case c = readCaseFile(u"referral_guarantor_court.json"_s);
    const Consultation k = Consultation::assess(c, c.asOf);
    const QList<DebtRoute> routes = representationRoutes(c, k.assessment);
    ASSERT_EQ(routes.size(), 3);

    const DebtRoute* d1 = routeOf(routes, u"d1"_s);
    ASSERT_TRUE(d1);
    EXPECT_EQ(d1->task, law::LegalTask::CourtProceeding);
    EXPECT_EQ(d1->step.code, u"route.step.court"_s);
    EXPECT_EQ(d1->route.who, law::Representative::Lawyer);
    EXPECT_FALSE(d1->route.interestPushesOver);

    const DebtRoute* d2 = routeOf(routes, u"d2"_s);
    ASSERT_TRUE(d2);
    EXPECT_EQ(d2->task, law::LegalTask::OutOfCourtSettlement);
    EXPECT_EQ(d2->route.who, law::Representative::CertifiedJudicialScrivener);
    EXPECT_EQ(d2->route.reasons.first().code, u"route.scrivener"_s);

    const DebtRoute* d3 = routeOf(routes, u"d3"_s);
    ASSERT_TRUE(d3);
    const DebtAssessment* a3 = nullptr;
    for (const DebtAssessment& d : k.assessment.debts)
        if (d.id == u"d3"_s)
            a3 = &d;
    ASSERT_TRUE(a3);
    EXPECT_EQ(a3->principal, Yen(1'300'000));
    EXPECT_EQ(a3->lateInterest, Yen(122'200));
    EXPECT_EQ(d3->route.who, law::Representative::Lawyer);
    EXPECT_TRUE(d3->route.interestPushesOver);
    ASSERT_EQ(d3->route.reasons.size(), 2);
    EXPECT_EQ(d3->route.reasons[1].code, u"route.interest_over_limit"_s);
}

// The same case with bankruptcy chosen: every debt is a lawyer's (申立代理), the scrivener only
// prepares papers — whatever the amount (d2's 480,000 too).
TEST(RepresentationRouting, InsolvencyFilingIsALawyersWhateverTheAmount)
{
    Case c = readCaseFile(u"referral_guarantor_court.json"_s);
    c.chosenOption = OptionKind::Bankruptcy;
    const Consultation k = Consultation::assess(c, c.asOf);
    for (const DebtRoute& r : representationRoutes(c, k.assessment)) {
        EXPECT_EQ(r.task, law::LegalTask::InsolvencyFiling) << r.debtId.toStdString();
        EXPECT_EQ(r.route.who, law::Representative::Lawyer);
        EXPECT_TRUE(r.route.scrivenerDocumentsOnly);
    }
}

// Installments asked for by the client himself: nobody represents him, except where a court
// deadline runs (d1: the 督促異議).
TEST(RepresentationRouting, TheClientsOwnInstallmentRequest)
{
    Case c = readCaseFile(u"referral_guarantor_court.json"_s);
    c.chosenOption = OptionKind::Installment;
    const Consultation k = Consultation::assess(c, c.asOf);
    const QList<DebtRoute> routes = representationRoutes(c, k.assessment);
    EXPECT_EQ(routeOf(routes, u"d1"_s)->task, law::LegalTask::CourtProceeding);
    EXPECT_EQ(routeOf(routes, u"d2"_s)->route.who, law::Representative::Client);
    EXPECT_EQ(routeOf(routes, u"d2"_s)->route.reasons.first().code, u"route.client_self"_s);
    EXPECT_EQ(routeOf(routes, u"d3"_s)->route.who, law::Representative::Client);
}
