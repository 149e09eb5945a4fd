// 民法458条の3: the creditor's notice to an individual guarantor within 2 months of the principal
// debtor's loss of the benefit of time; without it, no late interest until the notice.
#include "law/Guarantee.h"

#include <gtest/gtest.h>

using namespace zansai::law;

namespace {

struct NoticeCase {
    const char* name;
    QDate contract;
    bool individual;
    QDate lost;
    std::optional<QDate> notice;
    bool applies;
    QDate deadline;
    bool timely;
    QDate barredFrom, barredThrough;
};

class GuarantorNoticeTest : public ::testing::TestWithParam<NoticeCase> {};

TEST_P(GuarantorNoticeTest, TwoMonthsAndTheInterestBarred)
{
    const NoticeCase& c = GetParam();
    GuarantorNoticeInput in;
    in.guaranteeContractDate = c.contract;
    in.individualGuarantor = c.individual;
    in.principalLostBenefitOn = c.lost;
    in.noticeGivenOn = c.notice;
    in.asOf = QDate(2026, 11, 22);
    const GuarantorNoticeResult r = guarantorNotice(in);
    EXPECT_EQ(r.applies, c.applies);
    EXPECT_EQ(r.noticeDeadline, c.deadline);
    EXPECT_EQ(r.noticeTimely, c.timely);
    EXPECT_EQ(r.barredFrom, c.barredFrom);
    EXPECT_EQ(r.barredThrough, c.barredThrough);
}

INSTANTIATE_TEST_SUITE_P(
    Notice, GuarantorNoticeTest,
    ::testing::Values(
        // Lost 2025-06-10 (the creditor knew that day): 2 months from 2025-06-11 end on the day
        // before the 応当日 2025-08-11, i.e. 2025-08-10 (民法140条・143条2項). A notice that day is
        // timely: everything is claimable.
        NoticeCase{"timely", QDate(2021, 5, 1), true, QDate(2025, 6, 10), QDate(2025, 8, 10), true,
                   QDate(2025, 8, 10), true, QDate(), QDate()},
        // A notice one day late (2025-08-11): late interest from 2025-06-11 through 2025-08-10
        // (the day before the notice) cannot be claimed from the guarantor.
        NoticeCase{"late", QDate(2021, 5, 1), true, QDate(2025, 6, 10), QDate(2025, 8, 11), true,
                   QDate(2025, 8, 10), false, QDate(2025, 6, 11), QDate(2025, 8, 10)},
        // No notice at all: barred from 2025-06-11 through as_of 2026-11-22.
        NoticeCase{"none", QDate(2021, 5, 1), true, QDate(2025, 6, 10), std::nullopt, true,
                   QDate(2025, 8, 10), false, QDate(2025, 6, 11), QDate(2026, 11, 22)},
        // Month end: lost 2025-12-31 → the period starts 2026-01-01; its 応当日 two months on is
        // 2026-03-01, so it ends the day before, 2026-02-28 (143条2項).
        NoticeCase{"monthEnd", QDate(2021, 5, 1), true, QDate(2025, 12, 31), QDate(2026, 2, 28),
                   true, QDate(2026, 2, 28), true, QDate(), QDate()},
        // A guarantee contracted before 2020-04-01 keeps the old law (附則21条1項): no duty.
        NoticeCase{"oldLaw", QDate(2020, 3, 31), true, QDate(2025, 6, 10), std::nullopt, false,
                   QDate(), false, QDate(), QDate()},
        // A corporate guarantor (保証会社) is not protected (458条の3第3項).
        NoticeCase{"corporate", QDate(2021, 5, 1), false, QDate(2025, 6, 10), std::nullopt, false,
                   QDate(), false, QDate(), QDate()}),
    [](const ::testing::TestParamInfo<NoticeCase>& i) { return std::string(i.param.name); });

} // namespace
