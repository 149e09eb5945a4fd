#include "case/CaseLabels.h"

#include "i18n/Narrator.h"

#include <QCoreApplication>

namespace zansai {

namespace {
constexpr char kContext[] = "zansai::CaseLabels";

Message cl(const char* source)
{
    return Message(kContext, source);
}
} // namespace

Message label(Occupation v)
{
    switch (v) {
    case Occupation::CompanyEmployee:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Company employee"));
    case Occupation::PublicServant:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Public servant"));
    case Occupation::SelfEmployed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Self-employed"));
    case Occupation::PartTime:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Part-time worker"));
    case Occupation::Pensioner:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Pensioner"));
    case Occupation::Unemployed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Unemployed"));
    case Occupation::SecurityGuard:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Security guard"));
    case Occupation::InsuranceAgent:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Insurance agent"));
    case Occupation::RealEstateAgent:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Real estate transaction agent"));
    case Occupation::Shihoshoshi:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Judicial scrivener"));
    case Occupation::TaxAccountant:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Tax accountant"));
    case Occupation::Lawyer:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Lawyer"));
    case Occupation::Accountant:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Certified public accountant"));
    case Occupation::AdministrativeScrivener:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Administrative scrivener"));
    case Occupation::SocialInsuranceLabourConsultant:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Labour and social security attorney"));
    case Occupation::MoneyLender:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Money lender"));
    case Occupation::Other:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other occupation"));
    }
    return {};
}

Message label(PayCycle v)
{
    switch (v) {
    case PayCycle::Monthly:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Monthly"));
    case PayCycle::SemiMonthly:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Twice a month"));
    case PayCycle::TenDays:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Every ten days"));
    case PayCycle::Weekly:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Weekly"));
    case PayCycle::Daily:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Daily"));
    }
    return {};
}

Message label(DebtKind v)
{
    switch (v) {
    case DebtKind::HousingLoan:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Housing loan (residual)"));
    case DebtKind::Card:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Credit card"));
    case DebtKind::ConsumerLoan:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Consumer loan"));
    case DebtKind::CarLoan:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Car loan"));
    case DebtKind::Tax:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Taxes"));
    case DebtKind::ChildSupport:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Child support"));
    case DebtKind::Other:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other debt"));
    }
    return {};
}

Message label(LenderKind v)
{
    switch (v) {
    case LenderKind::Bank:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Bank"));
    case LenderKind::CreditUnion:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels",
                                    "Shinkin bank, credit cooperative, labour bank or JA"));
    case LenderKind::Jhf:
        return cl(
            QT_TRANSLATE_NOOP("zansai::CaseLabels", "Japan Housing Finance Agency (former GHLC)"));
    case LenderKind::GuaranteeCompany:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Guarantee company (after subrogation)"));
    case LenderKind::PublicGuarantor:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Credit guarantee corporation"));
    case LenderKind::ConsumerFinance:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Consumer finance company"));
    case LenderKind::CardCompany:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Card company"));
    case LenderKind::Individual:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Private individual"));
    case LenderKind::PublicAuthority:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Tax office or public authority"));
    case LenderKind::Other:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other lender"));
    }
    return {};
}

Message label(DayBasis v)
{
    switch (v) {
    case DayBasis::Days365:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "365 days a year"));
    case DayBasis::Actual:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Actual days (366 in leap years)"));
    case DayBasis::Court:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels",
                                    "Court practice (whole years first, then 365 or 366)"));
    }
    return {};
}

Message label(GuarantorKind v)
{
    switch (v) {
    case GuarantorKind::None:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "No guarantor"));
    case GuarantorKind::Individual:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Joint guarantor (a person)"));
    case GuarantorKind::GuaranteeCompany:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Guarantee company"));
    }
    return {};
}

Message label(DebtEventType v)
{
    switch (v) {
    case DebtEventType::Payment:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Payment"));
    case DebtEventType::Acknowledgment:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Acknowledgment of the debt"));
    case DebtEventType::VoluntarySaleSettled:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Voluntary sale settled"));
    case DebtEventType::Demand:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Demand for payment"));
    case DebtEventType::NegotiationAgreement:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Written agreement to negotiate"));
    case DebtEventType::NegotiationRefused:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Negotiation refused in writing"));
    case DebtEventType::LawsuitServed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Lawsuit served"));
    case DebtEventType::PaymentOrderServed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Payment order served"));
    case DebtEventType::ProvisionalEnforcementServed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels",
                                    "Payment order with provisional enforcement served"));
    case DebtEventType::JudgmentServed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Judgment served"));
    case DebtEventType::JudgmentFinal:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Judgment final"));
    case DebtEventType::CourtSettlement:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Court settlement"));
    case DebtEventType::EnforceableDeed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Enforceable notarial deed"));
    case DebtEventType::SeizureFiled:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Seizure filed"));
    case DebtEventType::AuctionFiled:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Auction filed"));
    case DebtEventType::AuctionWithdrawn:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Auction withdrawn"));
    case DebtEventType::ClaimAssigned:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Claim assigned to a servicer"));
    case DebtEventType::LimitationInvoked:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Limitation invoked"));
    case DebtEventType::LawsuitWithdrawn:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Lawsuit withdrawn"));
    case DebtEventType::LawsuitDismissed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Lawsuit dismissed without a decision"));
    case DebtEventType::PaymentOrderObjection:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Objection to the payment order filed"));
    case DebtEventType::PaymentOrderLapsed:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Payment order lapsed"));
    case DebtEventType::SeizureWithdrawn:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Seizure or auction withdrawn"));
    case DebtEventType::SeizureCompleted:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Seizure or auction completed"));
    }
    return {};
}

Message label(ClientRole v)
{
    switch (v) {
    case ClientRole::Debtor:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "The client's own debt"));
    case ClientRole::Guarantor:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "The client is joint guarantor"));
    }
    return {};
}

Message label(SeizureTarget v)
{
    switch (v) {
    case SeizureTarget::Wages:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Wages"));
    case SeizureTarget::Deposits:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Bank deposits"));
    case SeizureTarget::Other:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Other assets"));
    }
    return {};
}

Message label(SaleKind v)
{
    switch (v) {
    case SaleKind::Voluntary:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Voluntary sale"));
    case SaleKind::Auction:
        return cl(QT_TRANSLATE_NOOP("zansai::CaseLabels", "Auction"));
    }
    return {};
}

Message budgetCategoryLabel(const QString& code)
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
            return cl(n.name);
    // A line the consultant named (docs/case-format.md §4): the name, as typed, is its label.
    if (code.startsWith(QLatin1String("custom:")))
        return Message::verbatim(code.mid(7));
    return Message::verbatim(code);
}

QString budgetCategoryName(const QString& code)
{
    return uiNarrator().text(budgetCategoryLabel(code));
}

QString displayName(Occupation v)
{
    return uiNarrator().text(label(v));
}

QString displayName(PayCycle v)
{
    return uiNarrator().text(label(v));
}

QString displayName(DebtKind v)
{
    return uiNarrator().text(label(v));
}

QString displayName(LenderKind v)
{
    return uiNarrator().text(label(v));
}

QString displayName(DayBasis v)
{
    return uiNarrator().text(label(v));
}

QString displayName(GuarantorKind v)
{
    return uiNarrator().text(label(v));
}

QString displayName(DebtEventType v)
{
    return uiNarrator().text(label(v));
}

QString displayName(SeizureTarget v)
{
    return uiNarrator().text(label(v));
}

QString displayName(SaleKind v)
{
    return uiNarrator().text(label(v));
}

QStringList standardIncomeCategories()
{
    return {QStringLiteral("salary"), QStringLiteral("pension"),  QStringLiteral("business"),
            QStringLiteral("spouse"), QStringLiteral("benefits"), QStringLiteral("other_income")};
}

QStringList standardExpenseCategories()
{
    return {QStringLiteral("rent"),
            QStringLiteral("food"),
            QStringLiteral("utilities"),
            QStringLiteral("communication"),
            QStringLiteral("insurance"),
            QStringLiteral("education"),
            QStringLiteral("medical"),
            QStringLiteral("transport"),
            QStringLiteral("daily_goods"),
            QStringLiteral("clothing"),
            QStringLiteral("social"),
            QStringLiteral("leisure"),
            QStringLiteral("car"),
            QStringLiteral("child_support"),
            QStringLiteral("other_debt_payments"),
            QStringLiteral("other_expenses")};
}

} // namespace zansai
