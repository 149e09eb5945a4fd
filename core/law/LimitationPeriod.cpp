// 消滅時効 of one accelerated debt. The events are replayed in date order over a small state: the
// running period's ordinary end, the suspensions (完成猶予) in force and the proceedings pending.
// Events before 2020-04-01 are 中断/停止 of the old law (改正附則10条2項): their effect here is the
// same, only the article differs. Reference §1; §12.1 (民法142条) and §12.4 (求償権) are surfaced.
#include "law/LimitationPeriod.h"

#include "i18n/Language.h"
#include "law/CourtPeriod.h"
#include "law/HolidayCalendar.h"
#include "law/Period.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace zansai::law {

namespace {

// Every step and warning text is written lt(QT_TRANSLATE_NOOP("zansai::Limitation", "…")):
// lupdate reads the context and source text from the macro, and the lookup is cached per language
// (cachedTranslate), since Qt's translator lookup of a dozen texts per computation doubled its
// time with the Japanese catalogue installed (bench/bench_limitation.cpp, target < 5 µs). String
// literals only: the pointer is the cache key.
constexpr char kContext[] = "zansai::Limitation";
const QString& lt(const char* sourceLiteral)
{
    return cachedTranslate(kContext, sourceLiteral);
}

// 改正民法 (平成29年法律第44号) 施行日.
QDate reformDate()
{
    return QDate(2020, 4, 1);
}

// Step texts are filled by hand rather than with QString::arg: a computation formats a dozen
// texts and ~20 dates, and QString::arg plus QDate::toString were most of the < 5 µs budget
// (bench/bench_limitation.cpp). `fill` replaces %1..%9 by the arguments (a QDate as YYYY-MM-DD,
// like Qt::ISODate; an int in decimal), as QString::arg(a1, a2, …) does for our templates.
struct Arg {
    enum class Kind { Text, Date, Number } kind;
    QStringView text;
    QDate date;
    int number = 0;
    Arg(const QString& s) : kind(Kind::Text), text(s) {} // NOLINT: implicit by design
    Arg(QDate d) : kind(Kind::Date), date(d) {}          // NOLINT
    Arg(int n) : kind(Kind::Number), number(n) {}        // NOLINT
};

// Writes YYYY-MM-DD into buf (10 chars) and returns 10; 0 for an invalid date or a year outside
// 1000–9999 (the caller falls back to QDate::toString). Civil date straight from the Julian day
// (proleptic Gregorian, as QDate), without a calendar lookup.
int writeDate(char16_t* buf, QDate d)
{
    if (!d.isValid())
        return 0;
    const qint64 z = d.toJulianDay() - 1721120; // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;                                      // [0, 146096]
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    const qint64 mp = (5 * doy + 2) / 153;                                    // March = 0
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    if (y < 1000 || y > 9999)
        return 0;
    const auto digit = [](int v) { return char16_t(u'0' + v); };
    buf[0] = digit(y / 1000);
    buf[1] = digit(y / 100 % 10);
    buf[2] = digit(y / 10 % 10);
    buf[3] = digit(y % 10);
    buf[4] = u'-';
    buf[5] = digit(m / 10);
    buf[6] = digit(m % 10);
    buf[7] = u'-';
    buf[8] = digit(day / 10);
    buf[9] = digit(day % 10);
    return 10;
}

QString fill(const QString& tmpl, std::initializer_list<Arg> args)
{
    // Render every argument once, then size the result exactly and copy into it.
    constexpr int kMaxArgs = 6;
    Q_ASSERT(args.size() <= kMaxArgs);
    char16_t digits[kMaxArgs][12];
    QString fallback[kMaxArgs];
    QStringView rendered[kMaxArgs];
    const int count = std::min(int(args.size()), kMaxArgs);
    for (int i = 0; i < count; ++i) {
        const Arg& a = args.begin()[i];
        switch (a.kind) {
        case Arg::Kind::Text:
            rendered[i] = a.text;
            break;
        case Arg::Kind::Date:
            if (const int n = writeDate(digits[i], a.date))
                rendered[i] = QStringView(digits[i], n);
            else
                rendered[i] = fallback[i] = a.date.toString(Qt::ISODate);
            break;
        case Arg::Kind::Number: {
            // Small non-negative counts (years); anything else goes through QString::number.
            if (a.number >= 0 && a.number < 1000) {
                int n = 0;
                if (a.number >= 100)
                    digits[i][n++] = char16_t(u'0' + a.number / 100);
                if (a.number >= 10)
                    digits[i][n++] = char16_t(u'0' + a.number / 10 % 10);
                digits[i][n++] = char16_t(u'0' + a.number % 10);
                rendered[i] = QStringView(digits[i], n);
            } else {
                rendered[i] = fallback[i] = QString::number(a.number);
            }
            break;
        }
        }
    }
    // Markers are found with QStringView::indexOf (vectorised); text between them is copied whole.
    const QStringView t(tmpl);
    constexpr int kMaxMarkers = 12;
    qsizetype at[kMaxMarkers];
    int which[kMaxMarkers];
    int markers = 0;
    qsizetype size = t.size();
    for (qsizetype p = t.indexOf(u'%'); p >= 0 && p + 1 < t.size() && markers < kMaxMarkers;
         p = t.indexOf(u'%', p + 1)) {
        const int n = t[p + 1].unicode() - u'0';
        if (n < 1 || n > count)
            continue;
        at[markers] = p;
        which[markers++] = n - 1;
        size += rendered[n - 1].size() - 2;
        ++p;
    }
    QString out(size, Qt::Uninitialized);
    QChar* w = out.data();
    qsizetype from = 0;
    const auto copy = [&w](QStringView v) {
        std::memcpy(static_cast<void*>(w), v.data(), size_t(v.size()) * sizeof(QChar));
        w += v.size();
    };
    for (int m = 0; m < markers; ++m) {
        copy(t.sliced(from, at[m] - from));
        copy(rendered[which[m]]);
        from = at[m] + 2;
    }
    copy(t.sliced(from));
    return out;
}

QDate later(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

QString eventName(LimitationEventKind k)
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
    }
    return QString();
}

// A finality we infer from a lapse of time: no appeal (民事訴訟法285条) or no objection (393条)
// recorded by the deadline, once asOf is past it.
enum class Inferred { No, JudgmentFinal, OrderFinal };

struct Ev {
    QDate date;
    LimitationEventKind kind = LimitationEventKind::Payment;
    std::optional<QDate> agreedUntil;
    Inferred inferred = Inferred::No;
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
    void invocation(const Ev& e);
    void finish();

    QDate effective() const
    {
        return later(later(later(periodEnd_, demandUntil_), agreementUntil_), tailUntil_);
    }
    bool pending() const { return suit_ || seizure_ || auction_; }
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
    void step(QDate d, const QString& article, QString text)
    {
        // Sentences are joined with a space; Japanese ones end in 。 and take none.
        // (A QChar scan: QString::replace(QString, QString) builds a matcher on every call.)
        for (qsizetype i = text.indexOf(u'。'); i >= 0 && i + 1 < text.size();
             i = text.indexOf(u'。', i + 1))
            if (text.at(i + 1) == u' ')
                text.remove(i + 1, 1);
        r_.steps.append(LimitationStep{d, article, std::move(text)});
    }
    static bool oldLaw(QDate d) { return d < reformDate(); } // 改正附則10条2項
    static QString oldSuffix()
    {
        return QLatin1Char(' ') +
               lt(QT_TRANSLATE_NOOP(
                   "zansai::Limitation",
                   "Before 2020-04-01 this is an interruption (中断) under the old law, with "
                   "the same effect (Supplementary Provisions art. 10(2))."));
    }
    QString noChange(QDate until) const
    {
        if (until > periodEnd_)
            return QString();
        return QLatin1Char(' ') +
               fill(
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
    bool suit_ = false, seizure_ = false, auction_ = false, auctionOld_ = false;
    bool suitOld_ = false; // the pending suit was brought before 2020-04-01 (改正附則10条2項)
    QDate invokedOn_, forfeitedOn_;
    bool eventsAfterAsOf_ = false;
};

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
        const QString text = lt(QT_TRANSLATE_NOOP(
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
    QString text;
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
        evs.append(Ev{e.date, e.kind, e.agreedUntil, Inferred::No});
    }
    if (invalid)
        r_.warnings.append(lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                                "An event without a valid date was not counted.")));
    std::stable_sort(evs.begin(), evs.end(),
                     [](const Ev& a, const Ev& b) { return a.date < b.date; });

    // A served judgment or provisional-enforcement order with no recorded finality (nor a later
    // one superseding it) is final when its 2-week period lapses (民事訴訟法285条・393条・396条,
    // periods by 95条): T8. Only once asOf is past that deadline.
    const qsizetype n = evs.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Ev& e = evs[i];
        if (e.kind != K::JudgmentServed && e.kind != K::ProvisionalEnforcementServed)
            continue;
        bool settled = false;
        for (qsizetype j = i + 1; j < n && !settled; ++j) {
            const K k = evs[j].kind;
            settled = k == K::JudgmentFinal || k == K::CourtSettlement || k == K::JudgmentServed ||
                      k == K::ProvisionalEnforcementServed;
        }
        if (settled)
            continue;
        const QDate deadline = courtDeadline(e.date, 14);
        if (in_.asOf.isValid() && in_.asOf > deadline)
            evs.append(
                Ev{deadline, K::JudgmentFinal, std::nullopt,
                   e.kind == K::JudgmentServed ? Inferred::JudgmentFinal : Inferred::OrderFinal});
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
    const QString start =
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
    case K::ClaimAssigned:
        // An assignment keeps the claim's identity: no renewal, no change of period (reference
        // §1.1).
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
        QString text = fill(
            lt(QT_TRANSLATE_NOOP("zansai::Limitation",
                                 "%1 on %2 came after the period completed on %3: the debtor can "
                                 "no longer invoke that completion, even without knowing of it. A "
                                 "new %4-year period runs and ends %5.")),
            {eventName(e.kind), e.date, done, r_.years, periodEnd_});
        if (e.kind == K::VoluntarySaleSettled)
            text += QLatin1Char(' ') +
                    lt(QT_TRANSLATE_NOOP(
                        "zansai::Limitation",
                        "A settled voluntary sale counts as an acknowledgment by practice "
                        "consensus (no case law)."));
        step(e.date, QStringLiteral("最判昭和41年4月20日・民法152条1項"), text);
        return;
    }
    renew(e.date, r_.years); // 民法152条1項 (旧147条3号・157条1項)
    // One template per kind: each step costs one catalogue lookup (bench/bench_limitation.cpp).
    QString tmpl;
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
    QString text = fill(tmpl, {e.date, r_.years, periodEnd_});
    const bool old = oldLaw(e.date);
    if (old)
        text += oldSuffix();
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
    QString text =
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
        text += QLatin1Char(' ') +
                lt(QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "Before 2020-04-01 a demand interrupted the period only if a suit or the "
                    "like followed within 6 months (old art. 153); the last day is the same."));
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
    QString text;
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
        text +=
            QLatin1Char(' ') +
            fill(lt(QT_TRANSLATE_NOOP(
                     "zansai::Limitation",
                     "The agreed term (to %1) is not shorter than one year, so the one-year limit "
                     "applies.")),
                 {*e.agreedUntil});
    text += noChange(until);
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
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "Written refusal to continue negotiating on %1: the suspension by "
                      "agreement now "
                      "ends %2 (6 months after the refusal).")),
                  {e.date, sixMonths}) +
                 noChange(sixMonths));
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

void Engine::proceeding(const Ev& e)
{
    using K = LimitationEventKind;
    const bool old = oldLaw(e.date);
    if (e.kind == K::JudgmentServed || e.kind == K::ProvisionalEnforcementServed) {
        if (!completedBefore(e.date) && !suit_) {
            suit_ = true;
            suitOld_ = old;
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
    if (!suit_)
        suitOld_ = old;
    suit_ = true;
    QString text = fill(
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
        text += oldSuffix();
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
    const bool old = oldLaw(e.date) || (suit_ && suitOld_);
    suit_ = false;
    r_.years = 10;
    r_.basis = LimitationBasis::Judgment;
    renew(e.date, 10);
    switch (e.inferred) {
    case Inferred::JudgmentFinal:
        step(e.date, QStringLiteral("民法147条2項・169条1項、民事訴訟法116条・285条"),
             fill(lt(QT_TRANSLATE_NOOP(
                      "zansai::Limitation",
                      "No appeal recorded by %1: the judgment became final; a new 10-year period "
                      "runs from the next day and ends %2.")),
                  {e.date, periodEnd_}));
        return;
    case Inferred::OrderFinal:
        step(
            e.date, QStringLiteral("民法147条2項・169条1項、民事訴訟法393条・396条"),
            fill(
                lt(QT_TRANSLATE_NOOP(
                    "zansai::Limitation",
                    "No objection recorded by %1: the payment order became final with the force of "
                    "a final judgment; a new 10-year period runs from the next day and ends %2.")),
                {e.date, periodEnd_}));
        return;
    case Inferred::No:
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
    step(
        e.date,
        old ? QStringLiteral("旧民法157条2項・174条の2(改正附則10条2項)")
            : QStringLiteral("民法147条2項・169条1項"),
        fill(lt(QT_TRANSLATE_NOOP(
                 "zansai::Limitation",
                 "Judgment final on %1: a new 10-year period runs from the next day and ends %2.")),
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
    QString text;
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
        seizure_ = true;
        text = old ? lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Seizure filed on %1, before 2020-04-01: an interruption (中断) under the "
                         "old law; a new period starts when it ends, but a withdrawal or "
                         "cancellation undoes it (old art. 154). Its end is not recorded, so it "
                         "is treated as still pending."))
                   : lt(QT_TRANSLATE_NOOP(
                         "zansai::Limitation",
                         "Seizure filed on %1: completion is suspended while it runs and a new "
                         "period starts when it ends (a withdrawal or cancellation gives 6 months "
                         "only). Its end is not recorded, so it is treated as still pending."));
    }
    text = fill(text, {e.date});
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
    step(e.date, QStringLiteral("民法148条1項括弧書"),
         fill(lt(QT_TRANSLATE_NOOP(
                  "zansai::Limitation",
                  "Auction withdrawn on %1 (e.g. for a voluntary sale): no renewal; completion is "
                  "suspended only until %2 (6 months after the withdrawal).")),
              {e.date, until}) +
             noChange(until));
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

    // Reference §12.1: 民法142条 is not applied to 時効 (prevailing view; 大阪地判昭和48年9月4日;
    // a minority view exists; no Supreme Court ruling). Say so when the last day is a closed day.
    if (!r_.pendingProceeding) {
        QString why;
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

// Taxes are not under the civil-law regime: 国税通則法72条 (地方税法18条 likewise).
LimitationResult taxLimitation(const LimitationInput& in)
{
    LimitationResult r;
    r.years = 5;
    r.basis = LimitationBasis::New;
    r.completesOn = periodEndYears(in.acceleratedOn, 5); // 国税通則法72条1項・3項 → 民法140条
    r.completed = in.asOf.isValid() && in.asOf > r.completesOn;
    r.steps.append(LimitationStep{
        in.acceleratedOn, QStringLiteral("国税通則法72条1項・2項、地方税法18条"),
        fill(
            lt(QT_TRANSLATE_NOOP(
                "zansai::Limitation",
                "Taxes are not under the civil-law limitation: the right to collect lapses 5 years "
                "after the statutory due date (taken as %1), so on %2 before any renewal. No "
                "invocation is needed and it cannot be waived.")),
            {in.acceleratedOn, r.completesOn})});
    if (!in.events.isEmpty())
        r.steps.append(LimitationStep{
            in.acceleratedOn, QStringLiteral("国税通則法73条"),
            lt(QT_TRANSLATE_NOOP(
                "zansai::Limitation",
                "Renewal and suspension of a tax claim follow 国税通則法73条 (demand notices, "
                "seizure, partial payment…): the recorded events were not evaluated."))});
    r.warnings.append(
        fill(lt(QT_TRANSLATE_NOOP(
                 "zansai::Limitation",
                 "Taxes: %1 is the 5-year date before any renewal by a demand notice, "
                 "seizure or payment, which this calculation does not evaluate. Ask the "
                 "tax office before relying on it.")),
             {r.completesOn}));
    return r;
}

} // namespace

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
