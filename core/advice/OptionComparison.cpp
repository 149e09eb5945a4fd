#include "advice/OptionComparison.h"

#include "advice/PracticeAssumptions.h"
#include "case/CaseLabels.h"
#include "law/Bankruptcy.h"
#include "law/CreditRecord.h"
#include "law/LateInterest.h"
#include "law/RehabilitationEligibility.h"
#include "law/RehabilitationMinimum.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

struct OptionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::OptionComparison)
};

constexpr int kChartMonths = 120;    // balanceByMonth: month 0..120
constexpr int kPlanMaxMonths = 1200; // 100 years: beyond that a plan "never" clears

QString money(Yen y)
{
    return OptionText::tr("¥%1").arg(formatYenDigits(y));
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// ", " in English, "、" in Japanese.
QString listSeparator()
{
    return OptionText::tr(", ", "separator between the items of a list");
}

// Sentences one after the other: a space in English, none in Japanese.
QString joinSentences(const QStringList& sentences)
{
    QString out;
    for (const QString& s : sentences)
        out = out.isEmpty() ? s : OptionText::tr("%1 %2", "two sentences in a row").arg(out, s);
    return out;
}

// An installment that must add up to `total` over `months`: rounded UP to the yen
// (Rounding::Ceil), the last payment being smaller.
Yen perMonth(Yen total, int months)
{
    return months <= 0 ? Yen(0) : total.mulDiv(1, months, Rounding::Ceil);
}

// "52.3%" of a share, truncated to one decimal (display only).
QString percent(Yen part, Yen whole)
{
    if (whole <= Yen(0))
        return u"0%"_s;
    const std::int64_t permille = part.mulDiv(1000, whole.value(), Rounding::Truncate).value();
    return u"%1.%2%"_s.arg(permille / 10).arg(permille % 10);
}

// ---------------------------------------------------------------------------------------------
// The facts of each debt the options need, from the case (kind, guarantor, events) and the
// analysis (balances, limitation).

struct DebtFacts {
    const Debt* debt = nullptr; // null when the analysis names a debt the case lacks (tests)
    const DebtAssessment* a = nullptr;
    DebtKind kind = DebtKind::Other;
    GuarantorKind guarantor = GuarantorKind::None;
    bool servicer = false;
    bool tax = false;          // 租税等: 破産法253条1項1号, 民事再生法122条
    bool support = false;      // 養育費等: 破産法253条1項4号, 民事再生法229条3項
    bool extinguished = false; // limitation completed and invoked: nothing is owed
    Yen balance() const { return a->balance(); }
    QString label() const
    {
        return a->creditor.isEmpty()
                   ? a->id
                   : OptionText::tr("%1 (%2)", "debt id and creditor").arg(a->id, a->creditor);
    }
    QString creditorKey() const
    {
        const QString c = a->creditor.trimmed();
        return c.isEmpty() ? a->id : c;
    }
};

struct Pool {
    Yen principal, interest, monthlyInterest;
    Yen balance() const { return principal + interest; }
    void add(const DebtFacts& d)
    {
        principal += d.a->principal;
        interest += d.a->lateInterest;
        monthlyInterest += d.a->monthlyLateInterest;
    }
};

struct Context {
    const Case& c;
    const Assessment& a;
    const EvaluateSettings& s;
    QList<DebtFacts> debts; // every debt still owed (extinguished ones left out)
    QList<DebtFacts> gone;  // limitation invoked after completion
    Pool all;
    Yen capacity;  // the budget surplus, at least 0
    Yen available; // cash + deposits − one month of expenses, at least 0
    QDate filing;  // assumed filing date for 破産・再生
    std::optional<law::RestrictedLicence> licence;

    bool anyGuarantor(const QList<const DebtFacts*>& ds) const
    {
        return std::any_of(ds.cbegin(), ds.cend(),
                           [](const DebtFacts* d) { return d->guarantor != GuarantorKind::None; });
    }
    bool anyIndividualGuarantor(const QList<const DebtFacts*>& ds) const
    {
        return std::any_of(ds.cbegin(), ds.cend(), [](const DebtFacts* d) {
            return d->guarantor == GuarantorKind::Individual;
        });
    }
    QList<const DebtFacts*> select(bool (*keep)(const DebtFacts&)) const
    {
        QList<const DebtFacts*> out;
        for (const DebtFacts& d : debts)
            if (keep(d))
                out.append(&d);
        return out;
    }
};

QList<const DebtFacts*> pointers(const QList<DebtFacts>& ds)
{
    QList<const DebtFacts*> out;
    for (const DebtFacts& d : ds)
        out.append(&d);
    return out;
}

Pool poolOf(const QList<const DebtFacts*>& ds)
{
    Pool p;
    for (const DebtFacts* d : ds)
        p.add(*d);
    return p;
}

int creditorCount(const QList<const DebtFacts*>& ds)
{
    QStringList keys;
    for (const DebtFacts* d : ds)
        if (!keys.contains(d->creditorKey()))
            keys.append(d->creditorKey());
    return int(keys.size());
}

// Late interest on one debt's unpaid `principal` for from..to, both days counted: the ledger's
// rule (law::lateInterest at the debt's own rate and day basis, 円未満切捨て once per span), the
// same day count as the do-nothing projection (CaseAnalysis). A debt the analysis names but the
// case lacks (hand-built tests) has no rate: its 30-day monthly figure × days / 30, in proportion
// to the principal still unpaid (truncated).
Yen interestFor(const DebtFacts& d, Yen principal, QDate from, QDate to)
{
    if (principal <= Yen(0) || !from.isValid() || to < from)
        return Yen(0);
    if (d.debt)
        return law::lateInterest(principal, d.debt->lateRate, from, to, d.debt->lateBasis,
                                 Rounding::Truncate)
            .amount;
    if (d.a->principal <= Yen(0))
        return Yen(0);
    const std::int64_t days = from.daysTo(to) + 1;
    return d.a->monthlyLateInterest.mulDiv(principal.value(), d.a->principal.value())
        .mulDiv(days, 30, Rounding::Truncate);
}

// Debts a way out leaves unpaid, projected as doing nothing on calendar months: today's balance
// plus late interest from as_of + 1 through as_of + `month` months (QDate::addMonths), one span
// per debt — exactly the do-nothing projection's figure for the same debts.
Yen projected(const Context& x, const QList<const DebtFacts*>& ds, int month)
{
    Yen sum;
    const QDate end = x.a.asOf.addMonths(month);
    for (const DebtFacts* d : ds)
        sum += d->balance() + interestFor(*d, d->a->principal, x.a.asOf.addDays(1), end);
    return sum;
}

// ---------------------------------------------------------------------------------------------
// Monthly payments against debts while late interest keeps running, on calendar months: the
// payment is made on as_of + m months (QDate::addMonths); since the previous payment each debt
// accrued late interest on its unpaid principal (interestFor: the ledger's rule, one truncation
// per span between payments); the payment is shared among the debts in proportion to their
// balances (fractions truncated, the rest to the first debts still owing) and goes to each
// debt's interest first (民法489条).

struct PlanRun {
    int months = 0;   // payments until cleared; 0: never (within 100 years)
    Yen paid;         // all payments until cleared (the last one may be smaller)
    Yen paidIn5Years; // payments made during the first 60 months
    Yen balanceAfter5Years;
    QList<Yen> balanceByMonth; // 0..120
};

PlanRun runPlan(const Context& x, const QList<const DebtFacts*>& ds, Yen payment)
{
    struct State {
        const DebtFacts* d;
        Yen p, i;
        Yen balance() const { return p + i; }
    };
    QList<State> st;
    Yen start;
    for (const DebtFacts* d : ds) {
        st.append({d, d->a->principal, d->a->lateInterest});
        start += d->balance();
    }
    PlanRun r;
    QList<Yen> history{start}; // balance after each month's payment
    r.balanceByMonth.append(start);
    const int steady = practice::kAgreementHorizonMonths;
    QDate prev = x.a.asOf;
    for (int m = 1; m <= kPlanMaxMonths; ++m) {
        const QDate end = x.a.asOf.addMonths(m);
        Yen total;
        for (State& s : st) {
            s.i += interestFor(*s.d, s.p, prev.addDays(1), end);
            total += s.balance();
        }
        prev = end;
        const Yen pay = Yen::min(payment, total);
        // Shares in proportion to the balances, truncated; what is left goes to the debts in
        // order, up to what each still owes.
        QList<Yen> share;
        Yen given;
        for (const State& s : st) {
            const Yen sh = total > Yen(0)
                               ? pay.mulDiv(s.balance().value(), total.value(), Rounding::Truncate)
                               : Yen(0);
            share.append(sh);
            given += sh;
        }
        for (qsizetype k = 0; k < st.size() && given < pay; ++k) {
            const Yen more = Yen::min(pay - given, st[k].balance() - share[k]);
            share[k] += more;
            given += more;
        }
        Yen after;
        for (qsizetype k = 0; k < st.size(); ++k) {
            State& s = st[k];
            const Yen toInterest = Yen::min(share[k], s.i); // 民法489条: accrued interest first
            s.i -= toInterest;
            s.p -= share[k] - toInterest;
            after += s.balance();
        }
        r.paid += pay;
        if (m <= steady)
            r.paidIn5Years += pay;
        if (m == steady)
            r.balanceAfter5Years = after;
        if (m <= kChartMonths)
            r.balanceByMonth.append(after);
        history.append(after);
        if (after.isZero()) {
            r.months = m;
            break;
        }
        // A year of payments that does not lower the balance never will (simple interest on
        // the principal): no need to run 100 years.
        if (m >= kChartMonths && m % 12 == 0 && after >= history.at(m - 12))
            break;
    }
    while (r.balanceByMonth.size() <= kChartMonths)
        r.balanceByMonth.append(r.months > 0 ? Yen(0) : r.balanceByMonth.constLast());
    if (r.months > 0 && r.months < steady)
        r.balanceAfter5Years = Yen(0);
    return r;
}

// A plan of equal installments (rounded up) paying `planTotal` over `months`, plus debts left to
// grow: the chart of what is still owed.
QList<Yen> planChart(const Context& x, Yen today, Yen planTotal, Yen monthly, int months,
                     const QList<const DebtFacts*>& left)
{
    QList<Yen> out;
    out.append(today);
    for (int m = 1; m <= kChartMonths; ++m) {
        const Yen paid = monthly * std::min(m, months);
        out.append(Yen::max(Yen(0), planTotal - paid) + projected(x, left, m));
    }
    return out;
}

// Month 0 is today's balance; from month 1 only the debts the option leaves.
QList<Yen> settledChart(const Context& x, Yen today, const QList<const DebtFacts*>& left)
{
    QList<Yen> out;
    out.append(today);
    for (int m = 1; m <= kChartMonths; ++m)
        out.append(projected(x, left, m));
    return out;
}

void applyCredit(OptionAssessment& o, const law::CreditRecordResult& r)
{
    o.creditRecordYears = r.years;
    o.creditRecordIndefinite = r.indefinite;
    o.notes << r.note;
}

QString noGuarantor()
{
    return OptionText::tr("No guarantor is recorded: no one else is affected.");
}

// Debts whose limitation has completed and can still be invoked.
QList<const DebtFacts*> invocable(const QList<const DebtFacts*>& ds)
{
    QList<const DebtFacts*> out;
    for (const DebtFacts* d : ds) {
        const LimitationView& l = d->a->limitation;
        if (l.completed && !l.forfeited && !l.invoked && !d->tax)
            out.append(d);
    }
    return out;
}

// Warnings for ways out that involve paying or proposing to pay (each an acknowledgment).
QStringList completedLimitationWarnings(const QList<const DebtFacts*>& ds)
{
    QStringList w;
    for (const DebtFacts* d : invocable(ds))
        w << OptionText::tr(
                 "%1: the limitation period completed on %2. Any payment or proposal to pay now "
                 "would forfeit the right to invoke it (最判昭和41年4月20日): invoke it first.")
                 .arg(d->label(), isoDate(d->a->limitation.completesOn));
    return w;
}

// ---------------------------------------------------------------------------------------------
// 分割弁済

OptionAssessment installment(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Installment;
    const Yen m = x.s.installmentMonthly.value_or(x.capacity);
    o.monthly = Yen::max(m, Yen(0));
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto all = pointers(x.debts);
    o.limitationEffect =
        OptionText::tr("Each payment is an acknowledgment (民法152条1項): the limitation "
                       "period starts again from every payment.");
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? OptionText::tr("The guarantor stays liable for the whole balance; while the "
                             "payments are kept the "
                             "creditor usually does not turn to the guarantor. The client's "
                             "payments also renew "
                             "the limitation period against the guarantor (民法457条1項).")
            : noGuarantor();
    if (x.all.balance() <= Yen(0)) {
        o.reasons << OptionText::tr("Nothing is owed.");
        return o;
    }
    if (x.s.installmentMonthly)
        o.reasons << OptionText::tr("Monthly payment set by the consultant: %1.").arg(money(m));
    else
        o.reasons << OptionText::tr(
                         "Affordable from the budget: income %1 − expenses %2 = %3 a month.")
                         .arg(money(x.c.budget.totalIncome()), money(x.c.budget.totalExpenses()),
                              money(x.c.budget.surplus()));
    if (m <= Yen(0)) {
        o.reasons << OptionText::tr(
            "Nothing is left to pay each month, so no installment can be offered.");
        return o;
    }
    o.eligible = true;
    const Yen balance = x.all.balance();
    const int horizon = practice::kAgreementHorizonMonths;
    const int years = practice::kSteadyPaymentYearsBeforeSettlement;

    // (b) The practice path: an agreement (和解) under which late interest stops. Months =
    // ceil(balance / monthly) (Rounding::Ceil: the last payment is smaller).
    const std::int64_t agreed = balance.mulDiv(1, m.value(), Rounding::Ceil).value();
    o.clears = agreed <= kPlanMaxMonths;
    if (o.clears) {
        o.months = int(agreed);
        o.total = balance;
        o.reasons << OptionText::tr(
                         "Practice path: under an installment agreement (和解) that stops late "
                         "interest, %1 a month clears the balance of %2 in %3 months (%4 years "
                         "and %5 months).")
                         .arg(money(m), money(balance))
                         .arg(o.months)
                         .arg(o.months / 12)
                         .arg(o.months % 12);
        for (int k = 0; k <= kChartMonths; ++k)
            o.balanceByMonth[k] = Yen::max(Yen(0), balance - m * std::min(k, o.months));
    } else {
        o.total = m * horizon;
        o.reasons << OptionText::tr(
                         "Practice path: even with late interest stopped, %1 a month would need "
                         "more than 100 years to clear %2.")
                         .arg(money(m), money(balance));
        o.notes << OptionText::tr(
                       "The total shown is %1 years of payments (%2): it does not clear the "
                       "debt.")
                       .arg(years)
                       .arg(money(o.total));
    }
    o.notes << OptionText::tr(
        "Practice, not law: after a voluntary sale the residual debt is a defaulted claim "
        "(事故債権). Servicers and creditors routinely agree to small installments on a household "
        "budget sheet (収支表) and usually stop charging late interest under the agreement, or "
        "settle the remainder after years of payment. Nothing obliges them to: the practice path "
        "needs their written agreement.");
    if (o.clears && o.months > horizon) {
        const Yen paid = m * horizon;
        o.notes << OptionText::tr(
                       "Practice, not law: servicers commonly settle the remainder after about "
                       "%1 years of steady payment (a consultant's case: 780万円 at 1万円 a month "
                       "for 5 years, 「5年後に完済予定」). After %2 payments the client would have "
                       "paid %3 and still owe %4 under the agreement. Such a settlement is common "
                       "but not assured, so the months and total above do not assume it.")
                       .arg(years)
                       .arg(horizon)
                       .arg(money(paid), money(balance - paid));
    }

    // (a) The arithmetic if late interest keeps running (no agreement, or one that keeps it).
    const PlanRun run = runPlan(x, all, m);
    if (!o.clears)
        o.balanceByMonth = run.balanceByMonth; // no agreement path to chart: the arithmetic
    if (run.months > 0) {
        o.reasons << OptionText::tr(
                         "If late interest kept running, it would clear in %1 months; %2 paid in "
                         "all, %3 of it late interest.")
                         .arg(run.months)
                         .arg(money(run.paid), money(run.paid - x.all.principal));
    } else if (m < x.all.monthlyInterest) {
        o.warnings << OptionText::tr(
                          "If late interest keeps running, the payment of %1 does not even cover "
                          "the monthly late interest of %2: the debt never clears and the balance "
                          "grows (%3 after %4 years). Only an agreement that stops late interest "
                          "makes these payments clear it.")
                          .arg(money(m), money(x.all.monthlyInterest),
                               money(run.balanceAfter5Years))
                          .arg(years);
    } else {
        o.warnings << OptionText::tr(
                          "If late interest keeps running, %1 a month barely covers the late "
                          "interest of %2 a month (30 days; a year of calendar months adds more): "
                          "the debt never clears (%3 after %4 years). Only an agreement that "
                          "stops late interest makes these payments clear it.")
                          .arg(money(m), money(x.all.monthlyInterest),
                               money(run.balanceAfter5Years))
                          .arg(years);
    }

    // Affordable at practice levels (ranking, docs/option-ranking.md): within the budget surplus,
    // at least the practice minimum for each creditor, clearing under the agreement, and no
    // completed limitation that a payment would forfeit.
    const int creditors = creditorCount(all);
    const Yen minimum = practice::kServicerAcceptedMonthlyLow * creditors;
    const auto invocableDebts = invocable(all);
    if (m > x.capacity)
        o.warnings << OptionText::tr(
                          "%1 a month is more than the budget surplus of %2: the budget does not "
                          "carry it.")
                          .arg(money(m), money(x.capacity));
    if (m < minimum)
        o.notes << OptionText::tr(
                       "Servicers usually accept %1 to %2 a month after a voluntary sale; %3 is "
                       "less than %4 for %5 creditor(s) and may be refused.")
                       .arg(money(practice::kServicerAcceptedMonthlyLow),
                            money(practice::kServicerAcceptedMonthlyHigh), money(m), money(minimum))
                       .arg(creditors);
    else
        o.notes << OptionText::tr(
                       "Servicers usually accept %1 to %2 a month after a voluntary sale, on a "
                       "household budget sheet (収支表) the client submits.")
                       .arg(money(practice::kServicerAcceptedMonthlyLow),
                            money(practice::kServicerAcceptedMonthlyHigh));
    o.affordable = o.clears && m <= x.capacity && m >= minimum && invocableDebts.isEmpty();
    // Past the practice horizon the debt stays unpaid on record (KSC: until paid) — a figure of
    // "91 years" would only restate the months.
    applyCredit(o, o.clears && o.months <= practice::kAgreementHorizonMonths
                       ? law::creditRecord(law::CreditEvent::PaidInFull, o.months)
                       : law::creditRecord(law::CreditEvent::Unpaid));
    o.warnings << completedLimitationWarnings(all);
    return o;
}

// ---------------------------------------------------------------------------------------------
// 一括和解 with a servicer

OptionAssessment lumpSum(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::LumpSum;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto held = x.select([](const DebtFacts& d) { return d.servicer; });
    const auto others = x.select([](const DebtFacts& d) { return !d.servicer; });
    const Yen claim = poolOf(held).balance();
    o.limitationEffect =
        OptionText::tr("Proposing to pay acknowledges the debt (民法152条1項): if no "
                       "settlement is reached, the limitation period has started again.");
    o.guarantorEffect =
        x.anyGuarantor(held)
            ? OptionText::tr("Waiving the remainder for the client also frees the guarantor "
                             "(a guarantee follows "
                             "the main debt), unless the settlement keeps the claim against "
                             "the guarantor: have "
                             "the written settlement release the guarantor expressly.")
            : noGuarantor();
    if (held.isEmpty() || claim <= Yen(0)) {
        o.reasons << OptionText::tr(
            "No servicer holds any of the debts (no claim_assigned event, no "
            "債権回収 or サービサー in a creditor's name): banks and the Japan "
            "Housing Finance Agency rarely discount; a lump-sum settlement becomes "
            "realistic once the claim is sold to a servicer.");
        return o;
    }
    for (const DebtFacts* d : held)
        o.reasons << OptionText::tr("%1 is held by a servicer: %2 owed.")
                         .arg(d->label(), money(d->balance()));
    // Offers as shares of the principal the servicer holds (practice, seeds: 580万 → 10万),
    // truncated below one yen; the high end never more than cash + deposits.
    const Yen heldPrincipal = poolOf(held).principal;
    const auto share = [&](Rate r) {
        return heldPrincipal.mulDiv(r.numerator(), r.denominator(), Rounding::Truncate);
    };
    const Yen liquid = x.c.assets.cash + x.c.assets.deposits;
    const Yen low = share(practice::kLumpSumLowShare);
    o.reasons << OptionText::tr(
                     "Cash %1 + deposits %2 = %3 against the low end of the usual offers, %4 "
                     "(1.7% of the principal of %5).")
                     .arg(money(x.c.assets.cash), money(x.c.assets.deposits), money(liquid),
                          money(low), money(heldPrincipal));
    if (liquid < low || liquid <= Yen(0)) {
        o.reasons << OptionText::tr(
            "Not enough cash for even the low end of the usual offers; a servicer may accept "
            "one later, once savings allow.");
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.affordable = true;
    o.offerLow = low;
    o.offerHigh = Yen::min(liquid, share(practice::kLumpSumHighShare));
    o.fees = practice::kLumpSumFee;
    o.total = o.offerHigh + o.fees;
    o.surviving = poolOf(others).balance();
    o.reasons << OptionText::tr(
                     "Offer range: %1 to %2 (1.7%–16% of the principal of %3, capped by the cash "
                     "and deposits). Saved against the claim of %4: %5 to %6.")
                     .arg(money(o.offerLow), money(o.offerHigh), money(heldPrincipal), money(claim),
                          money(claim - o.offerHigh), money(claim - o.offerLow));
    // Practice: one month of expenses as a living reserve — a warning, not an exclusion.
    const Yen reserve = x.c.budget.totalExpenses() * practice::kLivingReserveMonths;
    if (liquid - o.offerLow < reserve)
        o.warnings << OptionText::tr(
                          "Paying %1 to %2 leaves %3 to %4 of cash and deposits, less than one "
                          "month of expenses (%5): plan the month's living costs before "
                          "paying.")
                          .arg(money(o.offerLow), money(o.offerHigh), money(liquid - o.offerLow),
                               money(liquid - o.offerHigh), money(reserve));
    o.notes << OptionText::tr(
        "Practice, not law: servicers buy claims cheaply and often settle for a "
        "fraction (a consultant's cases: 580万円 settled for 10万円, about 1.7%; "
        "\"about 84% waived\", 16% paid). Their first written proposal is a starting "
        "point, not their last word. The total shows the high end of the range.");
    if (!others.isEmpty())
        o.notes << OptionText::tr("Debts not held by a servicer stay owed: %1.")
                       .arg(money(o.surviving));
    o.balanceByMonth = settledChart(x, x.all.balance(), others);
    applyCredit(o, law::creditRecord(law::CreditEvent::PaidInFull));
    o.warnings << completedLimitationWarnings(held);
    return o;
}

// ---------------------------------------------------------------------------------------------
// 任意整理

bool arrangeable(const DebtFacts& d)
{
    return !d.tax && !d.support;
}

QStringList limitationBeforeNotice(const Context& x, const QList<const DebtFacts*>& ds)
{
    QStringList w = completedLimitationWarnings(ds);
    for (const DebtFacts* d : ds) {
        const LimitationView& l = d->a->limitation;
        if (l.completed || !l.completesOn.isValid())
            continue;
        if (l.completesOn <= x.a.asOf.addMonths(practice::kLimitationNearMonths))
            w << OptionText::tr("%1: the limitation period completes on %2. A lawyer's notice of "
                                "representation or a payment proposal before then can count as an "
                                "acknowledgment and start it again (民法152条1項).")
                     .arg(d->label(), isoDate(l.completesOn));
    }
    return w;
}

OptionAssessment voluntaryArrangement(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::VoluntaryArrangement;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto included = x.select([](const DebtFacts& d) { return arrangeable(d); });
    const auto excluded = x.select([](const DebtFacts& d) { return !arrangeable(d); });
    const Pool pool = poolOf(included);
    o.limitationEffect =
        OptionText::tr("The lawyer's notice of representation (受任通知) and the payment "
                       "proposal can count as an acknowledgment (民法152条1項) and start "
                       "the limitation period again: check the limitation first.");
    o.guarantorAffected = x.anyIndividualGuarantor(included);
    o.guarantorEffect =
        x.anyGuarantor(included)
            ? OptionText::tr(
                  "The settlement binds only the creditor and the client: the creditor usually "
                  "demands the whole balance from the guarantor at once, unless the guarantor is "
                  "included in the settlement.")
            : noGuarantor();
    if (pool.principal <= Yen(0)) {
        o.reasons << OptionText::tr(
            "No debt a voluntary arrangement can cover (taxes and child support are "
            "not settled this way).");
        return o;
    }
    o.reasons << OptionText::tr(
                     "Future interest is cut and the principal of %1 is repaid in installments "
                     "(36 months standard, up to 60).")
                     .arg(money(pool.principal));
    // The shortest term from 36 to 60 months whose installment fits the budget surplus.
    int months = 0;
    for (int n = practice::kArrangementMonths; n <= practice::kArrangementMonthsMax; ++n) {
        if (perMonth(pool.principal, n) <= x.capacity) {
            months = n;
            break;
        }
    }
    if (months == 0) {
        o.reasons << OptionText::tr(
                         "Not affordable: even over %1 months the principal needs %2 a month, "
                         "more than the budget surplus of %3.")
                         .arg(practice::kArrangementMonthsMax)
                         .arg(money(perMonth(pool.principal, practice::kArrangementMonthsMax)),
                              money(x.capacity));
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.months = months;
    o.monthly = perMonth(pool.principal, months); // rounded up to the yen; the last one smaller
    o.reasons << OptionText::tr(
                     "Affordable: %1 a month over %2 months (rounded up to the yen) within the "
                     "budget surplus of %3.")
                     .arg(money(o.monthly))
                     .arg(months)
                     .arg(money(x.capacity));
    const int creditors = creditorCount(included);
    o.fees =
        (practice::kArrangementRetainerPerCreditor + practice::kArrangementSuccessFeePerCreditor) *
        creditors;
    o.total = pool.principal + o.fees;
    o.surviving = poolOf(excluded).balance();
    o.notes << OptionText::tr(
                   "Assumed: the accrued late interest of %1 is waived in the negotiation. "
                   "Creditors often agree but need not; nothing binds a creditor who refuses.")
                   .arg(money(pool.interest));
    o.notes << OptionText::tr(
                   "Fees (practice, check the office's fee table): retainer %1 + success fee %2 "
                   "per creditor × %3 = %4, usually paid in installments before the payments "
                   "start.")
                   .arg(money(practice::kArrangementRetainerPerCreditor),
                        money(practice::kArrangementSuccessFeePerCreditor))
                   .arg(creditors)
                   .arg(money(o.fees));
    if (!excluded.isEmpty())
        o.notes << OptionText::tr(
                       "Taxes and child support are not part of the arrangement and stay owed: "
                       "%1.")
                       .arg(money(o.surviving));
    o.balanceByMonth = planChart(x, x.all.balance(), pool.principal, o.monthly, months, excluded);
    applyCredit(o, law::creditRecord(law::CreditEvent::VoluntaryArrangement, months));
    o.warnings << limitationBeforeNotice(x, included);
    return o;
}

// ---------------------------------------------------------------------------------------------
// What a bankruptcy trustee would take: the bankruptcy's assets lost and 個人再生's 清算価値.

law::BankruptcyEstate estateOf(const Assets& a)
{
    return {a.cash, a.deposits, a.car, a.insuranceSurrender, a.retirementAllowanceEstimate,
            a.other};
}

QString estateItemName(law::EstateItem item)
{
    switch (item) {
    case law::EstateItem::Cash:
        return OptionText::tr("Cash");
    case law::EstateItem::Deposits:
        return OptionText::tr("Deposits");
    case law::EstateItem::Car:
        return OptionText::tr("Car");
    case law::EstateItem::InsuranceSurrender:
        return OptionText::tr("Insurance surrender value");
    case law::EstateItem::RetirementAllowance:
        return OptionText::tr("Retirement allowance (counted at 1/8)");
    case law::EstateItem::Other:
        return OptionText::tr("Other assets");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// 個人再生

enum class IncomeKind { None, SalaryLike, Unknown, Irregular };

IncomeKind incomeKind(const Case& c)
{
    if (c.client.occupation == Occupation::Unemployed || c.client.netMonthlyIncome <= Yen(0))
        return IncomeKind::None;
    switch (c.client.occupation) {
    case Occupation::CompanyEmployee:
    case Occupation::PublicServant:
    case Occupation::PartTime:
    case Occupation::Pensioner:
    case Occupation::SecurityGuard:
        return IncomeKind::SalaryLike;
    case Occupation::SelfEmployed:
        return IncomeKind::Irregular;
    default:
        return IncomeKind::Unknown;
    }
}

QString governedByText(const QString& code)
{
    if (code == u"liquidation_value"_s)
        return OptionText::tr("the liquidation value");
    if (code == u"disposable_income"_s)
        return OptionText::tr("two years of disposable income");
    return OptionText::tr("the statutory minimum");
}

OptionAssessment rehabilitation(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Rehabilitation;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto claimsDebts = x.select([](const DebtFacts& d) { return !d.tax; });
    const auto supportDebts = x.select([](const DebtFacts& d) { return d.support; });
    const auto taxDebts = x.select([](const DebtFacts& d) { return d.tax; });
    const Yen capClaims = poolOf(claimsDebts).balance(); // 再生債権 (taxes are not)
    const Yen support = poolOf(supportDebts).balance();  // 非減免債権 (229条3項)
    const Yen baseClaims = capClaims - support;          // 基準債権 (231条2項)
    const Yen taxes = poolOf(taxDebts).balance();
    o.limitationEffect =
        OptionText::tr("Taking part in the proceedings suspends the limitation period "
                       "(民法147条1項4号); the confirmed claims are then paid under the "
                       "plan.");
    o.guarantorAffected = x.anyIndividualGuarantor(claimsDebts);
    o.guarantorEffect =
        x.anyGuarantor(claimsDebts)
            ? OptionText::tr("The plan does not reduce the guarantee (民事再生法177条2項): "
                             "the creditor claims "
                             "the whole balance from the guarantor.")
            : noGuarantor();
    if (capClaims <= Yen(0)) {
        o.reasons << OptionText::tr("No debt the procedure can reduce (taxes are paid in full: "
                                    "民事再生法122条).");
        return o;
    }
    QMap<QString, Yen> byCreditor;
    for (const DebtFacts* d : claimsDebts)
        byCreditor[d->creditorKey()] += d->balance();
    const IncomeKind income = incomeKind(x.c);
    law::RehabilitationEligibilityInput in;
    in.claims = capClaims;
    in.claimsByCreditor = byCreditor.values();
    in.continuingIncome = income != IncomeKind::None;
    in.salaryLikeIncome = income == IncomeKind::SalaryLike;
    in.priorDischargeFinalOn = x.c.priorDischargeFinalOn;
    in.filing = x.filing;
    const law::RehabilitationEligibilityResult e = law::rehabilitationEligibility(in);

    bool blocked = false;
    if (!e.continuingIncome) {
        o.reasons << OptionText::tr(
            "No continuing income: the procedure needs an income expected to "
            "continue or recur (民事再生法221条1項).");
        blocked = true;
    } else if (x.c.client.occupation == Occupation::Pensioner) {
        o.reasons << OptionText::tr(
                         "A pension of %1 a month is a continuing income (民事再生法221条1項); "
                         "courts accept it when the plan fits the pension.")
                         .arg(money(x.c.client.netMonthlyIncome));
    } else {
        o.reasons << OptionText::tr("Continuing income: %1 a month net (民事再生法221条1項).")
                         .arg(money(x.c.client.netMonthlyIncome));
    }
    if (!e.withinCap) {
        o.reasons << OptionText::tr(
                         "Claims of %1 exceed the 50,000,000 yen cap (民事再生法221条1項): "
                         "ordinary civil rehabilitation or bankruptcy instead.")
                         .arg(money(capClaims));
        blocked = true;
    } else {
        o.reasons << OptionText::tr(
                         "Claims of %1 are within the 50,000,000 yen cap (民事再生法221条1項).")
                         .arg(money(capClaims));
    }
    if (blocked)
        return o;

    // Which form: 小規模個人再生 unless one creditor can veto it and 給与所得者等再生 is open.
    const bool wageEarner = e.voteRisk() && e.wageEarnerEligible;
    if (e.vetoByAmount) {
        const auto largest = std::max_element(byCreditor.cbegin(), byCreditor.cend());
        o.reasons << OptionText::tr(
                         "%1 holds %2 of the claims (more than half): it alone can reject a "
                         "small-scale rehabilitation plan (民事再生法230条6項).")
                         .arg(largest.key(), percent(e.largestClaim, capClaims));
    } else if (e.vetoByNumber) {
        o.reasons << OptionText::tr(
                         "With %1 creditor(s), one objection is half of the creditors by number "
                         "and rejects a small-scale rehabilitation plan (民事再生法230条6項).")
                         .arg(e.creditorCount);
    } else {
        o.reasons << OptionText::tr(
            "No creditor holds more than half of the claims: small-scale "
            "rehabilitation (小規模個人再生) needs no more than the absence of "
            "objections by half (民事再生法230条6項).");
    }
    if (wageEarner) {
        o.reasons << OptionText::tr(
            "Salary-earner rehabilitation (給与所得者等再生, 民事再生法239条) needs "
            "no creditor vote: chosen here. Its minimum includes two years of "
            "disposable income.");
    } else if (e.voteRisk()) {
        if (e.wageEarnerSevenYearBar)
            o.warnings << OptionText::tr(
                              "Salary-earner rehabilitation is barred for a filing on or before "
                              "%1 (a prior discharge within 7 years, 民事再生法239条5項2号): the "
                              "veto risk remains.")
                              .arg(isoDate(e.wageEarnerBarEnds));
        else if (income == IncomeKind::Unknown)
            o.warnings << OptionText::tr(
                "If the income is a regular salary, salary-earner rehabilitation "
                "(民事再生法239条) avoids the vote; the occupation alone does not "
                "tell. Otherwise the veto risk remains.");
        else
            o.warnings << OptionText::tr(
                "Salary-earner rehabilitation needs a regular salary-like income "
                "(民事再生法239条1項): the veto risk remains.");
    }

    // The minimum (民事再生法231条2項, 241条2項) on the 基準債権; child support is not reduced.
    const law::BankruptcyEstateResult estate = law::assessBankruptcyEstate(estateOf(x.c.assets));
    law::RehabilitationMinimumInput mi;
    mi.claims = baseClaims;
    mi.liquidationValue = estate.lost;
    // Approximation: (annual net income − annual budget expenses) × 2. The 政令's standard living
    // cost (241条2項7号, 可処分所得) is not modelled.
    const Yen disposable2y =
        Yen::max(Yen(0), (x.c.client.netMonthlyIncome - x.c.budget.totalExpenses()) * 12) * 2;
    if (wageEarner)
        mi.disposableIncomeTwoYears = disposable2y;
    const law::RehabilitationMinimumResult min = law::rehabilitationMinimum(mi);
    const Yen plan = min.minimum + support;
    o.reasons << OptionText::tr(
                     "Minimum repayment %1, set by %2 (statutory minimum %3 on claims of %4, "
                     "liquidation value %5; 民事再生法231条2項・241条2項).")
                     .arg(money(min.minimum), governedByText(min.governedBy),
                          money(min.statutoryMinimum), money(baseClaims), money(estate.lost));
    if (wageEarner)
        o.notes << OptionText::tr(
                       "Two years of disposable income estimated as (net income − the budget's "
                       "expenses) × 24 = %1; the 政令's standard living cost is not modelled.")
                       .arg(money(disposable2y));
    o.notes << OptionText::tr(
                   "Liquidation value: what a bankruptcy would take under the same Tokyo "
                   "standards (cash above 990,000 yen, any item of 200,000 yen or more): %1.")
                   .arg(money(estate.lost));
    o.notes << OptionText::tr(
        "The minimum is rounded up to the yen (\"must not fall below\" 1/5 or 1/10; "
        "many calculators round down: reference §12.5).");
    if (support > Yen(0))
        o.notes << OptionText::tr(
                       "Child support arrears of %1 are not reduced (民事再生法229条3項) and are "
                       "paid in full within the plan.")
                       .arg(money(support));
    if (taxes > Yen(0)) {
        o.surviving = taxes;
        o.notes << OptionText::tr(
                       "Taxes of %1 are not reduced (民事再生法122条) and are paid besides the "
                       "plan.")
                       .arg(money(taxes));
    }

    // 229条2項2号: 3 years, up to 5 when the 3-year installment does not fit the budget.
    int months = 0;
    for (int n = law::kRehabilitationPlanMonths; n <= law::kRehabilitationPlanMonthsMax; ++n) {
        if (perMonth(plan, n) <= x.capacity) {
            months = n;
            break;
        }
    }
    if (months == 0) {
        o.reasons << OptionText::tr(
                         "Not affordable: even over %1 months the plan of %2 needs %3 a month, "
                         "more than the budget surplus of %4.")
                         .arg(law::kRehabilitationPlanMonthsMax)
                         .arg(money(plan), money(perMonth(plan, law::kRehabilitationPlanMonthsMax)),
                              money(x.capacity));
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.months = months;
    o.monthly = perMonth(plan, months); // rounded up to the yen; the last payment smaller
    o.reasons << OptionText::tr(
                     "%1 monthly payments of %2 (民事再生法229条2項2号: 3 years, up to 5 for "
                     "special reasons).")
                     .arg(months)
                     .arg(money(o.monthly));
    o.fees = practice::kRehabilitationLawyerFee + practice::kRehabilitationCourtFee +
             practice::kRehabilitationGazetteFee + practice::kRehabilitationCommissionerFee;
    o.total = plan + o.fees;
    o.notes << OptionText::tr(
                   "Fees (practice): lawyer %1 (offices quote 400,000–600,000 yen), court fee "
                   "%2, official gazette about %3, rehabilitation commissioner %4 (Tokyo "
                   "appoints one in every case).")
                   .arg(money(practice::kRehabilitationLawyerFee),
                        money(practice::kRehabilitationCourtFee),
                        money(practice::kRehabilitationGazetteFee),
                        money(practice::kRehabilitationCommissionerFee));
    o.balanceByMonth = planChart(x, x.all.balance(), plan, o.monthly, months, taxDebts);
    applyCredit(o, law::creditRecord(law::CreditEvent::Rehabilitation, months));
    return o;
}

// ---------------------------------------------------------------------------------------------
// 自己破産

OptionAssessment bankruptcy(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Bankruptcy;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    const auto dischargeable = x.select([](const DebtFacts& d) { return !d.tax && !d.support; });
    const auto survivors = x.select([](const DebtFacts& d) { return d.tax || d.support; });
    const Pool pool = poolOf(dischargeable);
    o.limitationEffect =
        OptionText::tr("Taking part in the bankruptcy suspends the limitation period "
                       "(民法147条1項4号); after the discharge the debts can no longer be "
                       "enforced, so the clock no longer matters.");
    o.guarantorAffected = x.anyIndividualGuarantor(dischargeable);
    o.guarantorEffect =
        x.anyGuarantor(dischargeable)
            ? OptionText::tr(
                  "The discharge does not free the guarantor (破産法253条2項): the creditor claims "
                  "the whole balance from the guarantor at once, and after the discharge the "
                  "guarantor cannot invoke the main debt's limitation (最判平成11年11月9日).")
            : noGuarantor();
    if (pool.balance() <= Yen(0)) {
        o.reasons << OptionText::tr(
            "Nothing a discharge would free: taxes and child support survive it "
            "(破産法253条1項1号・4号).");
        return o;
    }
    const Yen liquid = x.c.assets.cash + x.c.assets.deposits;
    if (liquid >= x.all.balance()) {
        o.reasons << OptionText::tr(
                         "Not unable to pay: cash and deposits of %1 cover the whole balance of "
                         "%2 (破産法15条1項).")
                         .arg(money(liquid), money(x.all.balance()));
        return o;
    }
    o.eligible = true;
    o.clears = true;
    o.reasons << OptionText::tr(
                     "Unable to pay (破産法15条1項): a balance of %1 against cash and deposits of "
                     "%2 and a surplus of %3 a month.")
                     .arg(money(x.all.balance()), money(liquid), money(x.capacity));
    o.reasons << OptionText::tr("Assumed filing date %1 (%2 days to prepare the papers).")
                     .arg(isoDate(x.filing))
                     .arg(practice::kFilingPreparationDays);

    // 破産法252条1項10号: the 7-year rule, to the filing date.
    const law::DischargeBarResult bar =
        law::sevenYearDischargeBar(x.c.priorDischargeFinalOn, x.filing);
    if (bar.applies)
        o.warnings << OptionText::tr(
                          "A prior discharge became final on %1: a filing on or before %2 falls "
                          "within 7 years (破産法252条1項10号). A discretionary discharge "
                          "(破産法252条2項) is still possible, usually after a trustee's "
                          "investigation; from %3 the rule no longer applies.")
                          .arg(isoDate(*x.c.priorDischargeFinalOn), isoDate(bar.periodEnds),
                               isoDate(bar.firstClearFiling));
    else if (x.c.priorDischargeFinalOn)
        o.reasons << OptionText::tr(
                         "The prior discharge of %1 is more than 7 years before the filing "
                         "(the period ended %2): 破産法252条1項10号 does not apply.")
                         .arg(isoDate(*x.c.priorDischargeFinalOn), isoDate(bar.periodEnds));

    // The stream and the deposit (Tokyo practice), and what is lost.
    const law::BankruptcyEstateResult estate =
        law::assessBankruptcyEstate(estateOf(x.c.assets), bar.applies);
    if (estate.stream == law::BankruptcyStream::SummaryDismissal) {
        o.reasons << OptionText::tr(
                         "Summary dismissal (同時廃止): cash below 330,000 yen and no single "
                         "asset of 200,000 yen or more (Tokyo practice). Court deposit: the "
                         "official gazette fee, about %1.")
                         .arg(money(estate.courtDeposit));
    } else {
        QStringList why;
        for (const law::EstateItemResult& i : estate.items)
            if (i.overLimit)
                why << OptionText::tr("%1 %2", "an asset and its value")
                           .arg(estateItemName(i.item), money(i.counted));
        if (estate.dischargeBarSuspected)
            why << OptionText::tr("a ground to refuse the discharge to investigate");
        o.reasons << OptionText::tr(
                         "Small administration (少額管財) because of: %1 (Tokyo practice: cash of "
                         "330,000 yen or more, any other asset of 200,000 yen or more, or a ground "
                         "to refuse the discharge). Court deposit %2: 200,000 yen for the trustee "
                         "plus the official gazette fee.")
                         .arg(why.join(listSeparator()), money(estate.courtDeposit));
    }
    o.notes << OptionText::tr(
        "The 330,000 / 200,000 yen thresholds and the deposits are the Tokyo District "
        "Court's practice (reference §12.8); other courts use other amounts, and the "
        "official gazette fee changes every year.");
    o.notes << OptionText::tr(
        "Cash up to 990,000 yen stays free (破産法34条3項1号: 民事執行法施行令1条's "
        "660,000 yen × 3/2). One rendering of the order shows 670,000 yen (1,005,000 "
        "yen): probably a conversion error; we use 660,000 (reference §12.2).");
    for (const law::EstateItemResult& i : estate.items) {
        if (i.lost <= Yen(0))
            continue;
        if (i.item == law::EstateItem::Cash)
            o.assetsLost << OptionText::tr("Cash above 990,000 yen: %1 (破産法34条3項1号)")
                                .arg(money(i.lost));
        else
            o.assetsLost << OptionText::tr(
                                "%1: %2 (200,000 yen or more goes to the trustee, Tokyo practice)")
                                .arg(estateItemName(i.item), money(i.lost));
    }
    o.assetsLostValue = estate.lost;
    if (estate.lost > Yen(0))
        o.notes << OptionText::tr(
            "The court may still leave an item to the client (自由財産の拡張, "
            "破産法34条4項); that is not assumed.");

    // Debts that survive (破産法253条1項).
    for (const DebtFacts* d : survivors) {
        const law::NonDischargeable ground =
            d->tax ? law::NonDischargeable::Taxes : law::NonDischargeable::Support;
        o.warnings << OptionText::tr("%1 survives the discharge: %2 (%3).")
                          .arg(d->label(), money(d->balance()),
                               law::nonDischargeableArticle(ground));
        o.surviving += d->balance();
    }

    const bool administration = estate.stream == law::BankruptcyStream::SmallAdministration;
    const Yen lawyer = administration ? practice::kBankruptcyLawyerFeeAdministration
                                      : practice::kBankruptcyLawyerFeeSummary;
    o.fees = law::kBankruptcyFilingFee + estate.courtDeposit + lawyer;
    o.total = o.fees;
    o.notes << OptionText::tr(
                   "Fees: filing stamps %1, court deposit %2, lawyer %3 (practice; offices quote "
                   "200,000–400,000 yen for summary dismissal, 300,000–600,000 yen with a "
                   "trustee).")
                   .arg(money(law::kBankruptcyFilingFee), money(estate.courtDeposit),
                        money(lawyer));
    if (o.fees > x.available) {
        if (x.capacity > Yen(0))
            o.warnings << OptionText::tr(
                              "The fees of %1 exceed the cash available (%2): at %3 a month they "
                              "take %4 months to save; law offices usually accept installments.")
                              .arg(money(o.fees), money(x.available), money(x.capacity))
                              .arg((o.fees - x.available)
                                       .mulDiv(1, x.capacity.value(), Rounding::Ceil)
                                       .value());
        else
            o.warnings << OptionText::tr(
                              "The fees of %1 exceed the cash available (%2) and the budget "
                              "leaves nothing to save them; ask about legal aid (法テラス).")
                              .arg(money(o.fees), money(x.available));
    }
    // Whether the debts could be paid over 3 years: the court may then doubt inability to pay.
    if (x.capacity > Yen(0) && perMonth(pool.principal, 36) <= x.capacity)
        o.warnings << OptionText::tr(
                          "The principal of %1 could be repaid at %2 a month over 36 months: the "
                          "court may doubt the inability to pay (破産法15条1項).")
                          .arg(money(pool.principal), money(perMonth(pool.principal, 36)));

    if (x.licence) {
        const law::OccupationRestriction r = law::occupationRestriction(*x.licence);
        o.occupationLimits << OptionText::tr("%1: restricted (%2). %3")
                                  .arg(r.name, r.statute, law::occupationRestrictionPeriod());
    }
    o.reasons << OptionText::tr(
        "Rights are restored when the discharge becomes final (破産法255条1項1号).");
    o.balanceByMonth = settledChart(x, x.all.balance(), survivors);
    applyCredit(o, law::creditRecord(law::CreditEvent::Bankruptcy));
    return o;
}

// ---------------------------------------------------------------------------------------------
// 時効の援用

OptionAssessment limitation(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::Limitation;
    o.balanceByMonth = x.a.doNothing.balanceByMonth;
    // Taxes have their own 徴収権 limitation (no invocation needed): not considered here.
    const auto considered = x.select([](const DebtFacts& d) { return !d.tax; });
    const auto taxes = x.select([](const DebtFacts& d) { return d.tax; });
    o.limitationEffect =
        OptionText::tr("What would reset it: a payment or any acknowledgment starts it "
                       "again (民法152条1項); a suit, a payment order or a court "
                       "settlement suspends it and, once the right is fixed, gives a new "
                       "10 years (民法147条・169条); a seizure or an auction (民法148条); a "
                       "written demand only suspends it for 6 months, once (民法150条).");
    o.guarantorEffect =
        x.anyGuarantor(considered)
            ? OptionText::tr("The guarantor may invoke the main debt's limitation as well "
                             "(民法145条); once the "
                             "main debt is extinguished the guarantee falls with it.")
            : noGuarantor();
    for (const DebtFacts& d : x.gone)
        o.reasons << OptionText::tr(
                         "%1: the limitation was already invoked after it completed on %2.")
                         .arg(d.label(), isoDate(d.a->limitation.completesOn));
    if (considered.isEmpty()) {
        o.reasons << OptionText::tr("No debt left whose limitation could be invoked.");
        return o;
    }
    bool all = true;
    QDate latest;
    for (const DebtFacts* d : considered) {
        const LimitationView& l = d->a->limitation;
        if (l.forfeited) {
            all = false;
            o.reasons << OptionText::tr("%1: the period completed on %2, but a later payment or "
                                        "acknowledgment forfeited the right to invoke it "
                                        "(最判昭和41年4月20日).")
                             .arg(d->label(), isoDate(l.completesOn));
        } else if (l.completed) {
            o.reasons << OptionText::tr("%1: the limitation period (%2 years) completed on %3.")
                             .arg(d->label())
                             .arg(l.years)
                             .arg(isoDate(l.completesOn));
        } else {
            all = false;
            if (!latest.isValid() || l.completesOn > latest)
                latest = l.completesOn;
            const int days = int(x.a.asOf.daysTo(l.completesOn));
            o.reasons << OptionText::tr("%1: completes on %2 (%3 days from now).")
                             .arg(d->label(), isoDate(l.completesOn))
                             .arg(days);
            if (l.pendingProceeding)
                o.warnings << OptionText::tr(
                                  "%1: a suit or enforcement is pending, so the date is the "
                                  "earliest possible (民法147条・148条).")
                                  .arg(d->label());
        }
    }
    if (!all) {
        if (latest.isValid())
            o.notes << OptionText::tr(
                           "Every debt considered would be complete on %1 if nothing resets it "
                           "before then.")
                           .arg(isoDate(latest));
        return o;
    }
    const auto toInvoke = invocable(considered);
    o.eligible = true;
    o.clears = true;
    const int creditors = creditorCount(toInvoke);
    o.fees = practice::kLimitationLetterCost * creditors;
    o.total = o.fees;
    o.reasons << OptionText::tr(
                     "Invoke it by a contents-certified letter with proof of delivery (内容証明 "
                     "with 配達証明) to each creditor: about %1 each, %2 for %3 creditor(s).")
                     .arg(money(practice::kLimitationLetterCost), money(o.fees))
                     .arg(creditors);
    o.notes << OptionText::tr(
                   "A judicial scrivener or lawyer charges about %1 to %2 per creditor instead.")
                   .arg(money(practice::kLimitationProfessionalFeeLow),
                        money(practice::kLimitationProfessionalFeeHigh));
    o.limitationEffect =
        OptionText::tr("Invoking it (民法145条) extinguishes the debts from the start of the "
                       "period (民法144条). Until the letter arrives, any payment or "
                       "acknowledgment would forfeit it.");
    if (!taxes.isEmpty()) {
        o.surviving = poolOf(taxes).balance();
        o.notes << OptionText::tr("Taxes are not invoked this way and stay owed: %1.")
                       .arg(money(o.surviving));
    }
    o.balanceByMonth = settledChart(x, x.all.balance(), taxes);
    applyCredit(o, law::creditRecord(law::CreditEvent::LimitationInvoked));
    return o;
}

// ---------------------------------------------------------------------------------------------
// 何もしない

OptionAssessment doNothing(const Context& x)
{
    OptionAssessment o;
    o.kind = OptionKind::DoNothing;
    const DoNothingProjection& p = x.a.doNothing;
    o.balanceByMonth = p.balanceByMonth;
    o.reasons << OptionText::tr("Not advice: listed to show where doing nothing leads.");
    o.reasons << OptionText::tr("Balance today %1; late interest adds %2 a month.")
                     .arg(money(x.all.balance()), money(p.monthlyLateInterest));
    o.reasons << OptionText::tr(
                     "After 1 year (%1): %2. After 3 years (%3): %4. After 5 years (%5): %6.")
                     .arg(isoDate(x.a.asOf.addYears(1)), money(p.balanceAfter1y),
                          isoDate(x.a.asOf.addYears(3)), money(p.balanceAfter3y),
                          isoDate(x.a.asOf.addYears(5)), money(p.balanceAfter5y));
    for (const DebtFacts& d : x.debts)
        if (!d.a->nextCreditorAction.isEmpty())
            o.reasons << OptionText::tr("%1: %2", "debt and what the creditor can do next")
                             .arg(d.label(), d.a->nextCreditorAction);
    for (const Deadline& dl : x.a.deadlines)
        if (dl.daysLeft >= 0)
            o.warnings << OptionText::tr("%1: deadline %2 (%3 days left, %4). %5")
                              .arg(dl.debtId, isoDate(dl.due))
                              .arg(dl.daysLeft)
                              .arg(dl.article, dl.consequence);
    const GarnishmentView& g = x.a.garnishment;
    o.monthly = g.monthlySeizable;
    if (g.monthlySeizable > Yen(0)) {
        const PlanRun run = runPlan(x, pointers(x.debts), g.monthlySeizable);
        o.months = run.months;
        o.total = run.months > 0 ? run.paid : Yen(0);
        if (run.months > 0)
            o.reasons << OptionText::tr(
                             "With an enforceable title, a wage seizure would take %1 a month "
                             "(民事執行法152条) for %2 months: %3 in all.")
                             .arg(money(g.monthlySeizable))
                             .arg(run.months)
                             .arg(money(run.paid));
        else
            o.reasons << OptionText::tr(
                             "With an enforceable title, a wage seizure would take %1 a month "
                             "(民事執行法152条) and never clear the balance.")
                             .arg(money(g.monthlySeizable));
    } else {
        o.reasons << OptionText::tr("No wage seizure is possible on the recorded income.");
    }
    if (g.depositsAtRisk > Yen(0))
        o.reasons << OptionText::tr(
                         "Deposits of %1 can be seized at once with an enforceable title.")
                         .arg(money(g.depositsAtRisk));
    o.notes << OptionText::tr(
        "The total shown is what a wage seizure would take until the balance is "
        "paid; nothing is seized without an enforceable title (債務名義).");
    applyCredit(o, law::creditRecord(law::CreditEvent::Unpaid));
    const auto all = pointers(x.debts);
    o.limitationEffect =
        OptionText::tr("The clock keeps running, but a creditor usually sues before it "
                       "completes; a judgment gives a new 10-year period (民法147条・169条).");
    o.guarantorAffected = x.anyIndividualGuarantor(all);
    o.guarantorEffect =
        x.anyGuarantor(all)
            ? OptionText::tr(
                  "The creditor can demand the whole balance from the guarantor at any time.")
            : noGuarantor();
    return o;
}

// ---------------------------------------------------------------------------------------------
// Ranking (docs/option-ranking.md)

// The groups of docs/option-ranking.md, in order: consultant practice first (a completed
// limitation, an affordable lump sum, an affordable installment agreement), then cost.
enum Tier {
    TierLimitation,
    TierLumpSum,
    TierInstallment,
    TierCosted,
    TierNeverClears,
    TierIneligible,
    TierDoNothing,
};

Tier tierOf(const OptionAssessment& o)
{
    if (o.kind == OptionKind::DoNothing)
        return TierDoNothing;
    if (!o.eligible)
        return TierIneligible;
    if (o.kind == OptionKind::Limitation)
        return TierLimitation;
    if (o.kind == OptionKind::LumpSum && o.affordable && o.surviving.isZero())
        return TierLumpSum;
    if (o.kind == OptionKind::Installment && o.affordable && o.clears)
        return TierInstallment;
    return o.clears ? TierCosted : TierNeverClears;
}

Yen rankingCost(const OptionAssessment& o)
{
    return o.total + o.surviving + o.assetsLostValue;
}

QStringList drawbacks(const OptionAssessment& o)
{
    QStringList d;
    if (!o.occupationLimits.isEmpty())
        d << OptionText::tr("the client's occupation is restricted");
    if (o.guarantorAffected)
        d << OptionText::tr("the guarantor receives the claim");
    if (o.creditRecordIndefinite)
        d << OptionText::tr("the credit record stays until paid");
    else if (o.creditRecordYears > law::kContractEndYears)
        d << OptionText::tr("credit record for %1 years").arg(o.creditRecordYears);
    if (o.assetsLostValue > Yen(0))
        d << OptionText::tr("assets lost");
    return d;
}

} // namespace

std::optional<law::RestrictedLicence> restrictedLicence(Occupation o)
{
    using L = law::RestrictedLicence;
    switch (o) {
    case Occupation::SecurityGuard:
        return L::SecurityGuard;
    case Occupation::InsuranceAgent:
        return L::InsuranceSolicitor;
    case Occupation::RealEstateAgent:
        return L::RealEstateTransactionAgent;
    case Occupation::Shihoshoshi:
        return L::Shihoshoshi;
    case Occupation::TaxAccountant:
        return L::TaxAccountant;
    case Occupation::Lawyer:
        return L::Lawyer;
    case Occupation::Accountant:
        return L::CertifiedPublicAccountant;
    case Occupation::AdministrativeScrivener:
        return L::AdministrativeScrivener;
    case Occupation::SocialInsuranceLabourConsultant:
        return L::SocialInsuranceLabourConsultant;
    case Occupation::MoneyLender:
        return L::MoneyLender;
    case Occupation::CompanyEmployee:
    case Occupation::PublicServant:
    case Occupation::SelfEmployed:
    case Occupation::PartTime:
    case Occupation::Pensioner:
    case Occupation::Unemployed:
    case Occupation::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

bool heldByServicer(const Debt& d)
{
    for (const DebtEvent& e : d.events)
        if (e.type == DebtEventType::ClaimAssigned)
            return true;
    return d.creditor.contains(u"債権回収"_s) || d.creditor.contains(u"サービサー"_s) ||
           d.creditor.contains(u"servicer"_s, Qt::CaseInsensitive);
}

Yen availableCash(const Case& c)
{
    const Yen reserve = c.budget.totalExpenses() * practice::kLivingReserveMonths;
    return Yen::max(Yen(0), c.assets.cash + c.assets.deposits - reserve);
}

Yen affordableMonthly(const Case& c)
{
    return Yen::max(Yen(0), c.budget.surplus());
}

void rankOptions(QList<OptionAssessment>& options, std::optional<OptionKind> preferred)
{
    const Yen step = practice::kRankingCostStep;
    auto key = [step](const OptionAssessment& o) {
        const Tier tier = tierOf(o);
        const Yen cost = rankingCost(o);
        const bool costed = tier == TierCosted;
        return std::make_tuple(int(tier), costed ? cost.value() / step.value() : 0,
                               costed ? int(drawbacks(o).size()) : 0, costed ? cost.value() : 0,
                               static_cast<int>(o.kind));
    };
    std::stable_sort(
        options.begin(), options.end(),
        [&](const OptionAssessment& a, const OptionAssessment& b) { return key(a) < key(b); });

    // Reasons, by the criteria (before any override).
    qsizetype bestCosted = -1;
    for (qsizetype i = 0; i < options.size() && bestCosted < 0; ++i)
        if (tierOf(options.at(i)) == TierCosted)
            bestCosted = i;
    const Yen bestCost = bestCosted >= 0 ? rankingCost(options.at(bestCosted)) : Yen(0);
    const bool practiceFirst = !options.isEmpty() && tierOf(options.constFirst()) < TierCosted;
    for (qsizetype i = 0; i < options.size(); ++i) {
        OptionAssessment& o = options[i];
        QStringList parts;
        switch (tierOf(o)) {
        case TierLimitation:
            parts << OptionText::tr(
                         "The limitation period has completed for every debt: invoking it ends "
                         "them for the cost of a letter (%1).")
                         .arg(money(o.total));
            break;
        case TierLumpSum:
            parts << OptionText::tr(
                         "A lump-sum settlement with a servicer that the cash and deposits "
                         "afford: an offer of %1 to %2 ends the claim. Consultant practice ranks "
                         "it before installments and court procedures.")
                         .arg(money(o.offerLow), money(o.offerHigh));
            break;
        case TierInstallment:
            parts << OptionText::tr(
                         "An installment agreement the budget affords: %1 a month, at or above "
                         "the practice minimum of %2 a month per creditor. Consultant practice "
                         "prefers it to court procedures: no licence is restricted, the "
                         "guarantor is not called on while the payments are kept, and there are "
                         "no fees.")
                         .arg(money(o.monthly), money(practice::kServicerAcceptedMonthlyLow));
            break;
        case TierCosted: {
            const Yen cost = rankingCost(o);
            if (i == bestCosted && !practiceFirst)
                parts << OptionText::tr(
                    "Nothing affordable ranks before it: no completed limitation, no lump-sum "
                    "settlement the cash affords, and no installment agreement the budget "
                    "carries at the practice minimum. The ways out that remain are compared by "
                    "cost.");
            if (o.kind == OptionKind::Installment)
                parts << OptionText::tr(
                    "The budget does not carry this installment at practice levels (see its "
                    "warnings and notes): compared by cost with the court procedures.");
            if (i == bestCosted)
                parts << OptionText::tr(
                             "Lowest cost among the eligible ways out that clear the debts: %1.")
                             .arg(money(cost));
            else
                parts << OptionText::tr("Cost %1, %2 more than the cheapest eligible way out.")
                             .arg(money(cost), money(cost - bestCost));
            if (o.surviving > Yen(0) || o.assetsLostValue > Yen(0))
                parts << OptionText::tr(
                             "The cost counts %1 paid, %2 left owed and %3 of assets lost.")
                             .arg(money(o.total), money(o.surviving), money(o.assetsLostValue));
            const QStringList d = drawbacks(o);
            if (!d.isEmpty())
                parts << OptionText::tr("Drawbacks: %1.").arg(d.join(listSeparator()));
            break;
        }
        case TierNeverClears:
            parts << OptionText::tr(
                "Eligible, but the payments never clear the debt: ranked after the ways "
                "out that do.");
            break;
        case TierIneligible:
            parts << OptionText::tr("Not eligible: see the reasons.");
            break;
        case TierDoNothing:
            parts << OptionText::tr(
                "Doing nothing is never recommended: listed to show where it leads.");
            break;
        }
        o.rankReason = joinSentences(parts);
    }

    if (preferred) {
        const auto it =
            std::find_if(options.begin(), options.end(),
                         [&](const OptionAssessment& o) { return o.kind == *preferred; });
        if (it != options.end()) {
            OptionAssessment chosen = *it;
            options.erase(it);
            chosen.rankReason =
                joinSentences({OptionText::tr("Chosen by the consultant."), chosen.rankReason});
            options.prepend(chosen);
        }
    }
    for (qsizetype i = 0; i < options.size(); ++i)
        options[i].rank = int(i) + 1;
}

QList<OptionAssessment> compareOptions(const Case& c, const Assessment& analysed,
                                       const EvaluateSettings& s)
{
    Context x{c, analysed, s, {}, {}, {}, {}, {}, {}, {}};
    for (const DebtAssessment& da : analysed.debts) {
        DebtFacts f;
        f.a = &da;
        f.debt = c.debt(da.id);
        if (f.debt) {
            f.kind = f.debt->kind;
            f.guarantor = f.debt->guarantor;
            f.servicer = heldByServicer(*f.debt);
            f.tax = f.kind == DebtKind::Tax || f.debt->lenderKind == LenderKind::PublicAuthority;
        } else {
            f.servicer =
                da.creditor.contains(u"債権回収"_s) || da.creditor.contains(u"サービサー"_s);
        }
        f.support = f.kind == DebtKind::ChildSupport;
        f.extinguished =
            da.limitation.invoked && da.limitation.completed && !da.limitation.forfeited;
        if (f.extinguished) {
            x.gone.append(f);
            continue;
        }
        x.debts.append(f);
        x.all.add(f);
    }
    x.capacity = affordableMonthly(c);
    x.available = availableCash(c);
    x.filing = analysed.asOf.addDays(practice::kFilingPreparationDays);
    x.licence = restrictedLicence(c.client.occupation);

    QList<OptionAssessment> options = {
        installment(x), lumpSum(x),   voluntaryArrangement(x), rehabilitation(x), bankruptcy(x),
        limitation(x),  doNothing(x),
    };
    rankOptions(options, s.preferred);
    return options;
}

} // namespace zansai
