// 自己破産 (advice/options/BankruptcyOption.cpp): streams, fees, assets lost, the 7-year rule,
// what survives, guarantors and occupations.
#include "OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

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
    EXPECT_HAS(o.reasons, u"Assumed filing date 21 January 2027 (60 days"_s);
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
    EXPECT_HAS(hit.warnings, u"a filing on or before 10 April 2026 falls within 7 years "
                             u"(破産法252条1項10号)"_s);
    EXPECT_HAS(hit.warnings, u"破産法252条2項"_s);
    EXPECT_HAS(hit.reasons, u"a ground to refuse the discharge to investigate"_s);
    EXPECT_EQ(hit.fees, Yen(666'500)); // investigated by a trustee

    // Filing 04-11 is clear, but a filing on any day from today (02-10) to 04-10 would not be:
    // 19 + 31 + 10 = 60 barred days, the exact last day and the first clear day are shown.
    const auto& clear = opt(s.run({}, QDate(2026, 2, 10)), OptionKind::Bankruptcy); // files 04-11
    EXPECT_TRUE(clear.eligible);
    EXPECT_LACKS(clear.warnings, u"falls within 7 years"_s);
    EXPECT_HAS(clear.warnings,
               u"ends on 10 April 2026. A filing from 10 February 2026 to 10 April 2026 "
               u"(60 days) would meet it; file on or after 11 April 2026."_s);
    EXPECT_EQ(clear.fees, Yen(316'500));

    // From 04-11 on no day to the filing is barred: the bar is only named as past.
    const auto& past = opt(s.run({}, QDate(2026, 4, 11)), OptionKind::Bankruptcy); // files 06-10
    EXPECT_LACKS(past.warnings, u"252条1項10号"_s);
    EXPECT_HAS(past.reasons,
               u"(the period ended 10 April 2026): 破産法252条1項10号 does not apply"_s);
    EXPECT_EQ(past.fees, Yen(316'500));
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
    EXPECT_HAS(o.warnings, u"○○市 survives the discharge: ¥312,000 (破産法253条1項1号)."_s);
    EXPECT_HAS(o.warnings, u"元配偶者 survives the discharge: ¥240,000 (破産法253条1項4号)."_s);
    EXPECT_EQ(o.surviving, Yen(552'000));
    // They keep growing as doing nothing: 2026-11-23..12-22, 30 days. The tax at the statutory
    // upper rate (9.1%, law/TaxLateFee.h), not its contract field: 300,000 × 0.091 × 30/365 =
    // 2,243.84 → 2,243; child support at 14%: 240,000 → 2,761 (truncated).
    // 552,000 + 2,243 + 2,761 = 557,004.
    EXPECT_EQ(o.balanceByMonth[1], Yen(557'004));
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
    EXPECT_TRUE(
        en(opt(s.run(), OptionKind::Rehabilitation).guarantorEffect).contains(u"177条2項"_s));
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
        if (other.kind != OptionKind::Bankruptcy) {
            EXPECT_TRUE(other.occupationLimits.isEmpty());
        }
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

// Every occupation counts, not only the main one: a company employee who guards on weekends
// (警備員) and keeps a 宅建士 registration is restricted under both laws, in the order given, each
// once; a side occupation that restricts nothing adds nothing.
TEST(Bankruptcy, EveryOccupationIsRestricted)
{
    Seed s;
    s.c.client.occupation = Occupation::CompanyEmployee;
    s.c.client.occupations = {Occupation::CompanyEmployee, Occupation::SecurityGuard,
                              Occupation::RealEstateAgent, Occupation::SecurityGuard,
                              Occupation::PartTime};
    const auto& o = opt(s.run(), OptionKind::Bankruptcy);
    ASSERT_EQ(o.occupationLimits.size(), 2);
    EXPECT_TRUE(en(o.occupationLimits[0]).contains(u"警備業法3条・14条"_s));
    EXPECT_TRUE(en(o.occupationLimits[1]).contains(u"宅地建物取引業法18条1項"_s));

    // The main occupation restricted, the list not naming it: occupationsOrMain() puts it first.
    Seed t;
    t.c.client.occupation = Occupation::Lawyer;
    t.c.client.occupations = {Occupation::TaxAccountant};
    const auto& p = opt(t.run(), OptionKind::Bankruptcy);
    ASSERT_EQ(p.occupationLimits.size(), 2);
    EXPECT_TRUE(en(p.occupationLimits[0]).contains(u"弁護士法7条"_s));
    EXPECT_TRUE(en(p.occupationLimits[1]).contains(u"税理士法4条"_s));
}

TEST(Bankruptcy, ReasonsCarryCodesArticlesAndDates)
{
    const auto& o = opt(Seed().run(), OptionKind::Bankruptcy);
    const QStringList c = codes(o.reasons);
    ASSERT_GE(c.size(), 3) << c.join(u", "_s).toStdString();
    EXPECT_EQ(c.at(0), u"bankruptcy.unable_to_pay"_s);
    EXPECT_EQ(o.reasons.at(0).article, u"破産法15条1項"_s);
    EXPECT_EQ(o.reasons.at(0).args.at(0), MessageArg(Yen(6'000'000)));
    EXPECT_EQ(c.at(1), u"bankruptcy.filing_date"_s);
    // The filing date as a date: as_of + 60 days.
    EXPECT_EQ(o.reasons.at(1).args.at(0), MessageArg(QDate(2027, 1, 21)));
    EXPECT_EQ(c.constLast(), u"bankruptcy.rights_restored"_s);
    EXPECT_EQ(o.reasons.constLast().article, u"破産法255条1項1号"_s);
    EXPECT_TRUE(codes(o.notes).contains(u"bankruptcy.fees"_s));
    EXPECT_EQ(o.limitationEffect.code, u"bankruptcy.proceedings_suspend"_s);
}

} // namespace
