#include "case/CaseLabels.h"

#include <QCoreApplication>

namespace zansai {

namespace {
struct LabelText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseLabels)
};
} // namespace

QString displayName(Occupation v)
{
    switch (v) {
    case Occupation::CompanyEmployee: return LabelText::tr("Company employee");
    case Occupation::PublicServant: return LabelText::tr("Public servant");
    case Occupation::SelfEmployed: return LabelText::tr("Self-employed");
    case Occupation::PartTime: return LabelText::tr("Part-time worker");
    case Occupation::Pensioner: return LabelText::tr("Pensioner");
    case Occupation::Unemployed: return LabelText::tr("Unemployed");
    case Occupation::SecurityGuard: return LabelText::tr("Security guard");
    case Occupation::InsuranceAgent: return LabelText::tr("Insurance agent");
    case Occupation::RealEstateAgent: return LabelText::tr("Real estate transaction agent");
    case Occupation::Shihoshoshi: return LabelText::tr("Judicial scrivener");
    case Occupation::TaxAccountant: return LabelText::tr("Tax accountant");
    case Occupation::Lawyer: return LabelText::tr("Lawyer");
    case Occupation::Accountant: return LabelText::tr("Certified public accountant");
    case Occupation::AdministrativeScrivener: return LabelText::tr("Administrative scrivener");
    case Occupation::SocialInsuranceLabourConsultant:
        return LabelText::tr("Labour and social security attorney");
    case Occupation::MoneyLender: return LabelText::tr("Money lender");
    case Occupation::Other: return LabelText::tr("Other occupation");
    }
    return {};
}

QString displayName(PayCycle v)
{
    switch (v) {
    case PayCycle::Monthly: return LabelText::tr("Monthly");
    case PayCycle::SemiMonthly: return LabelText::tr("Twice a month");
    case PayCycle::TenDays: return LabelText::tr("Every ten days");
    case PayCycle::Weekly: return LabelText::tr("Weekly");
    case PayCycle::Daily: return LabelText::tr("Daily");
    }
    return {};
}

QString displayName(DebtKind v)
{
    switch (v) {
    case DebtKind::HousingLoan: return LabelText::tr("Housing loan (residual)");
    case DebtKind::Card: return LabelText::tr("Credit card");
    case DebtKind::ConsumerLoan: return LabelText::tr("Consumer loan");
    case DebtKind::CarLoan: return LabelText::tr("Car loan");
    case DebtKind::Tax: return LabelText::tr("Taxes");
    case DebtKind::ChildSupport: return LabelText::tr("Child support");
    case DebtKind::Other: return LabelText::tr("Other debt");
    }
    return {};
}

QString displayName(LenderKind v)
{
    switch (v) {
    case LenderKind::Bank: return LabelText::tr("Bank");
    case LenderKind::CreditUnion: return LabelText::tr("Shinkin bank, credit cooperative, labour bank or JA");
    case LenderKind::Jhf: return LabelText::tr("Japan Housing Finance Agency (former GHLC)");
    case LenderKind::GuaranteeCompany: return LabelText::tr("Guarantee company (after subrogation)");
    case LenderKind::PublicGuarantor: return LabelText::tr("Credit guarantee corporation");
    case LenderKind::ConsumerFinance: return LabelText::tr("Consumer finance company");
    case LenderKind::CardCompany: return LabelText::tr("Card company");
    case LenderKind::Individual: return LabelText::tr("Private individual");
    case LenderKind::PublicAuthority: return LabelText::tr("Tax office or public authority");
    case LenderKind::Other: return LabelText::tr("Other lender");
    }
    return {};
}

QString displayName(DayBasis v)
{
    switch (v) {
    case DayBasis::Days365: return LabelText::tr("365 days a year");
    case DayBasis::Actual: return LabelText::tr("Actual days (366 in leap years)");
    }
    return {};
}

QString displayName(GuarantorKind v)
{
    switch (v) {
    case GuarantorKind::None: return LabelText::tr("No guarantor");
    case GuarantorKind::Individual: return LabelText::tr("Joint guarantor (a person)");
    case GuarantorKind::GuaranteeCompany: return LabelText::tr("Guarantee company");
    }
    return {};
}

QString displayName(DebtEventType v)
{
    switch (v) {
    case DebtEventType::Payment: return LabelText::tr("Payment");
    case DebtEventType::Acknowledgment: return LabelText::tr("Acknowledgment of the debt");
    case DebtEventType::VoluntarySaleSettled: return LabelText::tr("Voluntary sale settled");
    case DebtEventType::Demand: return LabelText::tr("Demand for payment");
    case DebtEventType::NegotiationAgreement: return LabelText::tr("Written agreement to negotiate");
    case DebtEventType::NegotiationRefused: return LabelText::tr("Negotiation refused in writing");
    case DebtEventType::LawsuitServed: return LabelText::tr("Lawsuit served");
    case DebtEventType::PaymentOrderServed: return LabelText::tr("Payment order served");
    case DebtEventType::ProvisionalEnforcementServed:
        return LabelText::tr("Payment order with provisional enforcement served");
    case DebtEventType::JudgmentServed: return LabelText::tr("Judgment served");
    case DebtEventType::JudgmentFinal: return LabelText::tr("Judgment final");
    case DebtEventType::CourtSettlement: return LabelText::tr("Court settlement");
    case DebtEventType::EnforceableDeed: return LabelText::tr("Enforceable notarial deed");
    case DebtEventType::SeizureFiled: return LabelText::tr("Seizure filed");
    case DebtEventType::AuctionFiled: return LabelText::tr("Auction filed");
    case DebtEventType::AuctionWithdrawn: return LabelText::tr("Auction withdrawn");
    case DebtEventType::ClaimAssigned: return LabelText::tr("Claim assigned to a servicer");
    case DebtEventType::LimitationInvoked: return LabelText::tr("Limitation invoked");
    }
    return {};
}

QString displayName(SeizureTarget v)
{
    switch (v) {
    case SeizureTarget::Wages: return LabelText::tr("Wages");
    case SeizureTarget::Deposits: return LabelText::tr("Bank deposits");
    case SeizureTarget::Other: return LabelText::tr("Other assets");
    }
    return {};
}

QString displayName(SaleKind v)
{
    switch (v) {
    case SaleKind::Voluntary: return LabelText::tr("Voluntary sale");
    case SaleKind::Auction: return LabelText::tr("Auction");
    }
    return {};
}

QString budgetCategoryName(const QString& code)
{
    static const struct {
        const char* code;
        const char* name;
    } names[] = {
        {"salary", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Salary (take-home)")},
        {"pension", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Pension")},
        {"business", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Business income")},
        {"spouse", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Spouse's income")},
        {"benefits", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Allowances and benefits")},
        {"other_income", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other income")},
        {"rent", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Rent")},
        {"food", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Food")},
        {"utilities", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Utilities")},
        {"communication", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Phone and internet")},
        {"insurance", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Insurance premiums")},
        {"education", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Education")},
        {"medical", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Medical")},
        {"transport", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Transport")},
        {"daily_goods", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Daily necessities")},
        {"child_support", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Child support paid")},
        {"clothing", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Clothing")},
        {"social", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Social expenses")},
        {"leisure", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Leisure")},
        {"car", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Car costs")},
        {"other_debt_payments", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other debt payments")},
        {"other_expenses", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other expenses")},
        {"other", QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other")},
    };
    for (const auto& n : names)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("zansai::CaseLabels", n.name);
    return code;
}

QStringList standardIncomeCategories()
{
    return {QStringLiteral("salary"), QStringLiteral("pension"), QStringLiteral("business"),
            QStringLiteral("spouse"), QStringLiteral("benefits"), QStringLiteral("other_income")};
}

QStringList standardExpenseCategories()
{
    return {QStringLiteral("rent"), QStringLiteral("food"), QStringLiteral("utilities"),
            QStringLiteral("communication"), QStringLiteral("insurance"), QStringLiteral("education"),
            QStringLiteral("medical"), QStringLiteral("transport"), QStringLiteral("daily_goods"),
            QStringLiteral("clothing"), QStringLiteral("social"), QStringLiteral("leisure"),
            QStringLiteral("car"), QStringLiteral("child_support"),
            QStringLiteral("other_debt_payments"), QStringLiteral("other_expenses")};
}

} // namespace zansai
