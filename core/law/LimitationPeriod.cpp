// 消滅時効 of one accelerated debt. The events are replayed in date order over a small state: the
// running period's ordinary end, the suspensions (完成猶予) in force and the proceedings pending.
// Events before 2020-04-01 are 中断/停止 of the old law (改正附則10条2項): their effect here is the
// same, only the article differs. docs/legal-rules.md §1; §12.1 (民法142条) and §12.4 (求償権) are
// surfaced.
#include "law/LimitationPeriod.h"

#include "law/CourtPeriod.h"
#include "law/HolidayCalendar.h"
#include "law/LimitationEngine.h"
#include "law/PaymentOrderLapse.h"
#include "law/Period.h"
#include "law/TaxLimitation.h"

#include <algorithm>

namespace zansai::law::detail {

void Engine::choosePeriod()
{
    const QDate reform = reformDate();
    const bool known = in_.contractDate.isValid();
    const QDate when = known ? in_.contractDate : in_.acceleratedOn;
    // 改正附則10条1項・4項: a claim whose cause (原因である法律行為) predates 2020-04-01 keeps the
    // old period. Unknown contract: a loan's contract precedes its acceleration; otherwise assume
    // old law, which never gives the shorter period.
    const bool old = known ? in_.contractDate < reform : true;
    const QString transition = QStringLiteral("民法改正附則10条1項・4項");
    const bool guarantee = in_.lender == LenderKind::GuaranteeCompany;
    if (!known && in_.acceleratedOn < reform) {
        step(when, transition,
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "No contract date recorded, but the acceleration on %1 is before "
                      "2020-04-01, so "
                      "the contract was too: the old law's period applies.")),
                  {in_.acceleratedOn}));
    } else if (!known) {
        const Message text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation", "No contract date recorded: the old law is assumed, which gives "
                                  "the longer period where the two differ. Record the contract "
                                  "date to be sure."));
        step(when, transition, text);
        r_.warnings.append(text);
    } else if (old && guarantee) {
        step(
            when, transition,
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "Guarantee-commission contract of %1 is before 2020-04-01: the old law's "
                     "period "
                     "applies to the right of reimbursement (求償権) even though it arises at "
                     "subrogation. This reading of Supplementary Provisions art. 10(1) is ours and "
                     "not verified against the Ministry of Justice's Q&A.")),
                 {in_.contractDate}));
        if (in_.acceleratedOn >= reform)
            r_.warnings.append(fill(
                lt(QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "Disputed: the subrogation (%1) is after 2020-04-01 but the "
                    "guarantee-commission contract (%2) is before; the old law is applied on our "
                    "reading of Supplementary Provisions art. 10(1) (not verified).")),
                {in_.acceleratedOn, in_.contractDate}));
    } else if (old) {
        step(when, transition,
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Contract of %1 is before 2020-04-01: the old law's period applies.")),
                  {in_.contractDate}));
    } else {
        step(when, QStringLiteral("民法改正附則10条4項"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Contract of %1 is on or after 2020-04-01: the new law applies.")),
                  {in_.contractDate}));
    }

    if (!old) {
        // 民法166条1項1号: 5 years from when the creditor knew; for an accelerated loan that is the
        // acceleration itself, so the 10 years of 2号 (from the same day) never end earlier.
        r_.years = 5;
        r_.basis = LimitationBasis::New;
        step(when, QStringLiteral("民法166条1項1号"),
             lt(QT_TRANSLATE_NOOP(
                 "zansai::Limitation",
                 "New law: 5 years from when the creditor knew it could claim. The creditor of an "
                 "accelerated loan knows at once, so the 10-year limb (art. 166(1)(ii)) runs from "
                 "the same day and never ends earlier.")));
        return;
    }
    switch (in_.lender) {
    case LenderKind::Bank:
    case LenderKind::ConsumerFinance:
    case LenderKind::CardCompany:
    case LenderKind::GuaranteeCompany:
    case LenderKind::PublicAuthority: // not reached: taxes are handled apart
        // 商法522条 (削除前) and 会社法5条: a company's acts are commercial acts.
        r_.years = 5;
        r_.basis = LimitationBasis::OldCommercial;
        step(when, QStringLiteral("商法522条(2020年削除)・会社法5条"),
             guarantee ? lt(QT_TRANSLATE_NOOP(
                             "zansai::Limitation",
                             "Old law: the guarantee company is a stock company and the "
                             "guarantee-commission contract its commercial act, so the claim is "
                             "commercial: 5 years."))
                       : lt(QT_TRANSLATE_NOOP(
                             "zansai::Limitation",
                             "Old law: the creditor is a stock company, whose loans are commercial "
                             "acts, so the claim is commercial: 5 years.")));
        return;
    case LenderKind::CreditUnion:
    case LenderKind::Jhf:
    case LenderKind::PublicGuarantor:
    case LenderKind::Individual:
    case LenderKind::Other:
        break;
    }
    // 旧民法167条1項: a civil claim, 10 years.
    r_.years = 10;
    r_.basis = LimitationBasis::OldCivil;
    Message text;
    switch (in_.lender) {
    case LenderKind::CreditUnion:
        text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Old law: a credit union, labour bank or JA is not a merchant (最判昭和63年10月18日), "
            "so a loan to a private borrower is a civil claim: 10 years. A business loan to a "
            "merchant would be commercial: 5 years."));
        break;
    case LenderKind::Jhf:
        text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Old law: the Japan Housing Finance Agency (former 住宅金融公庫) is not a "
            "merchant, so the claim is civil: 10 years."));
        break;
    case LenderKind::PublicGuarantor:
        text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Old law: a public credit-guarantee body is not a merchant, so the right of "
            "reimbursement is civil: 10 years, unless the debtor is a merchant. For the "
            "公庫住宅融資保証協会 this is not verified."));
        r_.warnings.append(lt(
            QT_TRANSLATE_NOOP("zansai::Limitation",
                              "Not verified: the old-law period of a public guarantor's right of "
                              "reimbursement is taken as 10 years (civil).")));
        break;
    case LenderKind::Individual:
        text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Old law: a private lender, so the claim is civil: 10 years (5 years if either "
            "party acted as a merchant)."));
        break;
    default:
        text = lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Old law: the kind of creditor is not known, so the claim is treated as civil: "
            "10 years. If the creditor is a company, the claim is commercial: 5 years "
            "(Commercial Code art. 522)."));
        r_.warnings.append(lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation", "Creditor kind unknown: the old-law period is taken as 10 years "
                                  "(civil). For a company creditor it would be 5 years.")));
        break;
    }
    step(when, QStringLiteral("旧民法167条1項"), text);
}

QList<Ev> Engine::orderedEvents()
{
    using K = LimitationEventKind;
    QList<Ev> evs;
    evs.reserve(in_.events.size() + 2);
    bool invalid = false;
    for (const LimitationEvent& e : in_.events) {
        if (!e.date.isValid()) {
            invalid = true;
            continue;
        }
        if (in_.asOf.isValid() && e.date > in_.asOf) {
            eventsAfterAsOf_ = true;
            continue;
        }
        evs.append(Ev{e.date, e.kind, e.agreedUntil, Inferred::No, QDate()});
    }
    if (invalid)
        r_.warnings.append(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                                "An event without a valid date was not counted.")));
    std::stable_sort(evs.begin(), evs.end(),
                     [](const Ev& a, const Ev& b) { return a.date < b.date; });

    // A served judgment or provisional-enforcement order with no recorded finality (nor a later
    // step superseding it) is final when its 2-week period lapses (民事訴訟法285条・393条・396条,
    // periods by 95条): T8. It is final from the start of the next day, its 確定日, which counts
    // (民法140条ただし書). Only once asOf has reached that day.
    // A payment order followed by nothing is taken to have lapsed at the end of the 30 days of
    // 民事訴訟法392条 (docs/legal-rules.md §12.9), once asOf is past them.
    const qsizetype n = evs.size();
    const auto followedBy = [&](qsizetype i, std::initializer_list<K> kinds) {
        for (qsizetype j = i + 1; j < n; ++j)
            if (std::find(kinds.begin(), kinds.end(), evs[j].kind) != kinds.end())
                return true;
        return false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const Ev& e = evs[i];
        if (e.kind == K::PaymentOrderServed) {
            if (followedBy(i, {K::ProvisionalEnforcementServed, K::PaymentOrderObjection,
                               K::PaymentOrderLapsed, K::JudgmentServed, K::JudgmentFinal,
                               K::CourtSettlement, K::LawsuitWithdrawn, K::LawsuitDismissed}))
                continue;
            const QDate lastDay = paymentOrderLapse(e.date).lastDay;
            if (in_.asOf.isValid() && in_.asOf > lastDay)
                evs.append(Ev{lastDay, K::PaymentOrderLapsed, std::nullopt, Inferred::OrderLapsed,
                              e.date});
            continue;
        }
        if (e.kind != K::JudgmentServed && e.kind != K::ProvisionalEnforcementServed)
            continue;
        if (followedBy(i, {K::JudgmentFinal, K::CourtSettlement, K::JudgmentServed,
                           K::ProvisionalEnforcementServed, K::PaymentOrderObjection,
                           K::LawsuitWithdrawn, K::LawsuitDismissed}))
            continue;
        const QDate deadline = courtDeadline(e.date, 14);
        if (in_.asOf.isValid() && in_.asOf > deadline)
            evs.append(
                Ev{deadline.addDays(1), K::JudgmentFinal, std::nullopt,
                   e.kind == K::JudgmentServed ? Inferred::JudgmentFinal : Inferred::OrderFinal,
                   QDate()});
    }
    if (evs.size() != n)
        std::stable_sort(evs.begin(), evs.end(),
                         [](const Ev& a, const Ev& b) { return a.date < b.date; });
    return evs;
}

void Engine::run()
{
    choosePeriod();
    // 民法140条: the day of acceleration (or 代位弁済) is not counted; 143条: calendar years.
    periodEnd_ = periodEndYears(in_.acceleratedOn, r_.years);
    const Message start =
        in_.lender == LenderKind::GuaranteeCompany
            ? lt(QT_TRANSLATE_NOOP(
                  "zansai::Limitation",
                  "Subrogation (代位弁済) on %1: the period runs from the next day, %2, for %3 "
                  "years and ends %4."))
            : lt(QT_TRANSLATE_NOOP(
                  "zansai::Limitation",
                  "Accelerated on %1: the period runs from the next day, %2, for %3 years and "
                  "ends %4."));
    step(in_.acceleratedOn, QStringLiteral("民法140条・143条"),
         fill(start, {in_.acceleratedOn, periodStart(in_.acceleratedOn), r_.years, periodEnd_}));

    for (const Ev& e : orderedEvents())
        apply(e);
    finish();
}

void Engine::apply(const Ev& e)
{
    using K = LimitationEventKind;
    if (e.date < in_.acceleratedOn && e.inferred == Inferred::No) {
        step(e.date, QStringLiteral("民法140条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "%1 on %2 came before the period began (%3): no effect on it.")),
                  {eventName(e.kind), e.date, in_.acceleratedOn}));
        return;
    }
    if (invokedOn_.isValid()) {
        step(e.date, QStringLiteral("民法145条・144条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "%1 on %2 came after the limitation was invoked on %3: the claim is "
                      "extinguished and this does not revive it.")),
                  {eventName(e.kind), e.date, invokedOn_}));
        return;
    }
    switch (e.kind) {
    case K::Payment:
    case K::Acknowledgment:
    case K::VoluntarySaleSettled:
    case K::EnforceableDeed:
        acknowledge(e);
        return;
    case K::Demand:
        demand(e);
        return;
    case K::NegotiationAgreement:
        agreement(e);
        return;
    case K::NegotiationRefused:
        refusal(e);
        return;
    case K::LawsuitServed:
    case K::PaymentOrderServed:
    case K::ProvisionalEnforcementServed:
    case K::JudgmentServed:
        proceeding(e);
        return;
    case K::JudgmentFinal:
    case K::CourtSettlement:
        finality(e);
        return;
    case K::SeizureFiled:
    case K::AuctionFiled:
        enforcement(e);
        return;
    case K::AuctionWithdrawn:
        withdrawal(e);
        return;
    case K::LawsuitWithdrawn:
    case K::LawsuitDismissed:
    case K::PaymentOrderObjection:
    case K::PaymentOrderLapsed:
    case K::SeizureWithdrawn:
    case K::SeizureCompleted:
        proceedingEnded(e);
        return;
    case K::ClaimAssigned:
        // An assignment keeps the claim's identity: no renewal, no change of period
        // (docs/legal-rules.md §1.1).
        step(
            e.date, QStringLiteral("民法466条"),
            fill(
                lt(QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "Claim assigned on %1 (e.g. sold to a servicer): it keeps its identity and its "
                    "period; nothing is renewed or changed.")),
                {e.date}));
        return;
    case K::LimitationInvoked:
        invocation(e);
        return;
    }
}

void Engine::finish()
{
    r_.completesOn = effective();
    r_.pendingProceeding = pending();
    r_.completed = in_.asOf.isValid() && !r_.pendingProceeding && in_.asOf > r_.completesOn;

    if (eventsAfterAsOf_)
        r_.warnings.append(
            fill(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                      "Events dated after %1 (the as-of date) were not counted.")),
                 {in_.asOf}));
    if (r_.pendingProceeding)
        r_.warnings.append(fill(
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "A court proceeding or enforcement is pending: completion is "
                                 "suspended while it lasts, so %1 is only the earliest possible "
                                 "date.")),
            {r_.completesOn}));

    // docs/legal-rules.md §12.1: 民法142条 is not applied to 時効 (prevailing view;
    // 大阪地判昭和48年9月4日; a minority view exists; no Supreme Court ruling). Say so when the
    // last day is a closed day.
    if (!r_.pendingProceeding) {
        Message why;
        switch (courtClosure(r_.completesOn)) {
        case CourtClosure::Open:
            break;
        case CourtClosure::Holiday:
            why = lt(QT_TRANSLATE_NOOP("zansai::Limitation", "a national holiday"));
            break;
        case CourtClosure::NewYear:
            why = lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                       "a year-end or New Year court closure day"));
            break;
        case CourtClosure::Sunday:
            why = lt(QT_TRANSLATE_NOOP("zansai::Limitation", "a Sunday"));
            break;
        case CourtClosure::Saturday:
            why = lt(QT_TRANSLATE_NOOP("zansai::Limitation", "a Saturday"));
            break;
        }
        if (!why.isEmpty())
            r_.warnings.append(fill(
                lt(QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "The last day, %1, is %2, when the courts are closed. Choice made: Civil "
                    "Code art. 142 (a period ending on a holiday runs to the next day) is not "
                    "applied to limitation, the prevailing view since a claim can be filed on a "
                    "holiday (大阪地判昭和48年9月4日). A minority view would extend it to the "
                    "next business day; there is no Supreme Court ruling.")),
                {r_.completesOn, why}));
    }

    // 最判昭和41年4月20日: a payment or acknowledgment after completion forfeits the defence.
    if (r_.forfeited)
        r_.warnings.append(fill(
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "The payment or acknowledgment of %1 came after completion: that "
                                 "completion can no longer be invoked, and a new period runs.")),
            {forfeitedOn_}));
    // The new period that runs from it may itself have completed since: that completion is intact,
    // so `forfeited` describes only a loss not yet made good by a later completion.
    if (r_.completed)
        r_.forfeited = false;
    if (r_.invoked)
        return;
    if (r_.completed)
        r_.warnings.append(lt(
            QT_TRANSLATE_NOOP("zansai::Limitation",
                              "The period has completed. Do not pay or acknowledge anything, not "
                              "even a token payment: that forfeits the defence even without "
                              "knowing it had completed (最判昭和41年4月20日). Invoke it in "
                              "writing (内容証明 with 配達証明, Civil Code art. 145).")));
    else
        r_.warnings.append(
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "Once the period completes, any payment or acknowledgment, even a "
                                 "token payment to a servicer, forfeits the defence "
                                 "(最判昭和41年4月20日).")));
}

} // namespace zansai::law::detail

namespace zansai::law {

using detail::Engine;

QString toCode(LimitationBasis b)
{
    switch (b) {
    case LimitationBasis::OldCommercial:
        return QStringLiteral("old_commercial");
    case LimitationBasis::OldCivil:
        return QStringLiteral("old_civil");
    case LimitationBasis::New:
        return QStringLiteral("new");
    case LimitationBasis::Judgment:
        return QStringLiteral("judgment");
    }
    return QString();
}

LimitationResult computeLimitation(const LimitationInput& in)
{
    LimitationResult r;
    if (!in.acceleratedOn.isValid()) {
        r.warnings.append(lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "No acceleration date recorded: the limitation cannot be computed.")));
        return r;
    }
    if (in.lender == LenderKind::PublicAuthority)
        return taxLimitation(in);
    r.steps.reserve(in.events.size() + 4);
    Engine(in, r).run();
    // Steps in date order; rules of the same day keep the order they were applied in.
    const auto byDate = [](const LimitationStep& a, const LimitationStep& b) {
        return a.date < b.date;
    };
    if (!std::is_sorted(r.steps.begin(), r.steps.end(), byDate))
        std::stable_sort(r.steps.begin(), r.steps.end(), byDate);
    return r;
}

} // namespace zansai::law
