// Escalation after a proceeding ends (format revision 2): the stage, the running seizures and the
// court deadlines once a suit is withdrawn or dismissed, an order lapses or meets an objection,
// or a seizure is withdrawn or carried through. Dates derived by hand
// (民事訴訟法95条・391条・392条).
#include "advice/Escalation.h"
#include "advice/CaseAnalysis.h"
#include "case/DebtFacts.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;
using T = DebtEventType;

namespace {

DebtEvent ev(QDate date, T type, std::optional<SeizureTarget> target = std::nullopt)
{
    DebtEvent e;
    e.date = date;
    e.type = type;
    e.target = target;
    return e;
}

Debt debt(QList<DebtEvent> events, DebtKind kind = DebtKind::HousingLoan)
{
    Debt d;
    d.id = u"d1"_s;
    d.creditor = u"○○銀行"_s;
    d.kind = kind;
    d.lenderKind = kind == DebtKind::Tax ? LenderKind::PublicAuthority : LenderKind::Bank;
    d.contractDate = QDate(2010, 4, 1);
    d.acceleratedOn = QDate(2024, 12, 31);
    d.principal = Yen(5'000'000);
    d.lateRate = Rate::percent(14);
    d.events = std::move(events);
    return d;
}

constexpr auto W = SeizureTarget::Wages;
constexpr auto D = SeizureTarget::Deposits;

struct StageCase {
    const char* name;
    QList<DebtEvent> events;
    QDate asOf;
    int stage;
    bool wagesRunning = false;
    DebtKind kind = DebtKind::HousingLoan;
};

void PrintTo(const StageCase& c, std::ostream* os)
{
    *os << c.name;
}

class StageAfterEnds : public ::testing::TestWithParam<StageCase> {};

TEST_P(StageAfterEnds, Computes)
{
    const StageCase& c = GetParam();
    const Debt d = debt(c.events, c.kind);
    EXPECT_EQ(debtStage(d, c.asOf), c.stage);
    EXPECT_EQ(wageSeizureRunning(d, c.asOf), c.wagesRunning);
}

const QDate kEnd(2025, 12, 31);

INSTANTIATE_TEST_SUITE_P(
    Escalation, StageAfterEnds,
    ::testing::Values(
        // 督促異議: the order is a pending lawsuit (民訴395条); no lapse is inferred.
        StageCase{"objection_is_a_lawsuit",
                  {ev(QDate(2025, 6, 2), T::PaymentOrderServed),
                   ev(QDate(2025, 6, 10), T::PaymentOrderObjection)},
                  kEnd,
                  2},
        // Served 2025-12-10: 2 weeks end 12-24 (Wed); +30 → 2026-01-23: still pending.
        StageCase{"order_pending", {ev(QDate(2025, 12, 10), T::PaymentOrderServed)}, kEnd, 2},
        // Served 2025-06-02 (Mon): 2 weeks end 06-16 (Mon); +30 → 07-16 (Wed). Pending on that
        // day, lapsed (inferred) from 07-17.
        StageCase{"order_last_day",
                  {ev(QDate(2025, 6, 2), T::PaymentOrderServed)},
                  QDate(2025, 7, 16),
                  2},
        StageCase{"order_lapse_inferred",
                  {ev(QDate(2025, 6, 2), T::PaymentOrderServed)},
                  QDate(2025, 7, 17),
                  1},
        StageCase{"order_lapse_recorded",
                  {ev(QDate(2025, 6, 2), T::PaymentOrderServed),
                   ev(QDate(2025, 7, 16), T::PaymentOrderLapsed)},
                  QDate(2025, 7, 16),
                  1},
        StageCase{
            "lawsuit_withdrawn",
            {ev(QDate(2025, 3, 3), T::LawsuitServed), ev(QDate(2025, 5, 1), T::LawsuitWithdrawn)},
            kEnd,
            1},
        StageCase{
            "lawsuit_dismissed",
            {ev(QDate(2025, 3, 3), T::LawsuitServed), ev(QDate(2025, 5, 1), T::LawsuitDismissed)},
            kEnd,
            1},
        // A title remains: the deed.
        StageCase{"withdrawn_deed_remains",
                  {ev(QDate(2024, 1, 10), T::EnforceableDeed),
                   ev(QDate(2025, 3, 3), T::LawsuitServed),
                   ev(QDate(2025, 5, 1), T::LawsuitWithdrawn)},
                  kEnd,
                  2},
        // Another proceeding remains: an order served 2025-12-10, pending.
        StageCase{"withdrawn_order_remains",
                  {ev(QDate(2025, 3, 3), T::LawsuitServed),
                   ev(QDate(2025, 5, 1), T::LawsuitWithdrawn),
                   ev(QDate(2025, 12, 10), T::PaymentOrderServed)},
                  kEnd,
                  2},
        // The objection to a provisional order made it a suit; withdrawn, the order falls too.
        StageCase{"objection_then_withdrawn",
                  {ev(QDate(2025, 3, 3), T::PaymentOrderServed),
                   ev(QDate(2025, 4, 1), T::ProvisionalEnforcementServed),
                   ev(QDate(2025, 4, 10), T::PaymentOrderObjection),
                   ev(QDate(2025, 6, 1), T::LawsuitWithdrawn)},
                  kEnd,
                  1},
        // Without the withdrawal the provisional order stays a title (stage 2).
        StageCase{"objection_to_provisional",
                  {ev(QDate(2025, 3, 3), T::PaymentOrderServed),
                   ev(QDate(2025, 4, 1), T::ProvisionalEnforcementServed),
                   ev(QDate(2025, 4, 10), T::PaymentOrderObjection)},
                  kEnd,
                  2},
        StageCase{
            "wage_seizure_running",
            {ev(QDate(2025, 3, 1), T::JudgmentFinal), ev(QDate(2025, 4, 1), T::SeizureFiled, W)},
            kEnd,
            3,
            true},
        // Carried through: the judgment remains (stage 2), no seizure runs.
        StageCase{"seizure_completed_title_remains",
                  {ev(QDate(2025, 3, 1), T::JudgmentFinal),
                   ev(QDate(2025, 4, 1), T::SeizureFiled, W),
                   ev(QDate(2025, 9, 1), T::SeizureCompleted, W)},
                  kEnd,
                  2},
        // A tax seizure released: no title, no proceeding (stage 1).
        StageCase{
            "tax_seizure_withdrawn",
            {ev(QDate(2025, 4, 1), T::SeizureFiled, D), ev(QDate(2025, 9, 1), T::SeizureWithdrawn)},
            kEnd,
            1,
            false,
            DebtKind::Tax},
        // Two seizures; the deposits one withdrawn: wages still seized (stage 3).
        StageCase{"one_of_two_withdrawn",
                  {ev(QDate(2025, 3, 1), T::JudgmentFinal),
                   ev(QDate(2025, 4, 1), T::SeizureFiled, W),
                   ev(QDate(2025, 5, 1), T::SeizureFiled, D),
                   ev(QDate(2025, 6, 1), T::SeizureWithdrawn, D)},
                  kEnd,
                  3,
                  true},
        // The wage seizure withdrawn by target: the deposits one still runs.
        StageCase{"wages_withdrawn_by_target",
                  {ev(QDate(2025, 3, 1), T::JudgmentFinal),
                   ev(QDate(2025, 4, 1), T::SeizureFiled, W),
                   ev(QDate(2025, 5, 1), T::SeizureFiled, D),
                   ev(QDate(2025, 6, 1), T::SeizureWithdrawn, W)},
                  kEnd,
                  3,
                  false},
        // No target named: the latest running seizure (deposits) ends.
        StageCase{
            "no_target_ends_latest",
            {ev(QDate(2025, 3, 1), T::JudgmentFinal), ev(QDate(2025, 4, 1), T::SeizureFiled, W),
             ev(QDate(2025, 5, 1), T::SeizureFiled, D), ev(QDate(2025, 6, 1), T::SeizureCompleted)},
            kEnd,
            3,
            true}),
    [](const auto& info) { return std::string(info.param.name); });

bool hasDeadline(const QList<Deadline>& ds, DeadlineKind k, QDate due)
{
    for (const Deadline& d : ds)
        if (d.kind == k && d.due == due)
            return true;
    return false;
}

TEST(EscalationDeadlines, EndWithTheProceeding)
{
    const QDate asOf(2025, 12, 20);
    // Order served 2025-12-10: objection deadline 12-24 (民訴391条) — gone once objected.
    const Debt order = debt({ev(QDate(2025, 12, 10), T::PaymentOrderServed)});
    EXPECT_TRUE(
        hasDeadline(debtDeadlines(order, asOf), DeadlineKind::Objection, QDate(2025, 12, 24)));
    Debt objected = order;
    objected.events.append(ev(QDate(2025, 12, 15), T::PaymentOrderObjection));
    EXPECT_TRUE(debtDeadlines(objected, asOf).isEmpty());

    // Provisional order served 2025-12-05: 393条 deadline 12-19 … passed, but met by the
    // objection of 12-15.
    Debt provisional = debt({ev(QDate(2025, 11, 20), T::PaymentOrderServed),
                             ev(QDate(2025, 12, 5), T::ProvisionalEnforcementServed)});
    EXPECT_TRUE(hasDeadline(debtDeadlines(provisional, asOf), DeadlineKind::Objection,
                            QDate(2025, 12, 19)));
    provisional.events.append(ev(QDate(2025, 12, 15), T::PaymentOrderObjection));
    EXPECT_TRUE(debtDeadlines(provisional, asOf).isEmpty());

    // A hearing on 2026-01-20: gone when the suit is withdrawn or dismissed.
    DebtEvent served = ev(QDate(2025, 12, 1), T::LawsuitServed);
    served.hearingOn = QDate(2026, 1, 20);
    const Debt suit = debt({served});
    EXPECT_TRUE(hasDeadline(debtDeadlines(suit, asOf), DeadlineKind::Hearing, QDate(2026, 1, 20)));
    for (T end : {T::LawsuitWithdrawn, T::LawsuitDismissed}) {
        Debt ended = suit;
        ended.events.append(ev(QDate(2025, 12, 15), end));
        EXPECT_TRUE(debtDeadlines(ended, asOf).isEmpty());
    }

    // After an objection the court fixes a hearing: recorded on the objection, it is a deadline.
    DebtEvent objection = ev(QDate(2025, 12, 15), T::PaymentOrderObjection);
    objection.hearingOn = QDate(2026, 2, 3);
    const Debt withHearing = debt({ev(QDate(2025, 12, 10), T::PaymentOrderServed), objection});
    const QList<Deadline> ds = debtDeadlines(withHearing, asOf);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].kind, DeadlineKind::Hearing);
    EXPECT_EQ(ds[0].due, QDate(2026, 2, 3));

    // A judgment served 2025-12-10 (appeal to 12-24) then the suit dismissed: no appeal deadline.
    Debt judged = debt({ev(QDate(2025, 12, 10), T::JudgmentServed)});
    EXPECT_TRUE(
        hasDeadline(debtDeadlines(judged, asOf), DeadlineKind::Appeal, QDate(2025, 12, 24)));
    judged.events.append(ev(QDate(2025, 12, 15), T::LawsuitDismissed));
    EXPECT_TRUE(debtDeadlines(judged, asOf).isEmpty());
}

TEST(EscalationNextStep, FollowsWhatRemains)
{
    // After the objection the next step is the lawsuit's; after a lapse it is out of court.
    const QDate asOf(2025, 12, 31);
    const Debt objected = debt({ev(QDate(2025, 6, 2), T::PaymentOrderServed),
                                ev(QDate(2025, 6, 10), T::PaymentOrderObjection)});
    const CourtFacts f = courtFacts(objected, asOf);
    EXPECT_TRUE(f.lawsuit);
    EXPECT_FALSE(f.paymentOrder);
    EXPECT_EQ(nextCreditorAction(objected, f, 2, Yen(70'000)).code, u"creditor_next.lawsuit"_s);

    // A pending order (served 2025-12-10) keeps its own next step.
    const Debt pending = debt({ev(QDate(2025, 12, 10), T::PaymentOrderServed)});
    const CourtFacts p = courtFacts(pending, asOf);
    EXPECT_TRUE(p.paymentOrder);
    EXPECT_EQ(nextCreditorAction(pending, p, debtStage(pending, asOf), Yen(70'000)).code,
              u"creditor_next.payment_order"_s);

    const Debt lapsed = debt({ev(QDate(2025, 6, 2), T::PaymentOrderServed)});
    const CourtFacts g = courtFacts(lapsed, asOf);
    EXPECT_TRUE(g.orderLapsed);
    EXPECT_TRUE(g.orderLapseInferred);
    EXPECT_EQ(g.orderLapsedOn, QDate(2025, 7, 16));
    EXPECT_EQ(nextCreditorAction(lapsed, g, debtStage(lapsed, asOf), Yen(70'000)).code,
              u"creditor_next.out_of_court"_s);
}

} // namespace
