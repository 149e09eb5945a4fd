// 徴収権の消滅時効 of a tax (国税通則法72条・73条; 地方税法18条・18条の2 alike): 5 years from the
// statutory due date, renewed by the 督促 (from the day after the 10th day counted from the day
// the 督促状 was sent), by a part payment or other 承認 and by a seizure (民法152条・148条, applied
// by 72条3項 / 18条3項). Extinguished without invocation and beyond revival (72条2項).
// docs/legal-rules.md §9.1, §12.10.
#include "law/TaxLimitation.h"

#include "law/LimitationText.h"
#include "law/Period.h"

#include <QCoreApplication>

#include <algorithm>

namespace zansai::law {

namespace {

// Out of line: a warning dated `d` (keeps GCC's -Wmaybe-uninitialized quiet about the
// MessageArg temporaries when everything is inlined into finish()).
Message datedText(const char* source, QDate d);

const QString kStart = QStringLiteral("国税通則法72条1項、地方税法18条1項");
const QString kDemand = QStringLiteral("国税通則法73条1項4号、地方税法18条の2第1項");
const QString kAck = QStringLiteral("国税通則法72条3項・民法152条1項、地方税法18条3項");
const QString kCaution = QStringLiteral("国税通則法72条3項・民法150条、地方税法18条3項");
const QString kSeizure = QStringLiteral("国税通則法72条3項・民法148条、地方税法18条3項");
const QString kExtinct = QStringLiteral("国税通則法72条2項、地方税法18条2項");

QDate later(QDate a, QDate b)
{
    return a.isValid() && (!b.isValid() || a > b) ? a : b;
}

class TaxReplay {
public:
    TaxReplay(const LimitationInput& in, LimitationResult& r) : in_(in), r_(r) {}

    void run()
    {
        r_.years = 5;
        r_.basis = LimitationBasis::New;
        end_ = periodEndYears(in_.acceleratedOn, 5); // 72条1項 (18条1項: 翌日から起算) → 民法140条
        step(in_.acceleratedOn, kStart,
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Taxes are not under the civil-law limitation: the right to collect lapses 5 "
                      "years after the statutory due date (taken as %1), so on %2 unless renewed. "
                      "No invocation is needed and it cannot be waived.")),
                  {in_.acceleratedOn, end_}));
        QList<LimitationEvent> evs;
        bool afterAsOf = false;
        for (const LimitationEvent& e : in_.events) {
            if (!e.date.isValid())
                continue;
            if (in_.asOf.isValid() && e.date > in_.asOf) {
                afterAsOf = true;
                continue;
            }
            evs.append(e);
        }
        std::stable_sort(
            evs.begin(), evs.end(),
            [](const LimitationEvent& a, const LimitationEvent& b) { return a.date < b.date; });
        for (const LimitationEvent& e : evs)
            apply(e);
        finish(afterAsOf);
    }

private:
    QDate effective() const { return later(end_, cautionUntil_); }
    bool lapsedBefore(QDate d) const { return seizures_ == 0 && d > effective(); }
    void step(QDate d, const QString& article, Message text)
    {
        text.article = article;
        r_.steps.append(LimitationStep{d, article, std::move(text)});
    }
    void renew(QDate from)
    {
        end_ = periodEndYears(from, 5); // 民法140条: from the next day
        cautionUntil_ = QDate();
    }

    void apply(const LimitationEvent& e)
    {
        using K = LimitationEventKind;
        if (e.date < in_.acceleratedOn) {
            step(e.date, kStart,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "%1 on %2 came before the statutory due date (%3): no effect.")),
                      {eventName(e.kind), e.date, in_.acceleratedOn}));
            return;
        }
        if (lapsedBefore(e.date)) {
            // 72条2項: the right is extinguished by the lapse itself; nothing revives it, and a
            // payment made after it is an overpayment (過誤納金) to be refunded (56条).
            step(e.date, kExtinct,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "%1 on %2 came after the right to collect lapsed on %3: a tax is "
                          "extinguished by the lapse itself and nothing revives it. A payment "
                          "made after it is an overpayment to be refunded (国税通則法56条).")),
                      {eventName(e.kind), e.date, effective()}));
            return;
        }
        switch (e.kind) {
        case K::Demand:
            demand(e);
            return;
        case K::Payment:
        case K::Acknowledgment:
        case K::VoluntarySaleSettled:
        case K::EnforceableDeed:
            renew(e.date);
            step(e.date, kAck,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "%1 on %2 acknowledges the tax (a part payment, or a written pledge to "
                          "pay by instalments): the period restarts from the next day and ends "
                          "%3.")),
                      {eventName(e.kind), e.date, end_}));
            return;
        case K::SeizureFiled:
        case K::AuctionFiled:
            ++seizures_;
            step(e.date, kSeizure,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Seizure by the tax office (滞納処分) on %1: completion is suspended "
                          "while it lasts, and the period restarts when it ends.")),
                      {e.date}));
            return;
        case K::SeizureCompleted:
        case K::SeizureWithdrawn:
        case K::AuctionWithdrawn:
            seizureEnded(e);
            return;
        default:
            step(e.date, QStringLiteral("国税通則法72条・73条"),
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "%1 on %2: not a step of tax collection (taxes are collected by "
                          "administrative seizure, without the courts), so it does not change "
                          "the period here.")),
                      {eventName(e.kind), e.date}));
            return;
        }
    }

    void demand(const LimitationEvent& e)
    {
        if (!demanded_) {
            // 73条1項4号: completion is suspended until the 10th day counted from the day the
            // 督促状 was sent has passed (that day is day 1, so the "day on which 10 days have
            // passed" is sent + 10), and the period starts again from the next day. A seizure
            // before that day ends the wait earlier (括弧書); its own suspension then covers it.
            demanded_ = true;
            const QDate base = e.date.addDays(10);
            end_ = periodEndYears(base, 5);
            cautionUntil_ = QDate();
            step(e.date, kDemand,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Demand notice (督促状) sent on %1: counting that day as the first, 10 "
                          "days have passed on %2; completion is suspended until then and the "
                          "period restarts from the next day, 5 years, ending %3.")),
                      {e.date, base, end_}));
            return;
        }
        // A later reminder (催告書) is a 催告 of 民法150条: 6 months, once.
        if (cautionUntil_.isValid() && e.date > end_ && e.date <= cautionUntil_) {
            step(e.date, kCaution,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Reminder on %1 while an earlier one is holding off completion: no "
                          "effect (the suspension still ends %2).")),
                      {e.date, cautionUntil_}));
            return;
        }
        const QDate until = periodEndMonths(e.date, 6);
        if (until <= end_) {
            step(e.date, kCaution,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Reminder on %1 after the demand notice: a demand (催告) holding off "
                          "completion until %2, but the period runs past that anyway (to %3).")),
                      {e.date, until, end_}));
            return;
        }
        cautionUntil_ = later(cautionUntil_, until);
        step(e.date, kCaution,
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Reminder on %1 after the demand notice: a demand (催告); completion is "
                      "suspended until %2 (6 months).")),
                  {e.date, until}));
    }

    void seizureEnded(const LimitationEvent& e)
    {
        using K = LimitationEventKind;
        const bool released = e.kind != K::SeizureCompleted;
        if (seizures_ == 0 && released) {
            step(e.date, kSeizure,
                 fill(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                           "%1 on %2: no running seizure is recorded, so it has "
                                           "no effect.")),
                      {eventName(e.kind), e.date}));
            return;
        }
        if (seizures_ > 0)
            --seizures_;
        renew(e.date);
        if (!released) {
            step(e.date, kSeizure,
                 fill(lt(QT_TRANSLATE_NOOP(
                          "zansai::Limitation",
                          "Seizure carried through on %1 (collected or sold and distributed): the "
                          "period restarts from the next day and ends %2.")),
                      {e.date, end_}));
            return;
        }
        // A seizure by the tax office is not on application, so its release (解除) is neither the
        // withdrawal nor the cancellation of 民法148条1項括弧書: the prevailing reading renews
        // from the release (docs/legal-rules.md §12.10).
        releasedOn_ = e.date;
        step(e.date, kSeizure,
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Seizure released (解除) on %1: the period restarts from the next day and "
                      "ends %2. A seizure cancelled as unlawful would give only 6 months (民法148条"
                      "1項括弧書).")),
                  {e.date, end_}));
    }

    void finish(bool eventsAfterAsOf)
    {
        r_.completesOn = effective();
        r_.pendingProceeding = seizures_ > 0;
        r_.completed = in_.asOf.isValid() && !r_.pendingProceeding && in_.asOf > r_.completesOn;
        if (eventsAfterAsOf)
            r_.warnings.append(datedText(
                QT_TRANSLATE_NOOP("zansai::Limitation",
                                  "Events dated after %1 (the as-of date) were not counted."),
                in_.asOf));
        if (releasedOn_.isValid())
            r_.warnings.append(
                datedText(QT_TRANSLATE_NOOP(
                              "zansai::Limitation",
                              "Disputed: the release of the tax seizure on %1 is taken to renew "
                              "the period (a seizure by the tax office is not on application, so "
                              "民法148条1項括弧書 does not apply). If it was cancelled as "
                              "unlawful, only 6 months follow."),
                          releasedOn_)
                    .withCode(QStringLiteral("limitation.disputed.tax_seizure_release")));
        r_.warnings.append(lt(QT_TRANSLATE_NOOP(
            "zansai::Limitation",
            "Not evaluated for taxes: a deferral (納税の猶予, 換価の猶予, 延納: the period does "
            "not run meanwhile, 国税通則法73条4項), a demand for distribution in another's "
            "proceedings (交付要求, 73条1項5号), an assessment or correction (73条1項1号〜3号) or "
            "evasion (73条3項). The case format has no events for them: ask the tax office.")));
        if (r_.pendingProceeding)
            r_.warnings.append(datedText(
                QT_TRANSLATE_NOOP("zansai::Limitation",
                                  "A seizure by the tax office is running: completion is "
                                  "suspended while it lasts, so %1 is only the earliest possible "
                                  "date."),
                r_.completesOn));
        else if (r_.completed)
            r_.warnings.append(datedText(
                QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "The right to collect this tax lapsed on %1: the tax is extinguished without "
                    "invocation (国税通則法72条2項, 地方税法18条2項). Ask the tax office to "
                    "confirm "
                    "it; anything paid after that is refundable."),
                r_.completesOn));
    }

    const LimitationInput& in_;
    LimitationResult& r_;
    QDate end_;          // ordinary end of the running period
    QDate cautionUntil_; // 民法150条 via 72条3項
    int seizures_ = 0;
    bool demanded_ = false;
    QDate releasedOn_;
};

Message datedText(const char* source, QDate d)
{
    Message m = lt(source);
    m.args.append(MessageArg(d));
    return m;
}

} // namespace

LimitationResult taxLimitation(const LimitationInput& in)
{
    LimitationResult r;
    TaxReplay(in, r).run();
    return r;
}

} // namespace zansai::law
