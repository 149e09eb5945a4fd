#include "case/CaseCodes.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

// Every enumerator (0 … count−1) has its own non-empty code, found again by fromCode, and
// allCodes lists them in declaration order.
template <typename E> void expectBijection(int count, const QStringList& specCodes)
{
    EXPECT_EQ(allCodes<E>(), specCodes);
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        const E v = static_cast<E>(i);
        const QString code = toCode(v);
        EXPECT_EQ(code, specCodes.value(i)) << "enumerator " << i;
        EXPECT_FALSE(seen.contains(code)) << code.toStdString();
        seen.insert(code);
        const auto back = fromCode<E>(code);
        ASSERT_TRUE(back.has_value()) << code.toStdString();
        EXPECT_EQ(*back, v);
    }
    EXPECT_FALSE(fromCode<E>(QString()).has_value());
    EXPECT_FALSE(fromCode<E>(QStringLiteral("unknown_code")).has_value());
    EXPECT_TRUE(toCode(static_cast<E>(count)).isEmpty()); // outside the enum: no code
}

QStringList codes(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* c : list)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace

TEST(CaseCodes, Occupation)
{
    expectBijection<Occupation>(
        17,
        codes({"company_employee", "public_servant", "self_employed", "part_time", "pensioner",
               "unemployed", "security_guard", "insurance_agent", "real_estate_agent",
               "shihoshoshi", "tax_accountant", "lawyer", "accountant", "administrative_scrivener",
               "social_insurance_labour_consultant", "money_lender", "other"}));
}

TEST(CaseCodes, PayCycle)
{
    expectBijection<PayCycle>(5, codes({"monthly", "semi_monthly", "ten_days", "weekly", "daily"}));
}

TEST(CaseCodes, DebtKind)
{
    expectBijection<DebtKind>(7, codes({"housing_loan", "card", "consumer_loan", "car_loan", "tax",
                                        "child_support", "other"}));
}

TEST(CaseCodes, LenderKind)
{
    expectBijection<LenderKind>(
        10, codes({"bank", "credit_union", "jhf", "guarantee_company", "public_guarantor",
                   "consumer_finance", "card_company", "individual", "public_authority", "other"}));
}

TEST(CaseCodes, DayBasis)
{
    expectBijection<DayBasis>(3, codes({"365", "actual", "court"}));
    EXPECT_EQ(fromCode<DayBasis>(QStringLiteral("365")), DayBasis::Days365);
    EXPECT_FALSE(fromCode<DayBasis>(QStringLiteral("366")).has_value());
    EXPECT_FALSE(fromCode<DayBasis>(QStringLiteral("360")).has_value());
}

TEST(CaseCodes, GuarantorKind)
{
    expectBijection<GuarantorKind>(3, codes({"none", "individual", "guarantee_company"}));
}

TEST(CaseCodes, DebtEventType)
{
    expectBijection<DebtEventType>(
        24, codes({"payment", "acknowledgment", "voluntary_sale_settled", "demand",
                   "negotiation_agreement", "negotiation_refused", "lawsuit_served",
                   "payment_order_served", "provisional_enforcement_served", "judgment_served",
                   "judgment_final", "court_settlement", "enforceable_deed", "seizure_filed",
                   "auction_filed", "auction_withdrawn", "claim_assigned", "limitation_invoked",
                   // format revision 2
                   "lawsuit_withdrawn", "lawsuit_dismissed", "payment_order_objection",
                   "payment_order_lapsed", "seizure_withdrawn", "seizure_completed"}));
}

TEST(CaseCodes, ClientRole)
{
    expectBijection<ClientRole>(2, codes({"debtor", "guarantor"}));
}

TEST(CaseCodes, SeizureTarget)
{
    expectBijection<SeizureTarget>(3, codes({"wages", "deposits", "other"}));
}

TEST(CaseCodes, SaleKind)
{
    expectBijection<SaleKind>(2, codes({"voluntary", "auction"}));
}

TEST(CaseCodes, OptionKind)
{
    expectBijection<OptionKind>(
        7, codes({"installment", "lump_sum", "voluntary_arrangement", "rehabilitation",
                  "bankruptcy", "limitation", "do_nothing"}));
}

TEST(CaseCodes, CodesAreExactAndCaseSensitive)
{
    EXPECT_FALSE(fromCode<LenderKind>(QStringLiteral("Bank")).has_value());
    EXPECT_FALSE(fromCode<LenderKind>(QStringLiteral(" bank")).has_value());
    EXPECT_FALSE(fromCode<DebtKind>(QStringLiteral("housing-loan")).has_value());
    EXPECT_EQ(fromCode<Occupation>(QStringLiteral("real_estate_agent")),
              Occupation::RealEstateAgent);
    EXPECT_EQ(fromCode<DebtEventType>(QStringLiteral("enforceable_deed")),
              DebtEventType::EnforceableDeed);
}
