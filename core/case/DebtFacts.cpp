#include "case/DebtFacts.h"

#include "law/CourtPeriod.h"

#include <algorithm>

namespace zansai {

namespace {

law::LimitationEventKind limitationKind(DebtEventType t)
{
    using K = law::LimitationEventKind;
    switch (t) {
    case DebtEventType::Payment:
        return K::Payment;
    case DebtEventType::Acknowledgment:
        return K::Acknowledgment;
    case DebtEventType::VoluntarySaleSettled:
        return K::VoluntarySaleSettled;
    case DebtEventType::Demand:
        return K::Demand;
    case DebtEventType::NegotiationAgreement:
        return K::NegotiationAgreement;
    case DebtEventType::NegotiationRefused:
        return K::NegotiationRefused;
    case DebtEventType::LawsuitServed:
        return K::LawsuitServed;
    case DebtEventType::PaymentOrderServed:
        return K::PaymentOrderServed;
    case DebtEventType::ProvisionalEnforcementServed:
        return K::ProvisionalEnforcementServed;
    case DebtEventType::JudgmentServed:
        return K::JudgmentServed;
    case DebtEventType::JudgmentFinal:
        return K::JudgmentFinal;
    case DebtEventType::CourtSettlement:
        return K::CourtSettlement;
    case DebtEventType::EnforceableDeed:
        return K::EnforceableDeed;
    case DebtEventType::SeizureFiled:
        return K::SeizureFiled;
    case DebtEventType::AuctionFiled:
        return K::AuctionFiled;
    case DebtEventType::AuctionWithdrawn:
        return K::AuctionWithdrawn;
    case DebtEventType::ClaimAssigned:
        return K::ClaimAssigned;
    case DebtEventType::LimitationInvoked:
        return K::LimitationInvoked;
    }
    return K::Acknowledgment; // unreachable: every enumerator is handled above
}

} // namespace

bool onOrBefore(const DebtEvent& e, QDate asOf)
{
    return e.date.isValid() && e.date <= asOf;
}

// Events that open a court proceeding or create a 債務名義 (the spec's stage 2).
bool isCourtOrTitle(DebtEventType t)
{
    switch (t) {
    case DebtEventType::LawsuitServed:
    case DebtEventType::PaymentOrderServed:
    case DebtEventType::ProvisionalEnforcementServed:
    case DebtEventType::JudgmentServed:
    case DebtEventType::JudgmentFinal:
    case DebtEventType::CourtSettlement:
    case DebtEventType::EnforceableDeed:
        return true;
    default:
        return false;
    }
}

// 利息制限法7条 applies to 営業的金銭消費貸借: the creditor lends as a business.
bool businessLender(LenderKind k)
{
    switch (k) {
    case LenderKind::Bank:
    case LenderKind::CreditUnion:
    case LenderKind::Jhf:
    case LenderKind::GuaranteeCompany:
    case LenderKind::PublicGuarantor:
    case LenderKind::ConsumerFinance:
    case LenderKind::CardCompany:
        return true;
    case LenderKind::Individual:
    case LenderKind::PublicAuthority:
    case LenderKind::Other:
        return false;
    }
    return false;
}

LateTerms lateTerms(const Debt& d)
{
    LateTerms t;
    t.contractRate = d.lateRate;
    t.rate = d.lateRate;
    t.basis = d.lateBasis;
    // 利息制限法 governs 金銭消費貸借 (and, by our reading, a guarantor's 求償権 on one: §12): not
    // taxes or support (docs/disputed-points.md).
    if (d.kind == DebtKind::Tax) {
        // The 延滞税/延滞金 of the assessment is computed period by period (law/TaxLateFee.h);
        // onward (plans, projections) a tax runs at the latest published upper rate, 365 days.
        t.rate = law::taxLateFeeRates(law::kTaxLateFeeTableLastYear).upper;
        t.basis = law::DayBasis::Days365;
        return t;
    }
    t.checked = d.kind != DebtKind::Tax && d.kind != DebtKind::ChildSupport &&
                d.lenderKind != LenderKind::PublicAuthority;
    if (t.checked) {
        t.cap = law::checkLateInterestCap(d.principal, d.lateRate, businessLender(d.lenderKind));
        if (t.cap.exceeds)
            t.rate = t.cap.cap; // 利息制限法4条1項・7条1項: void above the cap
    }
    return t;
}

law::TaxKind taxKind(const Debt& d)
{
    const QString& c = d.creditor;
    return c.contains(u"税務署") || c.contains(u"国税") ? law::TaxKind::National
                                                        : law::TaxKind::Local;
}

CourtFacts courtFacts(const Debt& d, QDate asOf)
{
    CourtFacts f;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        switch (e.type) {
        case DebtEventType::LawsuitServed:
            f.lawsuit = true;
            break;
        case DebtEventType::PaymentOrderServed:
            f.paymentOrder = true;
            break;
        case DebtEventType::ProvisionalEnforcementServed:
            f.provisional = true;
            f.provisionalOn = e.date;
            break;
        case DebtEventType::JudgmentServed:
            f.judgmentServed = true;
            f.judgmentServedOn = e.date;
            break;
        case DebtEventType::JudgmentFinal:
            f.judgmentFinal = true;
            break;
        case DebtEventType::CourtSettlement:
            f.settlement = true;
            break;
        case DebtEventType::EnforceableDeed:
            f.deed = true;
            break;
        case DebtEventType::SeizureFiled:
            if (e.target == SeizureTarget::Wages)
                f.seizedWages = true;
            else if (e.target == SeizureTarget::Deposits)
                f.seizedDeposits = true;
            else
                f.seizedOther = true;
            break;
        default:
            break;
        }
    }
    // A judgment served and not appealed within 2 weeks is final (民事訴訟法285条, 116条).
    if (f.judgmentServed && !f.judgmentFinal && asOf > law::courtDeadline(f.judgmentServedOn, 14))
        f.judgmentFinal = true;
    return f;
}

bool laterEventOf(const Debt& d, QDate from, QDate asOf, std::initializer_list<DebtEventType> types)
{
    for (const DebtEvent& e : d.events)
        if (onOrBefore(e, asOf) && e.date >= from &&
            std::find(types.begin(), types.end(), e.type) != types.end())
            return true;
    return false;
}

bool wageSeizureRunning(const Debt& d, QDate asOf)
{
    for (const DebtEvent& e : d.events)
        if (onOrBefore(e, asOf) && e.type == DebtEventType::SeizureFiled &&
            e.target == SeizureTarget::Wages)
            return true;
    return false;
}

QList<law::Payment> ledgerPayments(const Debt& d, QDate asOf)
{
    QList<law::Payment> out;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf) || !e.amount || *e.amount <= Yen(0))
            continue;
        if (e.type == DebtEventType::Payment || e.type == DebtEventType::VoluntarySaleSettled)
            out.append(law::Payment{e.date, *e.amount});
    }
    return out;
}

law::LimitationInput limitationInput(const Debt& d, QDate asOf)
{
    law::LimitationInput in;
    in.lender = d.lenderKind;
    in.contractDate = d.contractDate;
    in.acceleratedOn = d.acceleratedOn;
    in.asOf = asOf;
    for (const DebtEvent& e : d.events) {
        if (!onOrBefore(e, asOf))
            continue;
        law::LimitationEvent le;
        le.date = e.date;
        le.kind = limitationKind(e.type);
        le.agreedUntil = e.agreedUntil;
        in.events.append(le);
    }
    return in;
}

} // namespace zansai
