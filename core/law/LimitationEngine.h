// The replay of a debt's events behind computeLimitation (law/LimitationPeriod.h), shared by the
// files that hold its rules: LimitationPeriod.cpp (the period, the order of events, completion),
// LimitationRenewal.cpp (承認・催告・協議: 民法150条〜152条) and LimitationProceedings.cpp
// (裁判上の 請求・強制執行・確定・援用: 民法145条, 147条, 148条, 169条) and
// LimitationProceedingEnds.cpp (how a suit, a payment order or a seizure ends: 147条1項括弧書,
// 148条). Internal to core/law.
#pragma once

#include "law/LimitationPeriod.h"
#include "law/LimitationText.h"
#include "law/Period.h"

#include <QDate>
#include <QList>
#include <optional>

namespace zansai::law::detail {

// 改正民法 (平成29年法律第44号) 施行日.
inline QDate reformDate()
{
    return QDate(2020, 4, 1);
}

inline QDate later(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

// What we infer from a lapse of time, once asOf is past the deadline: finality when no appeal
// (民事訴訟法285条) or no objection (393条) is recorded by it; a payment order's lapse when nothing
// follows it within the 30 days of 392条 (docs/legal-rules.md §12.9).
enum class Inferred { No, JudgmentFinal, OrderFinal, OrderLapsed };

struct Ev {
    QDate date;
    LimitationEventKind kind = LimitationEventKind::Payment;
    std::optional<QDate> agreedUntil;
    Inferred inferred = Inferred::No;
    QDate servedOn; // Inferred::OrderLapsed: the service of the payment order that lapsed
};

class Engine {
public:
    Engine(const LimitationInput& in, LimitationResult& r) : in_(in), r_(r) {}
    void run();

private:
    void choosePeriod();
    QList<Ev> orderedEvents();
    void apply(const Ev& e);
    void acknowledge(const Ev& e);
    void demand(const Ev& e);
    void agreement(const Ev& e);
    void refusal(const Ev& e);
    void proceeding(const Ev& e);
    void finality(const Ev& e);
    void enforcement(const Ev& e);
    void withdrawal(const Ev& e);
    void proceedingEnded(const Ev& e); // format revision 2: how a proceeding ends
    void suitEnded(const Ev& e);       // 訴えの取下げ・却下 (147条1項括弧書)
    void objection(const Ev& e);       // 督促異議 (民事訴訟法395条)
    void orderLapsed(const Ev& e);     // 支払督促の失効 (民事訴訟法392条)
    void seizureEnded(const Ev& e); // 差押えの取下げ・取消し / 取立て・配当 (148条)
    void sixMonthsAfter(const Ev& e, const QString& article, Message text);
    void invocation(const Ev& e);
    void finish();

    QDate effective() const
    {
        return later(later(later(periodEnd_, demandUntil_), agreementUntil_), tailUntil_);
    }
    bool pending() const { return suit_ || order_ || !seizures_.isEmpty() || auction_; }
    // Completion happens at the end of effective() (民法141条): an event that day is still in time.
    bool completedBefore(QDate d) const { return !pending() && d > effective(); }
    bool demandInForce(QDate d) const
    {
        return demandUntil_.isValid() && d > periodEnd_ && d <= demandUntil_;
    }
    bool agreementInForce(QDate d) const
    {
        return agreementUntil_.isValid() && d > periodEnd_ && d <= agreementUntil_;
    }
    void renew(QDate from, int years)
    {
        periodEnd_ = periodEndYears(from, years); // 民法140条・143条: from the next day
        demandUntil_ = agreementUntil_ = agreementCap_ = tailUntil_ = QDate();
    }
    void step(QDate d, const QString& article, Message text)
    {
        text.article = article; // the sentence rests on the step's article
        r_.steps.append(LimitationStep{d, article, std::move(text)});
    }
    static bool oldLaw(QDate d) { return d < reformDate(); } // 改正附則10条2項
    static Message oldSuffix()
    {
        return lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Before 2020-04-01 this is an interruption (中断) under the old law, with "
            "the same effect (Supplementary Provisions art. 10(2))."));
    }
    // A sentence to add when a suspension ends before the period would anyway (else empty).
    Message noChange(QDate until) const
    {
        if (until > periodEnd_)
            return Message();
        return fill(
            lt(QT_TRANSLATE_NOOP(
                "zansai::Limitation",
                "That is before the period ends anyway (%1), so the date does not change.")),
            {periodEnd_});
    }

    const LimitationInput& in_;
    LimitationResult& r_;
    QDate periodEnd_;      // ordinary end of the running period, before any suspension
    QDate demandUntil_;    // 民法150条1項
    QDate agreementUntil_; // 民法151条1項
    QDate agreementCap_;   // 民法151条2項ただし書: 5 years from the ordinary end
    QDate tailUntil_;      // 民法148条1項括弧書: 6 months after a withdrawal
    bool suit_ = false, auction_ = false, auctionOld_ = false;
    bool suitOld_ = false; // the pending suit was brought before 2020-04-01 (改正附則10条2項)
    bool order_ = false;   // a 支払督促 pending (not yet final, lapsed or turned into a suit)
    bool orderOld_ = false;
    QList<QDate> seizures_; // filing dates of the seizures running, oldest first
    QDate invokedOn_, forfeitedOn_;
    bool eventsAfterAsOf_ = false;
};

} // namespace zansai::law::detail
