// Every way out compared (issue 4 part 4): every kind listed once in rank order, and the public
// pieces of advice/OptionComparison.h. Each option has its own tests under options/ (mirroring
// advice/options/), the ranking in OptionRankingTest.cpp; the assessments are built by hand, so
// each figure follows from the inputs written next to it.
#include "advice/PracticeAssumptions.h"
#include "options/OptionTestSupport.h"

using namespace zansai;
using namespace zansai::optiontest;
using namespace Qt::StringLiterals;

namespace {

// --- Every option is listed, ranked -------------------------------------------------------------

TEST(OptionComparison, EveryKindListedOnceInRankOrder)
{
    const auto options = Seed().run();
    ASSERT_EQ(options.size(), 7);
    QList<OptionKind> kinds;
    for (int i = 0; i < options.size(); ++i) {
        EXPECT_EQ(options[i].rank, i + 1);
        EXPECT_FALSE(options[i].reasons.isEmpty()) << toCode(options[i].kind).toStdString();
        EXPECT_FALSE(options[i].rankReason.isEmpty());
        EXPECT_FALSE(options[i].guarantorEffect.isEmpty());
        EXPECT_EQ(options[i].balanceByMonth.size(), 121) << toCode(options[i].kind).toStdString();
        EXPECT_FALSE(kinds.contains(options[i].kind));
        kinds.append(options[i].kind);
    }
    EXPECT_EQ(options.last().kind, OptionKind::DoNothing);
}

// --- Pieces --------------------------------------------------------------------------------------

TEST(OptionPieces, AffordableAndAvailable)
{
    Case c = baseCase();
    EXPECT_EQ(affordableMonthly(c), Yen(40'000));
    EXPECT_EQ(availableCash(c), Yen(10'000));
    c.budget.expenses[u"other"_s] = Yen(300'000); // surplus negative
    EXPECT_EQ(affordableMonthly(c), Yen(0));
    EXPECT_EQ(availableCash(c), Yen(0));
}

TEST(OptionPieces, PracticeFiguresAreNamed)
{
    EXPECT_EQ(practice::kFilingPreparationDays, 60);
    EXPECT_EQ(practice::kArrangementMonths, 36);
    EXPECT_EQ(practice::kArrangementMonthsMax, 60);
    EXPECT_EQ(practice::kLimitationLetterCost, Yen(2'000));
}

} // namespace
