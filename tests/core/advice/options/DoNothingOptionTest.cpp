// 何もしない (advice/options/DoNothingOption.cpp): where doing nothing leads.
#include "OptionTestSupport.h"

#include "advice/CaseAnalysis.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- 何もしない ----------------------------------------------------------------------------------

TEST(DoNothing, EscalationWithDatesAndAmounts)
{
    const auto options = Seed().run();
    const auto& o = opt(options, OptionKind::DoNothing);
    EXPECT_FALSE(o.eligible);
    EXPECT_EQ(o.rank, 7);
    // 6,000,000 + 5,800,000 × 14% × 365 / 1,096 / 1,826 days / 365 (truncated).
    EXPECT_HAS(o.reasons,
               u"After 1 year (22 November 2027): ¥6,812,000. After 3 years (22 November 2029): "
               u"¥8,438,224. After 5 years (22 November 2031): ¥10,062,224."_s);
    // Wage seizure 70,000 a month on calendar months (interest per span, 民法489条): 382 months,
    // 26,717,579 in all (checked month by month).
    EXPECT_EQ(o.monthly, Yen(70'000));
    EXPECT_EQ(o.months, 382);
    EXPECT_EQ(o.total, Yen(26'717'579));
    EXPECT_HAS(o.reasons, u"Deposits of ¥150,000 can be seized at once"_s);
    EXPECT_TRUE(o.creditRecordIndefinite);
    EXPECT_EQ(o.balanceByMonth, analysed(Seed().c, Seed().debts).doNothing.balanceByMonth);
}

TEST(DoNothing, ReasonsCarryCodesArticlesAndTypedArguments)
{
    const auto& o = opt(Seed().run(), OptionKind::DoNothing);
    const QStringList c = codes(o.reasons);
    EXPECT_EQ(c.value(0), u"do_nothing.not_advice"_s);
    EXPECT_EQ(c.value(1), u"do_nothing.balance_today"_s);
    EXPECT_EQ(c.value(2), u"do_nothing.projection"_s);
    EXPECT_TRUE(c.contains(u"do_nothing.wage_seizure_clears"_s)) << c.join(u", "_s).toStdString();
    for (const Message& m : o.reasons)
        if (m.code == u"do_nothing.wage_seizure_clears"_s) {
            EXPECT_EQ(m.article, u"民事執行法152条"_s);
            ASSERT_EQ(m.args.size(), 3);
            // Money and months as typed arguments, written by the narrator.
            EXPECT_EQ(m.args.at(0), MessageArg(Yen(70'000)));
            EXPECT_EQ(m.args.at(1), MessageArg(382));
            EXPECT_EQ(m.args.at(2), MessageArg(Yen(26'717'579)));
        }
    // The dates of the projection are dates, not pre-formatted text.
    ASSERT_GE(o.reasons.size(), 3);
    ASSERT_FALSE(o.reasons.at(2).args.isEmpty());
    EXPECT_EQ(o.reasons.at(2).args.at(0), MessageArg(QDate(2027, 11, 22)));
    EXPECT_EQ(o.limitationEffect.code, u"do_nothing.limitation_keeps_running"_s);
    EXPECT_EQ(o.guarantorEffect.code, u"option.no_guarantor"_s);
}

// --- The seizure that applies to the case's creditors (Projection.cpp, garnishmentView) ----------

// baseCase: net pay 280,000 (salary), here with one dependent; late rates 0 so the months follow
// from the principal alone.
//   ordinary (民事執行法152条1項): 280,000 / 4 = 70,000 (210,000 protected < 33万);
//   support (152条3項): 280,000 / 2 = 140,000;
//   tax (国税徴収法76条1項): 100,000 + 45,000 × 1 = 145,000 living; 280,000 − 145,000 = 135,000;
//     20% = 27,000 protected (≤ 2 × 145,000); 108,000 seizable.
// Creditors of several classes on one pay share one part, the widest (156条2項・165条, 滞調法).
Case classCase(QList<Debt> debts)
{
    Case c = baseCase();
    c.client.dependents = 1;
    for (Debt& d : debts)
        d.lateRate = Rate(0, 1);
    c.debts = std::move(debts);
    return c;
}

OptionAssessment doNothingOf(const Case& c)
{
    return opt(compareOptions(c, analyseCase(c, kAsOf), {}), OptionKind::DoNothing);
}

struct SeizureCase {
    const char* name;
    DebtKind secondKind;
    LenderKind secondLender;
    std::int64_t monthly; // what the creditors take together
    int months;           // 1,400,000 / monthly, rounded up
    const char* code;
    const char* article;
};

class DoNothingSeizure : public ::testing::TestWithParam<SeizureCase> {};

TEST_P(DoNothingSeizure, TheFigureThatApplies)
{
    const SeizureCase& p = GetParam();
    Debt bank = debt(u"d1"_s, u"○○銀行"_s);
    bank.principal = Yen(1'000'000);
    Debt second = debt(u"d2"_s, u"second"_s, p.secondKind, p.secondLender);
    second.principal = Yen(400'000);
    const OptionAssessment o = doNothingOf(classCase({bank, second}));
    EXPECT_EQ(o.monthly, Yen(p.monthly));
    bool found = false;
    for (const Message& m : o.reasons)
        if (m.code == QLatin1String(p.code)) {
            found = true;
            EXPECT_EQ(m.article, QString::fromUtf8(p.article));
        }
    EXPECT_TRUE(found) << p.code << " in " << codes(o.reasons).join(u", "_s).toStdString();
    if (p.months > 0) {
        EXPECT_EQ(o.months, p.months);
        EXPECT_EQ(o.total, Yen(1'400'000)); // no interest at 0%
    }
}

INSTANTIATE_TEST_SUITE_P(
    Classes, DoNothingSeizure,
    ::testing::Values(
        // Two ordinary creditors share 70,000: 1,400,000 / 70,000 = 20 months.
        SeizureCase{"ordinary", DebtKind::Card, LenderKind::CardCompany, 70'000, 20,
                    "do_nothing.wage_seizure_clears", "民事執行法152条"},
        // A support creditor: half the pay, 140,000: 1,400,000 / 140,000 = 10 months.
        SeizureCase{"support", DebtKind::ChildSupport, LenderKind::Individual, 140'000, 10,
                    "do_nothing.wage_seizure_by_class_clears",
                    "民事執行法152条1項・民事執行法152条3項"},
        // A tax office: 108,000 under 76条 (the tax's 延滞税 makes the months the engine's).
        SeizureCase{"tax", DebtKind::Tax, LenderKind::PublicAuthority, 108'000, 0,
                    "do_nothing.wage_seizure_by_class_clears",
                    "民事執行法152条1項・国税徴収法76条1項"}),
    [](const auto& info) { return std::string(info.param.name); });

// --- Which late rate the projection runs at (利息制限法) ----------------------------------------

// A consumer-finance loan of 500,000 with a 30% late rate: 営業的金銭消費貸借, capped at 20%
// (利息制限法7条1項); the projection's note names the lawful rate, the contract's and why.
// A bank loan at 14% (under 21.9%, 4条1項 for 100万 and over) is not capped: the ordinary note.
TEST(DoNothing, ProjectionSaysWhichRateAndWhy)
{
    Case c = baseCase();
    Debt loan = debt(u"d1"_s, u"○○ファイナンス"_s, DebtKind::ConsumerLoan,
                     LenderKind::ConsumerFinance, GuarantorKind::None, Rate::percent(30));
    loan.principal = Yen(500'000);
    c.debts = {loan};
    const Assessment a = analyseCase(c, kAsOf);
    const QStringList notes = codes(a.doNothing.notes);
    ASSERT_TRUE(notes.contains(u"do_nothing.rate_capped"_s)) << notes.join(u", "_s).toStdString();
    for (const Message& m : a.doNothing.notes) {
        if (m.code == u"do_nothing.rate_capped"_s) {
            EXPECT_EQ(m.article, u"利息制限法7条1項"_s);
            ASSERT_EQ(m.args.size(), 4);
            EXPECT_EQ(m.args.at(1), MessageArg(u"20"_s));
            EXPECT_EQ(m.args.at(2), MessageArg(u"30"_s));
        }
        if (m.code == u"do_nothing.simple_interest"_s) {
            EXPECT_EQ(m.article, u"利息制限法4条・7条"_s);
        }
    }
    EXPECT_HAS(a.doNothing.notes, u"○○ファイナンス: late interest runs at the lawful 20%, not "
                                  u"the contract's 30%"_s);
    EXPECT_LACKS(a.doNothing.notes, u"each debt's contract rate"_s);

    Case bank = baseCase();
    Debt loan14 = debt(u"d1"_s, u"○○銀行"_s);
    loan14.principal = Yen(5'000'000);
    bank.debts = {loan14};
    const Assessment b = analyseCase(bank, kAsOf);
    EXPECT_FALSE(codes(b.doNothing.notes).contains(u"do_nothing.rate_capped"_s));
    EXPECT_HAS(b.doNothing.notes, u"each debt's contract rate"_s);
}

} // namespace
