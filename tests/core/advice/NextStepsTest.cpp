// The next steps after a combined plan: 時効の援用 for the time-barred debts, then another way out
// for the rest. A plan of payments is named with its monthly and months; a way out without
// payments (自己破産) is named alone — never "0 yen a month for 0 months".
#include "advice/NextSteps.h"
#include "i18n/Narrator.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Assessment combined(OptionKind rest, Yen monthly, int months)
{
    Assessment a;
    OptionAssessment o;
    o.kind = OptionKind::Limitation;
    o.eligible = true;
    o.rank = 1;
    o.combinedWith = rest;
    o.monthly = monthly;
    o.months = months;
    a.options << o;
    return a;
}

QString thenStep(const Assessment& a)
{
    const Narrator en(Language::English);
    for (const Message& m : nextSteps(Case{}, a))
        if (m.code == u"next_step.then_for_the_rest"_s)
            return en.text(m);
    return {};
}

} // namespace

TEST(NextSteps, ThenForTheRestNamesAPaymentPlanWithItsFigures)
{
    // 10,000 yen a month for 60 months (the installment plan of the debts not time-barred).
    const QString s = thenStep(combined(OptionKind::Installment, Yen(10000), 60));
    ASSERT_FALSE(s.isEmpty());
    EXPECT_TRUE(s.contains(u"60 months"_s)) << s.toStdString();
    EXPECT_TRUE(s.contains(u"10,000"_s)) << s.toStdString();
}

TEST(NextSteps, ThenForTheRestNamesBankruptcyWithoutZeroFigures)
{
    const QString s = thenStep(combined(OptionKind::Bankruptcy, Yen(0), 0));
    ASSERT_FALSE(s.isEmpty());
    EXPECT_FALSE(s.contains(u"0 months"_s)) << s.toStdString();
    EXPECT_FALSE(s.contains(u"a month"_s)) << s.toStdString();
    EXPECT_TRUE(s.endsWith(u"."_s)) << s.toStdString();
}
