// 時効の援用 (advice/options/LimitationOption.cpp): eligible only when every debt considered
// has completed; otherwise when and what resets it.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

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
    // Two debts of one creditor are told apart by their order (DebtName), never by internal ids.
    EXPECT_HAS(o.reasons, u"○○債権回収株式会社 (no. 1): the limitation period (5 years) completed "
                          u"on 16 March 2025."_s);
    EXPECT_HAS(o.reasons, u"○○債権回収株式会社 (no. 2): the limitation period (5 years) completed "
                          u"on 16 March 2025."_s);
    EXPECT_EQ(options.first().kind, OptionKind::Limitation);
    EXPECT_EQ(options.first().rank, 1);
    EXPECT_TRUE(en(options.first().rankReason).contains(u"completed for every debt"_s));
}

TEST(Limitation, NotYetCompletedSaysWhenAndWhatResets)
{
    const auto& o = opt(Seed().run(), OptionKind::Limitation);
    EXPECT_FALSE(o.eligible);
    EXPECT_HAS(o.reasons, u"○○債権回収株式会社: completes on 15 March 2029 (844 days from now)."_s);
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

TEST(Limitation, ReasonsCarryCodesDatesAndArticles)
{
    Seed s;
    s.debts[0].limitation.completesOn = QDate(2025, 3, 16);
    s.debts[0].limitation.completed = true;
    const auto& o = opt(s.run(), OptionKind::Limitation);
    EXPECT_EQ(codes(o.reasons),
              (QStringList{u"limitation.completed"_s, u"limitation.invoke_by_letter"_s}));
    const Message& completed = o.reasons.at(0);
    ASSERT_EQ(completed.args.size(), 3);
    // The debt as a nested label, the years as a number, the date as a date.
    const auto* label = std::get_if<std::shared_ptr<const Message>>(&completed.args.at(0).value);
    ASSERT_TRUE(label && *label);
    EXPECT_EQ((*label)->code, u"option.debt_label"_s);
    EXPECT_EQ(completed.args.at(1), MessageArg(5));
    EXPECT_EQ(completed.args.at(2), MessageArg(QDate(2025, 3, 16)));
    EXPECT_EQ(o.reasons.at(1).args.at(1), MessageArg(Yen(2'000)));
    EXPECT_EQ(o.limitationEffect.code, u"limitation.invoking_extinguishes"_s);
    EXPECT_EQ(o.limitationEffect.article, u"民法145条"_s);
    // Every other way out that pays or proposes to pay is warned (each an acknowledgment).
    const QStringList w = codes(opt(s.run(), OptionKind::Installment).warnings);
    EXPECT_TRUE(w.contains(u"option.completed_limitation"_s)) << w.join(u", "_s).toStdString();
}

} // namespace
