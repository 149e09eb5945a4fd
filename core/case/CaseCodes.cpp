#include "case/CaseCodes.h"

#include <array>
#include <utility>

namespace zansai {

namespace {

template <typename E, std::size_t N> using CodeTable = std::array<std::pair<E, const char*>, N>;

// One table per enum, in declaration order (CaseCodesTest checks every enumerator has its code).
// The codes are the public names of docs/case-format.md: never rename one.
constexpr CodeTable<Occupation, 17> kOccupation{{
    {Occupation::CompanyEmployee, "company_employee"},
    {Occupation::PublicServant, "public_servant"},
    {Occupation::SelfEmployed, "self_employed"},
    {Occupation::PartTime, "part_time"},
    {Occupation::Pensioner, "pensioner"},
    {Occupation::Unemployed, "unemployed"},
    {Occupation::SecurityGuard, "security_guard"},
    {Occupation::InsuranceAgent, "insurance_agent"},
    {Occupation::RealEstateAgent, "real_estate_agent"},
    {Occupation::Shihoshoshi, "shihoshoshi"},
    {Occupation::TaxAccountant, "tax_accountant"},
    {Occupation::Lawyer, "lawyer"},
    {Occupation::Accountant, "accountant"},
    {Occupation::AdministrativeScrivener, "administrative_scrivener"},
    {Occupation::SocialInsuranceLabourConsultant, "social_insurance_labour_consultant"},
    {Occupation::MoneyLender, "money_lender"},
    {Occupation::Other, "other"},
}};

constexpr CodeTable<PayCycle, 5> kPayCycle{{
    {PayCycle::Monthly, "monthly"},
    {PayCycle::SemiMonthly, "semi_monthly"},
    {PayCycle::TenDays, "ten_days"},
    {PayCycle::Weekly, "weekly"},
    {PayCycle::Daily, "daily"},
}};

constexpr CodeTable<DebtKind, 7> kDebtKind{{
    {DebtKind::HousingLoan, "housing_loan"},
    {DebtKind::Card, "card"},
    {DebtKind::ConsumerLoan, "consumer_loan"},
    {DebtKind::CarLoan, "car_loan"},
    {DebtKind::Tax, "tax"},
    {DebtKind::ChildSupport, "child_support"},
    {DebtKind::Other, "other"},
}};

constexpr CodeTable<LenderKind, 10> kLenderKind{{
    {LenderKind::Bank, "bank"},
    {LenderKind::CreditUnion, "credit_union"},
    {LenderKind::Jhf, "jhf"},
    {LenderKind::GuaranteeCompany, "guarantee_company"},
    {LenderKind::PublicGuarantor, "public_guarantor"},
    {LenderKind::ConsumerFinance, "consumer_finance"},
    {LenderKind::CardCompany, "card_company"},
    {LenderKind::Individual, "individual"},
    {LenderKind::PublicAuthority, "public_authority"},
    {LenderKind::Other, "other"},
}};

constexpr CodeTable<DayBasis, 3> kDayBasis{{
    {DayBasis::Days365, "365"},
    {DayBasis::Actual, "actual"},
    {DayBasis::Court, "court"}, // spec revision 2: whole years first (東京地裁民事21部)
}};

constexpr CodeTable<GuarantorKind, 3> kGuarantorKind{{
    {GuarantorKind::None, "none"},
    {GuarantorKind::Individual, "individual"},
    {GuarantorKind::GuaranteeCompany, "guarantee_company"},
}};

constexpr CodeTable<DebtEventType, 24> kDebtEventType{{
    {DebtEventType::Payment, "payment"},
    {DebtEventType::Acknowledgment, "acknowledgment"},
    {DebtEventType::VoluntarySaleSettled, "voluntary_sale_settled"},
    {DebtEventType::Demand, "demand"},
    {DebtEventType::NegotiationAgreement, "negotiation_agreement"},
    {DebtEventType::NegotiationRefused, "negotiation_refused"},
    {DebtEventType::LawsuitServed, "lawsuit_served"},
    {DebtEventType::PaymentOrderServed, "payment_order_served"},
    {DebtEventType::ProvisionalEnforcementServed, "provisional_enforcement_served"},
    {DebtEventType::JudgmentServed, "judgment_served"},
    {DebtEventType::JudgmentFinal, "judgment_final"},
    {DebtEventType::CourtSettlement, "court_settlement"},
    {DebtEventType::EnforceableDeed, "enforceable_deed"},
    {DebtEventType::SeizureFiled, "seizure_filed"},
    {DebtEventType::AuctionFiled, "auction_filed"},
    {DebtEventType::AuctionWithdrawn, "auction_withdrawn"},
    {DebtEventType::ClaimAssigned, "claim_assigned"},
    {DebtEventType::LimitationInvoked, "limitation_invoked"},
    {DebtEventType::LawsuitWithdrawn, "lawsuit_withdrawn"},
    {DebtEventType::LawsuitDismissed, "lawsuit_dismissed"},
    {DebtEventType::PaymentOrderObjection, "payment_order_objection"},
    {DebtEventType::PaymentOrderLapsed, "payment_order_lapsed"},
    {DebtEventType::SeizureWithdrawn, "seizure_withdrawn"},
    {DebtEventType::SeizureCompleted, "seizure_completed"},
}};

constexpr CodeTable<ClientRole, 2> kClientRole{{
    {ClientRole::Debtor, "debtor"},
    {ClientRole::Guarantor, "guarantor"},
}};

constexpr CodeTable<SeizureTarget, 3> kSeizureTarget{{
    {SeizureTarget::Wages, "wages"},
    {SeizureTarget::Deposits, "deposits"},
    {SeizureTarget::Other, "other"},
}};

constexpr CodeTable<SaleKind, 2> kSaleKind{{
    {SaleKind::Voluntary, "voluntary"},
    {SaleKind::Auction, "auction"},
}};

constexpr CodeTable<OptionKind, 7> kOptionKind{{
    {OptionKind::Installment, "installment"},
    {OptionKind::LumpSum, "lump_sum"},
    {OptionKind::VoluntaryArrangement, "voluntary_arrangement"},
    {OptionKind::Rehabilitation, "rehabilitation"},
    {OptionKind::Bankruptcy, "bankruptcy"},
    {OptionKind::Limitation, "limitation"},
    {OptionKind::DoNothing, "do_nothing"},
}};

template <typename E, std::size_t N> QString codeOf(const CodeTable<E, N>& table, E v)
{
    for (const auto& [value, code] : table) {
        if (value == v)
            return QString::fromLatin1(code);
    }
    return {}; // only for a value outside the enum (a cast integer): no code
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E, N>& table, const QString& code)
{
    for (const auto& [value, c] : table) {
        if (code == QLatin1String(c))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList codesOf(const CodeTable<E, N>& table)
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const auto& entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

#define ZANSAI_CASE_CODES(Enum, table)                                                             \
    QString toCode(Enum v)                                                                         \
    {                                                                                              \
        return codeOf(table, v);                                                                   \
    }                                                                                              \
    template <> std::optional<Enum> fromCode<Enum>(const QString& code)                            \
    {                                                                                              \
        return valueOf(table, code);                                                               \
    }                                                                                              \
    template <> QStringList allCodes<Enum>()                                                       \
    {                                                                                              \
        return codesOf(table);                                                                     \
    }

ZANSAI_CASE_CODES(Occupation, kOccupation)
ZANSAI_CASE_CODES(PayCycle, kPayCycle)
ZANSAI_CASE_CODES(DebtKind, kDebtKind)
ZANSAI_CASE_CODES(LenderKind, kLenderKind)
ZANSAI_CASE_CODES(DayBasis, kDayBasis)
ZANSAI_CASE_CODES(GuarantorKind, kGuarantorKind)
ZANSAI_CASE_CODES(DebtEventType, kDebtEventType)
ZANSAI_CASE_CODES(SeizureTarget, kSeizureTarget)
ZANSAI_CASE_CODES(SaleKind, kSaleKind)
ZANSAI_CASE_CODES(ClientRole, kClientRole)
ZANSAI_CASE_CODES(OptionKind, kOptionKind)

#undef ZANSAI_CASE_CODES

} // namespace zansai
