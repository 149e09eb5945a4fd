// analyseCase: balances by the ledger (民法489条), stages, the creditor's next step, court
// deadlines, the garnishment view and the do-nothing projection. Exact amounts and dates;
// docs/legal-rules.md vectors (§2 late interest, §3 garnishment, §7 deadlines) plus our own
// boundaries.
#include "advice/CaseAnalysis.h"
#include "Narrate.h"
#include "case/CaseJson.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

DebtEvent event(QDate date, DebtEventType type)
{
    DebtEvent e;
    e.date = date;
    e.type = type;
    return e;
}

DebtEvent payment(QDate date, std::int64_t amount)
{
    DebtEvent e = event(date, DebtEventType::Payment);
    e.amount = Yen(amount);
    return e;
}

// A bank debt of 5,000,000 at 14% (365 basis) accelerated on 2024-12-31: interest from 2025-01-01.
Debt referenceDebt(QString id = u"d1"_s)
{
    Debt d;
    d.id = std::move(id);
    d.creditor = u"○○銀行"_s;
    d.kind = DebtKind::HousingLoan;
    d.lenderKind = LenderKind::Bank;
    d.contractDate = QDate(2010, 4, 1);
    d.acceleratedOn = QDate(2024, 12, 31);
    d.principal = Yen(5'000'000);
    d.lateRate = Rate::percent(14);
    d.lateBasis = DayBasis::Days365;
    return d;
}

Case caseWith(QList<Debt> debts, QDate asOf, std::int64_t net = 280'000)
{
    Case c;
    c.asOf = asOf;
    c.client.name = u"山田 太郎"_s;
    c.client.occupation = Occupation::CompanyEmployee;
    c.client.netMonthlyIncome = Yen(net);
    c.client.payCycle = PayCycle::Monthly;
    c.budget.income.insert(u"salary"_s, Yen(net));
    c.assets.cash = Yen(100'000);
    c.assets.deposits = Yen(200'000);
    c.debts = std::move(debts);
    return c;
}

Case readData(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    Result<Case> r = readCase(f.readAll());
    EXPECT_TRUE(r.ok()) << name.toStdString() << ": "
                        << (r.ok() ? std::string()
                                   : (r.error().field + u": "_s + r.error().message).toStdString());
    return r.ok() ? r.value() : Case{};
}

bool anyContains(const QList<Message>& list, const QString& needle)
{
    for (const QString& s : en(list))
        if (s.contains(needle))
            return true;
    return false;
}

} // namespace

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
                    .contains(u"The limitation period completed on 2025-03-16"_s))
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

// --- Deadlines -------------------------------------------------------------------------------

struct DeadlineCase {
    const char* name;
    DebtEventType type;
    QDate served;
    QDate asOf;
    DeadlineKind kind;
    QDate due;
    int daysLeft;
    const char* article;
};

class DeadlineRules : public ::testing::TestWithParam<DeadlineCase> {};

TEST_P(DeadlineRules, DueAndDaysLeft)
{
    const DeadlineCase& p = GetParam();
    Debt d = referenceDebt();
    d.acceleratedOn = QDate(2023, 6, 1);
    d.events = {event(p.served, p.type)};
    const Assessment a = analyseCase(caseWith({d}, p.asOf), p.asOf);
    ASSERT_EQ(a.deadlines.size(), 1);
    const Deadline& dl = a.deadlines[0];
    EXPECT_EQ(dl.debtId, u"d1"_s);
    EXPECT_EQ(dl.kind, p.kind);
    EXPECT_EQ(dl.due, p.due);
    EXPECT_EQ(dl.daysLeft, p.daysLeft);
    EXPECT_EQ(dl.article, QString::fromUtf8(p.article));
    EXPECT_FALSE(dl.consequence.isEmpty());
    // A passed deadline says so first (English source text: no translator in core tests).
    EXPECT_EQ(en(dl.consequence).startsWith(u"Passed %1 day(s) ago. "_s.arg(-p.daysLeft)),
              p.daysLeft < 0)
        << en(dl.consequence).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Court, DeadlineRules,
    ::testing::Values(
        // 支払督促 served Mon 2026-11-16: the creditor may apply for 仮執行宣言 after 2026-11-30
        // (Mon).
        DeadlineCase{"paymentOrder", DebtEventType::PaymentOrderServed, QDate(2026, 11, 16),
                     QDate(2026, 11, 22), DeadlineKind::Objection, QDate(2026, 11, 30), 8,
                     "民事訴訟法391条"},
        DeadlineCase{"provisional", DebtEventType::ProvisionalEnforcementServed,
                     QDate(2026, 11, 16), QDate(2026, 11, 22), DeadlineKind::Objection,
                     QDate(2026, 11, 30), 8, "民事訴訟法393条"},
        // docs/legal-rules.md §7 / T8: judgment served 2025-02-03 → 控訴期限 2025-02-17.
        DeadlineCase{"appealReference", DebtEventType::JudgmentServed, QDate(2025, 2, 3),
                     QDate(2025, 2, 3), DeadlineKind::Appeal, QDate(2025, 2, 17), 14,
                     "民事訴訟法285条"},
        // Year end: 2025-12-15 + 14 = 12-29 (closed) … 1/3 closed, 1/4 Sunday → 2026-01-05.
        DeadlineCase{"yearEnd", DebtEventType::JudgmentServed, QDate(2025, 12, 15),
                     QDate(2025, 12, 20), DeadlineKind::Appeal, QDate(2026, 1, 5), 16,
                     "民事訴訟法285条"},
        // Golden Week: 2026-04-21 + 14 = 5/5 (こどもの日), 5/6 振替休日 → 2026-05-07.
        DeadlineCase{"goldenWeek", DebtEventType::ProvisionalEnforcementServed, QDate(2026, 4, 21),
                     QDate(2026, 4, 22), DeadlineKind::Objection, QDate(2026, 5, 7), 15,
                     "民事訴訟法393条"},
        // A Saturday: 2026-01-17 + 14 = 1/31 (Sat) → Monday 2026-02-02.
        DeadlineCase{"saturday", DebtEventType::PaymentOrderServed, QDate(2026, 1, 17),
                     QDate(2026, 1, 20), DeadlineKind::Objection, QDate(2026, 2, 2), 13,
                     "民事訴訟法391条"},
        // Passed 10 days ago: still listed, flagged by a negative daysLeft.
        DeadlineCase{"passed10", DebtEventType::JudgmentServed, QDate(2025, 2, 3),
                     QDate(2025, 2, 27), DeadlineKind::Appeal, QDate(2025, 2, 17), -10,
                     "民事訴訟法285条"},
        // Passed exactly 30 days ago: the last day it is listed.
        DeadlineCase{"passed30", DebtEventType::JudgmentServed, QDate(2025, 2, 3),
                     QDate(2025, 3, 19), DeadlineKind::Appeal, QDate(2025, 2, 17), -30,
                     "民事訴訟法285条"}),
    [](const ::testing::TestParamInfo<DeadlineCase>& i) { return std::string(i.param.name); });

TEST(CaseAnalysis, DeadlinePassedMoreThanThirtyDaysIsDropped)
{
    Debt d = referenceDebt();
    d.acceleratedOn = QDate(2023, 6, 1);
    d.events = {event(QDate(2025, 2, 3), DebtEventType::JudgmentServed)};
    const QDate asOf(2025, 3, 20); // 31 days after 2025-02-17
    EXPECT_TRUE(analyseCase(caseWith({d}, asOf), asOf).deadlines.isEmpty());
    EXPECT_EQ(debtDeadlines(d, asOf).size(), 1); // still given by the rule itself
}

TEST(CaseAnalysis, HearingIsTheDateTheCourtSet)
{
    Debt d = referenceDebt();
    DebtEvent suit = event(QDate(2026, 11, 10), DebtEventType::LawsuitServed);
    suit.hearingOn = QDate(2026, 12, 10);
    d.events = {suit};
    const QDate asOf(2026, 11, 22);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    ASSERT_EQ(a.deadlines.size(), 1);
    EXPECT_EQ(a.deadlines[0].kind, DeadlineKind::Hearing);
    EXPECT_EQ(a.deadlines[0].due, QDate(2026, 12, 10));
    EXPECT_EQ(a.deadlines[0].daysLeft, 18);
    EXPECT_EQ(a.deadlines[0].article, u"民事訴訟法158条・159条"_s);
    EXPECT_TRUE(en(a.deadlines[0].consequence).contains(u"159条3項"_s));
    // A suit with no hearing date gives no deadline.
    d.events[0].hearingOn.reset();
    EXPECT_TRUE(analyseCase(caseWith({d}, asOf), asOf).deadlines.isEmpty());
}

TEST(CaseAnalysis, LaterStepsSupersedeEarlierDeadlines)
{
    const QDate asOf(2026, 11, 22);
    // 支払督促 then 仮執行宣言: only the 393条 objection remains.
    Debt order = referenceDebt(u"order"_s);
    order.events = {event(QDate(2026, 10, 20), DebtEventType::PaymentOrderServed),
                    event(QDate(2026, 11, 16), DebtEventType::ProvisionalEnforcementServed)};
    // Judgment served and recorded final: no appeal deadline.
    Debt judged = referenceDebt(u"judged"_s);
    judged.events = {event(QDate(2026, 11, 2), DebtEventType::JudgmentServed),
                     event(QDate(2026, 11, 17), DebtEventType::JudgmentFinal)};
    // Suit with a hearing, then a judgment: the hearing is over.
    Debt suit = referenceDebt(u"suit"_s);
    DebtEvent served = event(QDate(2026, 10, 1), DebtEventType::LawsuitServed);
    served.hearingOn = QDate(2026, 10, 30);
    suit.events = {served, event(QDate(2026, 11, 12), DebtEventType::JudgmentServed)};
    const Assessment a = analyseCase(caseWith({order, judged, suit}, asOf), asOf);
    ASSERT_EQ(a.deadlines.size(), 2);
    // Most urgent first: 2026-11-26 (appeal: 11-12 + 14) before 2026-11-30.
    EXPECT_EQ(a.deadlines[0].debtId, u"suit"_s);
    EXPECT_EQ(a.deadlines[0].kind, DeadlineKind::Appeal);
    EXPECT_EQ(a.deadlines[0].due, QDate(2026, 11, 26));
    EXPECT_EQ(a.deadlines[1].debtId, u"order"_s);
    EXPECT_EQ(a.deadlines[1].article, u"民事訴訟法393条"_s);
    EXPECT_EQ(a.deadlines[1].due, QDate(2026, 11, 30));
}

TEST(CaseAnalysis, UpcomingDeadlinesBeforePassedOnes)
{
    const QDate asOf(2026, 11, 22);
    Debt a1 = referenceDebt(u"a1"_s);
    a1.events = {event(QDate(2026, 10, 20), DebtEventType::JudgmentServed)}; // due 11-04 (−18)
    Debt a2 = referenceDebt(u"a2"_s);
    a2.events = {event(QDate(2026, 10, 27), DebtEventType::JudgmentServed)}; // due 11-10 (−12)
    Debt a3 = referenceDebt(u"a3"_s);
    a3.events = {event(QDate(2026, 11, 20), DebtEventType::JudgmentServed)}; // due 12-04 (+12)
    Debt a4 = referenceDebt(u"a4"_s);
    a4.events = {event(QDate(2026, 11, 16), DebtEventType::PaymentOrderServed)}; // due 11-30 (+8)
    const Assessment a = analyseCase(caseWith({a1, a2, a3, a4}, asOf), asOf);
    ASSERT_EQ(a.deadlines.size(), 4);
    EXPECT_EQ(a.deadlines[0].debtId, u"a4"_s);
    EXPECT_EQ(a.deadlines[0].daysLeft, 8);
    EXPECT_EQ(a.deadlines[1].debtId, u"a3"_s);
    EXPECT_EQ(a.deadlines[1].daysLeft, 12);
    EXPECT_EQ(a.deadlines[2].debtId, u"a2"_s);
    EXPECT_EQ(a.deadlines[2].daysLeft, -12);
    EXPECT_EQ(a.deadlines[3].debtId, u"a1"_s);
    EXPECT_EQ(a.deadlines[3].daysLeft, -18);
}

// --- Garnishment -----------------------------------------------------------------------------

struct GarnishCase {
    const char* name;
    std::int64_t net;
    PayCycle cycle;
    Occupation occupation;
    std::int64_t pensionInBudget;
    std::int64_t seizable;
};

class GarnishmentRules : public ::testing::TestWithParam<GarnishCase> {};

TEST_P(GarnishmentRules, MonthlySeizable)
{
    const GarnishCase& p = GetParam();
    Case c = caseWith({}, QDate(2026, 11, 22), p.net);
    c.client.payCycle = p.cycle;
    c.client.occupation = p.occupation;
    if (p.pensionInBudget)
        c.budget.income.insert(u"pension"_s, Yen(p.pensionInBudget));
    const GarnishmentView g = garnishmentView(c);
    EXPECT_EQ(g.monthlySeizable, Yen(p.seizable));
    EXPECT_EQ(g.monthlyProtected, Yen(p.net - p.seizable));
    EXPECT_EQ(g.depositsAtRisk, Yen(200'000));
    EXPECT_FALSE(g.notes.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Rule152, GarnishmentRules,
    ::testing::Values(
        // docs/legal-rules.md §3: 200,000 → 50,000; 500,000 → 170,000; the spec example 280,000 →
        // 70,000.
        GarnishCase{"ref200k", 200'000, PayCycle::Monthly, Occupation::CompanyEmployee, 0, 50'000},
        GarnishCase{"ref500k", 500'000, PayCycle::Monthly, Occupation::CompanyEmployee, 0, 170'000},
        GarnishCase{"spec280k", 280'000, PayCycle::Monthly, Occupation::CompanyEmployee, 0, 70'000},
        // The 33万 cap starts to bite at 440,000 net.
        GarnishCase{"edge440k", 440'000, PayCycle::Monthly, Occupation::CompanyEmployee, 0,
                    110'000},
        GarnishCase{"edge440001", 440'001, PayCycle::Monthly, Occupation::CompanyEmployee, 0,
                    110'001},
        // A fraction of a yen is truncated: 200,003 / 4 = 50,000.75
        GarnishCase{"fraction", 200'003, PayCycle::Monthly, Occupation::CompanyEmployee, 0, 50'000},
        // Semi-monthly 500,000: pays of 250,000, 16.5万 cap → 85,000 each → 170,000.
        GarnishCase{"semiMonthly", 500'000, PayCycle::SemiMonthly, Occupation::CompanyEmployee, 0,
                    170'000},
        // Ten days 300,000: pays of 100,000, 1/4 → 25,000 → 75,000.
        GarnishCase{"tenDays", 300'000, PayCycle::TenDays, Occupation::PartTime, 0, 75'000},
        // Weekly 300,000: pays of 70,000 (× 7/30), 1/4 → 17,500 → × 30/7 = 75,000.
        GarnishCase{"weekly", 300'000, PayCycle::Weekly, Occupation::PartTime, 0, 75'000},
        // Daily 480,000: 16,000 a day, docs/legal-rules.md §3 → 5,000 a day → 150,000.
        GarnishCase{"daily", 480'000, PayCycle::Daily, Occupation::PartTime, 0, 150'000},
        // A pensioner: public pensions are not seizable at all.
        GarnishCase{"pensioner", 140'000, PayCycle::Monthly, Occupation::Pensioner, 0, 0},
        GarnishCase{"pensionerBudget", 140'000, PayCycle::Monthly, Occupation::Pensioner, 140'000,
                    0},
        // Pay 200,000 + pension 100,000: only the pay counts.
        GarnishCase{"payAndPension", 300'000, PayCycle::Monthly, Occupation::PartTime, 100'000,
                    50'000},
        GarnishCase{"unemployed", 0, PayCycle::Monthly, Occupation::Unemployed, 0, 0}),
    [](const ::testing::TestParamInfo<GarnishCase>& i) { return std::string(i.param.name); });

TEST(CaseAnalysis, SelfEmployedGarnishmentIsNamedAComparison)
{
    Case c = caseWith({}, QDate(2026, 11, 22), 300'000);
    c.client.occupation = Occupation::SelfEmployed;
    const GarnishmentView g = garnishmentView(c);
    EXPECT_EQ(g.monthlySeizable, Yen(75'000));
    EXPECT_TRUE(anyContains(g.notes, u"売掛金"_s));
}

TEST(CaseAnalysis, GarnishmentMonthsToClearTheTotalBalance)
{
    // 5,000,000 at 14%, as of 2025-12-31: 700,000 accrued, 57,534 a month, 70,000 seizable.
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({referenceDebt()}, asOf), asOf);
    EXPECT_EQ(a.garnishment.monthlySeizable, Yen(70'000));
    // The one payment-plan simulation on calendar months at the debt's own 14%: 215 payments
    // (PaymentPlanTest.GarnishmentReferenceCase works the same run; the blended 30-day model
    // this used to have said 207, the options' run 215 — one question, now one answer).
    EXPECT_EQ(a.garnishment.monthsToClear, 215);
    // At 200,000 net the 50,000 seizable is below 57,534 of interest: never.
    const Assessment b = analyseCase(caseWith({referenceDebt()}, asOf, 200'000), asOf);
    EXPECT_EQ(b.garnishment.monthsToClear, 0);
}

// --- Do nothing ------------------------------------------------------------------------------

TEST(CaseAnalysis, DoNothingProjectionBothDayBases)
{
    const QDate asOf(2025, 12, 31);
    Debt d365 = referenceDebt();
    const Assessment a = analyseCase(caseWith({d365}, asOf), asOf);
    const DoNothingProjection& p = a.doNothing;
    ASSERT_EQ(p.balanceByMonth.size(), kProjectionMonths + 1);
    EXPECT_EQ(p.balanceByMonth[0], Yen(5'700'000));
    EXPECT_EQ(p.balanceAfter1y, Yen(6'400'000)); // 2026: 365 days, 700,000
    EXPECT_EQ(p.balanceAfter3y, Yen(7'801'917)); // 2026-01-01..2028-12-31: 1,096 days ÷ 365
    EXPECT_EQ(p.balanceAfter5y, Yen(9'201'917)); // 1,826 days ÷ 365
    EXPECT_EQ(p.balanceByMonth[1], Yen(5'700'000 + 59'452)); // 2026-01-01..01-31: 31 days
    EXPECT_FALSE(p.garnishmentApplied);
    EXPECT_FALSE(p.notes.isEmpty());

    Debt actual = referenceDebt();
    actual.lateBasis = DayBasis::Actual;
    const Assessment b = analyseCase(caseWith({actual}, asOf), asOf);
    EXPECT_EQ(b.doNothing.balanceAfter3y, Yen(7'800'000)); // 2028 divided by 366
    EXPECT_EQ(b.doNothing.balanceAfter5y, Yen(9'200'000));
}

TEST(CaseAnalysis, DoNothingWithAWageSeizureRunning)
{
    // Interest-free for clarity: 1,000,000 seized at 70,000 a month (280,000 net) → 0 after 15.
    Debt d = referenceDebt();
    d.lateRate = Rate::percent(0);
    DebtEvent seizure = event(QDate(2025, 11, 1), DebtEventType::SeizureFiled);
    seizure.target = SeizureTarget::Wages;
    d.principal = Yen(1'000'000);
    d.events = {event(QDate(2025, 6, 1), DebtEventType::JudgmentFinal), seizure};
    Debt other = referenceDebt(u"other"_s); // not seized: keeps growing
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d, other}, asOf), asOf);
    EXPECT_EQ(a.stage, 3);
    EXPECT_TRUE(a.doNothing.garnishmentApplied);
    const Yen otherAfter1y(5'000'000 + 700'000 + 700'000);
    EXPECT_EQ(a.doNothing.balanceByMonth[1], Yen(930'000) + Yen(5'700'000 + 59'452));
    EXPECT_EQ(a.doNothing.balanceAfter1y, Yen(1'000'000 - 12 * 70'000) + otherAfter1y);
    // Month 14 is 2027-02-28: 20,000 left; the other debt 424 days (813,150.68 → 813,150).
    EXPECT_EQ(a.doNothing.balanceByMonth[14], Yen(20'000 + 5'700'000 + 813'150));
    // Month 15 pays the last 20,000: the seizure stops there, the other debt alone remains.
    EXPECT_EQ(a.doNothing.balanceByMonth[15], Yen(5'700'000 + 872'602)); // 455 days to 2027-03-31
    EXPECT_EQ(a.doNothing.balanceAfter3y, Yen(5'700'000 + 2'101'917));   // the seized debt is paid
}

TEST(CaseAnalysis, DoNothingSeizedDebtWithInterest)
{
    // 5,000,000 at 14% seized at 70,000 a month from 2025-12-31, 700,000 interest already due:
    // every payday goes to interest first (民法489条), so the principal does not fall yet.
    Debt d = referenceDebt();
    DebtEvent seizure = event(QDate(2025, 12, 1), DebtEventType::SeizureFiled);
    seizure.target = SeizureTarget::Wages;
    d.events = {event(QDate(2025, 6, 1), DebtEventType::JudgmentFinal), seizure};
    const QDate asOf(2025, 12, 31);
    const Assessment a = analyseCase(caseWith({d}, asOf), asOf);
    // month 1: 5,000,000 + 700,000 + 59,452 (31 days) − 70,000
    EXPECT_EQ(a.doNothing.balanceByMonth[1], Yen(5'689'452));
    // month 2 (2026-02-28): + 5,000,000 × 0.14 × 28/365 = 53,698 − 70,000
    EXPECT_EQ(a.doNothing.balanceByMonth[2], Yen(5'689'452 + 53'698 - 70'000));
}

// --- Disputed points --------------------------------------------------------------------------

TEST(CaseAnalysis, DisputedPointsNameTheChoice)
{
    const QDate asOf(2025, 12, 31);
    Debt d = referenceDebt();
    d.events = {event(QDate(2025, 3, 1), DebtEventType::VoluntarySaleSettled)};
    Debt g = referenceDebt(u"g"_s);
    g.lenderKind = LenderKind::GuaranteeCompany;
    g.contractDate = QDate(2012, 4, 1);
    g.acceleratedOn = QDate(2021, 9, 30); // docs/legal-rules.md §1.4 T4
    const Assessment a = analyseCase(caseWith({d, g}, asOf), asOf);
    EXPECT_TRUE(anyContains(a.disputedPoints, u"§12.5"_s));
    EXPECT_TRUE(anyContains(a.disputedPoints, u"§12.4"_s));
    EXPECT_TRUE(anyContains(a.disputedPoints, u"voluntary sale"_s));
    EXPECT_TRUE(anyContains(a.disputedPoints, u"§3"_s));
    EXPECT_EQ(a.debts[1].limitation.completesOn, QDate(2026, 9, 30));
}

// --- The data files --------------------------------------------------------------------------

TEST(CaseAnalysisData, SpecExample)
{
    const Case c = readData(u"spec_example.json"_s);
    const Assessment a = analyseCase(c, c.asOf);
    EXPECT_EQ(a.asOf, QDate(2026, 11, 22));
    EXPECT_EQ(a.stage, 1);
    ASSERT_EQ(a.debts.size(), 1);
    // 10,000 paid on 2025-01-10 when 1,310,323 had accrued: all to interest (民法489条).
    EXPECT_EQ(a.debts[0].principal, Yen(5'800'000));
    // 1,310,323 − 10,000 + 2025-01-11..2026-11-22 (1,514,991)
    EXPECT_EQ(a.debts[0].lateInterest, Yen(2'815'314));
    EXPECT_EQ(a.debts[0].monthlyLateInterest, Yen(66'739));
    EXPECT_EQ(a.garnishment.monthlySeizable, Yen(70'000));
    EXPECT_EQ(a.garnishment.depositsAtRisk, Yen(200'000));
    EXPECT_TRUE(a.deadlines.isEmpty());
}

TEST(CaseAnalysisData, IgnoredLettersThenPaymentOrder)
{
    const Case c = readData(u"ignored_letters_payment_order.json"_s);
    const Assessment a = analyseCase(c, c.asOf);
    EXPECT_EQ(a.stage, 2);
    ASSERT_FALSE(a.deadlines.isEmpty());
    const Deadline& first = a.deadlines.first();
    EXPECT_EQ(first.kind, DeadlineKind::Objection);
    EXPECT_EQ(first.due, QDate(2026, 11, 30)); // served 2026-11-16
    EXPECT_EQ(first.daysLeft, int(c.asOf.daysTo(QDate(2026, 11, 30))));
    EXPECT_GE(first.daysLeft, 0);
}

TEST(CaseAnalysisData, JudgmentAndWageSeizure)
{
    const Case c = readData(u"judgment_and_wage_seizure.json"_s);
    const Assessment a = analyseCase(c, c.asOf);
    EXPECT_EQ(a.stage, 3);
    EXPECT_TRUE(a.doNothing.garnishmentApplied);
    bool judgment = false;
    for (const DebtAssessment& d : a.debts)
        if (d.stage == 3) {
            EXPECT_EQ(d.limitation.basis, u"judgment"_s);
            EXPECT_EQ(d.limitation.years, 10);
            judgment = true;
        }
    EXPECT_TRUE(judgment);
}

TEST(CaseAnalysisData, TwentyDebts)
{
    const Case c = readData(u"twenty_debts.json"_s);
    ASSERT_EQ(c.debts.size(), 20);
    const Assessment a = analyseCase(c, c.asOf);
    ASSERT_EQ(a.debts.size(), 20);
    Yen sum;
    for (qsizetype i = 0; i < a.debts.size(); ++i) {
        EXPECT_EQ(a.debts[i].id, c.debts[i].id);
        EXPECT_FALSE(a.debts[i].nextCreditorAction.isEmpty());
        EXPECT_TRUE(a.debts[i].limitation.completesOn.isValid());
        sum += a.debts[i].balance();
    }
    EXPECT_EQ(a.totalBalance(), sum);
    EXPECT_EQ(a.doNothing.balanceByMonth[0], sum);
}
