// 消滅時効: how a suit, a payment order or a seizure ends (民法147条1項括弧書, 148条, 民事訴訟法
// 392条・395条) and the 確定日 of a judgment (民法140条ただし書). Worked examples by hand.
// docs/legal-rules.md §1.3, §1.4 (T11–T17), §12.9.
#include "law/LimitationPeriod.h"
#include "law/PaymentOrderLapse.h"

#include "Narrate.h"

#include <gtest/gtest.h>

using namespace zansai::law;
using K = LimitationEventKind;
using B = LimitationBasis;

namespace {

LimitationEvent ev(QDate d, K k)
{
    return LimitationEvent{d, k, std::nullopt};
}

// A: consumer-finance loan of 2019-01-10, accelerated 2019-09-30: old commercial 5 years; day 1 is
// 2019-10-01, so the period ends 2024-09-30 (民法140条・143条).
LimitationInput loanA(QDate asOf, QList<LimitationEvent> events)
{
    return LimitationInput{LenderKind::ConsumerFinance, QDate(2019, 1, 10), QDate(2019, 9, 30),
                           std::move(events), asOf};
}

// B: bank loan of 2015-04-01 accelerated 2019-03-31 → 2024-03-31 (the T10 loan).
LimitationInput loanB(QDate asOf, QList<LimitationEvent> events)
{
    return LimitationInput{LenderKind::Bank, QDate(2015, 4, 1), QDate(2019, 3, 31),
                           std::move(events), asOf};
}

// C: bank loan of 2010-01-01 accelerated 2016-06-01 → 2021-06-01 (old-law proceedings).
LimitationInput loanC(QDate asOf, QList<LimitationEvent> events)
{
    return LimitationInput{LenderKind::Bank, QDate(2010, 1, 1), QDate(2016, 6, 1),
                           std::move(events), asOf};
}

// D: bank loan of 2021-04-01 accelerated 2022-01-10: new law, 5 years → 2027-01-10.
LimitationInput loanD(QDate asOf, QList<LimitationEvent> events)
{
    return LimitationInput{LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                           std::move(events), asOf};
}

struct EndCase {
    const char* name;
    LimitationInput in;
    int years;
    LimitationBasis basis;
    QDate completesOn;
    bool completed;
    bool pending;
    const char* article; // the article of the step the ending event gives
};

void PrintTo(const EndCase& c, std::ostream* os)
{
    *os << c.name;
}

class ProceedingEnds : public ::testing::TestWithParam<EndCase> {};

TEST_P(ProceedingEnds, Computes)
{
    const EndCase& c = GetParam();
    const LimitationResult r = computeLimitation(c.in);
    EXPECT_EQ(r.years, c.years);
    EXPECT_EQ(toCode(r.basis), toCode(c.basis));
    EXPECT_EQ(r.completesOn, c.completesOn);
    EXPECT_EQ(r.completed, c.completed);
    EXPECT_EQ(r.pendingProceeding, c.pending);
    bool found = false;
    for (qsizetype i = 0; i < r.steps.size(); ++i) {
        EXPECT_FALSE(en(r.steps[i].text).isEmpty()) << i;
        if (i > 0) {
            EXPECT_LE(r.steps[i - 1].date, r.steps[i].date) << i;
        }
        found = found || r.steps[i].article == QString::fromUtf8(c.article);
    }
    EXPECT_TRUE(found) << c.article;
}

INSTANTIATE_TEST_SUITE_P(
    Limitation, ProceedingEnds,
    ::testing::Values(
        // Suit 2024-06-10, withdrawn 2024-08-20: 6 months from 2024-08-21 → 2025-02-20, past the
        // ordinary end 2024-09-30. On 2025-03-01 it has completed.
        EndCase{"lawsuit_withdrawn",
                loanA(QDate(2025, 3, 1), {ev(QDate(2024, 6, 10), K::LawsuitServed),
                                          ev(QDate(2024, 8, 20), K::LawsuitWithdrawn)}),
                5, B::OldCommercial, QDate(2025, 2, 20), true, false, "民法147条1項括弧書"},
        // The same dismissed; on its last day (2025-02-20) it has not completed (民法141条).
        EndCase{"lawsuit_dismissed_last_day",
                loanA(QDate(2025, 2, 20), {ev(QDate(2024, 6, 10), K::LawsuitServed),
                                           ev(QDate(2024, 8, 20), K::LawsuitDismissed)}),
                5, B::OldCommercial, QDate(2025, 2, 20), false, false, "民法147条1項括弧書"},
        // Withdrawn 2023-03-01: 6 months end 2023-09-01, before 2024-09-30, which stays.
        EndCase{"lawsuit_withdrawn_early",
                loanA(QDate(2024, 10, 1), {ev(QDate(2023, 1, 10), K::LawsuitServed),
                                           ev(QDate(2023, 3, 1), K::LawsuitWithdrawn)}),
                5, B::OldCommercial, QDate(2024, 9, 30), true, false, "民法147条1項括弧書"},
        // Nothing pending: a withdrawal changes nothing.
        EndCase{"withdrawn_nothing_pending",
                loanA(QDate(2024, 10, 1), {ev(QDate(2024, 8, 20), K::LawsuitWithdrawn)}), 5,
                B::OldCommercial, QDate(2024, 9, 30), true, false, "民法147条1項"},
        // Order 2024-06-03, objection 2024-06-12: a pending suit (民訴395条); no lapse is
        // inferred though 2024-07-17 has passed. 2024-09-30 is only a floor.
        EndCase{"objection_pending",
                loanA(QDate(2025, 6, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                                          ev(QDate(2024, 6, 12), K::PaymentOrderObjection)}),
                5, B::OldCommercial, QDate(2024, 9, 30), false, true,
                "民法147条1項1号、民事訴訟法395条"},
        // … then the suit is withdrawn 2025-01-15: 6 months from 2025-01-16 → 2025-07-15.
        EndCase{"objection_then_withdrawn",
                loanA(QDate(2025, 8, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                                          ev(QDate(2024, 6, 12), K::PaymentOrderObjection),
                                          ev(QDate(2025, 1, 15), K::LawsuitWithdrawn)}),
                5, B::OldCommercial, QDate(2025, 7, 15), true, false, "民法147条1項括弧書"},
        // … or ends in a judgment final on 2025-03-04 (its 確定日, counted): 10 years to
        // 2035-03-03.
        EndCase{"objection_then_judgment",
                loanA(QDate(2025, 6, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                                          ev(QDate(2024, 6, 12), K::PaymentOrderObjection),
                                          ev(QDate(2025, 3, 4), K::JudgmentFinal)}),
                10, B::Judgment, QDate(2035, 3, 3), false, false,
                "民法140条ただし書・147条2項・169条1項"},
        // Lapse recorded on 2024-07-17: 6 months from 2024-07-18 → 2025-01-17.
        EndCase{"order_lapsed_recorded",
                loanA(QDate(2024, 8, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                                          ev(QDate(2024, 7, 17), K::PaymentOrderLapsed)}),
                5, B::OldCommercial, QDate(2025, 1, 17), false, false,
                "民法147条1項括弧書、民事訴訟法392条"},
        // Nothing after the order of 2024-06-03 (Mon): 2 weeks end 2024-06-17 (Mon, open); the
        // creditor may apply from 06-18, 30 days counting it → 2024-07-17 (Wed, open). Inferred
        // lapse then; 6 months → 2025-01-17.
        EndCase{"order_lapse_inferred",
                loanA(QDate(2024, 8, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}), 5,
                B::OldCommercial, QDate(2025, 1, 17), false, false, "民事訴訟法391条・392条"},
        EndCase{"order_lapse_inferred_completed",
                loanA(QDate(2025, 1, 18), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}), 5,
                B::OldCommercial, QDate(2025, 1, 17), true, false,
                "民法147条1項括弧書、民事訴訟法392条"},
        // On the 30th day itself the order is still pending.
        EndCase{"order_pending_on_last_day",
                loanA(QDate(2024, 7, 17), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}), 5,
                B::OldCommercial, QDate(2024, 9, 30), false, true, "民法147条1項2号"},
        // Seizure 2024-05-01 withdrawn 2024-09-10: 6 months from 2024-09-11 → 2025-03-10.
        EndCase{"seizure_withdrawn",
                loanA(QDate(2025, 1, 1), {ev(QDate(2024, 5, 1), K::SeizureFiled),
                                          ev(QDate(2024, 9, 10), K::SeizureWithdrawn)}),
                5, B::OldCommercial, QDate(2025, 3, 10), false, false, "民法148条1項括弧書"},
        // Two seizures, one withdrawn: the other still runs (pending), the floor is 2025-03-10.
        EndCase{"seizure_withdrawn_other_running",
                loanA(QDate(2025, 1, 1), {ev(QDate(2024, 5, 1), K::SeizureFiled),
                                          ev(QDate(2024, 6, 1), K::SeizureFiled),
                                          ev(QDate(2024, 9, 10), K::SeizureWithdrawn)}),
                5, B::OldCommercial, QDate(2025, 3, 10), false, true, "民法148条1項括弧書"},
        // Seizure carried through 2024-08-15: 5 years from 2024-08-16 → 2029-08-15 (148条2項).
        EndCase{"seizure_completed",
                loanA(QDate(2025, 1, 1), {ev(QDate(2024, 5, 1), K::SeizureFiled),
                                          ev(QDate(2024, 8, 15), K::SeizureCompleted)}),
                5, B::OldCommercial, QDate(2029, 8, 15), false, false, "民法148条2項"},
        // The filing was not recorded, but a seizure carried through still renews.
        EndCase{"seizure_completed_filing_unrecorded",
                loanA(QDate(2025, 1, 1), {ev(QDate(2024, 8, 15), K::SeizureCompleted)}), 5,
                B::OldCommercial, QDate(2029, 8, 15), false, false, "民法148条2項"},
        // After a judgment (final 2025-02-18 → 2035-02-17), a wage seizure collected to its end
        // on 2026-03-31 renews for 10 years from 2026-04-01 → 2036-03-31.
        EndCase{"seizure_completed_after_judgment",
                loanD(QDate(2026, 6, 1), {ev(QDate(2024, 10, 1), K::LawsuitServed),
                                          ev(QDate(2025, 2, 3), K::JudgmentServed),
                                          ev(QDate(2025, 2, 18), K::JudgmentFinal),
                                          ev(QDate(2025, 6, 2), K::SeizureFiled),
                                          ev(QDate(2026, 3, 31), K::SeizureCompleted)}),
                10, B::Judgment, QDate(2036, 3, 31), false, false, "民法148条2項"},
        // T10 recorded as seizure_withdrawn: the auction of 2023-05-10 withdrawn 2024-02-01 →
        // 6 months from 2024-02-02 → 2024-08-01.
        EndCase{"auction_seizure_withdrawn",
                loanB(QDate(2024, 6, 1), {ev(QDate(2023, 5, 10), K::AuctionFiled),
                                          ev(QDate(2024, 2, 1), K::SeizureWithdrawn)}),
                5, B::OldCommercial, QDate(2024, 8, 1), false, false, "民法148条1項括弧書"},
        // The auction carried through to 配当 on 2024-02-01: 5 years → 2029-02-01.
        EndCase{"auction_distributed",
                loanB(QDate(2024, 6, 1), {ev(QDate(2023, 5, 10), K::AuctionFiled),
                                          ev(QDate(2024, 2, 1), K::SeizureCompleted)}),
                5, B::OldCommercial, QDate(2029, 2, 1), false, false, "民法148条2項"},
        // Old law: a seizure of 2019-05-01 withdrawn 2020-06-01 is undone (旧154条): 2021-06-01.
        EndCase{"old_seizure_withdrawn",
                loanC(QDate(2021, 7, 1), {ev(QDate(2019, 5, 1), K::SeizureFiled),
                                          ev(QDate(2020, 6, 1), K::SeizureWithdrawn)}),
                5, B::OldCommercial, QDate(2021, 6, 1), true, false,
                "旧民法154条(改正附則10条2項)"},
        // Old law: a suit of 2019-05-01 withdrawn 2021-03-01 acted as a demand while pending:
        // 6 months from 2021-03-02 → 2021-09-01.
        EndCase{"old_suit_withdrawn",
                loanC(QDate(2021, 7, 1), {ev(QDate(2019, 5, 1), K::LawsuitServed),
                                          ev(QDate(2021, 3, 1), K::LawsuitWithdrawn)}),
                5, B::OldCommercial, QDate(2021, 9, 1), false, false,
                "旧民法149条(改正附則10条2項)・最判昭和45年9月10日"},
        // Old law: an order of 2019-10-01 lapsed 2019-12-01 is void (旧150条): 2021-06-01.
        EndCase{"old_order_lapsed",
                loanC(QDate(2021, 7, 1), {ev(QDate(2019, 10, 1), K::PaymentOrderServed),
                                          ev(QDate(2019, 12, 1), K::PaymentOrderLapsed)}),
                5, B::OldCommercial, QDate(2021, 6, 1), true, false,
                "旧民法150条(改正附則10条2項)"}),
    [](const auto& info) { return std::string(info.param.name); });

// 民事訴訟法391条・392条 with 95条3項 and 民法140条ただし書.
struct LapseCase {
    QDate served, objectionEnds, canApplyFrom, lastDay;
};

TEST(PaymentOrderLapse, WorkedExamples)
{
    const LapseCase cases[] = {
        // 06-03 + 14 = 06-17 (Mon); apply from 06-18; 06-18 + 29 = 07-17 (Wed).
        {QDate(2024, 6, 3), QDate(2024, 6, 17), QDate(2024, 6, 18), QDate(2024, 7, 17)},
        // 04-15 + 14 = 04-29, 昭和の日 → 04-30; apply from 05-01; 04-30 + 30 = 05-30 (Fri).
        {QDate(2025, 4, 15), QDate(2025, 4, 30), QDate(2025, 5, 1), QDate(2025, 5, 30)},
        // 11-18 + 14 = 12-02 (Mon); 12-02 + 30 = 2025-01-01, closed, as are 01-02, 01-03 and the
        // weekend 01-04/05 → 2025-01-06 (Mon).
        {QDate(2024, 11, 18), QDate(2024, 12, 2), QDate(2024, 12, 3), QDate(2025, 1, 6)},
    };
    for (const LapseCase& c : cases) {
        const PaymentOrderLapse l = paymentOrderLapse(c.served);
        EXPECT_EQ(l.objectionEnds, c.objectionEnds) << c.served.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(l.canApplyFrom, c.canApplyFrom) << c.served.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(l.lastDay, c.lastDay) << c.served.toString(Qt::ISODate).toStdString();
    }
    EXPECT_FALSE(paymentOrderLapse(QDate()).lastDay.isValid());
}

TEST(PaymentOrderLapse, InferenceIsStatedAndDisputed)
{
    const LimitationResult r =
        computeLimitation(loanA(QDate(2024, 8, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}));
    bool stated = false;
    for (const LimitationStep& s : r.steps)
        if (s.date == QDate(2024, 7, 17) && en(s.text).startsWith(QStringLiteral("Inferred:")))
            stated = en(s.text).contains(QStringLiteral("18 June 2024")) &&
                     en(s.text).contains(QStringLiteral("17 July 2024"));
    EXPECT_TRUE(stated);
    bool disputed = false;
    for (const QString& w : en(r.warnings))
        disputed = disputed || (w.startsWith(QStringLiteral("Disputed:")) &&
                                w.contains(QStringLiteral("17 July 2024")));
    EXPECT_TRUE(disputed);
    // A recorded lapse is a fact: no inference, no disputed warning.
    const LimitationResult recorded = computeLimitation(
        loanA(QDate(2024, 8, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                                  ev(QDate(2024, 7, 17), K::PaymentOrderLapsed)}));
    for (const QString& w : en(recorded.warnings))
        EXPECT_FALSE(w.startsWith(QStringLiteral("Disputed:"))) << w.toStdString();
}

// An order served after completion (2024-09-30) suspends nothing, so no lapse is inferred for it.
TEST(PaymentOrderLapse, NothingInferredForAnOrderAfterCompletion)
{
    const LimitationResult r = computeLimitation(
        loanA(QDate(2025, 6, 1), {ev(QDate(2024, 11, 1), K::PaymentOrderServed)}));
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.completesOn, QDate(2024, 9, 30));
    ASSERT_FALSE(r.steps.isEmpty());
    EXPECT_EQ(r.steps.last().date, QDate(2024, 11, 1)); // 2 weeks + 30 days later: no step
    EXPECT_EQ(r.steps.last().article, QStringLiteral("民法145条"));
    for (const QString& w : en(r.warnings))
        EXPECT_FALSE(w.startsWith(QStringLiteral("Disputed:"))) << w.toStdString();
}

// docs/case-format.md "The date of judgment_final": served 2025-02-03, the appeal period ends
// 2025-02-17, final 2025-02-18 (the 確定日, counted: 民法140条ただし書) → 2035-02-17, the same
// as the inferred path.
TEST(JudgmentFinalDate, CountsTheDayItself)
{
    const QList<LimitationEvent> served = {ev(QDate(2024, 10, 1), K::LawsuitServed),
                                           ev(QDate(2025, 2, 3), K::JudgmentServed)};
    QList<LimitationEvent> recorded = served;
    recorded.append(ev(QDate(2025, 2, 18), K::JudgmentFinal));
    const LimitationResult r = computeLimitation(loanD(QDate(2025, 6, 1), recorded));
    EXPECT_EQ(r.completesOn, QDate(2035, 2, 17));
    const LimitationResult inferred = computeLimitation(loanD(QDate(2025, 6, 1), served));
    EXPECT_EQ(inferred.completesOn, QDate(2035, 2, 17));
    // The inferred finality is dated on the 確定日 and names the last day to appeal.
    bool step = false;
    for (const LimitationStep& s : inferred.steps)
        if (s.date == QDate(2025, 2, 18))
            step = en(s.text).contains(QStringLiteral("17 February 2025, the last day to appeal"));
    EXPECT_TRUE(step);
    // On the last day to appeal nothing is inferred yet: the suit is pending.
    EXPECT_TRUE(computeLimitation(loanD(QDate(2025, 2, 17), served)).pendingProceeding);
    // A court settlement is made during its day: counted from the next day (民法140条).
    const LimitationResult settled =
        computeLimitation(loanD(QDate(2025, 6, 1), {ev(QDate(2024, 10, 1), K::LawsuitServed),
                                                    ev(QDate(2025, 2, 18), K::CourtSettlement)}));
    EXPECT_EQ(settled.completesOn, QDate(2035, 2, 18));
}

} // namespace
