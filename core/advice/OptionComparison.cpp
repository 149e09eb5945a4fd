#include "advice/OptionComparison.h"

#include "advice/AdviceLabels.h"
#include "advice/PracticeAssumptions.h"
#include "advice/options/OptionContext.h"
#include "case/DebtName.h"

#include <QHash>
#include <QSet>
#include <algorithm>

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

Context makeContext(const Case& c, const Assessment& analysed, const EvaluateSettings& s,
                    const QStringList& leaveOut)
{
    Context x{c, analysed, s, {}, {}, {}, {}, {}, {}, {}, debtNames(c)};
    // By id, once: a case of many debts is compared in linear time (Case::debt searches).
    QHash<QString, const Debt*> byId;
    byId.reserve(c.debts.size());
    for (const Debt& d : c.debts)
        byId.insert(d.id, &d);
    const QSet<QString> left(leaveOut.cbegin(), leaveOut.cend());
    for (const DebtAssessment& da : analysed.debts) {
        if (left.contains(da.id))
            continue;
        // The analysis is made of the case's debts (Consultation::assess), one for one.
        const Debt* debt = byId.value(da.id);
        Q_ASSERT(debt);
        if (!debt)
            continue;
        DebtFacts f;
        f.a = &da;
        f.debt = debt;
        f.name = x.debtNames.value(da.id, Message::verbatim(da.id));
        f.plan = planDebt(*debt, da);
        f.kind = debt->kind;
        f.guarantor = debt->guarantor;
        f.servicer = heldByServicer(*debt);
        f.tax = f.kind == DebtKind::Tax || debt->lenderKind == LenderKind::PublicAuthority;
        f.clientGuarantor = debt->clientRole == ClientRole::Guarantor;
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
    // Every occupation of the client, not only the main one: a restricted licence held on the side
    // (a part-time 警備員, a 宅建士 who also works for a company) is restricted all the same.
    for (const Occupation o : c.client.occupationsOrMain())
        if (const auto l = restrictedLicence(o); l && !x.licences.contains(*l))
            x.licences << *l;
    return x;
}

} // namespace options

namespace {

// 時効の援用 for the time-barred debts, and for the others the way out that ranks first among
// them alone (the analysis's debts less the ones invoked): one combined plan in the limitation
// option, its figures the sum of the two (docs/option-ranking.md, "Combined limitation").
void combineLimitation(QList<OptionAssessment>& all, const Case& c, const Assessment& analysed,
                       const EvaluateSettings& s)
{
    using namespace options;
    auto it = std::find_if(all.begin(), all.end(), [](const OptionAssessment& o) {
        return o.kind == OptionKind::Limitation;
    });
    if (it == all.end() || !it->eligible || it->clears || it->debts.isEmpty())
        return;
    const Context rest = makeContext(c, analysed, s, it->debts);
    if (rest.select([](const DebtFacts& d) { return !d.tax; }).isEmpty())
        return;
    QList<OptionAssessment> others = {installment(rest), lumpSum(rest), voluntaryArrangement(rest),
                                      rehabilitation(rest), bankruptcy(rest)};
    rankOptions(others, std::nullopt);
    const OptionAssessment& best = others.constFirst();
    if (!best.eligible)
        return;
    OptionAssessment& o = *it;
    o.combinedWith = best.kind;
    o.monthly = best.monthly;
    o.months = best.months;
    o.fees += best.fees;
    o.total += best.total;
    o.surviving = best.surviving;
    o.assetsLostValue = best.assetsLostValue;
    o.assetsLost = best.assetsLost;
    o.occupationLimits = best.occupationLimits;
    o.clears = best.clears;
    o.affordable = best.affordable;
    o.guarantorAffected = o.guarantorAffected || best.guarantorAffected;
    o.creditRecordYears = std::max(o.creditRecordYears, best.creditRecordYears);
    o.creditRecordIndefinite = o.creditRecordIndefinite || best.creditRecordIndefinite;
    o.balanceByMonth = best.balanceByMonth;
    if (!o.balanceByMonth.isEmpty())
        o.balanceByMonth.first() = analysed.doNothing.balanceByMonth.value(0);
    o.reasons << say(QT_TRANSLATE_NOOP("zansai::OptionComparison",
                                       "For the other debts the way out that ranks first among "
                                       "them is %1: %2 a month for %3 months, %4 in all with "
                                       "fees. Invoke the limitation first: a payment or offer on "
                                       "a time-barred debt would forfeit it."),
                     "limitation.combined_with",
                     {label(best.kind), best.monthly, best.months, best.total});
    for (const Message& w : best.warnings)
        if (w.code != u"option.completed_limitation"_s)
            o.warnings << w;
}

} // namespace

QList<OptionAssessment> compareOptions(const Case& c, const Assessment& analysed,
                                       const EvaluateSettings& s)
{
    using namespace options;
    const Context x = makeContext(c, analysed, s);
    QList<OptionAssessment> all = {
        installment(x), lumpSum(x),   voluntaryArrangement(x), rehabilitation(x), bankruptcy(x),
        limitation(x),  doNothing(x),
    };
    combineLimitation(all, c, analysed, s);
    rankOptions(all, s.preferred);
    for (OptionAssessment& o : all)
        o.chosen = s.preferred && o.kind == *s.preferred;
    return all;
}

} // namespace zansai
