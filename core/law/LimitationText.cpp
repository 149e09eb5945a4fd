// Names of the limitation events in step texts (民法147条〜152条, 145条: what each event is).
#include "law/LimitationText.h"

#include <QCoreApplication>

namespace zansai::law {

Message eventName(LimitationEventKind k)
{
    using K = LimitationEventKind;
    switch (k) {
    case K::Payment:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Payment"));
    case K::Acknowledgment:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Acknowledgment of the debt"));
    case K::VoluntarySaleSettled:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Voluntary sale settled"));
    case K::Demand:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Demand"));
    case K::NegotiationAgreement:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Agreement to negotiate"));
    case K::NegotiationRefused:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Refusal to negotiate"));
    case K::LawsuitServed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Lawsuit served"));
    case K::PaymentOrderServed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Payment order served"));
    case K::ProvisionalEnforcementServed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                    "Payment order with provisional enforcement served"));
    case K::JudgmentServed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Judgment served"));
    case K::JudgmentFinal:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Judgment final"));
    case K::CourtSettlement:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Court settlement"));
    case K::EnforceableDeed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Enforceable notarial deed"));
    case K::SeizureFiled:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Seizure filed"));
    case K::AuctionFiled:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Auction filed"));
    case K::AuctionWithdrawn:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Auction withdrawn"));
    case K::ClaimAssigned:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Claim assigned"));
    case K::LimitationInvoked:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Limitation invoked"));
    case K::LawsuitWithdrawn:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Lawsuit withdrawn"));
    case K::LawsuitDismissed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Lawsuit dismissed"));
    case K::PaymentOrderObjection:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Objection to the payment order"));
    case K::PaymentOrderLapsed:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Payment order lapsed"));
    case K::SeizureWithdrawn:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Seizure withdrawn"));
    case K::SeizureCompleted:
        return lt(QT_TRANSLATE_NOOP("zansai::Limitation", "Seizure completed"));
    }
    return Message();
}

} // namespace zansai::law
