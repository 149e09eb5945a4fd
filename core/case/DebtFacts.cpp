#include "case/DebtFacts.h"

#include "law/CourtPeriod.h"
#include "law/PaymentOrderLapse.h"

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
    case DebtEventType::LawsuitWithdrawn:
        return K::LawsuitWithdrawn;
    case DebtEventType::LawsuitDismissed:
        return K::LawsuitDismissed;
    case DebtEventType::PaymentOrderObjection:
        return K::PaymentOrderObjection;
    case DebtEventType::PaymentOrderLapsed:
        return K::PaymentOrderLapsed;
    case DebtEventType::SeizureWithdrawn:
        return K::SeizureWithdrawn;
    case DebtEventType::SeizureCompleted:
        return K::SeizureCompleted;
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
    using T = DebtEventType;
    CourtFacts f;
    QList<const DebtEvent*> evs;
    for (const DebtEvent& e : d.events)
        if (onOrBefore(e, asOf))
            evs.append(&e);
    std::stable_sort(evs.begin(), evs.end(),
                     [](const DebtEvent* a, const DebtEvent* b) { return a->date < b->date; });
    QList<SeizureTarget> running; // in filing order
    for (const DebtEvent* e : evs) {
        switch (e->type) {
        case T::LawsuitServed:
            f.lawsuit = true;
            break;
        case T::PaymentOrderServed:
            f.paymentOrder = true;
            f.orderServedOn = e->date;
            f.orderLapsed = false;
            break;
        case T::ProvisionalEnforcementServed:
            f.provisional = true;
            f.provisionalOn = e->date;
            break;
        case T::PaymentOrderObjection:
            // 民事訴訟法395条: the matter is a lawsuit now. A declaration of provisional
            // enforcement already issued stays enforceable unless stayed (403条).
            f.objection = true;
            f.lawsuit = true;
            f.paymentOrder = false;
            break;
        case T::PaymentOrderLapsed:
            f.paymentOrder = false;
            f.orderLapsed = true;
            f.orderLapsedOn = e->date;
            break;
        case T::LawsuitWithdrawn:
        case T::LawsuitDismissed:
            // The suit (or, with none, the order's application) ends without a title; a
            // provisional order that became a suit by objection falls with it.
            if (f.lawsuit) {
                f.lawsuit = false;
                if (f.objection)
                    f.provisional = false;
            } else {
                f.paymentOrder = false;
            }
            if (!f.judgmentFinal)
                f.judgmentServed = false;
            f.suitEnded = true;
            break;
        case T::JudgmentServed:
            f.judgmentServed = true;
            f.judgmentServedOn = e->date;
            break;
        case T::JudgmentFinal:
            f.judgmentFinal = true;
            f.lawsuit = f.paymentOrder = false;
            break;
        case T::CourtSettlement:
            f.settlement = true;
            f.lawsuit = f.paymentOrder = false;
            break;
        case T::EnforceableDeed:
            f.deed = true;
            break;
        case T::SeizureFiled:
            running.append(e->target.value_or(SeizureTarget::Other));
            break;
        case T::SeizureWithdrawn:
        case T::SeizureCompleted: {
            // The latest running seizure of the target named, else the latest of all.
            qsizetype at = running.size() - 1;
            if (e->target)
                at = running.lastIndexOf(*e->target);
            if (at >= 0) {
                running.removeAt(at);
                f.seizureEnded = true;
            }
            break;
        }
        default:
            break;
        }
    }
    f.seizedWages = running.contains(SeizureTarget::Wages);
    f.seizedDeposits = running.contains(SeizureTarget::Deposits);
    f.seizedOther = running.contains(SeizureTarget::Other);
    // A judgment served and not appealed within 2 weeks is final (民事訴訟法285条, 116条).
    if (f.judgmentServed && !f.judgmentFinal && asOf > law::courtDeadline(f.judgmentServedOn, 14)) {
        f.judgmentFinal = true;
        f.lawsuit = false;
    }
    // A payment order with nothing after it has lapsed once the 30 days of 民事訴訟法392条 are
    // past (the same inference as the limitation's, law/PaymentOrderLapse.h).
    if (f.paymentOrder && !f.provisional && !f.judgmentServed) {
        const QDate lastDay = law::paymentOrderLapse(f.orderServedOn).lastDay;
        if (lastDay.isValid() && asOf > lastDay) {
            f.paymentOrder = false;
            f.orderLapsed = f.orderLapseInferred = true;
            f.orderLapsedOn = lastDay;
        }
    }
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
    return courtFacts(d, asOf).seizedWages;
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
    // A tax (kind "tax") has the 徴収権 limitation whoever is recorded as its creditor
    // (国税通則法72条, 地方税法18条: law/TaxLimitation.h).
    in.lender = d.kind == DebtKind::Tax ? LenderKind::PublicAuthority : d.lenderKind;
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
