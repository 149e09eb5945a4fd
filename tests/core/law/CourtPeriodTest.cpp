// Court periods of 民事訴訟法95条: the first day is not counted (民法140条) and a last day on a
// closed day (Sat, Sun, 祝日法の休日, 1/2, 1/3, 12/29–12/31) moves to the next open day.
#include "law/CourtPeriod.h"

#include <gtest/gtest.h>

using namespace zansai::law;

namespace {

struct DeadlineCase {
    QDate served;
    int days;
    QDate rawEnd;
    QDate deadline;
};

void PrintTo(const DeadlineCase& c, std::ostream* os)
{
    *os << c.served.toString(Qt::ISODate).toStdString() << " + " << c.days;
}

class Deadline : public ::testing::TestWithParam<DeadlineCase> {};

TEST_P(Deadline, FollowsCivilProcedure95)
{
    const auto& c = GetParam();
    EXPECT_EQ(courtDeadline(c.served, c.days), c.deadline);
    const CourtDeadline detail = courtDeadlineDetail(c.served, c.days);
    EXPECT_EQ(detail.rawEnd, c.rawEnd);
    EXPECT_EQ(detail.deadline, c.deadline);
    // Every day from the raw end to the deadline was skipped, and no other.
    EXPECT_EQ(detail.skipped.size(), c.rawEnd.daysTo(c.deadline));
    for (qsizetype i = 0; i < detail.skipped.size(); ++i)
        EXPECT_EQ(detail.skipped[i], c.rawEnd.addDays(i));
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, Deadline,
    ::testing::Values(
        // docs/legal-rules.md §7: served Monday 2025-02-03, 2 weeks → Monday 2025-02-17.
        DeadlineCase{QDate(2025, 2, 3), 14, QDate(2025, 2, 17), QDate(2025, 2, 17)},
        // Year end: 12/29–12/31, 元日, 1/2, 1/3 (Sat), 1/4 (Sun) → Monday 2026-01-05.
        DeadlineCase{QDate(2025, 12, 15), 14, QDate(2025, 12, 29), QDate(2026, 1, 5)},
        // 12/31 → 1/1–1/3 (Wed–Fri) → Sat 1/4, Sun 1/5 → Monday 2025-01-06.
        DeadlineCase{QDate(2024, 12, 17), 14, QDate(2024, 12, 31), QDate(2025, 1, 6)},
        // Friday 12/27 is still open: the closure begins on 12/29.
        DeadlineCase{QDate(2024, 12, 13), 14, QDate(2024, 12, 27), QDate(2024, 12, 27)},
        // Saturday 12/28 → Sunday → 12/29 … 1/3 (Fri) → Sat 1/4, Sun 1/5 → 2020-01-06.
        DeadlineCase{QDate(2019, 12, 14), 14, QDate(2019, 12, 28), QDate(2020, 1, 6)},
        // Golden Week 2026: 5/3 (Sun) 憲法記念日, 5/4, 5/5, 5/6 振替休日 → Thursday 5/7.
        DeadlineCase{QDate(2026, 4, 19), 14, QDate(2026, 5, 3), QDate(2026, 5, 7)},
        // 即時抗告 (1 week) over Golden Week: 5/5 → 5/6 → 5/7.
        DeadlineCase{QDate(2026, 4, 28), 7, QDate(2026, 5, 5), QDate(2026, 5, 7)},
        // 2019's ten days: 4/30 国民の休日 … 5/6 振替休日 → Tuesday 5/7.
        DeadlineCase{QDate(2019, 4, 16), 14, QDate(2019, 4, 30), QDate(2019, 5, 7)},
        // Silver Week 2026: Sat 9/19, Sun, 敬老の日, 国民の休日, 秋分の日 → Thursday 9/24.
        DeadlineCase{QDate(2026, 9, 5), 14, QDate(2026, 9, 19), QDate(2026, 9, 24)},
        // 2027-03-21 春分の日 (Sunday) → 3/22 振替休日 → Tuesday 3/23.
        DeadlineCase{QDate(2027, 3, 7), 14, QDate(2027, 3, 21), QDate(2027, 3, 23)},
        // Saturday and Sunday alone.
        DeadlineCase{QDate(2025, 2, 1), 14, QDate(2025, 2, 15), QDate(2025, 2, 17)},
        // A leap day is an ordinary open day.
        DeadlineCase{QDate(2024, 2, 15), 14, QDate(2024, 2, 29), QDate(2024, 2, 29)},
        // One day: Sat 1/10, Sun 1/11, 成人の日 1/12 → Tuesday 2026-01-13.
        DeadlineCase{QDate(2026, 1, 9), 1, QDate(2026, 1, 10), QDate(2026, 1, 13)},
        // 30 days (民訴392条) across the month end.
        DeadlineCase{QDate(2026, 1, 30), 30, QDate(2026, 3, 1), QDate(2026, 3, 2)},
        // Served on a holiday: the period still starts the next day.
        DeadlineCase{QDate(2026, 1, 1), 14, QDate(2026, 1, 15), QDate(2026, 1, 15)},
        // Before 2007: 1998-05-04 is the 振替休日 of Sunday 5/3, 5/5 こどもの日 → 5/6.
        DeadlineCase{QDate(1998, 4, 19), 14, QDate(1998, 5, 3), QDate(1998, 5, 6)}));

} // namespace

TEST(CourtPeriod, AnOpenLastDaySkipsNothing)
{
    const CourtDeadline d = courtDeadlineDetail(QDate(2025, 2, 3), 14);
    EXPECT_TRUE(d.skipped.isEmpty());
    EXPECT_EQ(d.deadline, QDate(2025, 2, 17));
}

TEST(CourtPeriod, InvalidDateGivesInvalid)
{
    EXPECT_FALSE(courtDeadline(QDate(), 14).isValid());
    const CourtDeadline d = courtDeadlineDetail(QDate(), 14);
    EXPECT_FALSE(d.deadline.isValid());
    EXPECT_TRUE(d.skipped.isEmpty());
}
