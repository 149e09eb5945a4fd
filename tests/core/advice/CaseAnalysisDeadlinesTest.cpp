// analyseCase: court deadlines (§7), the garnishment view (§3), the do-nothing projection, the
// disputed points and the data files. Exact amounts and dates; split from CaseAnalysisTest.cpp.
#include "CaseAnalysisTestSupport.h"

using namespace zansai;
using namespace zansai::testsupport;
using namespace Qt::StringLiterals;

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
