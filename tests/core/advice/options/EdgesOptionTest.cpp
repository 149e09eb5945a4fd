// The ways out right at the edges (issue 13): the 7-year bar checked for every day to the filing,
// 個人再生's 基準債権 with child support and a home still owned, 時効の援用 per debt combined with
// another way for the rest, the client as guarantor, and the installment proposal.
#include "OptionTestSupport.h"

#include "advice/Consultation.h"
#include "i18n/Narrator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

QStringList noteCodes(const OptionAssessment& o)
{
    return codes(o.notes);
}

// --- 自己破産: 破産法252条1項10号 for every day from as_of to the assumed filing ---------------

struct BarCase {
    const char* name;
    QDate prior;
    bool warnsWindow; // bankruptcy.seven_year_bar_ends_before_filing
    bool warnsBar;    // bankruptcy.seven_year_bar (the filing date itself is barred)
};

class BankruptcyBarWindow : public ::testing::TestWithParam<BarCase> {};

TEST_P(BankruptcyBarWindow, EveryDayToTheFiling)
{
    const BarCase& k = GetParam();
    Seed s;
    s.c.priorDischargeFinalOn = k.prior;
    const auto o = opt(s.run(), OptionKind::Bankruptcy);
    const QStringList w = codes(o.warnings);
    EXPECT_EQ(w.contains(u"bankruptcy.seven_year_bar_ends_before_filing"_s), k.warnsWindow)
        << w.join(u", "_s).toStdString();
    EXPECT_EQ(w.contains(u"bankruptcy.seven_year_bar"_s), k.warnsBar)
        << w.join(u", "_s).toStdString();
}

// as_of 2026-11-22, filing assumed 60 days later: 2027-01-21.
INSTANTIATE_TEST_SUITE_P(
    Window, BankruptcyBarWindow,
    ::testing::Values(
        // 確定 2019-12-15 → the bar ends 2026-12-15: today is barred, the filing date is not.
        BarCase{"endsBetween", QDate(2019, 12, 15), true, false},
        // 確定 2020-03-01 → ends 2027-03-01, after the filing date: the filing itself is barred.
        BarCase{"barredAtFiling", QDate(2020, 3, 1), false, true},
        // 確定 2019-11-01 → ended 2026-11-01, before today: nothing to warn.
        BarCase{"endedBefore", QDate(2019, 11, 1), false, false}),
    [](const ::testing::TestParamInfo<BarCase>& i) { return std::string(i.param.name); });

TEST(BankruptcyBarWindow, TheExactLastDayIsShown)
{
    // 確定 2019-12-15: the 7 years end 2026-12-15 (民法140条・143条); barred 2026-11-22..12-15 =
    // 9 + 15 = 24 days; the first clear filing day is 2026-12-16.
    Seed s;
    s.c.priorDischargeFinalOn = QDate(2019, 12, 15);
    const auto o = opt(s.run(), OptionKind::Bankruptcy);
    EXPECT_HAS(o.warnings, u"ends on 15 December 2026"_s);
    EXPECT_HAS(o.warnings, u"from 22 November 2026 to 15 December 2026 (24 days)"_s);
    EXPECT_HAS(o.warnings, u"file on or after 16 December 2026"_s);
}

// --- 個人再生: 基準債権, the claims cap, a home still owned -------------------------------------

TEST(RehabilitationEdges, ChildSupportStaysInTheBaseAndIsPaidInFull)
{
    // Card 3,000,000 + child support 1,200,000 = 基準債権 4,200,000 (the support stays in it,
    // 民事再生法231条2項3号) → 1/5 = 840,000 < 1,000,000 → the minimum is 1,000,000; the support
    // is paid in full: max(1,000,000, 1,200,000) = 1,200,000 over 36 months = 33,334 (rounded up).
    // The old reading (support outside the base, added on top) would give 3,000,000 → 1,000,000
    // + 1,200,000 = 2,200,000.
    Case c = baseCase();
    setSurplus(c, 40'000);
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany),
               debt(u"d2"_s, u"元配偶者"_s, DebtKind::ChildSupport, LenderKind::Individual)};
    const auto o =
        opt(compareOptions(c,
                           analysed(c, {assessed(u"d1"_s, u"△△カード"_s, 3'000'000, 0, 0),
                                        assessed(u"d2"_s, u"元配偶者"_s, 1'200'000, 0, 0)}),
                           {}),
            OptionKind::Rehabilitation);
    ASSERT_TRUE(o.eligible);
    EXPECT_EQ(o.minimum, Yen(1'200'000));
    EXPECT_EQ(o.months, 36);
    EXPECT_EQ(o.monthly, Yen(33'334));
    EXPECT_HAS(o.reasons, u"on claims of ¥4,200,000"_s);
    EXPECT_TRUE(noteCodes(o).contains(u"rehabilitation.support_not_reduced"_s));
}

TEST(RehabilitationEdges, AHomeStillOwnedKeepsItsLoanOutsideTheCapAndTheBase)
{
    // No sale: the housing loan 45,000,000 is a 住宅資金貸付債権 — outside the 50,000,000 cap
    // (221条1項) with the card's 6,000,000 (which alone would be within it) and outside the base:
    // 6,000,000 / 5 = 1,200,000 over 36 months = 33,334; the loan survives (paid as contracted).
    // After a sale the same figures exceed the cap: 51,000,000 > 50,000,000, not eligible.
    Case c = baseCase();
    c.sale.reset();
    c.debts = {debt(u"d1"_s, u"○○銀行"_s),
               debt(u"d2"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const QList<DebtAssessment> ds = {assessed(u"d1"_s, u"○○銀行"_s, 45'000'000, 0, 0),
                                      assessed(u"d2"_s, u"△△カード"_s, 6'000'000, 0, 0)};
    const auto kept = opt(compareOptions(c, analysed(c, ds), {}), OptionKind::Rehabilitation);
    ASSERT_TRUE(kept.eligible);
    EXPECT_EQ(kept.minimum, Yen(1'200'000));
    EXPECT_EQ(kept.monthly, Yen(33'334));
    EXPECT_EQ(kept.surviving, Yen(45'000'000));
    EXPECT_TRUE(noteCodes(kept).contains(u"rehabilitation.home_loan_outside_plan"_s));

    c.sale = baseCase().sale;
    const auto sold = opt(compareOptions(c, analysed(c, ds), {}), OptionKind::Rehabilitation);
    EXPECT_FALSE(sold.eligible);
    EXPECT_TRUE(codes(sold.reasons).contains(u"rehabilitation.above_cap"_s));
}

TEST(RehabilitationEdges, TheMinimumNeverExceedsTheClaims)
{
    // Claims 150,000 (under 100万: the whole, 231条2項3号括弧書); cash 1,200,000 + deposits
    // 150,000 → the liquidation value (cash above 990,000 = 210,000, deposits of 150,000 < 200,000
    // kept) = 210,000 > 150,000: capped at the claims, 150,000.
    Case c = baseCase();
    c.assets.cash = Yen(1'200'000);
    c.debts = {debt(u"d1"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const auto o =
        opt(compareOptions(c, analysed(c, {assessed(u"d1"_s, u"△△カード"_s, 150'000, 0, 0)}), {}),
            OptionKind::Rehabilitation);
    EXPECT_EQ(o.minimum, Yen(150'000));
    EXPECT_TRUE(noteCodes(o).contains(u"rehabilitation.minimum_capped_at_claims"_s));
}

TEST(RehabilitationEdges, SalaryEarnerBarEndingBeforeTheFilingIsShown)
{
    // The seed (one creditor: the veto; a salaried client: 給与所得者等再生). Prior discharge final
    // 2019-12-15 → the 7 years of 239条5項2号 end 2026-12-15: the assumed filing 2027-01-21
    // (as_of + 60 days) is clear, a filing on or before 2026-12-15 is not.
    Seed s;
    s.c.priorDischargeFinalOn = QDate(2019, 12, 15);
    const auto o = opt(s.run(), OptionKind::Rehabilitation);
    EXPECT_TRUE(codes(o.reasons).contains(u"rehabilitation.salary_earner_chosen"_s));
    EXPECT_HAS(o.warnings, u"filing on or before 15 December 2026"_s);
    EXPECT_HAS(o.warnings,
               u"file on or after 16 December 2026; the assumed filing date 21 January 2027"_s);
}

// --- 時効の援用 per debt, combined with another way for the rest --------------------------------

TEST(LimitationCombined, InvokeForTheBarredAndAnotherWayForTheRest)
{
    // d1 (servicer, 300,000) completed 2025-03-16; d2 (card, 500,000) completes 2029-03-15.
    // 援用 for d1: one letter, 2,000. For d2 alone the best way: an installment at the proposal
    // min(surplus 40,000, 20,000 × 1 creditor) = 20,000 → ceil(500,000 / 20,000) = 25 months,
    // 500,000 in all. Combined: 20,000 a month, 25 months, 500,000 + 2,000 = 502,000.
    Case c = baseCase();
    c.debts = {debt(u"d1"_s, u"○○債権回収株式会社"_s),
               debt(u"d2"_s, u"△△カード"_s, DebtKind::Card, LenderKind::CardCompany)};
    const auto options = compareOptions(
        c,
        analysed(c, {assessed(u"d1"_s, u"○○債権回収株式会社"_s, 300'000, 0, 0, QDate(2025, 3, 16)),
                     assessed(u"d2"_s, u"△△カード"_s, 500'000, 0, 0)}),
        {});
    const auto o = opt(options, OptionKind::Limitation);
    ASSERT_TRUE(o.eligible);
    EXPECT_EQ(o.debts, QStringList{u"d1"_s});
    ASSERT_TRUE(o.combinedWith.has_value());
    EXPECT_EQ(*o.combinedWith, OptionKind::Installment);
    EXPECT_EQ(o.monthly, Yen(20'000));
    EXPECT_EQ(o.months, 25);
    EXPECT_EQ(o.fees, Yen(2'000));
    EXPECT_EQ(o.total, Yen(502'000));
    EXPECT_TRUE(o.clears);
    EXPECT_EQ(options.first().kind, OptionKind::Limitation);
    EXPECT_TRUE(en(options.first().rankReason).contains(u"for the others"_s))
        << en(options.first().rankReason).toStdString();
    EXPECT_TRUE(codes(o.reasons).contains(u"limitation.partial"_s));
    EXPECT_TRUE(codes(o.reasons).contains(u"limitation.combined_with"_s));
}

// --- The client as guarantor of another's debt ------------------------------------------------

TEST(ClientGuarantor, EveryOptionSaysWhatItDoesToTheGuaranteeAndThePrincipal)
{
    Seed s;
    s.c.debts[0].clientRole = ClientRole::Guarantor;
    s.c.debts[0].principalDebtor = u"山田一郎"_s;
    const auto options = s.run();
    EXPECT_TRUE(
        noteCodes(opt(options, OptionKind::Bankruptcy)).contains(u"bankruptcy.client_guarantor"_s));
    EXPECT_TRUE(noteCodes(opt(options, OptionKind::Rehabilitation))
                    .contains(u"rehabilitation.client_guarantor"_s));
    EXPECT_TRUE(
        noteCodes(opt(options, OptionKind::Limitation)).contains(u"limitation.client_guarantor"_s));
    EXPECT_TRUE(noteCodes(opt(options, OptionKind::Installment))
                    .contains(u"option.client_guarantor_recourse"_s));
    EXPECT_HAS(opt(options, OptionKind::Bankruptcy).notes, u"not the principal debtor"_s);
    // A debtor's own debt: none of these notes.
    EXPECT_FALSE(noteCodes(opt(Seed().run(), OptionKind::Bankruptcy))
                     .contains(u"bankruptcy.client_guarantor"_s));
}

// --- The installment proposal: a practice amount, the reserve named, the maximum beside -----

struct ProposalCase {
    const char* name;
    std::int64_t surplus;
    int creditors;
    std::int64_t monthly;
    const char* code;
};

class InstallmentProposal : public ::testing::TestWithParam<ProposalCase> {};

TEST_P(InstallmentProposal, PracticeRangeWithTheReserveNamed)
{
    const ProposalCase& k = GetParam();
    Case c = baseCase();
    setSurplus(c, k.surplus);
    QList<DebtAssessment> ds;
    for (int i = 1; i <= k.creditors; ++i) {
        const QString id = u"d%1"_s.arg(i), name = u"債権者%1"_s.arg(i);
        c.debts.append(debt(id, name));
        ds.append(assessed(id, name, 300'000, 0, 0));
    }
    const auto o = opt(compareOptions(c, analysed(c, ds), {}), OptionKind::Installment);
    EXPECT_EQ(o.monthly, Yen(k.monthly));
    EXPECT_TRUE(codes(o.reasons).contains(QString::fromLatin1(k.code)))
        << codes(o.reasons).join(u", "_s).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Proposal, InstallmentProposal,
    ::testing::Values(
        // Surplus 40,000, one creditor: min(40,000, 20,000 × 1) = 20,000; reserve 20,000.
        ProposalCase{"reserveLeft", 40'000, 1, 20'000, "installment.practice_proposal"},
        // Surplus 40,000, two creditors: min(40,000, 20,000 × 2) = 40,000: no reserve.
        ProposalCase{"twoCreditors", 40'000, 2, 40'000, "installment.proposal_whole_surplus"},
        // Surplus 10,000 (事例2's 1万): within the range, the whole surplus.
        ProposalCase{"seedTwo", 10'000, 1, 10'000, "installment.proposal_whole_surplus"}),
    [](const ::testing::TestParamInfo<ProposalCase>& i) { return std::string(i.param.name); });

TEST(InstallmentProposal, ReserveAndMaximumInTheSentence)
{
    // Surplus 40,000, one creditor: proposed 20,000, the budget allows 40,000, reserve 20,000.
    const auto o = opt(Seed().run(), OptionKind::Installment);
    EXPECT_HAS(o.reasons, u"The budget would allow up to ¥40,000; keep the ¥20,000 a month"_s);
}

} // namespace

namespace {

// --- The recommendation: what must be done by a date first, then the way out; the choice -----

TEST(Recommendation, DeadlineFirstThenTheWayOutAndTheConsultantsChoice)
{
    // A payment order served 2026-11-17: the 督促異議 is due within 2 weeks (民事訴訟法391条), so
    // the first step is the objection; the way out follows. The consultant chose bankruptcy: it
    // is rank 1, marked chosen, and evaluate says so.
    Case c = baseCase();
    Debt d = debt(u"d1"_s, u"○○債権回収株式会社"_s);
    d.principal = Yen(5'800'000);
    DebtEvent served;
    served.date = QDate(2026, 11, 17);
    served.type = DebtEventType::PaymentOrderServed;
    d.events = {served};
    c.debts = {d};
    c.chosenOption = OptionKind::Bankruptcy;
    const Consultation k = Consultation::assess(c, kAsOf);
    ASSERT_FALSE(k.nextSteps.isEmpty());
    EXPECT_EQ(k.nextSteps.first().code, u"next_step.objection"_s);
    EXPECT_TRUE(codes(k.nextSteps).contains(u"next_step.book_professional"_s))
        << codes(k.nextSteps).join(u", "_s).toStdString();
    ASSERT_FALSE(k.assessment.options.isEmpty());
    EXPECT_EQ(k.assessment.options.first().kind, OptionKind::Bankruptcy);
    EXPECT_TRUE(k.assessment.options.first().chosen);
    const QJsonObject j = toJson(k, Narrator(Language::English));
    EXPECT_EQ(j.value(u"chosen_option"_s).toString(), u"bankruptcy"_s);
    EXPECT_TRUE(j.value(u"options"_s).toArray().at(0).toObject().value(u"chosen"_s).toBool());
    EXPECT_TRUE(j.value(u"next_steps"_s).toArray().at(0).toString().contains(u"objection"_s));

    c.chosenOption.reset();
    const QJsonObject none = toJson(Consultation::assess(c, kAsOf), Narrator(Language::English));
    EXPECT_TRUE(none.value(u"chosen_option"_s).isNull());
}

} // namespace
