// 消滅時効: how a proceeding ends (format revision 2), replayed by the Engine of
// law/LimitationEngine.h. A suit or payment order that ends without fixing the right gives only
// 6 months' 完成猶予 from its end (民法147条1項括弧書); a 督促異議 turns the order into a suit
// (民事訴訟法395条); a seizure or auction withdrawn or cancelled gives 6 months (148条1項括弧書),
// one carried through to 取立て・配当 renews the period from its end (148条2項). Events of a
// proceeding begun before 2020-04-01 follow the old law (改正附則10条2項). docs/legal-rules.md
// §1.3.
#include "law/LimitationEngine.h"

#include "law/PaymentOrderLapse.h"
#include "law/Period.h"

namespace zansai::law::detail {

void Engine::proceedingEnded(const Ev& e)
{
    using K = LimitationEventKind;
    switch (e.kind) {
    case K::LawsuitWithdrawn:
    case K::LawsuitDismissed:
        suitEnded(e);
        return;
    case K::PaymentOrderObjection:
        objection(e);
        return;
    case K::PaymentOrderLapsed:
        orderLapsed(e);
        return;
    case K::SeizureWithdrawn:
    case K::SeizureCompleted:
        seizureEnded(e);
        return;
    default:
        return;
    }
}

// 民法147条1項括弧書 / 148条1項括弧書: completion is suspended until 6 months after the end
// (counted from the next day, 民法140条).
void Engine::sixMonthsAfter(const Ev& e, const QString& article, Message text)
{
    const QDate until = periodEndMonths(e.date, 6);
    tailUntil_ = later(tailUntil_, until);
    step(e.date, article,
         Message::sentences({fill(std::move(text), {e.date, until}), noChange(until)}));
}

void Engine::suitEnded(const Ev& e)
{
    using K = LimitationEventKind;
    const bool dismissed = e.kind == K::LawsuitDismissed;
    if (!suit_ && !order_) {
        step(e.date, QStringLiteral("民法147条1項"),
             fill(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                       "%1 on %2: no pending lawsuit or payment order is recorded, "
                                       "so it has no effect.")),
                  {eventName(e.kind), e.date}));
        return;
    }
    // A withdrawal with only a payment order pending withdraws the order's application.
    const bool old = suit_ ? suitOld_ : orderOld_;
    if (suit_)
        suit_ = false;
    else
        order_ = false;
    if (old) {
        // 旧民法149条: a suit withdrawn or dismissed does not interrupt; but while it was pending
        // it acted as a continuing demand (裁判上の催告, 最判昭和45年9月10日), so the creditor had
        // 6 months from its end: the same date as 147条1項括弧書.
        sixMonthsAfter(
            e, QStringLiteral("旧民法149条(改正附則10条2項)・最判昭和45年9月10日"),
            dismissed
                ? lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                       "Lawsuit dismissed on %1, a suit brought before "
                                       "2020-04-01: under the old law it does not interrupt the "
                                       "period (old art. 149), but while pending it acted as a "
                                       "demand (裁判上の催告), so completion is held off until %2 "
                                       "(6 months after its end)."))
                : lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                       "Lawsuit withdrawn on %1, a suit brought before "
                                       "2020-04-01: under the old law it does not interrupt the "
                                       "period (old art. 149), but while pending it acted as a "
                                       "demand (裁判上の催告), so completion is held off until %2 "
                                       "(6 months after its end).")));
        return;
    }
    sixMonthsAfter(
        e, QStringLiteral("民法147条1項括弧書"),
        dismissed
            ? lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                   "Lawsuit dismissed on %1 without a ruling on the right: no "
                                   "renewal; completion is suspended only until %2 (6 months after "
                                   "the end)."))
            : lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                   "Lawsuit withdrawn on %1: no renewal; completion is suspended "
                                   "only until %2 (6 months after the withdrawal).")));
}

void Engine::objection(const Ev& e)
{
    if (!order_ && !suit_) {
        if (completedBefore(e.date)) {
            step(e.date, QStringLiteral("民法145条・民事訴訟法395条"),
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Objection to a payment order on %1: no payment order is recorded and "
                          "the period had completed on %2, unless the order was applied for by "
                          "then. Invoke the limitation in the lawsuit that follows.")),
                      {e.date, effective()}));
            return;
        }
        orderOld_ = oldLaw(e.date); // the order itself was not recorded
    }
    // 民事訴訟法395条: the suit is deemed brought when the order was applied for, so the
    // suspension that began then simply continues, now as a lawsuit's (147条1項1号).
    if (!suit_) {
        suit_ = true;
        suitOld_ = order_ ? orderOld_ : oldLaw(e.date);
    }
    order_ = false;
    step(e.date,
         suitOld_ ? QStringLiteral("旧民法147条1号・149条(改正附則10条2項)、民事訴訟法395条")
                  : QStringLiteral("民法147条1項1号、民事訴訟法395条"),
         fill(lt(QT_TRANSLATE_NOOP(
                  "zansai::Limitation",
                  "Objection to the payment order (督促異議) on %1: the matter continues as a "
                  "lawsuit, deemed brought when the order was applied for. Completion stays "
                  "suspended while it is pending: a judgment or settlement fixing the right starts "
                  "a new 10-year period; a withdrawal or dismissal gives 6 months only.")),
              {e.date}));
}

void Engine::orderLapsed(const Ev& e)
{
    const bool inferred = e.inferred == Inferred::OrderLapsed;
    if (!order_ && inferred)
        return; // the order did not count (served after completion): nothing to infer about it
    if (!order_) {
        step(e.date, QStringLiteral("民事訴訟法392条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Payment order lapsed on %1: no pending payment order is recorded, so it has "
                      "no effect.")),
                  {e.date}));
        return;
    }
    order_ = false;
    if (inferred) {
        const PaymentOrderLapse l = paymentOrderLapse(e.servedOn);
        const Message why =
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Inferred: nothing is recorded after the payment order served on %1 (no "
                     "declaration of provisional enforcement, objection or judgment). The creditor "
                     "could apply for the declaration from %2 and had 30 days, to %3 (民事訴訟法"
                     "391条・392条), so the order is taken to have lapsed at the end of %3. The "
                     "exact day is not known (a later service of the order, or an application "
                     "made in time but not recorded, changes it); record payment_order_lapsed or "
                     "the court step to be sure.")),
                 {e.servedOn, l.canApplyFrom, l.lastDay});
        step(e.date, QStringLiteral("民事訴訟法391条・392条"), why);
        r_.warnings.append(
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Disputed: the payment order served on %1 is taken to have lapsed on %2 "
                     "because nothing follows it (民事訴訟法392条); the exact day is not known. "
                     "Choice made: the end of the 30th day after the creditor could first apply.")),
                 {e.servedOn, e.date})
                .withCode(QStringLiteral("limitation.disputed.order_lapse_inferred")));
    }
    if (orderOld_) { // 旧民法150条: the interruption by an order that lapses is void
        step(e.date, QStringLiteral("旧民法150条(改正附則10条2項)"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Payment order lapsed on %1, an order applied for before 2020-04-01: its "
                      "interruption is void (old art. 150); the period ends %2.")),
                  {e.date, effective()}));
        return;
    }
    sixMonthsAfter(e, QStringLiteral("民法147条1項括弧書、民事訴訟法392条"),
                   lt(QT_TRANSLATE_NOOP(
                       "zansai::Limitation",
                       "Payment order lapsed on %1 (no declaration of provisional enforcement "
                       "applied for in time): no renewal; completion is suspended only until %2 "
                       "(6 months after the lapse).")));
}

void Engine::seizureEnded(const Ev& e)
{
    using K = LimitationEventKind;
    const bool completed = e.kind == K::SeizureCompleted;
    if (seizures_.isEmpty() && auction_ && !completed) {
        withdrawal(e); // an auction withdrawn or cancelled: 148条1項括弧書 (T10)
        return;
    }
    if (seizures_.isEmpty() && !auction_ && (!completed || completedBefore(e.date))) {
        step(e.date, QStringLiteral("民法148条"),
             fill(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                       "%1 on %2: no running seizure or auction is recorded, so "
                                       "it has no effect.")),
                  {eventName(e.kind), e.date}));
        return;
    }
    // The oldest running seizure ends (the event names no filing); else the auction.
    bool old = false;
    if (!seizures_.isEmpty()) {
        old = oldLaw(seizures_.takeFirst());
    } else if (auction_) {
        old = auctionOld_;
        auction_ = false;
    } else {
        old = oldLaw(e.date); // carried through, its filing not recorded
    }
    if (!completed) {
        if (old) { // 旧民法154条: the interruption is void when withdrawn or cancelled
            step(e.date, QStringLiteral("旧民法154条(改正附則10条2項)"),
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Seizure withdrawn or cancelled on %1, a seizure filed before "
                          "2020-04-01: its interruption is undone as if it never happened (old "
                          "art. 154); the period ends %2.")),
                      {e.date, effective()}));
            return;
        }
        sixMonthsAfter(
            e, QStringLiteral("民法148条1項括弧書"),
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "Seizure withdrawn or cancelled on %1: no renewal; completion is "
                                 "suspended only until %2 (6 months after its end).")));
        return;
    }
    // 民法148条2項 (旧157条1項): the period restarts when the enforcement ends, for the claim's own
    // length (10 years after a judgment).
    renew(e.date, r_.years);
    Message text = fill(
        lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                             "Seizure carried through on %1 (collection or distribution finished): "
                             "the period restarts from the next day, %2 years, and ends %3.")),
        {e.date, r_.years, periodEnd_});
    if (old)
        text = Message::sentences({text, oldSuffix()});
    step(e.date,
         old ? QStringLiteral("旧民法147条2号・157条1項(改正附則10条2項)")
             : QStringLiteral("民法148条2項"),
         text);
}

} // namespace zansai::law::detail
