// analyseCase: balances by the ledger (民法489条), stages, the creditor's next step, warnings and
// the limitation view. Exact amounts and dates; docs/legal-rules.md vectors (§2 late interest) plus
// our own boundaries. Deadlines, garnishment and the projection: CaseAnalysisDeadlinesTest.cpp.
#include "CaseAnalysisTestSupport.h"

using namespace zansai;
using namespace zansai::testsupport;
using namespace Qt::StringLiterals;

// --- Balances: the ledger with the docs/legal-rules.md §2 vectors
// ---------------------------------------

struct LedgerCase {
    const char* name;
    QDate asOf;
    std::int64_t ratePermille; // per 1000 of a percent… i.e. 140 = 14.0%
    DayBasis basis;
    QDate acceleratedOn;
    std::int64_t expectedInterest;
};

class LedgerVectors : public ::testing::TestWithParam<LedgerCase> {};

TEST_P(LedgerVectors, LateInterestAsOf)
{
    const LedgerCase& p = GetParam();
    Debt d = referenceDebt();
    d.lateRate = Rate(p.ratePermille, 1000);
    d.lateBasis = p.basis;
    d.acceleratedOn = p.acceleratedOn;
    const Assessment a = analyseCase(caseWith({d}, p.asOf), p.asOf);
    ASSERT_EQ(a.debts.size(), 1);
    EXPECT_EQ(a.debts[0].principal, Yen(5'000'000));
    EXPECT_EQ(a.debts[0].lateInterest, Yen(p.expectedInterest));
    EXPECT_EQ(a.debts[0].balance(), Yen(5'000'000 + p.expectedInterest));
}

INSTANTIATE_TEST_SUITE_P(
    Reference, LedgerVectors,
    ::testing::Values(
        // 1 year 2025-01-01..12-31: 5,000,000 × 0.14 = 700,000
        LedgerCase{"year2025", QDate(2025, 12, 31), 140, DayBasis::Days365, QDate(2024, 12, 31),
                   700'000},
        // 100 days 2025-01-01..04-10: 191,780.82 → 191,780
        LedgerCase{"days100", QDate(2025, 4, 10), 140, DayBasis::Days365, QDate(2024, 12, 31),
                   191'780},
        // 14.6% for 100 days: exactly 200,000
        LedgerCase{"rate146", QDate(2025, 4, 10), 146, DayBasis::Days365, QDate(2024, 12, 31),
                   200'000},
        // 14.5% for 100 days: 198,630
        LedgerCase{"rate145", QDate(2025, 4, 10), 145, DayBasis::Days365, QDate(2024, 12, 31),
                   198'630},
        // Calendar 2024 (366 days): 365 clause 701,917; court method 700,000
        LedgerCase{"leap365", QDate(2024, 12, 31), 140, DayBasis::Days365, QDate(2023, 12, 31),
                   701'917},
        LedgerCase{"leapActual", QDate(2024, 12, 31), 140, DayBasis::Actual, QDate(2023, 12, 31),
                   700'000},
        // as_of on the acceleration day itself: nothing has accrued yet
        LedgerCase{"sameDay", QDate(2024, 12, 31), 140, DayBasis::Days365, QDate(2024, 12, 31), 0},
        // one day
        LedgerCase{"oneDay", QDate(2025, 1, 1), 140, DayBasis::Days365, QDate(2024, 12, 31),
                   1'917}),
    [](const ::testing::TestParamInfo<LedgerCase>& i) { return std::string(i.param.name); });

TEST(CaseAnalysis, PaymentSmallerThanAccruedInterestLeavesPrincipal)
{
    // 100,000 paid on 2025-04-10 when 191,780 had accrued: all of it goes to interest (民法489条).
    Debt d = referenceDebt();
    d.events = {payment(QDate(2025, 4, 10), 100'000)};
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    EXPECT_EQ(a.debts[0].principal, Yen(5'000'000));
    // 191,780 − 100,000 + 2025-04-11..12-31 (265 days: 508,219) = 599,999 (each span truncated)
    EXPECT_EQ(a.debts[0].lateInterest, Yen(599'999));
    EXPECT_TRUE(anyContains(a.debts[0].warnings, u"went entirely to late interest"_s))
        << en(a.debts[0].warnings).join(u" | "_s).toStdString();
}

TEST(CaseAnalysis, PaymentLargerThanInterestReducesPrincipal)
{
    Debt d = referenceDebt();
    d.events = {payment(QDate(2025, 4, 10), 300'000)};
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    // 300,000 − 191,780 = 108,220 to principal → 4,891,780; 265 days on it: 497,219
    EXPECT_EQ(a.debts[0].principal, Yen(4'891'780));
    EXPECT_EQ(a.debts[0].lateInterest, Yen(497'219));
    EXPECT_FALSE(anyContains(a.debts[0].warnings, u"late interest (民法489条)"_s));
}

TEST(CaseAnalysis, VoluntarySaleProceedsArePayments)
{
    Debt d = referenceDebt();
    DebtEvent sale = event(QDate(2025, 4, 10), DebtEventType::VoluntarySaleSettled);
    sale.amount = Yen(300'000);
    d.events = {sale};
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    EXPECT_EQ(a.debts[0].principal, Yen(4'891'780));
    EXPECT_EQ(a.debts[0].lateInterest, Yen(497'219));
    ASSERT_EQ(ledgerPayments(d, asOf).size(), 1);
    // Without an amount the event only counts for the limitation period.
    d.events[0].amount.reset();
    EXPECT_TRUE(ledgerPayments(d, asOf).isEmpty());
}

TEST(CaseAnalysis, EventsAfterAsOfAreIgnored)
{
    Debt d = referenceDebt();
    d.events = {payment(QDate(2025, 4, 10), 300'000),
                event(QDate(2025, 5, 1), DebtEventType::LawsuitServed),
                event(QDate(2025, 6, 1), DebtEventType::SeizureFiled)};
    const QDate asOf(2025, 4, 9);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    EXPECT_EQ(a.debts[0].principal, Yen(5'000'000));
    EXPECT_EQ(a.debts[0].lateInterest, Yen(191'780 - 1'917)); // 99 days: 189,863
    EXPECT_EQ(a.stage, 1);
    EXPECT_TRUE(ledgerPayments(d, asOf).isEmpty());
    EXPECT_TRUE(limitationInput(d, asOf).events.isEmpty());
}

TEST(CaseAnalysis, MonthlyLateInterestIsThirtyDaysOnPrincipal)
{
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({referenceDebt()}, asOf), asOf);
    // 5,000,000 × 0.14 × 30/365 = 57,534.2 → 57,534
    EXPECT_EQ(a.debts[0].monthlyLateInterest, Yen(57'534));
    EXPECT_EQ(a.doNothing.monthlyLateInterest, Yen(57'534));
}

// --- Stage -----------------------------------------------------------------------------------

struct StageCase {
    const char* name;
    QList<DebtEventType> events;
    int stage;
};

class StageRules : public ::testing::TestWithParam<StageCase> {};

TEST_P(StageRules, FromEvents)
{
    Debt d = referenceDebt();
    QDate day(2025, 3, 1);
    for (DebtEventType t : GetParam().events) {
        DebtEvent e = event(day, t);
        if (t == DebtEventType::SeizureFiled)
            e.target = SeizureTarget::Wages;
        d.events.append(e);
        day = day.addDays(10);
    }
    EXPECT_EQ(debtStage(d, QDate(2025, 12, 31)), GetParam().stage);
}

INSTANTIATE_TEST_SUITE_P(
    Spec, StageRules,
    ::testing::Values(
        StageCase{"none", {}, 1},
        StageCase{"letters", {DebtEventType::Demand, DebtEventType::Demand}, 1},
        StageCase{"claimAssigned", {DebtEventType::ClaimAssigned}, 1},
        StageCase{"negotiation",
                  {DebtEventType::NegotiationAgreement, DebtEventType::NegotiationRefused},
                  1},
        StageCase{"auction", {DebtEventType::AuctionFiled, DebtEventType::AuctionWithdrawn}, 1},
        StageCase{"sale", {DebtEventType::VoluntarySaleSettled}, 1},
        StageCase{"lawsuit", {DebtEventType::Demand, DebtEventType::LawsuitServed}, 2},
        // Served 2025-03-01 and nothing after: lapsed by 2025-12-31 (民訴392条, inferred; pending
        // orders: tests/core/advice/EscalationTest.cpp).
        StageCase{"paymentOrderLapsed", {DebtEventType::PaymentOrderServed}, 1},
        StageCase{"paymentOrderObjection",
                  {DebtEventType::PaymentOrderServed, DebtEventType::PaymentOrderObjection},
                  2},
        StageCase{
            "lawsuitWithdrawn", {DebtEventType::LawsuitServed, DebtEventType::LawsuitWithdrawn}, 1},
        StageCase{"seizureCompleted",
                  {DebtEventType::JudgmentFinal, DebtEventType::SeizureFiled,
                   DebtEventType::SeizureCompleted},
                  2},
        StageCase{"provisional",
                  {DebtEventType::PaymentOrderServed, DebtEventType::ProvisionalEnforcementServed},
                  2},
        StageCase{
            "judgmentServed", {DebtEventType::LawsuitServed, DebtEventType::JudgmentServed}, 2},
        StageCase{
            "judgmentFinal", {DebtEventType::JudgmentServed, DebtEventType::JudgmentFinal}, 2},
        StageCase{"settlement", {DebtEventType::CourtSettlement}, 2},
        StageCase{"deed", {DebtEventType::EnforceableDeed}, 2},
        StageCase{"seizure", {DebtEventType::JudgmentFinal, DebtEventType::SeizureFiled}, 3},
        StageCase{"deedSeizure", {DebtEventType::EnforceableDeed, DebtEventType::SeizureFiled}, 3}),
    [](const ::testing::TestParamInfo<StageCase>& i) { return std::string(i.param.name); });

TEST(CaseAnalysis, CaseStageIsTheHighestDebtStage)
{
    Debt d1 = referenceDebt(u"d1"_s);
    Debt d2 = referenceDebt(u"d2"_s);
    // Served 2025-12-10: pending on 2025-12-31 (it would lapse after 2026-01-23, 民訴392条).
    d2.events = {event(QDate(2025, 12, 10), DebtEventType::PaymentOrderServed)};
    Debt d3 = referenceDebt(u"d3"_s);
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d1, d2, d3}, asOf), asOf);
    EXPECT_EQ(a.stage, 2);
    EXPECT_EQ(a.debts[0].stage, 1);
    EXPECT_EQ(a.debts[1].stage, 2);
    EXPECT_EQ(a.debts[2].stage, 1);
}

// --- The creditor's next step: its grounds by stage ---------------------------------------------

struct ActionCase {
    const char* name;
    QList<DebtEventType> events;
    SeizureTarget target;
    QStringList mustContain;
};

class NextAction : public ::testing::TestWithParam<ActionCase> {};

TEST_P(NextAction, NamesItsGrounds)
{
    Debt d = referenceDebt();
    QDate day(2025, 3, 1);
    for (DebtEventType t : GetParam().events) {
        DebtEvent e = event(day, t);
        if (t == DebtEventType::SeizureFiled)
            e.target = GetParam().target;
        d.events.append(e);
        day = day.addDays(30);
    }
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    const QString text = en(a.debts[0].nextCreditorAction);
    for (const QString& s : GetParam().mustContain)
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << " not in: " << text.toStdString();
    // The seizable pay is named in every stage: 280,000 net → 70,000 a month.
    EXPECT_TRUE(text.contains(u"70,000"_s)) << text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Escalation, NextAction,
    ::testing::Values(
        ActionCase{"outOfCourt",
                   {DebtEventType::Demand},
                   SeizureTarget::Other,
                   {u"民事訴訟法382条"_s, u"民法147条"_s, u"民事執行法152条"_s}},
        ActionCase{"deed",
                   {DebtEventType::EnforceableDeed},
                   SeizureTarget::Other,
                   {u"民事執行法22条5号"_s, u"without a lawsuit"_s}},
        ActionCase{"lawsuit",
                   {DebtEventType::LawsuitServed},
                   SeizureTarget::Other,
                   {u"民事訴訟法159条3項"_s, u"答弁書"_s}},
        // Served 2025-03-01, nothing after: lapsed by 2025-12-31 (民訴392条), so out of court
        // again (a pending order: tests/core/advice/EscalationTest.cpp).
        ActionCase{"paymentOrderLapsed",
                   {DebtEventType::PaymentOrderServed},
                   SeizureTarget::Other,
                   {u"民事訴訟法382条"_s, u"民法147条"_s}},
        ActionCase{"provisional",
                   {DebtEventType::PaymentOrderServed, DebtEventType::ProvisionalEnforcementServed},
                   SeizureTarget::Other,
                   {u"民事執行法22条4号"_s, u"393条"_s, u"396条"_s, u"403条"_s}},
        // Served 2025-03-31 as of 2025-12-31: long final by 285条 even without a recorded finality.
        ActionCase{"judgmentFinalByTime",
                   {DebtEventType::LawsuitServed, DebtEventType::JudgmentServed},
                   SeizureTarget::Other,
                   {u"民事執行法22条1号"_s, u"民法169条"_s}},
        ActionCase{"settlement",
                   {DebtEventType::CourtSettlement},
                   SeizureTarget::Other,
                   {u"民事執行法22条7号"_s}},
        ActionCase{"wageSeizure",
                   {DebtEventType::JudgmentFinal, DebtEventType::SeizureFiled},
                   SeizureTarget::Wages,
                   {u"民事執行法155条"_s, u"民事執行法143条"_s}},
        ActionCase{"depositSeizure",
                   {DebtEventType::JudgmentFinal, DebtEventType::SeizureFiled},
                   SeizureTarget::Deposits,
                   {u"民事執行法155条1項"_s}}),
    [](const ::testing::TestParamInfo<ActionCase>& i) { return std::string(i.param.name); });

TEST(CaseAnalysis, NothingSeizableIsSaidPlainly)
{
    const QDate asOf(2025, 12, 31);
    Case c = caseWith({referenceDebt()}, asOf, 140'000);
    c.client.occupation = Occupation::Pensioner; // a pension only: nothing of it can be seized
    const Assessment a = analyseCase(c, asOf);
    EXPECT_EQ(a.garnishment.monthlySeizable, Yen(0));
    EXPECT_TRUE(
        en(a.debts[0].nextCreditorAction).contains(u"nothing seizable from the recorded income"_s))
        << en(a.debts[0].nextCreditorAction).toStdString();
    EXPECT_FALSE(en(a.debts[0].nextCreditorAction).contains(u"¥0"_s));

    // Stage 2 (a title exists, nothing seized): the projection says deposits remain at risk.
    c.debts[0].events = {event(QDate(2025, 6, 1), DebtEventType::JudgmentFinal)};
    const Assessment b = analyseCase(c, asOf);
    EXPECT_EQ(b.stage, 2);
    EXPECT_TRUE(anyContains(b.doNothing.notes, u"Nothing of the recorded income"_s))
        << en(b.doNothing.notes).join(u" | "_s).toStdString();
    EXPECT_FALSE(anyContains(b.doNothing.notes, u"¥0"_s));
}

TEST(CaseAnalysis, JudgmentServedWithinAppealPeriodIsNotYetFinal)
{
    Debt d = referenceDebt();
    d.events = {event(QDate(2025, 12, 22), DebtEventType::JudgmentServed)};
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    EXPECT_TRUE(en(a.debts[0].nextCreditorAction).contains(u"民事訴訟法285条"_s));
}

TEST(CaseAnalysis, TaxesNeedNoCourt)
{
    Debt d = referenceDebt();
    d.kind = DebtKind::Tax;
    d.lenderKind = LenderKind::PublicAuthority;
    d.lateRate = Rate(87, 1000);
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    EXPECT_TRUE(en(a.debts[0].nextCreditorAction).contains(u"国税徴収法47条1項"_s));
    EXPECT_TRUE(anyContains(a.debts[0].warnings, u"破産法253条1項1号"_s));
}

// --- Warnings --------------------------------------------------------------------------------

TEST(CaseAnalysis, RateAboveTheCapIsWarned)
{
    const QDate asOf(2025, 12, 31);
    Debt over = referenceDebt(u"over"_s);
    over.lateRate = Rate(219, 1000); // a bank lends as a business: 20% cap (利息制限法7条1項)
    Debt atCap = referenceDebt(u"cap"_s);
    atCap.lateRate = Rate::percent(20);
    Debt child = referenceDebt(u"child"_s);
    child.kind = DebtKind::ChildSupport;
    child.lenderKind = LenderKind::Individual;
    child.lateRate = Rate::percent(30); // not a loan: no 利息制限法 check
    const Assessment a = analyseCase(caseWith({over, atCap, child}, asOf), asOf);
    // The cap, and the contract figure beside the lawful one (tests/core/advice/LateInterest…).
    EXPECT_EQ(a.debts[0].warnings.size(), 2);
    EXPECT_TRUE(a.debts[1].warnings.isEmpty())
        << en(a.debts[1].warnings).join(u" | "_s).toStdString();
    ASSERT_EQ(a.debts[2].warnings.size(), 1);
    EXPECT_TRUE(en(a.debts[2].warnings[0]).contains(u"民事執行法151条の2"_s));
}

// --- Limitation: the law's result mapped ------------------------------------------------------

TEST(CaseAnalysis, LimitationViewFromTheLaw)
{
    // docs/legal-rules.md §1.4 T2: bank loan accelerated 2020-03-16 (old commercial law) →
    // 2025-03-16, a Sunday.
    Debt d = referenceDebt();
    d.contractDate = QDate(2008, 4, 1);
    d.acceleratedOn = QDate(2020, 3, 16);
    const QDate asOf(2025, 3, 17);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    const LimitationView& v = a.debts[0].limitation;
    EXPECT_EQ(v.years, 5);
    EXPECT_EQ(v.basis, u"old_commercial"_s);
    EXPECT_EQ(v.completesOn, QDate(2025, 3, 16));
    EXPECT_TRUE(v.completed);
    EXPECT_FALSE(v.forfeited);
    ASSERT_FALSE(v.steps.isEmpty());
    EXPECT_FALSE(v.steps[0].article.isEmpty());
    // notes = every step's text, then every warning
    EXPECT_EQ(v.notes.size(), v.steps.size() + v.warnings.size());
    EXPECT_EQ(v.notes.first(), v.steps.first().text);
    EXPECT_FALSE(v.warnings.isEmpty()); // the Sunday (民法142条 not applied)
    EXPECT_TRUE(anyContains(a.disputedPoints, u"§12.1"_s));

    // The creditor's next step says the completed period can be invoked against it.
    EXPECT_TRUE(en(a.debts[0].nextCreditorAction)
                    .contains(u"The limitation period completed on 16 March 2025"_s))
        << en(a.debts[0].nextCreditorAction).toStdString();

    // The day before: not completed, and nothing said about invoking it.
    const Assessment b = analyseCase(caseWith({d}, QDate(2025, 3, 16)), QDate(2025, 3, 16));
    EXPECT_FALSE(b.debts[0].limitation.completed);
    EXPECT_FALSE(en(b.debts[0].nextCreditorAction).contains(u"The limitation period completed"_s));
}

TEST(CaseAnalysis, LimitationInputMapsEveryEvent)
{
    Debt d = referenceDebt();
    d.lenderKind = LenderKind::Jhf;
    DebtEvent agreement = event(QDate(2025, 2, 1), DebtEventType::NegotiationAgreement);
    agreement.agreedUntil = QDate(2025, 8, 1);
    d.events = {payment(QDate(2025, 1, 10), 10'000), agreement,
                event(QDate(2025, 3, 1), DebtEventType::ClaimAssigned),
                event(QDate(2025, 4, 1), DebtEventType::LimitationInvoked)};
    const law::LimitationInput in = limitationInput(d, QDate(2025, 12, 31));
    EXPECT_EQ(in.lender, LenderKind::Jhf);
    EXPECT_EQ(in.contractDate, QDate(2010, 4, 1));
    EXPECT_EQ(in.acceleratedOn, QDate(2024, 12, 31));
    EXPECT_EQ(in.asOf, QDate(2025, 12, 31));
    ASSERT_EQ(in.events.size(), 4);
    EXPECT_EQ(in.events[0].kind, law::LimitationEventKind::Payment);
    EXPECT_EQ(in.events[1].kind, law::LimitationEventKind::NegotiationAgreement);
    EXPECT_EQ(in.events[1].agreedUntil, QDate(2025, 8, 1));
    EXPECT_EQ(in.events[2].kind, law::LimitationEventKind::ClaimAssigned);
    EXPECT_EQ(in.events[3].kind, law::LimitationEventKind::LimitationInvoked);
}
