#include "advice/PaymentPlan.h"

#include "advice/Assessment.h"
#include "case/Case.h"
#include "case/DebtFacts.h"
#include "law/LateInterest.h"

#include <algorithm>

namespace zansai {

PlanDebt planDebt(const Debt& d, const DebtAssessment& a)
{
    PlanDebt p;
    p.principal = a.principal;
    p.interest = a.lateInterest;
    // The lawful rate (利息制限法: void above the cap), the same the assessment used.
    const LateTerms terms = lateTerms(d);
    p.rate = terms.rate;
    p.basis = terms.basis;
    return p;
}

Yen planInterest(const PlanDebt& d, Yen principal, QDate from, QDate to)
{
    if (principal <= Yen(0) || !from.isValid() || to < from)
        return Yen(0);
    return law::lateInterest(principal, d.rate, from, to, d.basis, Rounding::Truncate).amount;
}

PlanRun runPaymentPlan(const QList<PlanDebt>& debts, QDate start, Yen monthly,
                       const PlanHorizon& horizon, LateInterestDuringPlan interest)
{
    struct State {
        const PlanDebt* d;
        Yen p, i;
        Yen balance() const { return p + i; }
    };
    QList<State> st;
    Yen owed;
    for (const PlanDebt& d : debts) {
        st.append({&d, d.principal, d.interest});
        owed += d.principal + d.interest;
    }
    const bool accrues = interest == LateInterestDuringPlan::Runs;
    // The run may end early only once everything the caller asked to see is filled.
    const int earliestStop = std::max({12, horizon.chartMonths, horizon.markMonth});
    PlanRun r;
    QList<Yen> history{owed}; // balance after each month's payment
    history.reserve(std::min(horizon.lastMonth, 240) + 1);
    r.balanceByMonth.reserve(horizon.chartMonths + 1);
    r.balanceByMonth.append(owed);
    QList<Yen> share(st.size()); // each debt's part of this month's payment (reused every month)
    QDate prev = start;
    for (int m = 1; m <= horizon.lastMonth; ++m) {
        const QDate end = start.addMonths(m);
        Yen total;
        const QDate from = prev.addDays(1);
        for (State& s : st) {
            if (accrues && s.p > Yen(0))
                s.i += planInterest(*s.d, s.p, from, end);
            total += s.balance();
        }
        prev = end;
        const Yen pay = Yen::min(monthly, total);
        // Shares in proportion to the balances, truncated; what is left goes to the debts in
        // order, up to what each still owes.
        Yen given;
        for (qsizetype k = 0; k < st.size(); ++k) {
            const Yen sh = total > Yen(0) ? pay.mulDiv(st[k].balance().value(), total.value(),
                                                       Rounding::Truncate)
                                          : Yen(0);
            share[k] = sh;
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
        if (m == horizon.markMonth)
            r.balanceAtMark = after;
        if (m <= horizon.chartMonths)
            r.balanceByMonth.append(after);
        history.append(after);
        if (after.isZero()) {
            r.months = m;
            break;
        }
        if (m >= earliestStop && m % 12 == 0 && after >= history.at(m - 12))
            break;
    }
    while (r.balanceByMonth.size() <= horizon.chartMonths)
        r.balanceByMonth.append(r.months > 0 ? Yen(0) : r.balanceByMonth.constLast());
    if (r.months > 0 && r.months < horizon.markMonth)
        r.balanceAtMark = Yen(0);
    return r;
}

} // namespace zansai
