// Every way out compared (issue 4 part 4): eligibility and its reasons, exact amounts, the edges of
// each rule, and the ranking with the consultant's override. The assessments are built by hand, so
// each figure below follows from the inputs written next to it.
#include "advice/OptionComparison.h"
#include "advice/CaseAnalysis.h"
#include "advice/PracticeAssumptions.h"
#include "law/LateInterest.h"

#include "../law/MoneyTestPrinters.h"
#include "Narrate.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 11, 22);

// Company employee, net 280,000; expenses 240,000 → surplus 40,000. Cash 100,000 + deposits
// 150,000 (both under the bankruptcy thresholds).
Case baseCase()
{
    Case c;
    c.asOf = kAsOf;
    c.client.occupation = Occupation::CompanyEmployee;
    c.client.netMonthlyIncome = Yen(280'000);
    c.budget.income[u"salary"_s] = Yen(280'000);
    c.budget.expenses[u"rent"_s] = Yen(80'000);
    c.budget.expenses[u"food"_s] = Yen(60'000);
    c.budget.expenses[u"other"_s] = Yen(100'000);
    c.assets.cash = Yen(100'000);
    c.assets.deposits = Yen(150'000);
    return c;
}

// Sets the budget so that the surplus is `surplus` on the same income.
void setSurplus(Case& c, std::int64_t surplus)
{
    c.budget.expenses.clear();
    c.budget.expenses[u"living"_s] = Yen(280'000 - surplus);
}

Debt debt(const QString& id, const QString& creditor, DebtKind kind = DebtKind::HousingLoan,
          LenderKind lender = LenderKind::Bank, GuarantorKind g = GuarantorKind::None,
          Rate lateRate = Rate::percent(14))
{
    Debt d;
    d.lateRate = lateRate; // 365 basis
    d.lateBasis = DayBasis::Days365;
    d.id = id;
    d.creditor = creditor;
    d.kind = kind;
    d.lenderKind = lender;
    d.guarantor = g;
    d.contractDate = QDate(2008, 4, 1);
    d.acceleratedOn = QDate(2023, 6, 1);
    return d;
}

DebtAssessment assessed(const QString& id, const QString& creditor, std::int64_t principal,
                        std::int64_t interest, std::int64_t monthly,
                        QDate completesOn = QDate(2029, 3, 15))
{
    DebtAssessment a;
    a.id = id;
    a.creditor = creditor;
    a.principal = Yen(principal);
    a.lateInterest = Yen(interest);
    a.monthlyLateInterest = Yen(monthly);
    a.limitation.years = 5;
    a.limitation.basis = u"old_commercial"_s;
    a.limitation.completesOn = completesOn;
    a.limitation.completed = completesOn < kAsOf;
    return a;
}

// The analysis part by hand: do-nothing on calendar months (as_of + m months), late interest
// from as_of + 1 at each case debt's rate, one truncation per debt (the analysis's rule);
// garnishment 1/4 of the net pay (民事執行法152条), deposits at risk.
Assessment analysed(const Case& c, const QList<DebtAssessment>& debts, QDate asOf = kAsOf)
{
    Assessment a;
    a.asOf = asOf;
    a.debts = debts;
    Yen monthly;
    for (const DebtAssessment& d : debts)
        monthly += d.monthlyLateInterest;
    a.doNothing.monthlyLateInterest = monthly;
    for (int m = 0; m <= 120; ++m) {
        Yen total;
        for (qsizetype k = 0; k < debts.size(); ++k) {
            total += debts[k].balance();
            if (m > 0 && k < c.debts.size())
                total += law::lateInterest(debts[k].principal, c.debts[k].lateRate, asOf.addDays(1),
                                           asOf.addMonths(m), c.debts[k].lateBasis)
                             .amount;
        }
        a.doNothing.balanceByMonth.append(total);
    }
    a.doNothing.balanceAfter1y = a.doNothing.balanceByMonth[12];
    a.doNothing.balanceAfter3y = a.doNothing.balanceByMonth[36];
    a.doNothing.balanceAfter5y = a.doNothing.balanceByMonth[60];
    a.garnishment.monthlySeizable = c.client.netMonthlyIncome.mulDiv(1, 4);
    a.garnishment.depositsAtRisk = c.assets.deposits;
    return a;
}

// A copy: `opt(seed.run(), k)` must not refer into the temporary list.
OptionAssessment opt(const QList<OptionAssessment>& list, OptionKind k)
{
    for (const OptionAssessment& o : list)
        if (o.kind == k)
            return o;
    ADD_FAILURE() << "option missing: " << toCode(k).toStdString();
    return {};
}

bool has(const QStringList& list, const QString& needle)
{
    for (const QString& s : list)
        if (s.contains(needle))
            return true;
    return false;
}

#define EXPECT_HAS(list, needle)                                                                   \
    EXPECT_TRUE(has(en(list), needle)) << "missing \"" << QString(needle).toStdString()           \
                                       << "\" in:\n" << en(list).join(u"\n"_s).toStdString()

#define EXPECT_LACKS(list, needle)                                                                 \
    EXPECT_FALSE(has(en(list), needle))                                                            \
        << "unexpected \"" << QString(needle).toStdString() << "\" in:\n"                          \
        << en(list).join(u"\n"_s).toStdString()

// The seed situation: 580万 housing-loan 残債 held by a servicer, 20万 late interest accrued, 14%:
// 5,800,000 × 0.14 × 30 / 365 = 66,739 a month.
struct Seed {
    Case c = baseCase();
    QList<DebtAssessment> debts;
    Seed()
    {
        c.debts = {debt(u"d1"_s, u"○○債権回収株式会社"_s)};
        debts = {assessed(u"d1"_s, u"○○債権回収株式会社"_s, 5'800'000, 200'000, 66'739)};
    }
    QList<OptionAssessment> run(const EvaluateSettings& s = {}, QDate asOf = kAsOf) const
    {
        return compareOptions(c, analysed(c, debts, asOf), s);
    }
};

// --- Every option is listed, ranked -------------------------------------------------------------

TEST(OptionComparison, EveryKindListedOnceInRankOrder)
{
    const auto options = Seed().run();
    ASSERT_EQ(options.size(), 7);
    QList<OptionKind> kinds;
    for (int i = 0; i < options.size(); ++i) {
        EXPECT_EQ(options[i].rank, i + 1);
        EXPECT_FALSE(options[i].reasons.isEmpty()) << toCode(options[i].kind).toStdString();
        EXPECT_FALSE(options[i].rankReason.isEmpty());
        EXPECT_FALSE(options[i].guarantorEffect.isEmpty());
        EXPECT_EQ(options[i].balanceByMonth.size(), 121) << toCode(options[i].kind).toStdString();
        EXPECT_FALSE(kinds.contains(options[i].kind));
        kinds.append(options[i].kind);
    }
    EXPECT_EQ(options.last().kind, OptionKind::DoNothing);
}

// --- 分割弁済 ------------------------------------------------------------------------------------

TEST(Installment, PracticePathAndArithmetic)
{
    // Surplus 40,000 on a balance of 6,000,000 at 14% (66,739 a month over 30 days).
    // (b) Practice path, late interest stopped under the agreement: ceil(6,000,000 / 40,000) = 150
    // months, 6,000,000 paid; past the 60-month practice horizon the credit record stays until
    // paid (KSC: indefinite), not "13 + 5 years".
    // (a) Late interest running: every payment goes to interest (民法489条); on calendar months
    // from 2026-11-22 the balance after 60 months is 7,662,195 (checked month by month: each
    // span's interest 5,800,000 × 14% × days / 365 truncated, minus 40,000).
    const auto& o = opt(Seed().run(), OptionKind::Installment);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.affordable);
    EXPECT_TRUE(o.clears);
    EXPECT_EQ(o.monthly, Yen(40'000));
    EXPECT_EQ(o.months, 150);
    EXPECT_EQ(o.total, Yen(6'000'000));
    EXPECT_EQ(o.creditRecordYears, 0);
    EXPECT_TRUE(o.creditRecordIndefinite);
    EXPECT_HAS(o.reasons, u"under an installment agreement (和解) that stops late interest, "
                          u"¥40,000 a month clears the balance of ¥6,000,000 in 150 months (12 "
                          u"years and 6 months)"_s);
    EXPECT_HAS(o.warnings, u"does not even cover the monthly late interest of ¥66,739"_s);
    EXPECT_HAS(o.warnings, u"¥7,662,195 after 5 years"_s);
    EXPECT_HAS(o.notes, u"paid ¥2,400,000 and still owe ¥3,600,000 under the agreement"_s);
    EXPECT_HAS(o.notes, u"Practice, not law"_s);
    EXPECT_HAS(o.reasons, u"income ¥280,000 − expenses ¥240,000 = ¥40,000 a month"_s);
    EXPECT_EQ(o.balanceByMonth[0], Yen(6'000'000));
    EXPECT_EQ(o.balanceByMonth[1], Yen(5'960'000));
    EXPECT_EQ(o.balanceByMonth[120], Yen(1'200'000));
    EXPECT_TRUE(en(o.limitationEffect).contains(u"民法152条1項"_s));
}

TEST(Installment, AboveTheSurplusIsNotAffordable)
{
    // 66,739 set by the consultant: ceil(6,000,000 / 66,739) = 90 months under the agreement.
    // With late interest running the payment equals the 30-day interest, but calendar months
    // add 365 days a year: 6,057,855 after 60 months. Above the 40,000 surplus: not affordable.
    EvaluateSettings s;
    s.installmentMonthly = Yen(66'739);
    const auto& o = opt(Seed().run(s), OptionKind::Installment);
    EXPECT_EQ(o.months, 90);
    EXPECT_FALSE(o.affordable);
    EXPECT_HAS(o.warnings, u"barely covers the late interest of ¥66,739 a month"_s);
    EXPECT_HAS(o.warnings, u"¥6,057,855 after 5 years"_s);
    EXPECT_HAS(o.warnings, u"¥66,739 a month is more than the budget surplus of ¥40,000"_s);
    EXPECT_HAS(o.reasons, u"Monthly payment set by the consultant: ¥66,739."_s);
}

struct ClearCase {
    std::int64_t principal, interest, ratePercent, payment;
    int months; // practice path: ceil(balance / payment)
    int creditYears;
    const char* arithmetic; // the reason with late interest running
};

class InstallmentClears : public ::testing::TestWithParam<ClearCase> {};

TEST_P(InstallmentClears, PracticeMonthsAndArithmetic)
{
    const ClearCase& k = GetParam();
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany,
                    GuarantorKind::None, Rate::percent(k.ratePercent))};
    EvaluateSettings s;
    s.installmentMonthly = Yen(k.payment);
    const auto options = compareOptions(
        c, analysed(c, {assessed(u"d1"_s, u"△△カード"_s, k.principal, k.interest, 0)}), s);
    const auto& o = opt(options, OptionKind::Installment);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.clears);
    EXPECT_EQ(o.months, k.months);
    EXPECT_EQ(o.total, Yen(k.principal + k.interest));
    EXPECT_EQ(o.creditRecordYears, k.creditYears);
    EXPECT_HAS(o.reasons, QString::fromUtf8(k.arithmetic));
    EXPECT_EQ(o.balanceByMonth[k.months], Yen(0));
}

// By hand, payments on 12-22, 01-22, 02-22 (30, 31, 31 days) at 12% / 365: 100,000 → 986 of
// interest → 50,986 owed; 519 → 1,505; 15 → 1,520: 3 months, 101,520 paid, 1,520 of it interest.
INSTANTIATE_TEST_SUITE_P(
    ByHand, InstallmentClears,
    ::testing::Values(ClearCase{100'000, 0, 12, 50'000, 2, 6,
                                "it would clear in 3 months; ¥101,520 paid in all, ¥1,520 of it "
                                "late interest"},
                      ClearCase{1'200'000, 0, 0, 100'000, 12, 6,
                                "it would clear in 12 months; ¥1,200,000 paid in all, ¥0"},
                      ClearCase{1'200'000, 0, 0, 99'999, 13, 7,
                                "it would clear in 13 months; ¥1,200,000 paid in all"},
                      // Accrued interest is paid first: 10,000 + 90,000 of principal.
                      ClearCase{90'000, 10'000, 0, 100'000, 1, 6,
                                "it would clear in 1 months; ¥100,000 paid in all, ¥10,000 of "
                                "it late interest"}));

struct AffordCase {
    const char* name;
    std::int64_t surplus;
    std::optional<std::int64_t> slider;
    int creditors;
    bool affordable;
};

class InstallmentAffordable : public ::testing::TestWithParam<AffordCase> {};

// The practice minimum is 5,000 a month per creditor, within the budget surplus.
TEST_P(InstallmentAffordable, PracticeMinimumPerCreditorWithinSurplus)
{
    const AffordCase& k = GetParam();
    Case c = baseCase();
    setSurplus(c, k.surplus);
    QList<DebtAssessment> ds;
    for (int i = 0; i < k.creditors; ++i) {
        const QString id = u"d%1"_s.arg(i + 1), name = u"債権者%1"_s.arg(i + 1);
        c.debts.append(debt(id, name));
        ds.append(assessed(id, name, 300'000, 0, 0));
    }
    EvaluateSettings s;
    if (k.slider)
        s.installmentMonthly = Yen(*k.slider);
    const auto& o = opt(compareOptions(c, analysed(c, ds), s), OptionKind::Installment);
    EXPECT_EQ(o.affordable, k.affordable);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, InstallmentAffordable,
    ::testing::Values(AffordCase{"minimumOneCreditor", 5'000, std::nullopt, 1, true},
                      AffordCase{"belowMinimum", 4'999, std::nullopt, 1, false},
                      AffordCase{"twoCreditorsNeedTwice", 9'999, std::nullopt, 2, false},
                      AffordCase{"twoCreditorsEnough", 10'000, std::nullopt, 2, true},
                      AffordCase{"sliderAboveSurplus", 10'000, 10'001, 1, false},
                      AffordCase{"sliderBelowMinimum", 10'000, 4'999, 1, false},
                      AffordCase{"sliderWithin", 10'000, 7'000, 1, true}),
    [](const ::testing::TestParamInfo<AffordCase>& i) { return std::string(i.param.name); });

TEST(Installment, NoSurplusNotEligible)
{
    Seed s;
    setSurplus(s.c, 0);
    const auto& o = opt(s.run(), OptionKind::Installment);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"Nothing is left to pay each month"_s);
}

TEST(Installment, PaymentAfterCompletionWouldForfeit)
{
    Seed s;
    s.debts[0].limitation.completesOn = QDate(2025, 3, 16);
    s.debts[0].limitation.completed = true;
    const auto& o = opt(s.run(), OptionKind::Installment);
    EXPECT_FALSE(o.affordable); // paying would forfeit the limitation: never ranked as practice
    EXPECT_HAS(o.warnings, u"completed on 2025-03-16"_s);
    EXPECT_HAS(o.warnings, u"最判昭和41年4月20日"_s);
}

// --- 一括和解 ------------------------------------------------------------------------------------

TEST(LumpSum, SeedCaseOneOfferRange)
{
    // Seed 1: 580万 with a servicer, settled for 10万. Cash 110,000 + deposits 45,000 = 155,000;
    // expenses 250,000. Low: 5,800,000 × 1.7% = 98,600 ≤ 155,000 → eligible; high: 16% =
    // 928,000 capped at 155,000. The 10万 lies inside. Paying leaves 56,400 to 0, less than a
    // month of expenses: a warning, not an exclusion.
    Seed s;
    s.debts[0].lateInterest = Yen(0);
    setSurplus(s.c, 30'000);
    s.c.assets = {};
    s.c.assets.cash = Yen(110'000);
    s.c.assets.deposits = Yen(45'000);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_TRUE(o.eligible);
    EXPECT_TRUE(o.affordable);
    EXPECT_EQ(o.offerLow, Yen(98'600));
    EXPECT_EQ(o.offerHigh, Yen(155'000));
    EXPECT_EQ(o.total, Yen(155'000));
    EXPECT_EQ(o.fees, Yen(0));
    EXPECT_EQ(o.creditRecordYears, 5);
    EXPECT_HAS(o.reasons, u"Saved against the claim of ¥5,800,000: ¥5,645,000 to ¥5,701,400."_s);
    EXPECT_HAS(o.reasons, u"Cash ¥110,000 + deposits ¥45,000 = ¥155,000 against the low end of "
                          u"the usual offers, ¥98,600"_s);
    EXPECT_HAS(o.warnings, u"Paying ¥98,600 to ¥155,000 leaves ¥56,400 to ¥0 of cash and "
                           u"deposits, less than one month of expenses (¥250,000)"_s);
    EXPECT_EQ(o.balanceByMonth[0], Yen(5'800'000));
    EXPECT_EQ(o.balanceByMonth[1], Yen(0));
    EXPECT_EQ(opt(s.run(), OptionKind::LumpSum).rank, 1);
}

TEST(LumpSum, RangeOfThePrincipalCappedByCash)
{
    // Principal 5,800,000 (balance 6,000,000); cash 400,000 + deposits 200,000 = 600,000.
    Seed s;
    s.c.assets.cash = Yen(400'000);
    s.c.assets.deposits = Yen(200'000);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.offerLow, Yen(98'600));   // 5,800,000 × 17/1000
    EXPECT_EQ(o.offerHigh, Yen(600'000)); // 16% = 928,000, capped by cash and deposits
    EXPECT_HAS(o.reasons, u"Offer range: ¥98,600 to ¥600,000"_s);
    EXPECT_HAS(o.reasons, u"Saved against the claim of ¥6,000,000: ¥5,400,000 to ¥5,901,400."_s);
    EXPECT_TRUE(o.warnings.isEmpty()); // 600,000 − 98,600 leaves more than 240,000
}

struct LowEndCase {
    std::int64_t cash, deposits;
    bool eligible;
    bool reserveWarning;
};

class LumpSumLowEnd : public ::testing::TestWithParam<LowEndCase> {};

// Eligible when cash + deposits reach the low end (98,600); the reserve (240,000) only warns.
TEST_P(LumpSumLowEnd, CashAndDepositsReachTheLowEnd)
{
    const LowEndCase& k = GetParam();
    Seed s;
    s.c.assets.cash = Yen(k.cash);
    s.c.assets.deposits = Yen(k.deposits);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_EQ(o.eligible, k.eligible);
    EXPECT_EQ(has(en(o.warnings), u"less than one month of expenses"_s), k.reserveWarning);
    if (!k.eligible) {
        EXPECT_HAS(o.reasons, u"Not enough cash for even the low end of the usual offers"_s);
        EXPECT_EQ(o.total, Yen(0));
    }
}

INSTANTIATE_TEST_SUITE_P(Edges, LumpSumLowEnd,
                         ::testing::Values(LowEndCase{0, 98'599, false, false},
                                           LowEndCase{0, 98'600, true, true},
                                           LowEndCase{98'600, 0, true, true},
                                           LowEndCase{100'000, 238'599, true, true},
                                           LowEndCase{100'000, 238'600, true, false}));

struct ServicerCase {
    const char* creditor;
    bool assignedEvent;
    bool eligible;
};

class LumpSumServicer : public ::testing::TestWithParam<ServicerCase> {};

TEST_P(LumpSumServicer, NeedsAServicer)
{
    const ServicerCase& k = GetParam();
    Seed s;
    s.c.assets.cash = Yen(400'000);
    s.c.debts[0].creditor = QString::fromUtf8(k.creditor);
    s.debts[0].creditor = QString::fromUtf8(k.creditor);
    if (k.assignedEvent)
        s.c.debts[0].events.append({QDate(2025, 1, 10), DebtEventType::ClaimAssigned});
    EXPECT_EQ(heldByServicer(s.c.debts[0]), k.eligible);
    const auto& o = opt(s.run(), OptionKind::LumpSum);
    EXPECT_EQ(o.eligible, k.eligible);
    if (!k.eligible) {
        EXPECT_HAS(o.reasons, u"No servicer holds any of the debts"_s);
        EXPECT_EQ(o.total, Yen(0));
    }
}

INSTANTIATE_TEST_SUITE_P(Names, LumpSumServicer,
                         ::testing::Values(ServicerCase{"○○債権回収株式会社", false, true},
                                           ServicerCase{"○○サービサー", false, true},
                                           ServicerCase{"ABC Servicer Co.", false, true},
                                           ServicerCase{"○○銀行", true,
                                                        true}, // claim_assigned event
                                           ServicerCase{"○○銀行", false, false},
                                           ServicerCase{"住宅金融支援機構", false, false}));

// --- 任意整理 ------------------------------------------------------------------------------------

struct ArrangementCase {
    std::int64_t surplus;
    bool eligible;
    int months;
    std::int64_t monthly;
};

class Arrangement : public ::testing::TestWithParam<ArrangementCase> {};

// Principal 1,000,000 (late interest 50,000 assumed waived): 36 → 27,778 (27,777.8 rounded up);
// 37 → 27,028; 60 → 16,667.
TEST_P(Arrangement, ShortestAffordableTerm)
{
    const ArrangementCase& k = GetParam();
    Case c = baseCase();
    setSurplus(c, k.surplus);
    c.debts = {debt(u"d2"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const auto options = compareOptions(
        c, analysed(c, {assessed(u"d2"_s, u"△△カード"_s, 1'000'000, 50'000, 0)}), {});
    const auto& o = opt(options, OptionKind::VoluntaryArrangement);
    EXPECT_EQ(o.eligible, k.eligible);
    EXPECT_EQ(o.months, k.months);
    EXPECT_EQ(o.monthly, Yen(k.monthly));
    if (k.eligible) {
        EXPECT_EQ(o.fees, Yen(50'000)); // 30,000 + 20,000 for one creditor
        EXPECT_EQ(o.total, Yen(1'050'000));
        EXPECT_EQ(o.creditRecordYears, (k.months + 11) / 12 + 5);
        EXPECT_HAS(o.notes, u"accrued late interest of ¥50,000 is waived"_s);
        EXPECT_EQ(o.balanceByMonth[0], Yen(1'050'000));
        EXPECT_EQ(o.balanceByMonth[k.months], Yen(0));
    } else {
        EXPECT_HAS(o.reasons, u"even over 60 months the principal needs ¥16,667 a month, more than "
                              u"the budget surplus of ¥16,666"_s);
    }
}

INSTANTIATE_TEST_SUITE_P(Edges, Arrangement,
                         ::testing::Values(ArrangementCase{40'000, true, 36, 27'778},
                                           ArrangementCase{27'778, true, 36, 27'778},
                                           ArrangementCase{27'777, true, 37, 27'028},
                                           ArrangementCase{16'667, true, 60, 16'667},
                                           ArrangementCase{16'666, false, 0, 0}));

TEST(Arrangement, TaxesLeftOutFeesPerCreditorGuarantorWarned)
{
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany,
                    GuarantorKind::Individual),
               debt(u"d2"_s, u"□□ローン"_s, DebtKind::ConsumerLoan, LenderKind::ConsumerFinance),
               debt(u"d3"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority)};
    const auto options = compareOptions(
        c,
        analysed(c, {assessed(u"d1"_s, u"△△カード"_s, 400'000, 0, 0, QDate(2027, 6, 1)),
                     assessed(u"d2"_s, u"□□ローン"_s, 500'000, 0, 0),
                     assessed(u"d3"_s, u"○○市"_s, 300'000, 0, 0)}),
        {});
    const auto& o = opt(options, OptionKind::VoluntaryArrangement);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.monthly, Yen(25'000)); // 900,000 / 36
    EXPECT_EQ(o.fees, Yen(100'000));   // two creditors
    EXPECT_EQ(o.total, Yen(1'000'000));
    EXPECT_EQ(o.surviving, Yen(300'000));
    EXPECT_TRUE(o.guarantorAffected);
    EXPECT_TRUE(en(o.guarantorEffect).contains(u"unless the guarantor is included"_s));
    // d1's limitation completes within 12 months: the 受任通知 warning.
    EXPECT_HAS(o.warnings, u"d1 (△△カード): the limitation period completes on 2027-06-01"_s);
    EXPECT_LACKS(o.warnings, u"d2 (□□ローン)"_s);
}

// --- 個人再生 ------------------------------------------------------------------------------------

TEST(Rehabilitation, SingleServicerVetoSuggestsSalaryEarner)
{
    // Claims 6,000,000 → 1/5 = 1,200,000; liquidation 0; two years' disposable income
    // (280,000 − 240,000) × 24 = 960,000. One creditor: veto by amount and by number (230条6項).
    const auto& o = opt(Seed().run(), OptionKind::Rehabilitation);
    EXPECT_TRUE(o.eligible);
    EXPECT_HAS(o.reasons, u"○○債権回収株式会社 holds 100.0% of the claims (more than half)"_s);
    EXPECT_HAS(o.reasons, u"Salary-earner rehabilitation (給与所得者等再生, 民事再生法239条)"_s);
    EXPECT_HAS(o.reasons, u"Minimum repayment ¥1,200,000, set by the statutory minimum"_s);
    EXPECT_HAS(o.notes, u"× 24 = ¥960,000"_s);
    EXPECT_EQ(o.months, 36);
    EXPECT_EQ(o.monthly, Yen(33'334)); // 1,200,000 / 36 rounded up
    EXPECT_EQ(o.fees, Yen(674'000));   // 500,000 + 10,000 + 14,000 + 150,000
    EXPECT_EQ(o.total, Yen(1'874'000));
    EXPECT_EQ(o.creditRecordYears, 8);
    EXPECT_TRUE(o.occupationLimits.isEmpty());
    EXPECT_TRUE(o.assetsLost.isEmpty());
}

TEST(Rehabilitation, DisposableIncomeCanGovern)
{
    // Surplus 60,000: 60,000 × 24 = 1,440,000 > 1,200,000.
    Seed s;
    setSurplus(s.c, 60'000);
    const auto& o = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_HAS(o.reasons, u"Minimum repayment ¥1,440,000, set by two years of disposable income"_s);
    EXPECT_EQ(o.monthly, Yen(40'000));
}

struct CapCase {
    std::int64_t claims;
    bool eligible;
    const char* reason;
};

class RehabilitationCap : public ::testing::TestWithParam<CapCase> {};

TEST_P(RehabilitationCap, FiftyMillion)
{
    const CapCase& k = GetParam();
    Case c = baseCase();
    c.client.netMonthlyIncome = Yen(500'000);
    c.budget.income[u"salary"_s] = Yen(500'000); // surplus 260,000
    c.debts = {debt(u"d1"_s, u"A債権回収"_s), debt(u"d2"_s, u"B銀行"_s), debt(u"d3"_s, u"C信金"_s)};
    const std::int64_t third = k.claims / 3;
    const auto options =
        compareOptions(c,
                       analysed(c, {assessed(u"d1"_s, u"A債権回収"_s, k.claims - 2 * third, 0, 0),
                                    assessed(u"d2"_s, u"B銀行"_s, third, 0, 0),
                                    assessed(u"d3"_s, u"C信金"_s, third, 0, 0)}),
                       {});
    const auto& o = opt(options, OptionKind::Rehabilitation);
    EXPECT_EQ(o.eligible, k.eligible);
    EXPECT_HAS(o.reasons, QString::fromUtf8(k.reason));
}

INSTANTIATE_TEST_SUITE_P(
    Edge, RehabilitationCap,
    ::testing::Values(CapCase{50'000'000, true,
                              "Claims of ¥50,000,000 are within the 50,000,000 yen "
                              "cap (民事再生法221条1項)."},
                      CapCase{50'000'001, false,
                              "Claims of ¥50,000,001 exceed the 50,000,000 yen "
                              "cap"}));

struct VoteCase {
    std::int64_t a, b, c;
    Occupation occupation;
    const char* reason;
    const char* warning; // "" for none
};

class RehabilitationVote : public ::testing::TestWithParam<VoteCase> {};

TEST_P(RehabilitationVote, OneCreditorOverHalf)
{
    const VoteCase& k = GetParam();
    Case c = baseCase();
    c.client.occupation = k.occupation;
    c.debts = {debt(u"d1"_s, u"A債権回収"_s), debt(u"d2"_s, u"B銀行"_s), debt(u"d3"_s, u"C信金"_s)};
    const auto options = compareOptions(c,
                                        analysed(c, {assessed(u"d1"_s, u"A債権回収"_s, k.a, 0, 0),
                                                     assessed(u"d2"_s, u"B銀行"_s, k.b, 0, 0),
                                                     assessed(u"d3"_s, u"C信金"_s, k.c, 0, 0)}),
                                        {});
    const auto& o = opt(options, OptionKind::Rehabilitation);
    EXPECT_TRUE(o.eligible);
    EXPECT_HAS(o.reasons, QString::fromUtf8(k.reason));
    if (*k.warning)
        EXPECT_HAS(o.warnings, QString::fromUtf8(k.warning));
    else
        EXPECT_TRUE(o.warnings.isEmpty()) << en(o.warnings).join(u"\n"_s).toStdString();
    // Claims 10,000,000 → 2,000,000; at most 40,000 a month → 50 months.
    if (k.occupation == Occupation::SelfEmployed) {
        EXPECT_EQ(o.months, 50);
        EXPECT_EQ(o.monthly, Yen(40'000));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Edges, RehabilitationVote,
    ::testing::Values(VoteCase{5'000'000, 3'000'000, 2'000'000, Occupation::SelfEmployed,
                               "No creditor holds more than half of the claims", ""},
                      VoteCase{5'100'000, 3'000'000, 1'900'000, Occupation::SelfEmployed,
                               "A債権回収 holds 51.0% of the claims (more than half)",
                               "needs a regular salary-like income"},
                      VoteCase{5'100'000, 3'000'000, 1'900'000, Occupation::CompanyEmployee,
                               "needs no creditor vote: chosen here", ""},
                      VoteCase{5'100'000, 3'000'000, 1'900'000, Occupation::Lawyer,
                               "A債権回収 holds 51.0% of the claims",
                               "the occupation alone does not tell"}));

TEST(Rehabilitation, IncomeNeeded)
{
    Seed s;
    s.c.client.occupation = Occupation::Unemployed;
    const auto& o = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"No continuing income"_s);

    s.c.client.occupation = Occupation::Pensioner;
    const auto& p = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_TRUE(p.eligible);
    EXPECT_HAS(p.reasons, u"A pension of ¥280,000 a month is a continuing income"_s);
}

TEST(Rehabilitation, SalaryEarnerSevenYearBar)
{
    // Filing assumed 60 days after as_of: 2026-02-09 → 2026-04-10 (barred); 2026-02-10 → 04-11.
    Seed s;
    s.c.priorDischargeFinalOn = QDate(2019, 4, 10);
    const auto& barred = opt(s.run({}, QDate(2026, 2, 9)), OptionKind::Rehabilitation);
    EXPECT_HAS(barred.warnings, u"barred for a filing on or before 2026-04-10"_s);
    EXPECT_LACKS(barred.reasons, u"chosen here"_s);
    const auto& open = opt(s.run({}, QDate(2026, 2, 10)), OptionKind::Rehabilitation);
    EXPECT_HAS(open.reasons, u"chosen here"_s);
}

TEST(Rehabilitation, UnaffordableOverSixtyMonths)
{
    Seed s;
    setSurplus(s.c, 19'999); // 1,200,000 / 60 = 20,000
    const auto& o = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"even over 60 months the plan of ¥1,200,000 needs ¥20,000 a month"_s);
    setSurplus(s.c, 20'000);
    const auto& ok = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_TRUE(ok.eligible);
    EXPECT_EQ(ok.months, 60);
}

TEST(Rehabilitation, TaxesAndChildSupport)
{
    // Taxes are not 再生債権 (122条); child support is, but not reduced (229条3項).
    Seed s;
    s.c.debts.append(debt(u"d2"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority));
    s.c.debts.append(debt(u"d3"_s, u"元配偶者"_s, DebtKind::ChildSupport, LenderKind::Individual));
    s.debts.append(assessed(u"d2"_s, u"○○市"_s, 300'000, 0, 0));
    s.debts.append(assessed(u"d3"_s, u"元配偶者"_s, 240'000, 0, 0));
    setSurplus(s.c, 60'000);
    const auto& o = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_TRUE(o.eligible);
    // 基準債権 6,000,000 → 1,200,000; disposable 1,440,000 governs; + 240,000 support in full.
    EXPECT_HAS(o.reasons, u"Minimum repayment ¥1,440,000"_s);
    EXPECT_EQ(o.total, Yen(1'440'000 + 240'000 + 674'000));
    EXPECT_EQ(o.monthly, Yen(46'667)); // 1,680,000 / 36 = 46,666.7 → 46,667
    EXPECT_EQ(o.surviving, Yen(300'000));
    EXPECT_HAS(o.notes, u"Taxes of ¥300,000 are not reduced (民事再生法122条)"_s);
    EXPECT_HAS(o.notes, u"Child support arrears of ¥240,000 are not reduced"_s);
}

// --- 自己破産 ------------------------------------------------------------------------------------

TEST(Bankruptcy, SummaryDismissalFeesAndCredit)
{
    const auto& o = opt(Seed().run(), OptionKind::Bankruptcy);
    EXPECT_TRUE(o.eligible);
    EXPECT_HAS(o.reasons, u"Summary dismissal (同時廃止)"_s);
    EXPECT_EQ(o.fees, Yen(316'500)); // 1,500 + 15,000 + 300,000
    EXPECT_EQ(o.total, Yen(316'500));
    EXPECT_EQ(o.creditRecordYears, 7);
    EXPECT_TRUE(o.assetsLost.isEmpty());
    EXPECT_TRUE(o.occupationLimits.isEmpty());
    EXPECT_HAS(o.reasons, u"Assumed filing date 2027-01-21 (60 days"_s);
    EXPECT_HAS(o.notes, u"reference §12.2"_s);
    EXPECT_HAS(o.notes, u"reference §12.8"_s);
    // Available 10,000; (316,500 − 10,000) / 40,000 = 7.7 → 8 months.
    EXPECT_HAS(o.warnings, u"at ¥40,000 a month they take 8 months to save"_s);
    EXPECT_EQ(o.balanceByMonth[1], Yen(0));
}

struct StreamCase {
    std::int64_t cash, deposits;
    bool administration;
    std::int64_t fees;
    std::int64_t lost;
};

class BankruptcyStream : public ::testing::TestWithParam<StreamCase> {};

TEST_P(BankruptcyStream, TokyoEdges)
{
    const StreamCase& k = GetParam();
    Seed s;
    s.c.assets.cash = Yen(k.cash);
    s.c.assets.deposits = Yen(k.deposits);
    const auto& o = opt(s.run(), OptionKind::Bankruptcy);
    EXPECT_TRUE(o.eligible);
    EXPECT_HAS(o.reasons, k.administration ? u"Small administration (少額管財)"_s
                                           : u"Summary dismissal (同時廃止)"_s);
    EXPECT_EQ(o.fees, Yen(k.fees));
    EXPECT_EQ(o.assetsLostValue, Yen(k.lost));
    EXPECT_EQ(o.assetsLost.size(), k.lost > 0 ? 1 : 0);
}

// Summary: 1,500 + 15,000 + 300,000; administration: 1,500 + 215,000 + 450,000.
INSTANTIATE_TEST_SUITE_P(Edges, BankruptcyStream,
                         ::testing::Values(StreamCase{329'999, 0, false, 316'500, 0},
                                           StreamCase{330'000, 0, true, 666'500, 0},
                                           StreamCase{0, 199'999, false, 316'500, 0},
                                           StreamCase{0, 200'000, true, 666'500, 200'000},
                                           StreamCase{1'000'000, 0, true, 666'500, 10'000}));

TEST(Bankruptcy, AssetsLostNamed)
{
    Seed s;
    s.c.assets.deposits = Yen(200'000);
    const auto& o = opt(s.run(), OptionKind::Bankruptcy);
    ASSERT_EQ(o.assetsLost.size(), 1);
    EXPECT_EQ(en(o.assetsLost[0]),
              u"Deposits: ¥200,000 (200,000 yen or more goes to the trustee, Tokyo practice)"_s);
    EXPECT_HAS(o.reasons, u"because of: Deposits ¥200,000"_s);
}

TEST(Bankruptcy, SevenYearRuleBoundary)
{
    // Prior 免責 確定 2019-04-10; filing = as_of + 60 days.
    Seed s;
    s.c.priorDischargeFinalOn = QDate(2019, 4, 10);
    const auto& hit = opt(s.run({}, QDate(2026, 2, 9)), OptionKind::Bankruptcy); // files 04-10
    EXPECT_TRUE(hit.eligible);
    EXPECT_HAS(hit.warnings, u"a filing on or before 2026-04-10 falls within 7 years "
                             u"(破産法252条1項10号)"_s);
    EXPECT_HAS(hit.warnings, u"破産法252条2項"_s);
    EXPECT_HAS(hit.reasons, u"a ground to refuse the discharge to investigate"_s);
    EXPECT_EQ(hit.fees, Yen(666'500)); // investigated by a trustee

    const auto& clear = opt(s.run({}, QDate(2026, 2, 10)), OptionKind::Bankruptcy); // files 04-11
    EXPECT_TRUE(clear.eligible);
    EXPECT_LACKS(clear.warnings, u"252条1項10号"_s);
    EXPECT_HAS(clear.reasons,
               u"(the period ended 2026-04-10): 破産法252条1項10号 does not apply"_s);
    EXPECT_EQ(clear.fees, Yen(316'500));
}

TEST(Bankruptcy, TaxesAndChildSupportSurvive)
{
    Seed s;
    s.c.debts.append(debt(u"d2"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority));
    s.c.debts.append(debt(u"d3"_s, u"元配偶者"_s, DebtKind::ChildSupport, LenderKind::Individual));
    s.debts.append(assessed(u"d2"_s, u"○○市"_s, 300'000, 12'000, 0));
    s.debts.append(assessed(u"d3"_s, u"元配偶者"_s, 240'000, 0, 0));
    const auto& o = opt(s.run(), OptionKind::Bankruptcy);
    EXPECT_TRUE(o.eligible);
    EXPECT_HAS(o.warnings, u"d2 (○○市) survives the discharge: ¥312,000 (破産法253条1項1号)."_s);
    EXPECT_HAS(o.warnings,
               u"d3 (元配偶者) survives the discharge: ¥240,000 (破産法253条1項4号)."_s);
    EXPECT_EQ(o.surviving, Yen(552'000));
    // They keep growing as doing nothing: 2026-11-23..12-22, 30 days at 14%: 300,000 → 3,452;
    // 240,000 → 2,761 (truncated).
    EXPECT_EQ(o.balanceByMonth[1], Yen(558'213));
}

TEST(Bankruptcy, NeverEligibleOnlyForClearReasons)
{
    Seed s;
    s.c.assets.cash = Yen(6'000'000); // covers the whole 6,000,000
    const auto& rich = opt(s.run(), OptionKind::Bankruptcy);
    EXPECT_FALSE(rich.eligible);
    EXPECT_HAS(rich.reasons, u"破産法15条1項"_s);

    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority)};
    const auto& onlyTax =
        opt(compareOptions(c, analysed(c, {assessed(u"d1"_s, u"○○市"_s, 300'000, 0, 0)}), {}),
            OptionKind::Bankruptcy);
    EXPECT_FALSE(onlyTax.eligible);
    EXPECT_HAS(onlyTax.reasons, u"taxes and child support survive it"_s);
}

TEST(Bankruptcy, GuarantorReceivesTheClaim)
{
    Seed s;
    s.c.debts[0].guarantor = GuarantorKind::Individual;
    const auto& o = opt(s.run(), OptionKind::Bankruptcy);
    EXPECT_TRUE(o.guarantorAffected);
    EXPECT_TRUE(en(o.guarantorEffect).contains(u"破産法253条2項"_s));
    EXPECT_TRUE(en(opt(s.run(), OptionKind::Rehabilitation).guarantorEffect).contains(u"177条2項"_s));
}

struct OccupationCase {
    Occupation occupation;
    const char* statute; // "" : not restricted
};

class BankruptcyOccupation : public ::testing::TestWithParam<OccupationCase> {};

TEST_P(BankruptcyOccupation, RestrictedOrNot)
{
    const OccupationCase& k = GetParam();
    Seed s;
    s.c.client.occupation = k.occupation;
    const auto options = s.run();
    const auto& o = opt(options, OptionKind::Bankruptcy);
    if (*k.statute) {
        ASSERT_EQ(o.occupationLimits.size(), 1);
        EXPECT_TRUE(en(o.occupationLimits[0]).contains(QString::fromUtf8(k.statute)));
        EXPECT_TRUE(en(o.occupationLimits[0]).contains(u"破産法255条1項1号"_s));
        EXPECT_TRUE(restrictedLicence(k.occupation).has_value());
    } else {
        EXPECT_TRUE(o.occupationLimits.isEmpty());
        EXPECT_FALSE(restrictedLicence(k.occupation).has_value());
    }
    // Only bankruptcy restricts occupations.
    for (const OptionAssessment& other : options)
        if (other.kind != OptionKind::Bankruptcy)
            EXPECT_TRUE(other.occupationLimits.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Occupations, BankruptcyOccupation,
    ::testing::Values(OccupationCase{Occupation::CompanyEmployee, ""},
                      OccupationCase{Occupation::PublicServant, ""},
                      OccupationCase{Occupation::SelfEmployed, ""},
                      OccupationCase{Occupation::Pensioner, ""},
                      OccupationCase{Occupation::InsuranceAgent, "保険業法279条"},
                      OccupationCase{Occupation::SecurityGuard, "警備業法3条・14条"},
                      OccupationCase{Occupation::RealEstateAgent, "宅地建物取引業法18条1項"},
                      OccupationCase{Occupation::Lawyer, "弁護士法7条"},
                      OccupationCase{Occupation::Shihoshoshi, "司法書士法5条"},
                      OccupationCase{Occupation::TaxAccountant, "税理士法4条"},
                      OccupationCase{Occupation::Accountant, "公認会計士法4条"},
                      OccupationCase{Occupation::AdministrativeScrivener, "行政書士法2条の2"},
                      OccupationCase{Occupation::SocialInsuranceLabourConsultant,
                                     "社会保険労務士法5条"},
                      OccupationCase{Occupation::MoneyLender, "貸金業法6条"}));

// --- 時効の援用 ----------------------------------------------------------------------------------

TEST(Limitation, CompletedForEveryDebt)
{
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"○○債権回収株式会社"_s), debt(u"d2"_s, u"○○債権回収株式会社"_s),
               debt(u"d3"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const auto options = compareOptions(
        c,
        analysed(c,
                 {assessed(u"d1"_s, u"○○債権回収株式会社"_s, 5'800'000, 0, 0, QDate(2025, 3, 16)),
                  assessed(u"d2"_s, u"○○債権回収株式会社"_s, 300'000, 0, 0, QDate(2025, 3, 16)),
                  assessed(u"d3"_s, u"△△カード"_s, 500'000, 0, 0, QDate(2026, 11, 21))}),
        {});
    const auto& o = opt(options, OptionKind::Limitation);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.fees, Yen(4'000)); // two creditors, one letter each
    EXPECT_EQ(o.total, Yen(4'000));
    EXPECT_EQ(o.creditRecordYears, 5);
    EXPECT_HAS(o.reasons, u"d1 (○○債権回収株式会社): the limitation period (5 years) completed on "
                          u"2025-03-16."_s);
    EXPECT_EQ(options.first().kind, OptionKind::Limitation);
    EXPECT_EQ(options.first().rank, 1);
    EXPECT_TRUE(en(options.first().rankReason).contains(u"completed for every debt"_s));
}

TEST(Limitation, NotYetCompletedSaysWhenAndWhatResets)
{
    const auto& o = opt(Seed().run(), OptionKind::Limitation);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons,
               u"d1 (○○債権回収株式会社): completes on 2029-03-15 (844 days from now)."_s);
    EXPECT_TRUE(en(o.limitationEffect).contains(u"民法152条1項"_s));
    EXPECT_TRUE(en(o.limitationEffect).contains(u"民法150条"_s));
    EXPECT_EQ(o.total, Yen(0));
}

TEST(Limitation, OneDebtNotCompletedOrForfeitedBlocksIt)
{
    Seed s;
    s.debts[0].limitation.completesOn = QDate(2026, 11, 22); // completes today: not yet
    s.debts[0].limitation.completed = false;
    EXPECT_FALSE(opt(s.run(), OptionKind::Limitation).eligible);

    s.debts[0].limitation.completesOn = QDate(2025, 3, 16);
    s.debts[0].limitation.completed = true;
    s.debts[0].limitation.forfeited = true;
    const auto& o = opt(s.run(), OptionKind::Limitation);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"forfeited the right to invoke it (最判昭和41年4月20日)"_s);
}

TEST(Limitation, TaxesAreNotInvokedAndSurvive)
{
    Seed s;
    s.debts[0].limitation.completesOn = QDate(2025, 3, 16);
    s.debts[0].limitation.completed = true;
    s.c.debts.append(debt(u"d2"_s, u"○○市"_s, DebtKind::Tax, LenderKind::PublicAuthority));
    s.debts.append(assessed(u"d2"_s, u"○○市"_s, 300'000, 0, 0));
    const auto& o = opt(s.run(), OptionKind::Limitation);
    EXPECT_TRUE(o.eligible);
    EXPECT_EQ(o.fees, Yen(2'000));
    EXPECT_EQ(o.surviving, Yen(300'000));
}

// --- 何もしない ----------------------------------------------------------------------------------

TEST(DoNothing, EscalationWithDatesAndAmounts)
{
    const auto options = Seed().run();
    const auto& o = opt(options, OptionKind::DoNothing);
    EXPECT_FALSE(o.eligible);
    EXPECT_EQ(o.rank, 7);
    // 6,000,000 + 5,800,000 × 14% × 365 / 1,096 / 1,826 days / 365 (truncated).
    EXPECT_HAS(o.reasons, u"After 1 year (2027-11-22): ¥6,812,000. After 3 years (2029-11-22): "
                          u"¥8,438,224. After 5 years (2031-11-22): ¥10,062,224."_s);
    // Wage seizure 70,000 a month on calendar months (interest per span, 民法489条): 382 months,
    // 26,717,579 in all (checked month by month).
    EXPECT_EQ(o.monthly, Yen(70'000));
    EXPECT_EQ(o.months, 382);
    EXPECT_EQ(o.total, Yen(26'717'579));
    EXPECT_HAS(o.reasons, u"Deposits of ¥150,000 can be seized at once"_s);
    EXPECT_TRUE(o.creditRecordIndefinite);
    EXPECT_EQ(o.balanceByMonth, analysed(Seed().c, Seed().debts).doNothing.balanceByMonth);
}

// --- Ranking -------------------------------------------------------------------------------------

// Cash 400,000 + deposits 200,000: lump sum 360,000; bankruptcy 666,500 + 200,000 of deposits
// lost; rehabilitation 1,874,000; the installment never clears; the arrangement does not fit.
Seed rankingSeed()
{
    Seed s;
    s.c.assets.cash = Yen(400'000);
    s.c.assets.deposits = Yen(200'000);
    return s;
}

TEST(Ranking, PracticeFirstThenCostThenIneligible)
{
    // Lump sum 98,600–600,000 from cash and deposits (nothing else owed); the installment of
    // 40,000 within the surplus; then bankruptcy (666,500 + 200,000 of deposits lost) before
    // rehabilitation (1,874,000) by cost; the arrangement does not fit.
    const auto options = rankingSeed().run();
    const QList<OptionKind> expected = {
        OptionKind::LumpSum,        OptionKind::Installment,          OptionKind::Bankruptcy,
        OptionKind::Rehabilitation, OptionKind::VoluntaryArrangement, OptionKind::Limitation,
        OptionKind::DoNothing};
    ASSERT_EQ(options.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(options[i].kind, expected[i]) << i;
    EXPECT_EQ(en(options[0].rankReason),
              u"A lump-sum settlement with a servicer that the cash and deposits afford: an offer "
              u"of ¥98,600 to ¥600,000 ends the claim. Consultant practice ranks it before "
              u"installments and court procedures."_s);
    EXPECT_TRUE(en(options[1].rankReason).startsWith(
        u"An installment agreement the budget affords: ¥40,000 a month, at or above the "
        u"practice minimum of ¥5,000 a month per creditor."_s))
        << en(options[1].rankReason).toStdString();
    EXPECT_TRUE(en(options[2].rankReason).startsWith(
        u"Lowest cost among the eligible ways out that clear the debts: ¥866,500."_s))
        << en(options[2].rankReason).toStdString();
    EXPECT_TRUE(en(options[2].rankReason).contains(u"¥200,000 of assets lost"_s));
    EXPECT_TRUE(
        en(options[2].rankReason).contains(u"Drawbacks: credit record for 7 years, assets lost."_s))
        << en(options[2].rankReason).toStdString();
    EXPECT_TRUE(en(options[3].rankReason).startsWith(u"Cost ¥1,874,000, ¥1,007,500 more"_s))
        << en(options[3].rankReason).toStdString();
    EXPECT_EQ(en(options[4].rankReason), u"Not eligible: see the reasons."_s);
}

TEST(Ranking, BankruptcyFirstWhenNothingAffordable)
{
    // Surplus 4,999 (below the practice minimum) and cash 50,000 (below the 98,600 low end):
    // ceil(6,000,000 / 4,999) = 1,201 months > 100 years, so the installment never clears;
    // rehabilitation needs 20,000 a month. Bankruptcy (316,500) comes first, saying why.
    Seed s;
    setSurplus(s.c, 4'999);
    s.c.assets.cash = Yen(50'000);
    s.c.assets.deposits = Yen(0);
    const auto options = s.run();
    EXPECT_EQ(options[0].kind, OptionKind::Bankruptcy);
    EXPECT_TRUE(en(options[0].rankReason).startsWith(u"Nothing affordable ranks before it"_s))
        << en(options[0].rankReason).toStdString();
    EXPECT_TRUE(en(options[0].rankReason).contains(u"Lowest cost"_s));
    EXPECT_EQ(options[1].kind, OptionKind::Installment);
    EXPECT_TRUE(en(options[1].rankReason).contains(u"never clear"_s));
}

TEST(Ranking, ConsultantOverride)
{
    EvaluateSettings s;
    s.preferred = OptionKind::Rehabilitation;
    const auto options = rankingSeed().run(s);
    EXPECT_EQ(options[0].kind, OptionKind::Rehabilitation);
    EXPECT_EQ(options[0].rank, 1);
    EXPECT_TRUE(en(options[0].rankReason).startsWith(u"Chosen by the consultant."_s));
    EXPECT_EQ(options[1].kind, OptionKind::LumpSum);
    EXPECT_EQ(options[1].rank, 2);
    EXPECT_EQ(options[2].kind, OptionKind::Installment);
    EXPECT_EQ(options[3].kind, OptionKind::Bankruptcy);
    EXPECT_EQ(options[6].kind, OptionKind::DoNothing);

    // Even an ineligible option can be chosen; the consultant may choose bankruptcy over an
    // affordable installment.
    s.preferred = OptionKind::DoNothing;
    EXPECT_EQ(rankingSeed().run(s).first().kind, OptionKind::DoNothing);
    s.preferred = OptionKind::Bankruptcy;
    EXPECT_EQ(rankingSeed().run(s).first().kind, OptionKind::Bankruptcy);
}

OptionAssessment costed(OptionKind k, std::int64_t total, bool occupation = false)
{
    OptionAssessment o;
    o.kind = k;
    o.eligible = true;
    o.clears = true;
    o.total = Yen(total);
    o.creditRecordYears = 5;
    if (occupation)
        o.occupationLimits << u"restricted"_s;
    return o;
}

TEST(Ranking, FewerDrawbacksWinWithinOneCostStep)
{
    // 1,200,000 and 1,250,000 are in the same 100,000 step: the one without an occupation
    // restriction ranks first. 1,100,000 is a step cheaper and ranks first whatever its drawbacks.
    QList<OptionAssessment> options = {costed(OptionKind::Bankruptcy, 1'200'000, true),
                                       costed(OptionKind::Rehabilitation, 1'250'000),
                                       costed(OptionKind::VoluntaryArrangement, 1'100'000, true)};
    rankOptions(options, std::nullopt);
    EXPECT_EQ(options[0].kind, OptionKind::VoluntaryArrangement);
    EXPECT_EQ(options[1].kind, OptionKind::Rehabilitation);
    EXPECT_EQ(options[2].kind, OptionKind::Bankruptcy);
    EXPECT_EQ(options[2].rank, 3);
    EXPECT_TRUE(en(options[2].rankReason).contains(u"the client's occupation is restricted"_s));
}

TEST(Ranking, SettledCostCountsDebtsLeftAndAssetsLost)
{
    OptionAssessment a = costed(OptionKind::Bankruptcy, 300'000);
    a.surviving = Yen(500'000); // taxes survive: 800,000 in all
    OptionAssessment b = costed(OptionKind::Rehabilitation, 700'000);
    QList<OptionAssessment> options = {a, b};
    rankOptions(options, std::nullopt);
    EXPECT_EQ(options[0].kind, OptionKind::Rehabilitation);
    EXPECT_TRUE(en(options[1].rankReason).contains(u"¥300,000 paid, ¥500,000 left owed"_s));
}

struct PracticeOrderCase {
    const char* name;
    bool limitation, lumpSum, lumpSumLeavesDebts, installment, installmentAffordable,
        installmentClears;
    QList<OptionKind> expected;
};

class RankingPractice : public ::testing::TestWithParam<PracticeOrderCase> {};

// Hand-built options: bankruptcy 316,500 and rehabilitation 1,874,000 always eligible; the
// installment's total is the 6,000,000 it pays under the agreement, the lump sum's 150,000 (plus
// 500,000 left owed when it leaves debts), the limitation's 2,000.
TEST_P(RankingPractice, ConsultantPracticeBeforeCost)
{
    const PracticeOrderCase& k = GetParam();
    QList<OptionAssessment> options = {costed(OptionKind::Bankruptcy, 316'500),
                                       costed(OptionKind::Rehabilitation, 1'874'000)};
    if (k.limitation)
        options.append(costed(OptionKind::Limitation, 2'000));
    if (k.lumpSum) {
        OptionAssessment l = costed(OptionKind::LumpSum, 150'000);
        l.affordable = true;
        if (k.lumpSumLeavesDebts)
            l.surviving = Yen(500'000);
        options.append(l);
    }
    if (k.installment) {
        OptionAssessment i = costed(OptionKind::Installment, 6'000'000);
        i.monthly = Yen(10'000);
        i.affordable = k.installmentAffordable;
        i.clears = k.installmentClears;
        options.append(i);
    }
    rankOptions(options, std::nullopt);
    ASSERT_EQ(options.size(), k.expected.size());
    for (qsizetype i = 0; i < options.size(); ++i)
        EXPECT_EQ(options[i].kind, k.expected[i])
            << i << ": " << en(options[i].rankReason).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Order, RankingPractice,
    ::testing::Values(PracticeOrderCase{"limitationFirst",
                                        true,
                                        true,
                                        false,
                                        true,
                                        true,
                                        true,
                                        {OptionKind::Limitation, OptionKind::LumpSum,
                                         OptionKind::Installment, OptionKind::Bankruptcy,
                                         OptionKind::Rehabilitation}},
                      PracticeOrderCase{"lumpSumBeforeInstallment",
                                        false,
                                        true,
                                        false,
                                        true,
                                        true,
                                        true,
                                        {OptionKind::LumpSum, OptionKind::Installment,
                                         OptionKind::Bankruptcy, OptionKind::Rehabilitation}},
                      PracticeOrderCase{"lumpSumLeavingDebtsIsCosted",
                                        false,
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        {OptionKind::Installment, OptionKind::Bankruptcy,
                                         OptionKind::LumpSum, OptionKind::Rehabilitation}},
                      PracticeOrderCase{"installmentBeforeCheaperCourt",
                                        false,
                                        false,
                                        false,
                                        true,
                                        true,
                                        true,
                                        {OptionKind::Installment, OptionKind::Bankruptcy,
                                         OptionKind::Rehabilitation}},
                      PracticeOrderCase{"unaffordableInstallmentByCost",
                                        false,
                                        false,
                                        false,
                                        true,
                                        false,
                                        true,
                                        {OptionKind::Bankruptcy, OptionKind::Rehabilitation,
                                         OptionKind::Installment}},
                      PracticeOrderCase{"installmentNeverClears",
                                        false,
                                        false,
                                        false,
                                        true,
                                        true,
                                        false,
                                        {OptionKind::Bankruptcy, OptionKind::Rehabilitation,
                                         OptionKind::Installment}},
                      PracticeOrderCase{"nothingButCourts",
                                        false,
                                        false,
                                        false,
                                        false,
                                        false,
                                        false,
                                        {OptionKind::Bankruptcy, OptionKind::Rehabilitation}}),
    [](const ::testing::TestParamInfo<PracticeOrderCase>& i) { return std::string(i.param.name); });

// --- Pieces --------------------------------------------------------------------------------------

TEST(OptionPieces, AffordableAndAvailable)
{
    Case c = baseCase();
    EXPECT_EQ(affordableMonthly(c), Yen(40'000));
    EXPECT_EQ(availableCash(c), Yen(10'000));
    c.budget.expenses[u"other"_s] = Yen(300'000); // surplus negative
    EXPECT_EQ(affordableMonthly(c), Yen(0));
    EXPECT_EQ(availableCash(c), Yen(0));
}

TEST(OptionPieces, PracticeFiguresAreNamed)
{
    EXPECT_EQ(practice::kFilingPreparationDays, 60);
    EXPECT_EQ(practice::kArrangementMonths, 36);
    EXPECT_EQ(practice::kArrangementMonthsMax, 60);
    EXPECT_EQ(practice::kLimitationLetterCost, Yen(2'000));
}

} // namespace
