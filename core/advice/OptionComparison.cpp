#include "advice/OptionComparison.h"

#include "advice/PracticeAssumptions.h"
#include "advice/options/OptionContext.h"

namespace zansai {

using namespace Qt::StringLiterals;

std::optional<law::RestrictedLicence> restrictedLicence(Occupation o)
{
    using L = law::RestrictedLicence;
    switch (o) {
    case Occupation::SecurityGuard:
        return L::SecurityGuard;
    case Occupation::InsuranceAgent:
        return L::InsuranceSolicitor;
    case Occupation::RealEstateAgent:
        return L::RealEstateTransactionAgent;
    case Occupation::Shihoshoshi:
        return L::Shihoshoshi;
    case Occupation::TaxAccountant:
        return L::TaxAccountant;
    case Occupation::Lawyer:
        return L::Lawyer;
    case Occupation::Accountant:
        return L::CertifiedPublicAccountant;
    case Occupation::AdministrativeScrivener:
        return L::AdministrativeScrivener;
    case Occupation::SocialInsuranceLabourConsultant:
        return L::SocialInsuranceLabourConsultant;
    case Occupation::MoneyLender:
        return L::MoneyLender;
    case Occupation::CompanyEmployee:
    case Occupation::PublicServant:
    case Occupation::SelfEmployed:
    case Occupation::PartTime:
    case Occupation::Pensioner:
    case Occupation::Unemployed:
    case Occupation::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

bool heldByServicer(const Debt& d)
{
    for (const DebtEvent& e : d.events)
        if (e.type == DebtEventType::ClaimAssigned)
            return true;
    return d.creditor.contains(u"債権回収"_s) || d.creditor.contains(u"サービサー"_s) ||
           d.creditor.contains(u"servicer"_s, Qt::CaseInsensitive);
}

Yen availableCash(const Case& c)
{
    const Yen reserve = c.budget.totalExpenses() * practice::kLivingReserveMonths;
    return Yen::max(Yen(0), c.assets.cash + c.assets.deposits - reserve);
}

Yen affordableMonthly(const Case& c)
{
    return Yen::max(Yen(0), c.budget.surplus());
}

namespace options {

Context makeContext(const Case& c, const Assessment& analysed, const EvaluateSettings& s)
{
    Context x{c, analysed, s, {}, {}, {}, {}, {}, {}, {}};
    for (const DebtAssessment& da : analysed.debts) {
        // The analysis is made of the case's debts (Consultation::assess), one for one.
        const Debt* debt = c.debt(da.id);
        Q_ASSERT(debt);
        if (!debt)
            continue;
        DebtFacts f;
        f.a = &da;
        f.debt = debt;
        f.plan = planDebt(*debt, da);
        f.kind = debt->kind;
        f.guarantor = debt->guarantor;
        f.servicer = heldByServicer(*debt);
        f.tax = f.kind == DebtKind::Tax || debt->lenderKind == LenderKind::PublicAuthority;
        f.support = f.kind == DebtKind::ChildSupport;
        f.extinguished =
            da.limitation.invoked && da.limitation.completed && !da.limitation.forfeited;
        if (f.extinguished) {
            x.gone.append(f);
            continue;
        }
        x.debts.append(f);
        x.all.add(f);
    }
    x.capacity = affordableMonthly(c);
    x.available = availableCash(c);
    x.filing = analysed.asOf.addDays(practice::kFilingPreparationDays);
    x.licence = restrictedLicence(c.client.occupation);
    return x;
}

} // namespace options

QList<OptionAssessment> compareOptions(const Case& c, const Assessment& analysed,
                                       const EvaluateSettings& s)
{
    using namespace options;
    const Context x = makeContext(c, analysed, s);
    QList<OptionAssessment> all = {
        installment(x), lumpSum(x),   voluntaryArrangement(x), rehabilitation(x), bankruptcy(x),
        limitation(x),  doNothing(x),
    };
    rankOptions(all, s.preferred);
    return all;
}

} // namespace zansai
