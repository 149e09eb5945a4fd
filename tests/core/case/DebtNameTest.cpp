// How sentences name a debt: by its creditor, never by the case's internal id (case/DebtName.h).
#include "case/DebtName.h"

#include "Narrate.h"

#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Debt debt(const QString& id, const QString& creditor, const QString& original = {})
{
    Debt d;
    d.id = id;
    d.creditor = creditor;
    d.originalCreditor = original;
    return d;
}

} // namespace

TEST(DebtName, TheCreditorAloneWhenItHoldsOneDebt)
{
    Case c;
    c.debts = {debt(u"d1"_s, u"アコム株式会社"_s), debt(u"d2"_s, u"みどり銀行"_s)};
    EXPECT_EQ(ja(debtName(c, u"d2"_s)), u"みどり銀行"_s);
    EXPECT_EQ(en(debtName(c, u"d2"_s)), u"みどり銀行"_s);
    EXPECT_EQ(debtName(c, u"d2"_s).code, u"debt.name"_s);
}

TEST(DebtName, TwoDebtsOfOneCreditorByOrdinalOrOriginalCreditor)
{
    Case c;
    c.debts = {debt(u"d1"_s, u"アコム"_s), debt(u"d2"_s, u"みどり銀行"_s),
               debt(u"d3"_s, u"アコム"_s), debt(u"d4"_s, u"東都債権回収"_s, u"ミライカード"_s),
               debt(u"d5"_s, u"東都債権回収"_s, u"スマイルカード"_s)};
    // d1 and d3 share アコム: first and second of its debts, in the case's order.
    EXPECT_EQ(ja(debtName(c, u"d1"_s)), u"アコム（1件目）"_s);
    EXPECT_EQ(ja(debtName(c, u"d3"_s)), u"アコム（2件目）"_s);
    EXPECT_EQ(en(debtName(c, u"d3"_s)), u"アコム (no. 2)"_s);
    // d4 and d5 share the servicer but not the lender they were bought from.
    EXPECT_EQ(ja(debtName(c, u"d5"_s)), u"東都債権回収（原債権者 スマイルカード）"_s);
    EXPECT_EQ(en(debtName(c, u"d4"_s)), u"東都債権回収 (originally ミライカード)"_s);
}

TEST(DebtName, AMissingCreditorIsNamedByItsPlaceNotItsId)
{
    Case c;
    // Consultation's evaluable case stands the id in for a missing creditor: no name either.
    c.debts = {debt(u"d1"_s, u"アコム"_s), debt(u"d7"_s, QString()), debt(u"d9"_s, u"d9"_s)};
    EXPECT_EQ(ja(debtName(c, u"d7"_s)), u"2件目の債務"_s);
    EXPECT_EQ(en(debtName(c, u"d9"_s)), u"debt no. 3"_s);
}
