// 徴収権の消滅時効 of taxes (国税通則法72条・73条, 地方税法18条・18条の2): worked examples by hand.
// docs/legal-rules.md §9.1.
#include "law/TaxLimitation.h"

#include "Narrate.h"
#include "law/LimitationPeriod.h"

#include <gtest/gtest.h>

using namespace zansai::law;
using K = LimitationEventKind;

namespace {

LimitationEvent ev(QDate d, K k)
{
    return LimitationEvent{d, k, std::nullopt};
}

// 所得税 of 2020 due 2021-03-15: 5 years from 2021-03-16 → 2026-03-15 before any renewal.
LimitationInput tax(QDate asOf, QList<LimitationEvent> events)
{
    return LimitationInput{LenderKind::PublicAuthority, QDate(), QDate(2021, 3, 15),
                           std::move(events), asOf};
}

const QDate kDemand(2021, 5, 10); // 督促状 sent

struct TaxCase {
    const char* name;
    LimitationInput in;
    QDate completesOn;
    bool completed;
    bool pending;
    const char* lastArticle;
};

void PrintTo(const TaxCase& c, std::ostream* os)
{
    *os << c.name;
}

class TaxLimitation : public ::testing::TestWithParam<TaxCase> {};

TEST_P(TaxLimitation, Computes)
{
    const TaxCase& c = GetParam();
    const LimitationResult r = computeLimitation(c.in);
    EXPECT_EQ(r.years, 5);
    EXPECT_EQ(r.completesOn, c.completesOn);
    EXPECT_EQ(r.completed, c.completed);
    EXPECT_EQ(r.pendingProceeding, c.pending);
    EXPECT_FALSE(r.forfeited); // a tax is never revived (72条2項)
    ASSERT_FALSE(r.steps.isEmpty());
    EXPECT_EQ(r.steps.last().article, QString::fromUtf8(c.lastArticle));
    for (const LimitationStep& s : r.steps)
        EXPECT_FALSE(en(s.text).isEmpty());
    // What is out of scope is always said.
    bool scope = false;
    for (const QString& w : en(r.warnings))
        scope = scope || w.startsWith(QStringLiteral("Not evaluated for taxes"));
    EXPECT_TRUE(scope);
}

INSTANTIATE_TEST_SUITE_P(
    Taxes, TaxLimitation,
    ::testing::Values(
        // No events: lapses at the end of 2026-03-15.
        TaxCase{"none_running", tax(QDate(2026, 3, 15), {}), QDate(2026, 3, 15), false, false,
                "国税通則法72条1項、地方税法18条1項"},
        TaxCase{"none_lapsed", tax(QDate(2026, 3, 16), {}), QDate(2026, 3, 15), true, false,
                "国税通則法72条1項、地方税法18条1項"},
        // 督促状 sent 2021-05-10: day 1 is 05-10, 10 days have passed on 05-20; the period runs
        // again from 05-21: 5 years → 2026-05-20.
        TaxCase{"demand_notice", tax(QDate(2026, 5, 20), {ev(kDemand, K::Demand)}),
                QDate(2026, 5, 20), false, false, "国税通則法73条1項4号、地方税法18条の2第1項"},
        TaxCase{"demand_notice_lapsed", tax(QDate(2026, 5, 21), {ev(kDemand, K::Demand)}),
                QDate(2026, 5, 20), true, false, "国税通則法73条1項4号、地方税法18条の2第1項"},
        // A reminder (催告) on 2026-03-01: 6 months from 03-02 → 2026-09-01, past 2026-05-20.
        TaxCase{"reminder",
                tax(QDate(2026, 6, 1), {ev(kDemand, K::Demand), ev(QDate(2026, 3, 1), K::Demand)}),
                QDate(2026, 9, 1), false, false, "国税通則法72条3項・民法150条、地方税法18条3項"},
        // Part payment 2023-08-31: 5 years from 2023-09-01 → 2028-08-31.
        TaxCase{
            "part_payment",
            tax(QDate(2027, 1, 1), {ev(kDemand, K::Demand), ev(QDate(2023, 8, 31), K::Payment)}),
            QDate(2028, 8, 31), false, false, "国税通則法72条3項・民法152条1項、地方税法18条3項"},
        // Deposits seized 2022-02-01 and collected 2022-03-01: 5 years → 2027-03-01.
        TaxCase{
            "seizure_collected",
            tax(QDate(2027, 3, 2), {ev(kDemand, K::Demand), ev(QDate(2022, 2, 1), K::SeizureFiled),
                                    ev(QDate(2022, 3, 1), K::SeizureCompleted)}),
            QDate(2027, 3, 1), true, false, "国税通則法72条3項・民法148条、地方税法18条3項"},
        // A seizure still running on 2030-01-01: pending; 2026-05-20 is only a floor.
        TaxCase{"seizure_running",
                tax(QDate(2030, 1, 1),
                    {ev(kDemand, K::Demand), ev(QDate(2022, 2, 1), K::SeizureFiled)}),
                QDate(2026, 5, 20), false, true, "国税通則法72条3項・民法148条、地方税法18条3項"},
        // Seizure released 2023-01-10: renewed (disputed) → 2028-01-10.
        TaxCase{
            "seizure_released",
            tax(QDate(2027, 1, 1), {ev(kDemand, K::Demand), ev(QDate(2022, 2, 1), K::SeizureFiled),
                                    ev(QDate(2023, 1, 10), K::SeizureWithdrawn)}),
            QDate(2028, 1, 10), false, false, "国税通則法72条3項・民法148条、地方税法18条3項"},
        // Lapsed 2026-03-15; a payment on 2026-06-01 revives nothing (72条2項).
        TaxCase{"payment_after_lapse", tax(QDate(2026, 7, 1), {ev(QDate(2026, 6, 1), K::Payment)}),
                QDate(2026, 3, 15), true, false, "国税通則法72条2項、地方税法18条2項"},
        // A lawsuit is not a tax collection step: the period is unchanged.
        TaxCase{"court_event_ignored",
                tax(QDate(2026, 1, 1), {ev(QDate(2024, 1, 10), K::LawsuitServed)}),
                QDate(2026, 3, 15), false, false, "国税通則法72条・73条"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(TaxLimitationText, NamesTheTenDaysAndTheDispute)
{
    const LimitationResult r = computeLimitation(tax(QDate(2024, 1, 1), {ev(kDemand, K::Demand)}));
    ASSERT_EQ(r.steps.size(), 2);
    EXPECT_EQ(en(r.steps[1].text),
              QStringLiteral("Demand notice (督促状) sent on 10 May 2021: counting that day as the "
                             "first, 10 days have passed on 20 May 2021; completion is suspended "
                             "until then and the period restarts from the next day, 5 years, "
                             "ending 20 May 2026."));
    const LimitationResult released =
        computeLimitation(tax(QDate(2024, 1, 1), {ev(QDate(2022, 2, 1), K::SeizureFiled),
                                                  ev(QDate(2023, 1, 10), K::SeizureWithdrawn)}));
    bool disputed = false;
    for (const QString& w : en(released.warnings))
        disputed = disputed || (w.startsWith(QStringLiteral("Disputed:")) &&
                                w.contains(QStringLiteral("10 January 2023")));
    EXPECT_TRUE(disputed);
}

} // namespace
