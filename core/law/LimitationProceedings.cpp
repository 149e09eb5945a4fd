// 消滅時効: court proceedings (裁判上の請求・支払督促, 民法147条), their finality
// (147条2項・169条), enforcement and auction (148条), a withdrawn auction (148条1項括弧書) and
// invocation (援用, 145条), replayed by the Engine of law/LimitationEngine.h.
#include "law/LimitationEngine.h"

#include "law/CourtPeriod.h"
#include "law/Period.h"

#include <algorithm>

namespace zansai::law::detail {

void Engine::proceeding(const Ev& e)
{
    using K = LimitationEventKind;
    const bool old = oldLaw(e.date);
    if (e.kind == K::JudgmentServed || e.kind == K::ProvisionalEnforcementServed) {
        if (!completedBefore(e.date)) {
            if (e.kind == K::JudgmentServed && !suit_) {
                // A judgment with no suit recorded: the suit (or the objection that made the order
                // one) was simply not recorded.
                suit_ = true;
                suitOld_ = order_ ? orderOld_ : old;
                order_ = false;
            } else if (e.kind == K::ProvisionalEnforcementServed && !order_ && !suit_) {
                order_ = true;
                orderOld_ = old;
            }
        }
        const QDate deadline = courtDeadline(e.date, 14); // 民事訴訟法95条・285条・393条
        if (e.kind == K::JudgmentServed)
            step(e.date, QStringLiteral("民事訴訟法285条・95条3項"),
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Judgment served on %1: the 2-week appeal period ends %2 (a last day on "
                          "which the courts are closed moves to the next open day). Without an "
                          "appeal the judgment becomes final then.")),
                      {e.date, deadline}));
        else
            step(
                e.date, QStringLiteral("民事訴訟法391条・393条・396条"),
                fill(
                    lt(QT_TRANSLATE_NOOP(
                        "zansai::Limitation",
                        "Payment order with a declaration of provisional enforcement served on %1: "
                        "the creditor can enforce at once. The 2-week objection period ends %2; "
                        "without an objection the order becomes final like a judgment.")),
                    {e.date, deadline}));
        return;
    }
    const bool lawsuit = e.kind == K::LawsuitServed;
    if (completedBefore(e.date)) {
        step(
            e.date, QStringLiteral("民法145条"),
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "%1 on %2: the period had completed on %3, unless the claim was filed by then "
                     "(the filing date counts, not service). Invoke the limitation in the "
                     "proceedings; once the claim is fixed by a final judgment the completion can "
                     "no "
                     "longer be raised.")),
                 {eventName(e.kind), e.date, effective()}));
        return;
    }
    if (lawsuit) {
        if (!suit_)
            suitOld_ = old;
        suit_ = true;
    } else {
        if (!order_)
            orderOld_ = old;
        order_ = true;
    }
    Message text = fill(
        lawsuit ? lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Lawsuit served on %1: completion is suspended while the suit is pending "
                      "(from the filing). If the right is fixed (final judgment, settlement), a "
                      "new 10-year period starts; if the suit ends otherwise (withdrawal, "
                      "dismissal), completion is suspended only until 6 months after its end."))
                : lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Payment order served on %1: completion is suspended while it is pending "
                      "(from the filing). If it becomes final, a new 10-year period starts; if it "
                      "lapses or is withdrawn, completion is suspended only until 6 months after "
                      "that.")),
        {e.date});
    QString article;
    if (old) {
        text = Message::sentences({text, oldSuffix()});
        article = lawsuit ? QStringLiteral("旧民法147条1号・149条(改正附則10条2項)")
                          : QStringLiteral("旧民法147条1号・150条(改正附則10条2項)");
    } else {
        article = lawsuit ? QStringLiteral("民法147条1項1号") : QStringLiteral("民法147条1項2号");
    }
    step(e.date, article, text);
}

void Engine::finality(const Ev& e)
{
    using K = LimitationEventKind;
    // 民法147条2項・169条1項: a right fixed by a final judgment or its equivalent runs 10 years
    // from the end of the proceeding (旧157条2項・174条の2 for the old law).
    // The old law governs when the suit that led here was brought before 2020-04-01 (附則10条2項).
    const bool old = oldLaw(e.date) || (suit_ && suitOld_) || (order_ && orderOld_);
    suit_ = order_ = false;
    r_.years = 10;
    r_.basis = LimitationBasis::Judgment;
    if (e.kind == K::CourtSettlement) {
        renew(e.date, 10); // made during the day: from the next day (民法140条)
    } else {
        // A judgment becomes final at the start of its 確定日 (the day after the last day to appeal
        // or object), so that day is counted (民法140条ただし書): the period is that of the day
        // before. docs/case-format.md "The date of judgment_final".
        renew(e.date.addDays(-1), 10);
    }
    switch (e.inferred) {
    case Inferred::JudgmentFinal:
        step(e.date,
             QStringLiteral("民法140条ただし書・147条2項・169条1項、民事訴訟法116条・285条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "No appeal recorded by %1, the last day to appeal: the judgment became final "
                      "on %2. A new 10-year period counts that day and ends %3.")),
                  {e.date.addDays(-1), e.date, periodEnd_}));
        return;
    case Inferred::OrderFinal:
        step(e.date,
             QStringLiteral("民法140条ただし書・147条2項・169条1項、民事訴訟法393条・396条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "No objection recorded by %1, the last day to object: the payment order "
                      "became final on %2 with the force of a final judgment. A new 10-year period "
                      "counts that day and ends %3.")),
                  {e.date.addDays(-1), e.date, periodEnd_}));
        return;
    case Inferred::No:
    case Inferred::OrderLapsed: // not a finality
        break;
    }
    if (e.kind == K::CourtSettlement) {
        step(
            e.date,
            old ? QStringLiteral("旧民法157条2項・174条の2(改正附則10条2項)")
                : QStringLiteral("民法147条2項・169条"),
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Court settlement on %1: the right is fixed with the force of a final "
                     "judgment; "
                     "a new 10-year period runs from the next day and ends %2. Instalments not yet "
                     "due at the settlement keep their own period (art. 169(2)).")),
                 {e.date, periodEnd_}));
        return;
    }
    step(e.date,
         old ? QStringLiteral("旧民法157条2項・174条の2(改正附則10条2項)")
             : QStringLiteral("民法140条ただし書・147条2項・169条1項"),
         fill(lt(QT_TRANSLATE_NOOP(
                  "zansai::Limitation",
                  "Judgment final on %1 (the 確定日, the day after the last day to appeal): a new "
                  "10-year period counts that day and ends %2.")),
              {e.date, periodEnd_}));
}

void Engine::enforcement(const Ev& e)
{
    using K = LimitationEventKind;
    const bool auction = e.kind == K::AuctionFiled;
    if (completedBefore(e.date)) {
        step(e.date, QStringLiteral("民法145条・民事執行法35条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "%1 on %2 after the period completed on %3: invoke the limitation (an "
                      "objection "
                      "suit against enforcement).")),
                  {eventName(e.kind), e.date, effective()}));
        return;
    }
    const bool old = oldLaw(e.date);
    Message text;
    if (auction) {
        auction_ = true;
        auctionOld_ = old;
        text = old ? lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Auction filed on %1, before 2020-04-01: an interruption (中断) under the "
                         "old law; a new period starts when it ends, but a withdrawal or "
                         "cancellation undoes it entirely (old art. 154)."))
                   : lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Auction filed on %1: completion is suspended while it runs, and a new "
                         "period starts when it ends; if it is withdrawn, only 6 months after "
                         "that."));
    } else {
        seizures_.append(e.date);
        text = old ? lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Seizure filed on %1, before 2020-04-01: an interruption (中断) under the "
                         "old law; a new period starts when it ends, but a withdrawal or "
                         "cancellation undoes it (old art. 154)."))
                   : lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Seizure filed on %1: completion is suspended while it runs and a new "
                         "period starts when it ends (a withdrawal or cancellation gives 6 months "
                         "only)."));
    }
    text = fill(text, {e.date});
    // Say it is taken as pending only when no end follows it (seizure_withdrawn / _completed).
    bool endFollows = false;
    for (const LimitationEvent& x : in_.events)
        endFollows =
            endFollows || ((x.kind == K::SeizureWithdrawn || x.kind == K::SeizureCompleted) &&
                           x.date >= e.date && (!in_.asOf.isValid() || x.date <= in_.asOf));
    if (!auction && !endFollows)
        text = Message::sentences(
            {text, lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                        "Its end is not recorded, so it is treated as still "
                                        "pending."))});
    step(e.date,
         old ? QStringLiteral("旧民法147条2号・154条(改正附則10条2項)")
             : (auction ? QStringLiteral("民法148条1項2号・2項")
                        : QStringLiteral("民法148条1項1号・2項")),
         text);
}

void Engine::withdrawal(const Ev& e)
{
    if (!auction_) {
        step(e.date, QStringLiteral("民法148条1項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Auction withdrawn on %1: no pending auction is recorded, so it has no "
                      "effect.")),
                  {e.date}));
        return;
    }
    auction_ = false;
    if (auctionOld_) { // 旧民法154条: the 中断 by the filing is void when withdrawn
        step(e.date, QStringLiteral("旧民法154条(改正附則10条2項)"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Auction withdrawn on %1: the old-law interruption by the filing is "
                      "undone as if "
                      "it never happened (old art. 154); the period ends %2.")),
                  {e.date, effective()}));
        return;
    }
    // 民法148条1項括弧書: withdrawn → no 更新, suspended until 6 months after the withdrawal (T10).
    const QDate until = periodEndMonths(e.date, 6);
    tailUntil_ = later(tailUntil_, until);
    step(
        e.date, QStringLiteral("民法148条1項括弧書"),
        Message::sentences(
            {fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Auction withdrawn on %1 (e.g. for a voluntary sale): no renewal; completion "
                      "is suspended only until %2 (6 months after the withdrawal).")),
                  {e.date, until}),
             noChange(until)}));
}

void Engine::invocation(const Ev& e)
{
    if (completedBefore(e.date)) {
        invokedOn_ = e.date;
        r_.invoked = true;
        step(
            e.date, QStringLiteral("民法145条・144条"),
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Limitation invoked on %1, after completion on %2: the claim is extinguished, "
                     "with effect back to the start of the period.")),
                 {e.date, effective()}));
        return;
    }
    step(e.date, QStringLiteral("民法145条"),
         pending()
             ? fill(lt(QT_TRANSLATE_NOOP(
                        "zansai::Limitation",
                        "Limitation invoked on %1 while a proceeding is pending: the period has "
                        "not completed, so it has no effect.")),
                    {e.date})
             : fill(lt(QT_TRANSLATE_NOOP(
                        "zansai::Limitation",
                        "Limitation invoked on %1 before completion (%2): no effect.")),
                    {e.date, effective()}));
}

} // namespace zansai::law::detail
