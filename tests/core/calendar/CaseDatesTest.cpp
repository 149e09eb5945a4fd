// CaseDates: the dates a calendar gets, read from the one assessment (Consultation::assess).
// The case (tests/data/calendar/five_dates.json), worked by hand:
//   d1 支払督促 served 2026-11-24 (Tue): 督促異議 2 weeks, 民訴95条 the first day not counted:
//      11-24 + 14 = 2026-12-08 (Tue, a business day).                       → objection 2026-12-08
//   d4 judgment served 2026-11-25 (Wed): 控訴 2 weeks (285条): 11-25 + 14 = 2026-12-09 (Wed).
//                                                                             → appeal 2026-12-09
//      (its hearing 2026-10-15 has passed: no event)
//   d2 lawsuit served 2026-11-20, first hearing 2027-01-12.                   → hearing 2027-01-12
//   d3 card company (商行為, 5 y, 旧商法522条; contract before 2020-04-01), 期限の利益喪失
//      2022-05-10, nothing since: counted from 2022-05-11 (民法140条), 5 years end 2027-05-10
//      (143条).                                                            → limitation 2027-05-10
//   d1, d2, d4: a proceeding is pending (147条): no completion day yet → no limitation event.
//   d5 accelerated 2015-01-10: completed 2020-01-10 → nothing left to mark.
#include "CalendarTestCase.h"

#include "advice/Consultation.h"
#include "calendar/CaseDates.h"

using namespace zansai;
using namespace zansai::calendar;
using namespace Qt::StringLiterals;

namespace {

struct Expected {
    DateKind kind;
    QDate due;
    const char* debt;
    const char* creditor;
    const char* article;
};

} // namespace

TEST(CaseDates, DeadlinesAndLimitationSoonestFirst)
{
    const Case c = fiveDatesCase();
    const QDate asOf(2026, 12, 1);
    const QList<CaseDate> dates = caseDates(c, Consultation::assess(c, asOf));
    const Expected expected[] = {
        {DateKind::Objection, QDate(2026, 12, 8), "d1", "アオイ債権回収株式会社",
         "民事訴訟法391条"},
        {DateKind::Appeal, QDate(2026, 12, 9), "d4", "ミドリ信販株式会社", "民事訴訟法285条"},
        {DateKind::Hearing, QDate(2027, 1, 12), "d2", "北斗銀行", "民事訴訟法158条・159条"},
        {DateKind::Limitation, QDate(2027, 5, 10), "d3", "株式会社サクラカード",
         "民法140条・143条"},
    };
    ASSERT_EQ(dates.size(), std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(dates[i].kind, expected[i].kind);
        EXPECT_EQ(dates[i].due, expected[i].due);
        EXPECT_EQ(dates[i].debtId, QString::fromUtf8(expected[i].debt));
        EXPECT_EQ(dates[i].creditor, QString::fromUtf8(expected[i].creditor));
        EXPECT_EQ(dates[i].article, QString::fromUtf8(expected[i].article));
        EXPECT_FALSE(dates[i].todo.isEmpty());
    }
    EXPECT_EQ(toCode(DateKind::Limitation), u"limitation"_s);
    EXPECT_EQ(toCode(DateKind::Objection), u"objection"_s);
}

TEST(CaseDates, PassedDeadlinesAreLeftOut)
{
    // As of 2026-12-09 the objection (12-08) has passed; the appeal's last day (12-09) is today
    // and stays.
    const Case c = fiveDatesCase();
    const QList<CaseDate> dates = caseDates(c, Consultation::assess(c, QDate(2026, 12, 9)));
    ASSERT_EQ(dates.size(), 3);
    EXPECT_EQ(dates[0].kind, DateKind::Appeal);
    EXPECT_EQ(dates[0].due, QDate(2026, 12, 9));
}

TEST(CaseDates, UnknownDatesGiveNoLimitationEvent)
{
    // d3 as a draft: its 期限の利益喪失日 not yet answered. The assessment counts around it with a
    // stand-in, which must not reach a calendar as if it were a completion day.
    Case c = fiveDatesCase();
    Debt& d3 = c.debts[2];
    ASSERT_EQ(d3.id, u"d3"_s);
    d3.acceleratedOn = QDate();
    d3.incompleteFields = {u"accelerated_on"_s};
    const Consultation consultation = Consultation::assess(c, QDate(2026, 12, 1));
    ASSERT_NE(consultation.incompleteDebt(u"d3"_s), nullptr);
    const QList<CaseDate> dates = caseDates(c, consultation);
    for (const CaseDate& d : dates)
        EXPECT_NE(d.debtId, u"d3"_s) << d.due.toString(Qt::ISODate).toStdString();
    // The court deadlines of the other debts are all still there.
    EXPECT_EQ(dates.size(), 3);
}

TEST(CaseDates, CompletedLimitationIsNotMarked)
{
    // As of 2027-05-10 d3's period completes that day (still marked); the day after it has
    // completed (民法145条: only the 援用 is left, which is no date to keep).
    const Case c = fiveDatesCase();
    const auto limitationDates = [&](QDate asOf) {
        int n = 0;
        for (const CaseDate& d : caseDates(c, Consultation::assess(c, asOf)))
            n += d.kind == DateKind::Limitation && d.debtId == u"d3"_s;
        return n;
    };
    EXPECT_EQ(limitationDates(QDate(2027, 5, 10)), 1);
    EXPECT_EQ(limitationDates(QDate(2027, 5, 11)), 0);
}
