// 消滅時効: acknowledgment and payment (承認, 民法152条; 旧147条3号), demand (催告, 150条) and the
// written agreement to negotiate and its refusal (協議を行う旨の合意, 151条), replayed by the
// Engine of law/LimitationEngine.h.
#include "law/LimitationEngine.h"

#include "law/CourtPeriod.h"
#include "law/Period.h"

#include <algorithm>

namespace zansai::law::detail {

void Engine::acknowledge(const Ev& e)
{
    using K = LimitationEventKind;
    if (completedBefore(e.date)) {
        // 最判昭和41年4月20日: 承認 after completion loses the defence even without knowledge; a
        // new period runs from it.
        const QDate done = effective();
        renew(e.date, r_.years);
        r_.forfeited = true;
        forfeitedOn_ = e.date;
        Message text = fill(
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "%1 on %2 came after the period completed on %3: the debtor can "
                                 "no longer invoke that completion, even without knowing of it. A "
                                 "new %4-year period runs and ends %5.")),
            {eventName(e.kind), e.date, done, r_.years, periodEnd_});
        if (e.kind == K::VoluntarySaleSettled)
            text = Message::sentences(
                {text, lt(QT_TRANSLATE_NOOP(
                           "zansai::Limitation",
                           "A settled voluntary sale counts as an acknowledgment by practice "
                           "consensus (no case law)."))});
        step(e.date, QStringLiteral("最判昭和41年4月20日・民法152条1項"), text);
        return;
    }
    renew(e.date, r_.years); // 民法152条1項 (旧147条3号・157条1項)
    // One template per kind: each step costs one catalogue lookup (bench/bench_limitation.cpp).
    Message tmpl;
    switch (e.kind) {
    case K::VoluntarySaleSettled:
        tmpl = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Voluntary sale settled on %1: the proceeds paid with the debtor's consent "
            "are a partial payment, so an acknowledgment by practice consensus (no case "
            "law). The period restarts from the next day, %2 years, and ends %3."));
        break;
    case K::EnforceableDeed:
        tmpl = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Enforceable notarial deed signed by the debtor on %1: an acknowledgment (not "
            "a judgment, so art. 169's 10 years do not apply). The period restarts from "
            "the next day, %2 years, and ends %3."));
        break;
    case K::Acknowledgment:
        tmpl = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Acknowledgment of the debt on %1: the period restarts from the next day, %2 "
            "years, and ends %3."));
        break;
    default:
        tmpl = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Payment on %1 acknowledges the debt: the period restarts from the next day, "
            "%2 years, and ends %3."));
        break;
    }
    Message text = fill(tmpl, {e.date, r_.years, periodEnd_});
    const bool old = oldLaw(e.date);
    if (old)
        text = Message::sentences({text, oldSuffix()});
    step(e.date,
         old ? QStringLiteral("旧民法147条3号・157条1項(改正附則10条2項)")
             : QStringLiteral("民法152条1項"),
         text);
}

void Engine::demand(const Ev& e)
{
    if (completedBefore(e.date)) {
        step(
            e.date, QStringLiteral("民法150条1項"),
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Demand on %1: the period had already completed on %2, so it has no effect.")),
                 {e.date, effective()}));
        return;
    }
    // 民法150条2項 bars a demand made "while completion is being postponed by a demand": read here
    // as after the ordinary end and within the first demand's 6 months. A second demand while the
    // period is still running on its own gives its own 6 months (this reading is noted in tests).
    if (demandInForce(e.date)) {
        step(e.date, QStringLiteral("民法150条2項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Demand on %1 while an earlier demand is holding off completion: a second "
                      "demand has no effect (the suspension still ends %2).")),
                  {e.date, demandUntil_}));
        return;
    }
    if (agreementInForce(e.date)) { // 民法151条3項
        step(e.date, QStringLiteral("民法151条3項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Demand on %1 while an agreement to negotiate is holding off completion: no "
                      "effect (the suspension still ends %2).")),
                  {e.date, agreementUntil_}));
        return;
    }
    const QDate until = periodEndMonths(e.date, 6); // 民法150条1項: 6 months
    Message text =
        until <= periodEnd_
            ? fill(lt(QT_TRANSLATE_NOOP(
                       "zansai::Limitation",
                       "Demand on %1: it holds off completion until %2 (6 months), but the "
                       "period runs past that anyway (to %3), so nothing changes.")),
                   {e.date, until, periodEnd_})
            : fill(lt(QT_TRANSLATE_NOOP(
                       "zansai::Limitation",
                       "Demand on %1: completion is suspended until %2 (6 months). Only a "
                       "suit, payment order or other court step by then keeps the claim alive; "
                       "another demand will not.")),
                   {e.date, until});
    demandUntil_ = later(demandUntil_, until);
    const bool old = oldLaw(e.date);
    if (old)
        text = Message::sentences(
            {text,
             lt(QT_TRANSLATE_NOOP(
                 "zansai::Limitation",
                 "Before 2020-04-01 a demand interrupted the period only if a suit or the "
                 "like followed within 6 months (old art. 153); the last day is the same."))});
    step(e.date,
         old ? QStringLiteral("旧民法153条(改正附則10条2項)") : QStringLiteral("民法150条1項"),
         text);
}

void Engine::agreement(const Ev& e)
{
    if (oldLaw(e.date)) { // 改正附則10条3項
        step(e.date, QStringLiteral("民法改正附則10条3項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Agreement to negotiate on %1: made before 2020-04-01, so art. 151 does not "
                      "apply and it has no effect.")),
                  {e.date}));
        return;
    }
    if (completedBefore(e.date)) {
        step(e.date, QStringLiteral("民法151条1項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Agreement to negotiate on %1: the period had already completed on %2, so it "
                      "suspends nothing. Take care: agreeing to discuss repayment can be read as "
                      "acknowledging the debt.")),
                  {e.date, effective()}));
        return;
    }
    if (demandInForce(e.date)) { // 民法151条3項
        step(e.date, QStringLiteral("民法151条3項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Agreement to negotiate on %1 while a demand is holding off completion: no "
                      "effect (the suspension still ends %2).")),
                  {e.date, demandUntil_}));
        return;
    }
    const bool renewed = agreementInForce(e.date);   // 民法151条2項: a re-agreement counts
    const QDate oneYear = periodEndYears(e.date, 1); // 151条1項1号
    QDate until = oneYear;
    QString article = renewed ? QStringLiteral("民法151条2項") : QStringLiteral("民法151条1項1号");
    Message text;
    if (e.agreedUntil && e.agreedUntil->isValid() && *e.agreedUntil < oneYear) {
        until = std::max(*e.agreedUntil, e.date); // 151条1項2号: the agreed shorter term
        if (!renewed)
            article = QStringLiteral("民法151条1項2号");
    }
    if (!agreementCap_.isValid())
        agreementCap_ = periodEndYears(periodEnd_, 5); // 151条2項ただし書
    const bool capped = until > agreementCap_;
    if (capped) {
        until = agreementCap_;
        article = QStringLiteral("民法151条2項ただし書");
        text =
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Renewed agreement to negotiate on %1: suspended only until %2, the cap of 5 "
                     "years from the original completion date %3.")),
                 {e.date, until, periodEnd_});
    } else if (renewed) {
        text =
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Renewed agreement to negotiate on %1, made during the suspension: completion "
                     "is suspended until %2.")),
                 {e.date, until});
    } else {
        text =
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Written agreement to negotiate on %1: completion is suspended until %2 (one "
                     "year, an agreed shorter term, or 6 months after a written refusal, whichever "
                     "comes first).")),
                 {e.date, until});
    }
    if (e.agreedUntil && e.agreedUntil->isValid() && *e.agreedUntil >= oneYear)
        text = Message::sentences(
            {text, fill(lt(QT_TRANSLATE_NOOP(
                            "zansai::Limitation",
                            "The agreed term (to %1) is not shorter than one year, so the one-year "
                            "limit applies.")),
                        {*e.agreedUntil})});
    text = Message::sentences({text, noChange(until)});
    agreementUntil_ = later(agreementUntil_, until);
    step(e.date, article, text);
}

void Engine::refusal(const Ev& e)
{
    // 民法151条1項3号: only a suspension by agreement still running can be cut short.
    if (!agreementUntil_.isValid() || e.date > agreementUntil_ || completedBefore(e.date)) {
        step(e.date, QStringLiteral("民法151条1項3号"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Written refusal to continue negotiating on %1: no agreement to negotiate "
                      "is in "
                      "force, so it has no effect.")),
                  {e.date}));
        return;
    }
    const QDate sixMonths = periodEndMonths(e.date, 6);
    if (sixMonths < agreementUntil_) {
        agreementUntil_ = sixMonths;
        step(e.date, QStringLiteral("民法151条1項3号"),
             Message::sentences(
                 {fill(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                            "Written refusal to continue negotiating on %1: the "
                                            "suspension by agreement now "
                                            "ends %2 (6 months after the refusal).")),
                       {e.date, sixMonths}),
                  noChange(sixMonths)}));
    } else {
        step(e.date, QStringLiteral("民法151条1項3号"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Written refusal to continue negotiating on %1: 6 months from it would "
                      "run past "
                      "the agreement's own end, %2, which stays.")),
                  {e.date, agreementUntil_}));
    }
}

} // namespace zansai::law::detail
