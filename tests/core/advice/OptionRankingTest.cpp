// The ranking (advice/OptionRanking.cpp): consultant practice first, then cost in steps with the
// drawbacks, the consultant's override and the reasons given.
#include "options/OptionTestSupport.h"

#include "advice/AdviceLabels.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- Ranking -------------------------------------------------------------------------------------

// Cash 400,000 + deposits 200,000: lump sum 360,000; bankruptcy 666,500 + 200,000 of deposits
// lost; rehabilitation 1,874,000; the installment never clears; the arrangement does not fit.
// The installment is the consultant's slider at the whole surplus, 40,000 (the default proposal
// would be the practice amount of 20,000: EdgesOptionTest); every figure below was worked at it.
struct RankingSeed : Seed {
    RankingSeed()
    {
        c.assets.cash = Yen(400'000);
        c.assets.deposits = Yen(200'000);
    }
    QList<OptionAssessment> run(EvaluateSettings s = {}) const
    {
        if (!s.installmentMonthly)
            s.installmentMonthly = Yen(40'000);
        return Seed::run(s);
    }
};

RankingSeed rankingSeed()
{
    return RankingSeed();
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
    EXPECT_TRUE(
        en(options[1].rankReason)
            .startsWith(
                u"An installment agreement the budget affords: ¥40,000 a month, at or above the "
                u"practice minimum of ¥5,000 a month per creditor."_s))
        << en(options[1].rankReason).toStdString();
    EXPECT_TRUE(
        en(options[2].rankReason)
            .startsWith(
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
        o.occupationLimits << Message::verbatim(u"restricted"_s);
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

// --- The ranking explains a dearer or longer choice ---------------------------------------------

TEST(Ranking, PracticeSaysWhyItRanksADearerLongerPlanFirst)
{
    // The installment of 40,000 clears 6,000,000 in 150 months (6,000,000 paid); bankruptcy,
    // ranked below it, costs 866,500 (666,500 + 200,000 of deposits lost) and asks no monthly
    // payments: the installment's reason says so and why it still ranks first.
    const auto options = rankingSeed().run();
    ASSERT_EQ(options[1].kind, OptionKind::Installment);
    ASSERT_EQ(options[1].months, 150);
    const QString r = en(options[1].rankReason);
    EXPECT_TRUE(r.contains(u"Ranked before Personal bankruptcy although that costs ¥5,133,500 "
                           u"less (¥866,500 against ¥6,000,000): consultant practice prefers it "
                           u"for the reasons above."_s))
        << r.toStdString();
    EXPECT_TRUE(r.contains(u"Ranked before Personal bankruptcy although that needs no monthly "
                           u"payments (150 months here): consultant practice prefers it for the "
                           u"reasons above."_s))
        << r.toStdString();
    // The lump sum is cheaper and as quick as anything below it: nothing to explain.
    EXPECT_FALSE(en(options[0].rankReason).contains(u"Ranked before"_s));
    // Bankruptcy is the cheapest and quickest of what follows it.
    EXPECT_FALSE(en(options[2].rankReason).contains(u"Ranked before"_s))
        << en(options[2].rankReason).toStdString();
}

TEST(Ranking, FewerDrawbacksOverACheaperOptionIsExplained)
{
    // 1,250,000 without drawbacks ranks before 1,200,000 with an occupation restriction (one
    // 100,000 step): the first is not "the lowest cost", and says why it ranks first (after
    // "Nothing affordable ranks before it", the cost group leading).
    QList<OptionAssessment> options = {costed(OptionKind::Bankruptcy, 1'200'000, true),
                                       costed(OptionKind::Rehabilitation, 1'250'000)};
    rankOptions(options, std::nullopt);
    ASSERT_EQ(options[0].kind, OptionKind::Rehabilitation);
    EXPECT_TRUE(
        en(options[0].rankReason)
            .contains(u"Cost ¥1,250,000, ¥50,000 more than the cheapest eligible way out."_s))
        << en(options[0].rankReason).toStdString();
    EXPECT_TRUE(
        en(options[0].rankReason)
            .contains(
                u"Ranked before Personal bankruptcy although that costs ¥50,000 less (¥1,200,000 "
                u"against "
                u"¥1,250,000): within one cost step of ¥100,000, fewer drawbacks count first."_s))
        << en(options[0].rankReason).toStdString();
    EXPECT_TRUE(
        en(options[1].rankReason)
            .startsWith(
                u"Lowest cost among the eligible ways out that clear the debts: ¥1,200,000."_s))
        << en(options[1].rankReason).toStdString();
}

TEST(Ranking, CheaperButLongerPlanIsExplained)
{
    // A 36-month plan at 500,000 before a bankruptcy at 700,000 that asks no monthly payments.
    OptionAssessment plan = costed(OptionKind::Rehabilitation, 500'000);
    plan.months = 36;
    QList<OptionAssessment> options = {costed(OptionKind::Bankruptcy, 700'000), plan};
    rankOptions(options, std::nullopt);
    ASSERT_EQ(options[0].kind, OptionKind::Rehabilitation);
    EXPECT_TRUE(en(options[0].rankReason)
                    .contains(u"Ranked before Personal bankruptcy although that needs no monthly "
                              u"payments (36 months "
                              u"here): it costs less."_s))
        << en(options[0].rankReason).toStdString();
    OptionAssessment shorter = costed(OptionKind::VoluntaryArrangement, 800'000);
    shorter.months = 24;
    options = {shorter, plan};
    rankOptions(options, std::nullopt);
    EXPECT_TRUE(en(options[0].rankReason)
                    .contains(u"Ranked before Voluntary debt arrangement although that ends sooner "
                              u"(24 months against "
                              u"36 here): it costs less."_s))
        << en(options[0].rankReason).toStdString();
}

// The codes of the sentences a rank reason is made of, in order.
QStringList sentenceCodes(const Message& reason)
{
    QStringList out;
    for (const MessageArg& a : reason.args)
        if (const auto* m = std::get_if<std::shared_ptr<const Message>>(&a.value); m && *m)
            out << (*m)->code;
    return out;
}

TEST(Ranking, ReasonsCarryCodesAndNestedNames)
{
    const auto options = rankingSeed().run();
    ASSERT_EQ(options[1].kind, OptionKind::Installment);
    EXPECT_EQ(sentenceCodes(options[0].rankReason), QStringList{u"rank.lump_sum"_s});
    EXPECT_EQ(sentenceCodes(options[1].rankReason),
              (QStringList{u"rank.installment"_s, u"rank.before_cheaper"_s,
                           u"rank.before_no_payments"_s}));
    // "Ranked before %1 …": the other option as its label, the ground as a message, money as Yen.
    const auto* before =
        std::get_if<std::shared_ptr<const Message>>(&options[1].rankReason.args.at(1).value);
    ASSERT_TRUE(before && *before);
    ASSERT_EQ((*before)->args.size(), 5);
    EXPECT_EQ((*before)->args.at(0), MessageArg(label(OptionKind::Bankruptcy)));
    EXPECT_EQ((*before)->args.at(1), MessageArg(Yen(5'133'500)));
    const auto* ground = std::get_if<std::shared_ptr<const Message>>(&(*before)->args.at(4).value);
    ASSERT_TRUE(ground && *ground);
    EXPECT_EQ((*ground)->code, u"rank.ground.practice"_s);
    EXPECT_EQ(sentenceCodes(options[2].rankReason),
              (QStringList{u"rank.lowest_cost"_s, u"rank.cost_counts"_s, u"rank.drawbacks"_s}));
    EXPECT_EQ(
        codes(rankingDrawbacks(options[2])),
        (QStringList{u"rank.drawback.credit_record_years"_s, u"rank.drawback.assets_lost"_s}));
    EXPECT_EQ(sentenceCodes(options[4].rankReason), QStringList{u"rank.ineligible"_s});

    EvaluateSettings s;
    s.preferred = OptionKind::Rehabilitation;
    const auto chosen = rankingSeed().run(s);
    EXPECT_EQ(sentenceCodes(chosen[0].rankReason).value(0), u"rank.chosen_by_consultant"_s);
}

TEST(Ranking, ExplanationNarratedInJapanese)
{
    // The same result written in Japanese: the other option's name, the money and the ground all
    // in Japanese (zansai_ja.ts), sentences joined without a space.
    const auto options = rankingSeed().run();
    ASSERT_EQ(options[1].kind, OptionKind::Installment);
    const QString r = ja(options[1].rankReason);
    EXPECT_TRUE(r.contains(
        u"%1の方が費用は5,133,500円少ない（866,500円、こちらは6,000,000円）"
        u"ものの、上位にしています："
        u"上記の理由から相談実務ではこちらが選ばれます。"_s.arg(ja(label(OptionKind::Bankruptcy)))))
        << r.toStdString();
    EXPECT_TRUE(r.contains(u"は毎月の支払いが不要です（こちらは150か月）が、上位にしています："_s))
        << r.toStdString();
}

} // namespace

namespace {

TEST(Ranking, LongPlanNotStarredAboveACheaperLumpSum)
{
    // 事例1's servicer claim 5,800,000 + 200,000 and a card of 100,000 (not a servicer). Surplus
    // 40,000, two creditors: the proposal min(40,000, 20,000 × 2) = 40,000 clears 6,100,000 under
    // an agreement in ceil(6,100,000 / 40,000) = 153 months — beyond the 60-month practice
    // horizon. The lump sum offers 98,600 (1.7% of 5,800,000) to 250,000 (cash + deposits) and
    // leaves the card: ranking cost 250,000 + 100,000 = 350,000 < 6,100,000. So the installment
    // loses its practice preference and ranks after the lump sum, saying why.
    Seed s;
    s.c.debts.append(debt(u"d2"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany));
    s.debts.append(assessed(u"d2"_s, u"△△カード"_s, 100'000, 0, 0));
    const auto options = s.run();
    qsizetype inst = -1, lump = -1;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options[i].kind == OptionKind::Installment)
            inst = i;
        if (options[i].kind == OptionKind::LumpSum)
            lump = i;
    }
    ASSERT_GE(inst, 0);
    ASSERT_GE(lump, 0);
    EXPECT_EQ(options[inst].months, 153);
    EXPECT_EQ(rankingCost(options[lump]), Yen(350'000));
    EXPECT_LT(lump, inst);
    EXPECT_NE(options.first().kind, OptionKind::Installment);
    EXPECT_TRUE(
        sentenceCodes(options[inst].rankReason).contains(u"rank.long_plan_after_lump_sum"_s))
        << sentenceCodes(options[inst].rankReason).join(u", "_s).toStdString();
}

} // namespace
