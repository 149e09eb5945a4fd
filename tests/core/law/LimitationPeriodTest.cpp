// 消滅時効: docs/legal-rules.md §1.4 vectors (T1 constructed here) and our own boundaries.
#include "law/LimitationPeriod.h"

#include "LimitationTestSupport.h"
#include "Narrate.h"
#include "i18n/Language.h"

#include <gtest/gtest.h>

using namespace zansai::law;
using K = LimitationEventKind;
using B = LimitationBasis;

using namespace zansai::law::testsupport;

namespace {

bool hasArticle(const LimitationResult& r, const QString& article)
{
    for (const auto& s : r.steps)
        if (s.article == article)
            return true;
    return false;
}

bool warningMentions(const LimitationResult& r, const QString& needle)
{
    for (const auto& w : en(r.warnings))
        if (w.contains(needle))
            return true;
    return false;
}

struct LimitationCase {
    const char* name;
    LimitationInput in;
    int years;
    LimitationBasis basis;
    QDate completesOn;
    bool completed;
    bool pending = false;
    bool forfeited = false;
    bool invoked = false;
};

void PrintTo(const LimitationCase& c, std::ostream* os)
{
    *os << c.name;
}

class Limitation : public ::testing::TestWithParam<LimitationCase> {};

TEST_P(Limitation, Computes)
{
    const auto& c = GetParam();
    const LimitationResult r = computeLimitation(c.in);
    EXPECT_EQ(r.years, c.years);
    EXPECT_EQ(toCode(r.basis), toCode(c.basis));
    EXPECT_EQ(r.completesOn, c.completesOn);
    EXPECT_EQ(r.completed, c.completed);
    EXPECT_EQ(r.pendingProceeding, c.pending);
    EXPECT_EQ(r.forfeited, c.forfeited);
    EXPECT_EQ(r.invoked, c.invoked);
    // Every step carries its article, and the steps come in date order.
    ASSERT_FALSE(r.steps.isEmpty());
    for (qsizetype i = 0; i < r.steps.size(); ++i) {
        EXPECT_FALSE(r.steps[i].article.isEmpty()) << i;
        EXPECT_FALSE(en(r.steps[i].text).isEmpty()) << i;
        EXPECT_TRUE(r.steps[i].date.isValid()) << i;
        if (i > 0) {
            EXPECT_LE(r.steps[i - 1].date, r.steps[i].date) << i;
        }
    }
    // The forfeiture warning is always there unless the limitation was invoked.
    EXPECT_EQ(warningMentions(r, QStringLiteral("最判昭和41年4月20日")), !c.invoked);
}

const QDate kT10AsOf(2024, 6, 1);

INSTANTIATE_TEST_SUITE_P(
    Reference, Limitation,
    ::testing::Values(
        LimitationCase{"T1", t1(QDate(2024, 4, 1)), 5, B::OldCommercial, QDate(2024, 5, 20), false},
        LimitationCase{
            "T2", loan(LenderKind::Bank, QDate(2010, 6, 1), QDate(2020, 3, 16), QDate(2025, 1, 1)),
            5, B::OldCommercial, QDate(2025, 3, 16), false},
        // T4: 代位弁済 2021-09-30, commission contract 2012 → old commercial (new law: 5 y too).
        LimitationCase{"T4",
                       loan(LenderKind::GuaranteeCompany, QDate(2012, 7, 1), QDate(2021, 9, 30),
                            QDate(2025, 1, 1)),
                       5, B::OldCommercial, QDate(2026, 9, 30), false},
        LimitationCase{"T4_new_law",
                       loan(LenderKind::GuaranteeCompany, QDate(2020, 5, 1), QDate(2021, 9, 30),
                            QDate(2025, 1, 1)),
                       5, B::New, QDate(2026, 9, 30), false},
        // T6: a demand 2024-05-01 → 2024-11-01; a second demand 2024-10-01 extends nothing.
        LimitationCase{"T6", t1(QDate(2024, 10, 15), {ev(QDate(2024, 5, 1), K::Demand)}), 5,
                       B::OldCommercial, QDate(2024, 11, 1), false},
        LimitationCase{"T6_second_demand",
                       t1(QDate(2024, 10, 15),
                          {ev(QDate(2024, 5, 1), K::Demand), ev(QDate(2024, 10, 1), K::Demand)}),
                       5, B::OldCommercial, QDate(2024, 11, 1), false},
        LimitationCase{"T6_second_demand_completed",
                       t1(QDate(2024, 11, 2),
                          {ev(QDate(2024, 5, 1), K::Demand), ev(QDate(2024, 10, 1), K::Demand)}),
                       5, B::OldCommercial, QDate(2024, 11, 1), true},
        // T6, then the suit filed in time: pending.
        LimitationCase{"T6_suit_in_time",
                       t1(QDate(2024, 12, 1), {ev(QDate(2024, 5, 1), K::Demand),
                                               ev(QDate(2024, 10, 20), K::LawsuitServed)}),
                       5, B::OldCommercial, QDate(2024, 11, 1), false, true},
        // T7: agreement 2024-06-01 → 2025-06-01; written refusal 2024-09-10 → 2025-03-10.
        LimitationCase{"T7_agreement",
                       loan(LenderKind::Bank, QDate(2015, 1, 1), QDate(2019, 9, 1),
                            QDate(2024, 12, 1), {ev(QDate(2024, 6, 1), K::NegotiationAgreement)}),
                       5, B::OldCommercial, QDate(2025, 6, 1), false},
        LimitationCase{"T7_refusal",
                       loan(LenderKind::Bank, QDate(2015, 1, 1), QDate(2019, 9, 1),
                            QDate(2024, 12, 1),
                            {ev(QDate(2024, 6, 1), K::NegotiationAgreement),
                             ev(QDate(2024, 9, 10), K::NegotiationRefused)}),
                       5, B::OldCommercial, QDate(2025, 3, 10), false},
        // T7: original completion 2025-06-14; renewed agreements hit the cap 2030-06-14.
        LimitationCase{"T7_cap",
                       loan(LenderKind::Bank, QDate(2019, 1, 1), QDate(2020, 6, 14),
                            QDate(2030, 5, 1),
                            {ev(QDate(2025, 6, 1), K::NegotiationAgreement),
                             ev(QDate(2026, 5, 15), K::NegotiationAgreement),
                             ev(QDate(2027, 5, 1), K::NegotiationAgreement),
                             ev(QDate(2028, 4, 20), K::NegotiationAgreement),
                             ev(QDate(2029, 4, 10), K::NegotiationAgreement),
                             ev(QDate(2030, 4, 1), K::NegotiationAgreement)}),
                       5, B::OldCommercial, QDate(2030, 6, 14), false},
        LimitationCase{"T7_cap_completed",
                       loan(LenderKind::Bank, QDate(2019, 1, 1), QDate(2020, 6, 14),
                            QDate(2030, 6, 15),
                            {ev(QDate(2025, 6, 1), K::NegotiationAgreement),
                             ev(QDate(2026, 5, 15), K::NegotiationAgreement),
                             ev(QDate(2027, 5, 1), K::NegotiationAgreement),
                             ev(QDate(2028, 4, 20), K::NegotiationAgreement),
                             ev(QDate(2029, 4, 10), K::NegotiationAgreement),
                             ev(QDate(2030, 4, 1), K::NegotiationAgreement)}),
                       5, B::OldCommercial, QDate(2030, 6, 14), true},
        // T8: judgment served 2025-02-03, no appeal → final 2025-02-17 → 2035-02-17.
        LimitationCase{"T8",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2025, 3, 1),
                            {ev(QDate(2024, 10, 1), K::LawsuitServed),
                             ev(QDate(2025, 2, 3), K::JudgmentServed)}),
                       10, B::Judgment, QDate(2035, 2, 17), false},
        // T8 on the last day of the appeal period: still pending; the ordinary end is a floor.
        LimitationCase{"T8_appeal_open",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2025, 2, 17),
                            {ev(QDate(2024, 10, 1), K::LawsuitServed),
                             ev(QDate(2025, 2, 3), K::JudgmentServed)}),
                       5, B::New, QDate(2027, 1, 10), false, true},
        // T9: 任意売却 決済 2021-11-25 as 承認.
        LimitationCase{"T9_bank",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2021, 6, 1),
                            QDate(2025, 1, 1), {ev(QDate(2021, 11, 25), K::VoluntarySaleSettled)}),
                       5, B::OldCommercial, QDate(2026, 11, 25), false},
        LimitationCase{"T9_jhf",
                       loan(LenderKind::Jhf, QDate(2005, 1, 1), QDate(2021, 6, 1),
                            QDate(2025, 1, 1), {ev(QDate(2021, 11, 25), K::VoluntarySaleSettled)}),
                       10, B::OldCivil, QDate(2031, 11, 25), false},
        // T10: 競売 filed 2023-05-10, withdrawn 2024-02-01; original completion 2024-03-31.
        LimitationCase{"T10",
                       loan(LenderKind::Bank, QDate(2018, 1, 1), QDate(2019, 3, 31), kT10AsOf,
                            {ev(QDate(2023, 5, 10), K::AuctionFiled),
                             ev(QDate(2024, 2, 1), K::AuctionWithdrawn)}),
                       5, B::OldCommercial, QDate(2024, 8, 1), false},
        LimitationCase{"T10_completed",
                       loan(LenderKind::Bank, QDate(2018, 1, 1), QDate(2019, 3, 31),
                            QDate(2024, 8, 2),
                            {ev(QDate(2023, 5, 10), K::AuctionFiled),
                             ev(QDate(2024, 2, 1), K::AuctionWithdrawn)}),
                       5, B::OldCommercial, QDate(2024, 8, 1), true},
        LimitationCase{"T10_auction_pending",
                       loan(LenderKind::Bank, QDate(2018, 1, 1), QDate(2019, 3, 31),
                            QDate(2024, 6, 1), {ev(QDate(2023, 5, 10), K::AuctionFiled)}),
                       5, B::OldCommercial, QDate(2024, 3, 31), false, true}));

INSTANTIATE_TEST_SUITE_P(
    Boundaries, Limitation,
    ::testing::Values(
        // Leap days (民法143条2項): 2024-02-28 → 2029-02-28 (no 2029-02-29); 2020-02-29 →
        // 2025-02-28.
        LimitationCase{
            "leap_2024_02_28",
            loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(2024, 2, 28), QDate(2029, 2, 28)), 5,
            B::New, QDate(2029, 2, 28), false},
        LimitationCase{
            "leap_2024_02_28_next_day",
            loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(2024, 2, 28), QDate(2029, 3, 1)), 5,
            B::New, QDate(2029, 2, 28), true},
        LimitationCase{
            "leap_2020_02_29",
            loan(LenderKind::Bank, QDate(2015, 1, 1), QDate(2020, 2, 29), QDate(2024, 1, 1)), 5,
            B::OldCommercial, QDate(2025, 2, 28), false},
        LimitationCase{
            "leap_2020_02_29_civil",
            loan(LenderKind::Jhf, QDate(2015, 1, 1), QDate(2020, 2, 29), QDate(2024, 1, 1)), 10,
            B::OldCivil, QDate(2030, 2, 28), false},
        // Transition (改正附則10条4項): the day before and the day of 施行.
        LimitationCase{
            "contract_2020_03_31",
            loan(LenderKind::Jhf, QDate(2020, 3, 31), QDate(2023, 1, 10), QDate(2025, 1, 1)), 10,
            B::OldCivil, QDate(2033, 1, 10), false},
        LimitationCase{
            "contract_2020_04_01",
            loan(LenderKind::Jhf, QDate(2020, 4, 1), QDate(2023, 1, 10), QDate(2025, 1, 1)), 5,
            B::New, QDate(2028, 1, 10), false},
        LimitationCase{"contract_unknown_assumes_old",
                       loan(LenderKind::Jhf, QDate(), QDate(2023, 1, 10), QDate(2025, 1, 1)), 10,
                       B::OldCivil, QDate(2033, 1, 10), false},
        LimitationCase{
            "credit_union_old",
            loan(LenderKind::CreditUnion, QDate(2016, 1, 1), QDate(2019, 8, 31), QDate(2025, 1, 1)),
            10, B::OldCivil, QDate(2029, 8, 31), false},
        LimitationCase{
            "card_company_old",
            loan(LenderKind::CardCompany, QDate(2016, 1, 1), QDate(2019, 8, 31), QDate(2025, 1, 1)),
            5, B::OldCommercial, QDate(2024, 8, 31), true},
        LimitationCase{
            "other_old_is_civil",
            loan(LenderKind::Other, QDate(2016, 1, 1), QDate(2019, 8, 31), QDate(2025, 1, 1)), 10,
            B::OldCivil, QDate(2029, 8, 31), false},
        // Exactly at the boundary: asOf == completesOn → not completed; the next day → completed.
        LimitationCase{
            "T2_on_last_day",
            loan(LenderKind::Bank, QDate(2010, 6, 1), QDate(2020, 3, 16), QDate(2025, 3, 16)), 5,
            B::OldCommercial, QDate(2025, 3, 16), false},
        LimitationCase{
            "T2_day_after",
            loan(LenderKind::Bank, QDate(2010, 6, 1), QDate(2020, 3, 16), QDate(2025, 3, 17)), 5,
            B::OldCommercial, QDate(2025, 3, 16), true},
        // Two payments: each restarts the period (民法152条1項).
        LimitationCase{
            "two_payments",
            loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(2021, 1, 10), QDate(2025, 1, 1),
                 {ev(QDate(2023, 7, 15), K::Payment), ev(QDate(2022, 3, 1), K::Payment)}),
            5, B::New, QDate(2028, 7, 15), false},
        // A payment on the last day is in time; the day after forfeits (最判昭和41年4月20日).
        LimitationCase{"payment_on_last_day",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2018, 1, 10),
                            QDate(2024, 6, 1), {ev(QDate(2023, 1, 10), K::Payment)}),
                       5, B::OldCommercial, QDate(2028, 1, 10), false},
        LimitationCase{"payment_after_completion",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2018, 1, 10),
                            QDate(2024, 6, 1), {ev(QDate(2024, 2, 1), K::Payment)}),
                       5, B::OldCommercial, QDate(2029, 2, 1), false, false, true},
        // The period that runs from that payment completes in turn: that completion is intact.
        LimitationCase{"payment_after_completion_then_completed",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2018, 1, 10),
                            QDate(2029, 2, 2), {ev(QDate(2024, 2, 1), K::Payment)}),
                       5, B::OldCommercial, QDate(2029, 2, 1), true},
        // An old-law payment (中断) has the same effect as a new-law 承認.
        LimitationCase{"old_law_payment",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2017, 6, 1),
                            QDate(2024, 6, 1), {ev(QDate(2019, 12, 20), K::Payment)}),
                       5, B::OldCommercial, QDate(2024, 12, 20), false},
        // Payment order → provisional enforcement served 2024-07-01; objection period ends on
        // 海の日 2024-07-15 → moves to 2024-07-16 (民訴95条3項); final → 10 y → 2034-07-16.
        LimitationCase{"payment_order_final",
                       loan(LenderKind::ConsumerFinance, QDate(2021, 5, 1), QDate(2022, 3, 1),
                            QDate(2024, 8, 1),
                            {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                             ev(QDate(2024, 7, 1), K::ProvisionalEnforcementServed)}),
                       10, B::Judgment, QDate(2034, 7, 16), false},
        LimitationCase{"payment_order_objection_open",
                       loan(LenderKind::ConsumerFinance, QDate(2021, 5, 1), QDate(2022, 3, 1),
                            QDate(2024, 7, 16),
                            {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
                             ev(QDate(2024, 7, 1), K::ProvisionalEnforcementServed)}),
                       5, B::New, QDate(2027, 3, 1), false, true},
        // Nothing follows the order of 2024-06-03: it lapsed at the end of 2024-07-17 (民訴392条,
        // inferred), 6 months to 2025-01-17, before the ordinary end 2027-03-01, which stays.
        LimitationCase{"payment_order_lapse_inferred",
                       loan(LenderKind::ConsumerFinance, QDate(2021, 5, 1), QDate(2022, 3, 1),
                            QDate(2028, 1, 1), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}),
                       5, B::New, QDate(2027, 3, 1), true, false},
        LimitationCase{"payment_order_pending",
                       loan(LenderKind::ConsumerFinance, QDate(2021, 5, 1), QDate(2022, 3, 1),
                            QDate(2024, 7, 17), {ev(QDate(2024, 6, 3), K::PaymentOrderServed)}),
                       5, B::New, QDate(2027, 3, 1), false, true},
        LimitationCase{"judgment_final_recorded",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2025, 6, 1),
                            {ev(QDate(2024, 10, 1), K::LawsuitServed),
                             ev(QDate(2025, 2, 3), K::JudgmentServed),
                             ev(QDate(2025, 3, 5), K::JudgmentFinal)}),
                       // final on 2025-03-05, counted (民法140条ただし書) → 2035-03-04
                       10, B::Judgment, QDate(2035, 3, 4), false},
        LimitationCase{"court_settlement",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2025, 6, 1),
                            {ev(QDate(2024, 10, 1), K::LawsuitServed),
                             ev(QDate(2025, 1, 31), K::CourtSettlement)}),
                       10, B::Judgment, QDate(2035, 1, 31), false},
        // An enforceable deed is an acknowledgment, not a judgment: 5 years, not 10.
        LimitationCase{"enforceable_deed",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2025, 6, 1), {ev(QDate(2023, 8, 31), K::EnforceableDeed)}),
                       5, B::New, QDate(2028, 8, 31), false},
        // Demand then a second demand while the period is still running on its own: the second
        // one's 6 months count (150条2項 bars only a demand made during the postponement).
        LimitationCase{"second_demand_before_end",
                       t1(QDate(2024, 6, 1),
                          {ev(QDate(2024, 1, 10), K::Demand), ev(QDate(2024, 5, 10), K::Demand)}),
                       5, B::OldCommercial, QDate(2024, 11, 10), false},
        LimitationCase{"demand_long_before_end",
                       t1(QDate(2024, 1, 1), {ev(QDate(2023, 1, 10), K::Demand)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), false},
        LimitationCase{"demand_after_completion",
                       t1(QDate(2024, 7, 1), {ev(QDate(2024, 6, 1), K::Demand)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), true},
        // 151条3項: an agreement during a demand's postponement, and a demand during an
        // agreement's.
        LimitationCase{"agreement_during_demand",
                       t1(QDate(2024, 10, 1), {ev(QDate(2024, 5, 1), K::Demand),
                                               ev(QDate(2024, 6, 1), K::NegotiationAgreement)}),
                       5, B::OldCommercial, QDate(2024, 11, 1), false},
        LimitationCase{"demand_during_agreement",
                       t1(QDate(2024, 10, 1), {ev(QDate(2024, 5, 1), K::NegotiationAgreement),
                                               ev(QDate(2024, 9, 1), K::Demand)}),
                       5, B::OldCommercial, QDate(2025, 5, 1), false},
        LimitationCase{"agreement_with_term",
                       t1(QDate(2024, 10, 1),
                          {ev(QDate(2024, 5, 1), K::NegotiationAgreement, QDate(2024, 12, 31))}),
                       5, B::OldCommercial, QDate(2024, 12, 31), false},
        LimitationCase{"agreement_term_too_long",
                       t1(QDate(2024, 10, 1),
                          {ev(QDate(2024, 5, 1), K::NegotiationAgreement, QDate(2025, 8, 31))}),
                       5, B::OldCommercial, QDate(2025, 5, 1), false},
        // 改正附則10条3項: an agreement before 2020-04-01 has no effect.
        LimitationCase{"agreement_before_reform",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2015, 3, 10),
                            QDate(2020, 6, 1), {ev(QDate(2019, 12, 1), K::NegotiationAgreement)}),
                       5, B::OldCommercial, QDate(2020, 3, 10), true},
        // Old law: an auction filed before 2020-04-01 and withdrawn leaves nothing (旧民法154条).
        LimitationCase{"old_auction_withdrawn",
                       loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2015, 9, 30),
                            QDate(2020, 12, 1),
                            {ev(QDate(2019, 11, 1), K::AuctionFiled),
                             ev(QDate(2020, 7, 1), K::AuctionWithdrawn)}),
                       5, B::OldCommercial, QDate(2020, 9, 30), true},
        LimitationCase{"seizure_pending",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2030, 1, 1), {ev(QDate(2026, 6, 1), K::SeizureFiled)}),
                       5, B::New, QDate(2027, 1, 10), false, true},
        LimitationCase{"claim_assigned",
                       loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                            QDate(2027, 1, 11), {ev(QDate(2024, 3, 1), K::ClaimAssigned)}),
                       5, B::New, QDate(2027, 1, 10), true},
        // A suit served after completion suspends nothing: invoke it in the suit.
        LimitationCase{"suit_after_completion",
                       t1(QDate(2024, 9, 1), {ev(QDate(2024, 8, 1), K::LawsuitServed)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), true},
        LimitationCase{"invoked",
                       t1(QDate(2024, 9, 1), {ev(QDate(2024, 7, 1), K::LimitationInvoked),
                                              ev(QDate(2024, 8, 1), K::Payment)}),
                       5, B::OldCommercial, QDate(2024, 5, 20), true, false, false, true},
        LimitationCase{"invoked_too_early",
                       t1(QDate(2024, 5, 1), {ev(QDate(2024, 4, 1), K::LimitationInvoked)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), false},
        LimitationCase{"event_before_acceleration",
                       t1(QDate(2024, 1, 1), {ev(QDate(2019, 3, 1), K::Payment)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), false},
        LimitationCase{"event_after_as_of_not_counted",
                       t1(QDate(2024, 1, 1), {ev(QDate(2024, 3, 1), K::Payment)}), 5,
                       B::OldCommercial, QDate(2024, 5, 20), false}));

TEST(LimitationSteps, CarryArticles)
{
    const auto t6 = computeLimitation(t1(QDate(2024, 10, 15), {ev(QDate(2024, 5, 1), K::Demand),
                                                               ev(QDate(2024, 10, 1), K::Demand)}));
    ASSERT_EQ(t6.steps.size(), 5);
    EXPECT_EQ(t6.steps[0].date, QDate(2015, 4, 1));
    EXPECT_EQ(t6.steps[0].article, QStringLiteral("民法改正附則10条1項・4項"));
    EXPECT_EQ(t6.steps[1].article, QStringLiteral("商法522条(2020年削除)・会社法5条"));
    EXPECT_EQ(t6.steps[2].date, QDate(2019, 5, 20));
    EXPECT_EQ(t6.steps[2].article, QStringLiteral("民法140条・143条"));
    EXPECT_EQ(en(t6.steps[2].text),
              QStringLiteral("Accelerated on 20 May 2019: the period runs from the next day, "
                             "21 May 2019, for 5 years and ends 20 May 2024."));
    EXPECT_EQ(t6.steps[3].article, QStringLiteral("民法150条1項"));
    EXPECT_TRUE(en(t6.steps[3].text).contains(QStringLiteral("1 November 2024")));
    EXPECT_EQ(t6.steps[4].date, QDate(2024, 10, 1));
    EXPECT_EQ(t6.steps[4].article, QStringLiteral("民法150条2項"));

    const auto t7 = computeLimitation(loan(LenderKind::Bank, QDate(2019, 1, 1), QDate(2020, 6, 14),
                                           QDate(2030, 5, 1),
                                           {ev(QDate(2025, 6, 1), K::NegotiationAgreement),
                                            ev(QDate(2026, 5, 15), K::NegotiationAgreement),
                                            ev(QDate(2030, 4, 1), K::NegotiationAgreement)}));
    // The third agreement comes after the second's suspension ended (2027-05-15): already
    // completed.
    EXPECT_TRUE(hasArticle(t7, QStringLiteral("民法151条1項1号")));
    EXPECT_TRUE(hasArticle(t7, QStringLiteral("民法151条2項")));
    EXPECT_EQ(t7.completesOn, QDate(2027, 5, 15));
    EXPECT_TRUE(t7.completed);

    const auto t10 = computeLimitation(loan(
        LenderKind::Bank, QDate(2018, 1, 1), QDate(2019, 3, 31), kT10AsOf,
        {ev(QDate(2023, 5, 10), K::AuctionFiled), ev(QDate(2024, 2, 1), K::AuctionWithdrawn)}));
    EXPECT_TRUE(hasArticle(t10, QStringLiteral("民法148条1項2号・2項")));
    EXPECT_TRUE(hasArticle(t10, QStringLiteral("民法148条1項括弧書")));

    const auto cap = computeLimitation(loan(LenderKind::Bank, QDate(2019, 1, 1), QDate(2020, 6, 14),
                                            QDate(2030, 5, 1),
                                            {ev(QDate(2025, 6, 1), K::NegotiationAgreement),
                                             ev(QDate(2026, 5, 15), K::NegotiationAgreement),
                                             ev(QDate(2027, 5, 1), K::NegotiationAgreement),
                                             ev(QDate(2028, 4, 20), K::NegotiationAgreement),
                                             ev(QDate(2029, 4, 10), K::NegotiationAgreement),
                                             ev(QDate(2030, 4, 1), K::NegotiationAgreement)}));
    EXPECT_EQ(cap.steps.last().article, QStringLiteral("民法151条2項ただし書"));
    EXPECT_TRUE(en(cap.steps.last().text).contains(QStringLiteral("14 June 2025")));

    const auto t8 = computeLimitation(
        loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10), QDate(2025, 3, 1),
             {ev(QDate(2024, 10, 1), K::LawsuitServed), ev(QDate(2025, 2, 3), K::JudgmentServed)}));
    EXPECT_TRUE(hasArticle(t8, QStringLiteral("民法147条1項1号")));
    // Final on 2025-02-18, the day after the last day to appeal (its 確定日).
    EXPECT_EQ(t8.steps.last().date, QDate(2025, 2, 18));
    EXPECT_EQ(t8.steps.last().article,
              QStringLiteral("民法140条ただし書・147条2項・169条1項、民事訴訟法116条・285条"));

    const auto po = computeLimitation(
        loan(LenderKind::ConsumerFinance, QDate(2021, 5, 1), QDate(2022, 3, 1), QDate(2024, 8, 1),
             {ev(QDate(2024, 6, 3), K::PaymentOrderServed),
              ev(QDate(2024, 7, 1), K::ProvisionalEnforcementServed)}));
    EXPECT_TRUE(hasArticle(po, QStringLiteral("民法147条1項2号")));
    EXPECT_EQ(po.steps.last().date, QDate(2024, 7, 17));
    EXPECT_EQ(po.steps.last().article,
              QStringLiteral("民法140条ただし書・147条2項・169条1項、民事訴訟法393条・396条"));

    // Old-law events are 中断 (改正附則10条2項).
    const auto old =
        computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2017, 6, 1),
                               QDate(2024, 6, 1), {ev(QDate(2019, 12, 20), K::Payment)}));
    EXPECT_EQ(old.steps.last().article,
              QStringLiteral("旧民法147条3号・157条1項(改正附則10条2項)"));
    EXPECT_TRUE(en(old.steps.last().text).contains(QStringLiteral("中断")));

    // A suit brought under the old law and final after 2020-04-01: old articles (附則10条2項).
    const auto oldSuit = computeLimitation(
        loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2016, 1, 10), QDate(2021, 1, 1),
             {ev(QDate(2019, 10, 1), K::LawsuitServed), ev(QDate(2020, 6, 1), K::JudgmentFinal)}));
    // Final on 2020-06-01, that day counted (民法140条ただし書): 10 years end 2030-05-31.
    EXPECT_EQ(oldSuit.completesOn, QDate(2030, 5, 31));
    EXPECT_EQ(toCode(oldSuit.basis), QStringLiteral("judgment"));
    EXPECT_EQ(oldSuit.steps[3].article, QStringLiteral("旧民法147条1号・149条(改正附則10条2項)"));
    EXPECT_EQ(oldSuit.steps[4].article,
              QStringLiteral("旧民法157条2項・174条の2(改正附則10条2項)"));

    // A demand whose 6 months end before the period does: it says nothing changes.
    const auto early =
        computeLimitation(t1(QDate(2024, 1, 1), {ev(QDate(2023, 1, 10), K::Demand)}));
    EXPECT_EQ(
        en(early.steps.last().text),
        QStringLiteral("Demand on 10 January 2023: it holds off completion until 10 July 2023 (6 "
                       "months), but the period runs past that anyway (to 20 May 2024), so "
                       "nothing changes."));

    // The voluntary sale says it is practice consensus, not case law.
    const auto t9 = computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2021, 6, 1),
                                           QDate(2025, 1, 1),
                                           {ev(QDate(2021, 11, 25), K::VoluntarySaleSettled)}));
    EXPECT_EQ(t9.steps.last().article, QStringLiteral("民法152条1項"));
    EXPECT_TRUE(en(t9.steps.last().text).contains(QStringLiteral("practice consensus")));

    const auto forfeit =
        computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2018, 1, 10),
                               QDate(2024, 6, 1), {ev(QDate(2024, 2, 1), K::Payment)}));
    EXPECT_EQ(forfeit.steps.last().article, QStringLiteral("最判昭和41年4月20日・民法152条1項"));
    EXPECT_TRUE(warningMentions(forfeit, QStringLiteral("1 February 2024")));
}

} // namespace
