// The three case examples of docs/legal-rules.md §13.11, end to end through
// evaluate(): 事例1 (580万, a servicer's 10万 lump-sum offer), 事例2 (780万 at 1万/月 for 5 years,
// self-employed), 事例3 (a pensioner paying 5,000/月 on a 公庫 loan of 320万). Every figure was
// checked by hand (the arithmetic is in each comment) before it was pinned.
#include "Narrate.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Case readSeed(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    Result<Case> r = readCase(f.readAll());
    EXPECT_TRUE(r.ok()) << name.toStdString();
    return r.ok() ? r.value() : Case{};
}

QString joined(const QList<Message>& l)
{
    return en(l).join(u" | "_s);
}

bool anyContains(const QList<Message>& list, const QString& needle)
{
    for (const QString& s : en(list))
        if (s.contains(needle))
            return true;
    return false;
}

struct SeedFigures {
    const char* file;
    int stage;
    std::int64_t principal, lateInterest, monthlyLateInterest;
    int limitationYears;
    const char* limitationBasis;
    QDate completesOn;
    std::int64_t seizable, depositsAtRisk;
    int monthsToClear;
    std::int64_t after1y, after3y, after5y;
};

// As of 2026-11-22 (every seed file's as_of). Late interest runs from the day after
// accelerated_on through as_of, both counted (365 basis, truncated); no payments are recorded.
const SeedFigures kSeeds[] = {
    // 事例1: 5,800,000 at 14% from 2023-08-02: 1,209 days → 2,689,610.96 → 2,689,610;
    // 30 days → 66,739; bank, old commercial 5 y from the sale (承認) 2024-02-20 → 2029-02-20;
    // 255,000 net / 4 = 63,750 < 66,739 interest → a seizure never clears (0);
    // +365 / +1,096 / +1,826 days: 812,000 / 2,438,224 / 4,062,224.
    {"seed1_servicer_lump_sum.json", 1, 5'800'000, 2'689'610, 66'739, 5, "old_commercial",
     QDate(2029, 2, 20), 63'750, 45'000, 0, 9'301'610, 10'927'834, 12'551'834},
    // 事例2: 7,800,000 at 14.6% = 3,120 a day exactly, from 2024-10-11: 773 days → 2,411,760;
    // 30 days → 93,600; guarantee company (commission contract 2006): old commercial 5 y from
    // the sale 2025-03-14 → 2030-03-14; 280,000 / 4 = 70,000 < 93,600 → never;
    // +365 / +1,096 / +1,826 days × 3,120.
    {"seed2_installment_self_employed.json", 1, 7'800'000, 2'411'760, 93'600, 5, "old_commercial",
     QDate(2030, 3, 14), 70'000, 140'000, 0, 11'350'560, 13'631'280, 15'908'880},
    // 事例3: 3,200,000 at 14.5% from 2024-04-16: 951 days → 1,208,942.46 → 1,208,942;
    // 30 days → 38,136; 機構 (not a 商人), old civil 10 y from the sale 2024-11-29 → 2034-11-29;
    // a pension only: nothing seizable; +365 / +1,096 / +1,826 days: 464,000 / 1,393,271 /
    // 2,321,271.
    {"seed3_pensioner_jhf.json", 1, 3'200'000, 1'208'942, 38'136, 10, "old_civil",
     QDate(2034, 11, 29), 0, 90'000, 0, 4'872'942, 5'802'213, 6'730'213},
};

} // namespace

class SeedCase : public ::testing::TestWithParam<SeedFigures> {};

TEST_P(SeedCase, AnalysisFigures)
{
    const SeedFigures& s = GetParam();
    const Case c = readSeed(QString::fromUtf8(s.file));
    ASSERT_EQ(c.debts.size(), 1);
    const Assessment a = evaluate(c, c.asOf);
    EXPECT_EQ(a.asOf, QDate(2026, 11, 22));
    EXPECT_EQ(a.stage, s.stage);
    ASSERT_EQ(a.debts.size(), 1);
    const DebtAssessment& d = a.debts[0];
    EXPECT_EQ(d.principal, Yen(s.principal));
    EXPECT_EQ(d.lateInterest, Yen(s.lateInterest));
    EXPECT_EQ(d.monthlyLateInterest, Yen(s.monthlyLateInterest));
    EXPECT_EQ(a.totalBalance(), Yen(s.principal + s.lateInterest));
    EXPECT_EQ(d.limitation.years, s.limitationYears);
    EXPECT_EQ(d.limitation.basis, QString::fromUtf8(s.limitationBasis));
    EXPECT_EQ(d.limitation.completesOn, s.completesOn);
    EXPECT_FALSE(d.limitation.completed);
    EXPECT_TRUE(a.deadlines.isEmpty()); // letters only: no court deadline
    EXPECT_EQ(a.garnishment.monthlySeizable, Yen(s.seizable));
    EXPECT_EQ(a.garnishment.depositsAtRisk, Yen(s.depositsAtRisk));
    EXPECT_EQ(a.garnishment.monthsToClear, s.monthsToClear);
    EXPECT_EQ(a.doNothing.monthlyLateInterest, Yen(s.monthlyLateInterest));
    EXPECT_EQ(a.doNothing.balanceAfter1y, Yen(s.after1y));
    EXPECT_EQ(a.doNothing.balanceAfter3y, Yen(s.after3y));
    EXPECT_EQ(a.doNothing.balanceAfter5y, Yen(s.after5y));
    EXPECT_FALSE(a.doNothing.garnishmentApplied);
    // Out of court: the creditor's next step is a suit or a payment order (民事訴訟法382条).
    EXPECT_TRUE(en(d.nextCreditorAction).contains(u"民事訴訟法382条"_s))
        << en(d.nextCreditorAction).toStdString();
    // The sale is an acknowledgment by practice consensus: named as a disputed point.
    EXPECT_TRUE(anyContains(a.disputedPoints, u"voluntary sale"_s))
        << joined(a.disputedPoints).toStdString();
}

TEST_P(SeedCase, EveryOptionListedRankedAndReasoned)
{
    const Case c = readSeed(QString::fromUtf8(GetParam().file));
    const Assessment a = evaluate(c, c.asOf);
    ASSERT_EQ(a.options.size(), 7);
    QSet<OptionKind> kinds;
    for (qsizetype i = 0; i < a.options.size(); ++i) {
        const OptionAssessment& o = a.options[i];
        kinds.insert(o.kind);
        EXPECT_EQ(o.rank, int(i) + 1) << toCode(o.kind).toStdString(); // in rank order
        EXPECT_FALSE(o.reasons.isEmpty()) << toCode(o.kind).toStdString();
        EXPECT_FALSE(o.rankReason.isEmpty()) << toCode(o.kind).toStdString();
    }
    EXPECT_EQ(kinds.size(), 7);
    ASSERT_NE(a.recommended(), nullptr);
    EXPECT_EQ(a.recommended(), &a.options[0]);
    EXPECT_NE(a.recommended()->kind, OptionKind::DoNothing);
    // At these budgets (≤ 1万/月) every installment is below the monthly late interest: the option
    // warns (the arithmetic with late interest running), naming that interest.
    const OptionAssessment* inst = a.option(OptionKind::Installment);
    ASSERT_NE(inst, nullptr);
    const QString monthlyInterest = formatYenDigits(Yen(GetParam().monthlyLateInterest));
    EXPECT_TRUE(anyContains(inst->warnings, monthlyInterest))
        << joined(inst->warnings).toStdString();
    // Limitation is not available yet: its reason names the completion date.
    const OptionAssessment* lim = a.option(OptionKind::Limitation);
    ASSERT_NE(lim, nullptr);
    EXPECT_FALSE(lim->eligible);
    EXPECT_TRUE(anyContains(
        lim->reasons,
        QLocale(QLocale::English).toString(GetParam().completesOn, QStringLiteral("d MMMM yyyy"))))
        << joined(lim->reasons).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedCase, ::testing::ValuesIn(kSeeds),
                         [](const ::testing::TestParamInfo<SeedFigures>& i) {
                             return std::string(i.param.file).substr(0, 5); // seed1, seed2, seed3
                         });

// 事例1: the claim was sold to a servicer (claim_assigned), which offered 10万 for everything.
TEST(SeedCases, Seed1ServicerHoldsTheClaim)
{
    const Case c = readSeed(u"seed1_servicer_lump_sum.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    const OptionAssessment* lump = a.option(OptionKind::LumpSum);
    ASSERT_NE(lump, nullptr);
    // The reasons name the servicer that holds the claim.
    EXPECT_TRUE(anyContains(lump->reasons, u"さいたま債権回収株式会社"_s))
        << joined(lump->reasons).toStdString();
    // Installment at the budget's surplus: 255,000 − 250,000 = 5,000.
    EXPECT_EQ(a.option(OptionKind::Installment)->monthly, Yen(5'000));
}

// 事例2: self-employed, 1万/月 from the budget (income 280,000 − expenses 270,000).
TEST(SeedCases, Seed2SelfEmployedInstallment)
{
    const Case c = readSeed(u"seed2_installment_self_employed.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    EXPECT_EQ(a.option(OptionKind::Installment)->monthly, Yen(10'000));
    // No servicer holds the claim: a lump-sum settlement is not available yet, and says why.
    const OptionAssessment* lump = a.option(OptionKind::LumpSum);
    EXPECT_FALSE(lump->eligible);
    EXPECT_TRUE(anyContains(lump->reasons, u"servicer"_s)) << joined(lump->reasons).toStdString();
    // Self-employment: the garnishment figure is labelled a comparison (売掛金 are not protected).
    EXPECT_TRUE(anyContains(a.garnishment.notes, u"売掛金"_s));
    // The guarantee company's 求償権 after 2020-04-01 on a 2006 commission contract (§12.4).
    EXPECT_TRUE(anyContains(a.disputedPoints, u"§12.4"_s))
        << joined(a.disputedPoints).toStdString();
}

// 事例3: a pensioner paying 5,000/月 from a pension of 14万: the pension cannot be seized.
TEST(SeedCases, Seed3PensionerCannotBeGarnished)
{
    const Case c = readSeed(u"seed3_pensioner_jhf.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    EXPECT_EQ(a.option(OptionKind::Installment)->monthly, Yen(5'000));
    EXPECT_EQ(a.garnishment.monthlySeizable, Yen(0));
    EXPECT_EQ(a.garnishment.monthlyProtected, Yen(140'000));
    EXPECT_TRUE(anyContains(a.garnishment.notes, u"厚生年金保険法41条1項"_s));
    EXPECT_TRUE(en(a.debts[0].nextCreditorAction).contains(u"nothing seizable"_s));
    // Rehabilitation's reasons speak of the pension as the continuing income (民事再生法221条1項).
    const OptionAssessment* reh = a.option(OptionKind::Rehabilitation);
    EXPECT_TRUE(anyContains(reh->reasons, u"221条1項"_s)) << joined(reh->reasons).toStdString();
}

// --- The options' figures, pinned after checking them by hand ---------------------------------

namespace {

struct OptionPin {
    OptionKind kind;
    bool eligible;
    int rank;
    std::int64_t monthly;
    int months;
    std::int64_t total, fees;
    int creditRecordYears;
};

void expectOptions(const Assessment& a, const QList<OptionPin>& pins)
{
    ASSERT_EQ(a.options.size(), pins.size());
    for (const OptionPin& p : pins) {
        const OptionAssessment* o = a.option(p.kind);
        ASSERT_NE(o, nullptr);
        SCOPED_TRACE(toCode(p.kind).toStdString());
        EXPECT_EQ(o->eligible, p.eligible) << joined(o->reasons).toStdString();
        EXPECT_EQ(o->rank, p.rank) << en(o->rankReason).toStdString();
        EXPECT_EQ(o->monthly, Yen(p.monthly));
        EXPECT_EQ(o->months, p.months);
        EXPECT_EQ(o->total, Yen(p.total));
        EXPECT_EQ(o->fees, Yen(p.fees));
        EXPECT_EQ(o->creditRecordYears, p.creditRecordYears);
    }
}

} // namespace

// 事例1. By hand: the servicer holds the claim (claim_assigned). Offers from 1.7% of the principal
// 5,800,000 = 98,600 to 16% = 928,000, capped by cash 110,000 + deposits 45,000 = 155,000: the
// servicer's 10万 lies inside. 155,000 ≥ 98,600, so it is eligible; paying leaves 56,400 to 0,
// less than the month of expenses 250,000: a warning, not an exclusion. Affordable lump sum with
// nothing else owed → rank 1, as the consultant did. Bankruptcy goes to 少額管財 because the
// retirement allowance counts at 1/8 (1,800,000 / 8 = 225,000 ≥ 20万): lawyer 450,000 + 予納金
// 200,000 + 官報 15,000 + filing 1,500 = 666,500, KSC keeps the 官報 record 7 years.
// Installment: the surplus 5,000; even with late interest stopped ceil(8,489,610 / 5,000) = 1,698
// months > 100 years, so it never clears: total = 60 × 5,000 = 300,000. 任意整理 needs 5,800,000 /
// 60 = 96,667 a month; 個人再生 1,697,922 (1/5 of 8,489,610) / 60 = 28,299: both above the 5,000
// surplus. Limitation completes 2029-02-20. Doing nothing: the 63,750 seizable pay.
TEST(SeedCases, Seed1OptionFigures)
{
    const Case c = readSeed(u"seed1_servicer_lump_sum.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    expectOptions(a, {
                         {OptionKind::LumpSum, true, 1, 0, 0, 155'000, 0, 5},
                         {OptionKind::Bankruptcy, true, 2, 0, 0, 666'500, 666'500, 7},
                         {OptionKind::Installment, true, 3, 5'000, 0, 300'000, 0, 0},
                         {OptionKind::VoluntaryArrangement, false, 4, 0, 0, 0, 0, 0},
                         {OptionKind::Rehabilitation, false, 5, 0, 0, 0, 0, 0},
                         {OptionKind::Limitation, false, 6, 0, 0, 0, 0, 0},
                         {OptionKind::DoNothing, false, 7, 63'750, 0, 0, 0, 0},
                     });
    const OptionAssessment* lump = a.option(OptionKind::LumpSum);
    EXPECT_EQ(a.recommended()->kind, OptionKind::LumpSum);
    EXPECT_EQ(lump->offerLow, Yen(98'600));
    EXPECT_EQ(lump->offerHigh, Yen(155'000));
    // The seed's accepted offer lies inside the range.
    EXPECT_LE(lump->offerLow, Yen(100'000));
    EXPECT_GE(lump->offerHigh, Yen(100'000));
    EXPECT_TRUE(anyContains(lump->warnings, u"leaves ¥56,400 to ¥0 of cash and deposits, less "
                                            u"than one month of expenses (¥250,000)"_s))
        << joined(lump->warnings).toStdString();
    EXPECT_TRUE(en(lump->rankReason).contains(u"A lump-sum settlement with a servicer"_s))
        << en(lump->rankReason).toStdString();
    EXPECT_TRUE(anyContains(a.option(OptionKind::Installment)->reasons, u"more than 100 years"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::Rehabilitation)->reasons, u"1,697,922"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::VoluntaryArrangement)->reasons, u"96,667"_s));
}

// 事例2. By hand: installment 10,000 (the surplus, the seed's 「月1万円」), at or above the
// practice minimum 5,000 for one creditor → rank 1. Practice path (和解, late interest stopped):
// ceil(10,211,760 / 10,000) = 1,022 months, total 10,211,760; credit record ceil(1,022 / 12) =
// 86 + 5 = 91 years. After the 60-month horizon: 600,000 paid — the seed's 「月1万円×5年」 — and
// 9,611,760 still owed, which servicers commonly settle (note; not assumed). With late interest
// running, 10,000 < 93,600: never clears; the 3,120-a-day interest makes the 5-year balance
// exactly the do-nothing 15,908,880 − 600,000 = 15,308,880. Bankruptcy 少額管財 because of the car
// (300,000 ≥ 20万): 666,500. 任意整理 7,800,000 / 60 = 130,000; 個人再生 2,042,352 (1/5 of
// 10,211,760) / 60 = 34,040: above the surplus.
TEST(SeedCases, Seed2OptionFigures)
{
    const Case c = readSeed(u"seed2_installment_self_employed.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    expectOptions(a, {
                         {OptionKind::Installment, true, 1, 10'000, 1'022, 10'211'760, 0,
                          0}, // on record until paid
                         {OptionKind::Bankruptcy, true, 2, 0, 0, 666'500, 666'500, 7},
                         {OptionKind::LumpSum, false, 3, 0, 0, 0, 0, 0},
                         {OptionKind::VoluntaryArrangement, false, 4, 0, 0, 0, 0, 0},
                         {OptionKind::Rehabilitation, false, 5, 0, 0, 0, 0, 0},
                         {OptionKind::Limitation, false, 6, 0, 0, 0, 0, 0},
                         {OptionKind::DoNothing, false, 7, 70'000, 0, 0, 0, 0},
                     });
    const OptionAssessment* inst = a.option(OptionKind::Installment);
    EXPECT_EQ(a.recommended()->kind, OptionKind::Installment);
    EXPECT_TRUE(inst->affordable);
    EXPECT_TRUE(inst->clears);
    EXPECT_TRUE(anyContains(inst->reasons, u"clears the balance of ¥10,211,760 in 1022 months"_s))
        << joined(inst->reasons).toStdString();
    EXPECT_TRUE(anyContains(inst->warnings, u"does not even cover the monthly late interest of "
                                            u"¥93,600"_s))
        << joined(inst->warnings).toStdString();
    EXPECT_TRUE(anyContains(inst->warnings, u"¥15,308,880 after 5 years"_s));
    EXPECT_TRUE(anyContains(inst->notes, u"paid ¥600,000 and still owe ¥9,611,760"_s))
        << joined(inst->notes).toStdString();
    EXPECT_TRUE(anyContains(inst->notes, u"Practice, not law"_s));
    EXPECT_TRUE(en(inst->rankReason).contains(u"An installment agreement the budget affords"_s))
        << en(inst->rankReason).toStdString();
    EXPECT_EQ(inst->balanceByMonth[60], Yen(9'611'760));
    EXPECT_TRUE(anyContains(a.option(OptionKind::Rehabilitation)->reasons, u"34,040"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::VoluntaryArrangement)->reasons, u"130,000"_s));
}

// 事例3. By hand: installment 5,000 (pension 140,000 − expenses 135,000), exactly the practice
// minimum → rank 1. Practice path: ceil(4,408,942 / 5,000) = 882 months (881.8), total 4,408,942,
// credit ceil(882 / 12) = 74 + 5 = 79 years; after 60 months 300,000 paid, 4,108,942 owed.
// Bankruptcy 同時廃止 (cash 30,000, no asset of 20万): lawyer 300,000 + 官報 15,000 + filing
// 1,500 = 316,500. 任意整理 3,200,000 / 60 = 53,334 (ceil); 個人再生 the 100万 floor / 60 = 16,667
// (ceil). Doing nothing: nothing of a pension is seizable (0).
TEST(SeedCases, Seed3OptionFigures)
{
    const Case c = readSeed(u"seed3_pensioner_jhf.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    expectOptions(a, {
                         {OptionKind::Installment, true, 1, 5'000, 882, 4'408'942, 0,
                          0}, // on record until paid
                         {OptionKind::Bankruptcy, true, 2, 0, 0, 316'500, 316'500, 7},
                         {OptionKind::LumpSum, false, 3, 0, 0, 0, 0, 0},
                         {OptionKind::VoluntaryArrangement, false, 4, 0, 0, 0, 0, 0},
                         {OptionKind::Rehabilitation, false, 5, 0, 0, 0, 0, 0},
                         {OptionKind::Limitation, false, 6, 0, 0, 0, 0, 0},
                         {OptionKind::DoNothing, false, 7, 0, 0, 0, 0, 0},
                     });
    const OptionAssessment* inst = a.option(OptionKind::Installment);
    EXPECT_EQ(a.recommended()->kind, OptionKind::Installment);
    EXPECT_TRUE(anyContains(inst->notes, u"paid ¥300,000 and still owe ¥4,108,942"_s))
        << joined(inst->notes).toStdString();
    EXPECT_TRUE(anyContains(inst->warnings, u"¥38,136"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::Bankruptcy)->reasons, u"同時廃止"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::Rehabilitation)->reasons, u"1,000,000"_s));
    EXPECT_TRUE(anyContains(a.option(OptionKind::VoluntaryArrangement)->reasons, u"53,334"_s));
}

// Projection consistency: every option's chart is on the do-nothing projection's calendar
// months. Debts an option leaves untouched grow exactly as doing nothing; an installment's
// arithmetic path on 事例2 (all payments to interest, 3,120 a day) is do-nothing minus payments.
TEST(SeedCases, ProjectionsAgreeWithDoingNothing)
{
    const Case c = readSeed(u"seed2_installment_self_employed.json"_s);
    const Assessment a = evaluate(c, c.asOf);
    for (const OptionAssessment& o : a.options) {
        SCOPED_TRACE(toCode(o.kind).toStdString());
        ASSERT_EQ(o.balanceByMonth.size(), 121);
        EXPECT_EQ(o.balanceByMonth[0], a.doNothing.balanceByMonth[0]);
        if (!o.eligible) {
            EXPECT_EQ(o.balanceByMonth, a.doNothing.balanceByMonth);
        }
    }
    EXPECT_EQ(a.doNothing.balanceAfter5y, Yen(15'908'880));

    // 事例1: the installment of 5,000 never clears even under an agreement (1,698 months), so its
    // chart is the arithmetic path: 60 payments all to interest, on the same calendar days as
    // doing nothing (12,551,834), less 300,000 paid, less 29 yen of the ledger's truncation once
    // per span between payments (60 spans instead of one).
    const Case c1 = readSeed(u"seed1_servicer_lump_sum.json"_s);
    const Assessment a1 = evaluate(c1, c1.asOf);
    EXPECT_EQ(a1.doNothing.balanceByMonth[60], Yen(12'551'834));
    EXPECT_EQ(a1.option(OptionKind::Installment)->balanceByMonth[60], Yen(12'251'805));
    EXPECT_EQ(a1.option(OptionKind::Rehabilitation)->balanceByMonth[60], Yen(12'551'834));
}
