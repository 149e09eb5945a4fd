// 消滅時効: the warnings beside the figure (民法142条 not applied, forfeiture, disputes), ISO
// dates, taxes routed apart, the basis codes, missing data and Japanese narration. Split from
// LimitationPeriodTest.cpp (the vectors), same helpers.
#include "law/LimitationPeriod.h"

#include "LimitationTestSupport.h"
#include "Narrate.h"
#include "i18n/Language.h"
#include "law/Period.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace zansai::law;
using K = LimitationEventKind;
using B = LimitationBasis;

using namespace zansai::law::testsupport;

namespace {

bool warningMentions(const LimitationResult& r, const QString& needle)
{
    for (const auto& w : en(r.warnings))
        if (w.contains(needle))
            return true;
    return false;
}

bool warningMentionsJa(const LimitationResult& r, const QString& needle)
{
    for (const auto& w : ja(r.warnings))
        if (w.contains(needle))
            return true;
    return false;
}

TEST(LimitationWarnings, HolidayLastDayNamesTheChoice)
{
    // T2: 2025-03-16 is a Sunday; 民法142条 is not applied, and the output says so.
    const auto t2 = computeLimitation(
        loan(LenderKind::Bank, QDate(2010, 6, 1), QDate(2020, 3, 16), QDate(2025, 1, 1)));
    EXPECT_EQ(t2.completesOn, QDate(2025, 3, 16));
    EXPECT_TRUE(warningMentions(t2, QStringLiteral("a Sunday")));
    EXPECT_TRUE(warningMentions(t2, QStringLiteral("大阪地判昭和48年9月4日")));
    EXPECT_TRUE(warningMentions(t2, QStringLiteral("142")));

    // T7: suspended to 2025-06-01, a Sunday.
    const auto t7 = computeLimitation(loan(LenderKind::Bank, QDate(2015, 1, 1), QDate(2019, 9, 1),
                                           QDate(2024, 12, 1),
                                           {ev(QDate(2024, 6, 1), K::NegotiationAgreement)}));
    EXPECT_TRUE(warningMentions(t7, QStringLiteral("a Sunday")));

    // 2029-02-28 is a Wednesday: no holiday warning. 2024-08-31 (card_company_old) is a Saturday.
    const auto open = computeLimitation(
        loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(2024, 2, 28), QDate(2025, 1, 1)));
    EXPECT_FALSE(warningMentions(open, QStringLiteral("142")));
    const auto sat = computeLimitation(
        loan(LenderKind::CardCompany, QDate(2016, 1, 1), QDate(2019, 8, 31), QDate(2025, 1, 1)));
    EXPECT_TRUE(warningMentions(sat, QStringLiteral("a Saturday")));
    // A national holiday: accelerated 2021-02-23 → 2026-02-23 (天皇誕生日).
    const auto hol = computeLimitation(
        loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(2021, 2, 23), QDate(2025, 1, 1)));
    EXPECT_EQ(hol.completesOn, QDate(2026, 2, 23));
    EXPECT_TRUE(warningMentions(hol, QStringLiteral("a national holiday")));
    // Year-end closure: accelerated 2020-12-29 → 2025-12-29 (Monday, courts closed).
    const auto ye = computeLimitation(
        loan(LenderKind::Bank, QDate(2020, 5, 1), QDate(2020, 12, 29), QDate(2025, 1, 1)));
    EXPECT_EQ(ye.completesOn, QDate(2025, 12, 29));
    EXPECT_TRUE(warningMentions(ye, QStringLiteral("year-end")));
}

TEST(LimitationWarnings, ForfeitureAndDisputes)
{
    const auto running = computeLimitation(t1(QDate(2024, 4, 1)));
    EXPECT_TRUE(warningMentions(running, QStringLiteral("token payment")));
    const auto done = computeLimitation(t1(QDate(2024, 6, 1)));
    EXPECT_TRUE(done.completed);
    EXPECT_TRUE(warningMentions(done, QStringLiteral("The period has completed")));

    // §12.4: 代位弁済 after 2020-04-01 on a pre-2020 commission contract.
    const auto t4 = computeLimitation(loan(LenderKind::GuaranteeCompany, QDate(2012, 7, 1),
                                           QDate(2021, 9, 30), QDate(2025, 1, 1)));
    EXPECT_TRUE(warningMentions(t4, QStringLiteral("not verified")));
    EXPECT_TRUE(en(t4.steps.first().text).contains(QStringLiteral("求償権")));

    const auto pending =
        computeLimitation(loan(LenderKind::Bank, QDate(2021, 4, 1), QDate(2022, 1, 10),
                               QDate(2030, 1, 1), {ev(QDate(2026, 6, 1), K::SeizureFiled)}));
    EXPECT_TRUE(warningMentions(pending, QStringLiteral("earliest possible")));

    const auto unknown =
        computeLimitation(loan(LenderKind::Jhf, QDate(), QDate(2023, 1, 10), QDate(2025, 1, 1)));
    EXPECT_TRUE(warningMentions(unknown, QStringLiteral("contract date")));
}

TEST(LimitationSteps, DatesAreWrittenOutInEnglish)
{
    // The step texts' dates, as English sentences write them ("1 January 2018"), against QLocale's
    // own form for every acceleration day of 2018–2029, leap days and month ends included.
    const auto words = [](QDate d) {
        return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
    };
    for (QDate d(2018, 1, 1); d <= QDate(2029, 12, 31); d = d.addDays(1)) {
        const auto r =
            computeLimitation(loan(LenderKind::Bank, QDate(2017, 1, 1), d, QDate(2018, 1, 1)));
        const QString expected =
            QStringLiteral("Accelerated on %1: the period runs from the next day, %2, for 5 years "
                           "and ends %3.")
                .arg(words(d), words(d.addDays(1)), words(periodEndYears(d, 5)));
        ASSERT_EQ(en(r.steps[2].text), expected) << d.toString(Qt::ISODate).toStdString();
    }
}

TEST(LimitationTaxes, AreNotTheCivilRegime)
{
    const auto tax =
        computeLimitation(loan(LenderKind::PublicAuthority, QDate(), QDate(2026, 3, 16),
                               QDate(2027, 1, 1), {ev(QDate(2026, 5, 1), K::Payment)}));
    // Due 2026-03-16 (→ 2031-03-16); the part payment of 2026-05-01 renews: 5 years from
    // 2026-05-02 → 2031-05-01 (tests/core/law/TaxLimitationTest.cpp has the rest).
    EXPECT_EQ(tax.years, 5);
    EXPECT_EQ(tax.completesOn, QDate(2031, 5, 1));
    EXPECT_FALSE(tax.completed);
    ASSERT_EQ(tax.steps.size(), 2);
    EXPECT_EQ(tax.steps[0].article, QStringLiteral("国税通則法72条1項、地方税法18条1項"));
    EXPECT_EQ(tax.steps[1].article,
              QStringLiteral("国税通則法72条3項・民法152条1項、地方税法18条3項"));
    EXPECT_TRUE(warningMentions(tax, QStringLiteral("tax office")));
}

TEST(LimitationBasisCodes, MatchTheSpec)
{
    EXPECT_EQ(toCode(B::OldCommercial), QStringLiteral("old_commercial"));
    EXPECT_EQ(toCode(B::OldCivil), QStringLiteral("old_civil"));
    EXPECT_EQ(toCode(B::New), QStringLiteral("new"));
    EXPECT_EQ(toCode(B::Judgment), QStringLiteral("judgment"));
}

TEST(LimitationMissingData, AccelerationIsReported)
{
    const auto r =
        computeLimitation(loan(LenderKind::Bank, QDate(2021, 1, 1), QDate(), QDate(2025, 1, 1)));
    EXPECT_FALSE(r.completesOn.isValid());
    EXPECT_FALSE(r.completed);
    EXPECT_EQ(r.warnings.size(), 1);
}

} // namespace

namespace {

// The same computation narrated in Japanese, with no translator installed: the steps are
// Messages, written for the language asked.
TEST(LimitationJapanese, StepsAndWarningsAreNarratedInJapanese)
{

    const auto t2 = computeLimitation(
        loan(LenderKind::Bank, QDate(2010, 6, 1), QDate(2020, 3, 16), QDate(2025, 1, 1)));
    ASSERT_EQ(t2.steps.size(), 3);
    EXPECT_EQ(
        ja(t2.steps[0].text),
        QStringLiteral(
            "契約日(平成22年6月1日)が2020年4月1日より前なので、旧法の時効期間が適用されます。"));
    EXPECT_EQ(ja(t2.steps[2].text),
              QStringLiteral("期限の利益喪失(令和2年3月16日)"
                             "の翌日令和2年3月17日から5年、満了日は令和7年3月16日です。"));
    EXPECT_TRUE(warningMentionsJa(
        t2, QStringLiteral("満了日令和7年3月16日は日曜日で、裁判所の閉庁日です。")));
    EXPECT_TRUE(warningMentionsJa(t2, QStringLiteral("少数説")));

    const auto t6 = computeLimitation(t1(QDate(2024, 10, 15), {ev(QDate(2024, 5, 1), K::Demand),
                                                               ev(QDate(2024, 10, 1), K::Demand)}));
    EXPECT_EQ(ja(t6.steps[4].text),
              QStringLiteral(
                  "令和6年10月1日の催告: 先の催告で完成が猶予されている間の再度の催告には効果が"
                  "ありません(猶予は令和6年11月1日までのままです)。"));

    const auto t9 = computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2021, 6, 1),
                                           QDate(2025, 1, 1),
                                           {ev(QDate(2021, 11, 25), K::VoluntarySaleSettled)}));
    EXPECT_TRUE(
        ja(t9.steps.last().text).startsWith(QStringLiteral("令和3年11月25日の任意売却の決済: ")));
    EXPECT_TRUE(ja(t9.steps.last().text)
                    .endsWith(QStringLiteral(
                        "翌日から時効が更新されて5年、満了日は令和8年11月25日です。")));

    const auto forfeit =
        computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2018, 1, 10),
                               QDate(2024, 6, 1), {ev(QDate(2024, 2, 1), K::Payment)}));
    EXPECT_EQ(
        ja(forfeit.steps.last().text),
        QStringLiteral(
            "令和6年2月1日の支払いは時効完成(令和5年1月10日)"
            "の後です。時効完成を知らなかったとしても、"
            "その時効はもう援用できません。新たに5年の時効が進行し、満了日は令和11年2月1日です。"));

    // Sentences joined after 。 take no space.
    const auto old =
        computeLimitation(loan(LenderKind::Bank, QDate(2010, 1, 1), QDate(2017, 6, 1),
                               QDate(2024, 6, 1), {ev(QDate(2019, 12, 20), K::Payment)}));
    EXPECT_EQ(ja(old.steps.last().text),
              QStringLiteral(
                  "令和元年12月20日の支払いは債務の承認にあたります。翌日から時効が更新されて5年、"
                  "満了日は令和6年12月20日です。2020年4月1日より前の事由なので旧法の「中断」に"
                  "あたり、効果は同じです(改正附則10条2項)。"));
}

} // namespace
