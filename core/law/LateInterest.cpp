#include "law/LateInterest.h"

#include <algorithm>

namespace zansai::law {

namespace {

bool isLeap(int year)
{
    return QDate::isLeapYear(year);
}

} // namespace

// 民法419条1項: damages at the agreed (or legal) rate for every day of delay.
LateInterestResult lateInterest(Yen principal, Rate rate, QDate from, QDate to, DayBasis basis,
                                Rounding rounding)
{
    LateInterestResult r;
    if (!from.isValid() || !to.isValid() || to < from)
        return r;
    const std::int64_t days = from.daysTo(to) + 1; // both ends counted
    r.days = static_cast<int>(days);

    const Int128 pr = static_cast<Int128>(principal.value()) * rate.numerator();
    if (basis == DayBasis::Days365) {
        // P × rate × days / 365, one rounding.
        r.amount =
            Yen(divideRounded(pr * days, static_cast<Int128>(rate.denominator()) * 365, rounding));
        return r;
    }

    // Actual: count the days falling in leap and in common years, then
    // P × rate × (d365 / 365 + d366 / 366) = P × rate × (d365 × 366 + d366 × 365) / (365 × 366),
    // settled once on the exact sum (§12.5: not per calendar-year segment).
    std::int64_t d365 = 0;
    std::int64_t d366 = 0;
    const int firstYear = from.year();
    const int lastYear = to.year();
    if (firstYear == lastYear) {
        (isLeap(firstYear) ? d366 : d365) = days;
    } else {
        // The first and last calendar years in part, the years between in full.
        (isLeap(firstYear) ? d366 : d365) += from.daysTo(QDate(firstYear, 12, 31)) + 1;
        (isLeap(lastYear) ? d366 : d365) += QDate(lastYear, 1, 1).daysTo(to) + 1;
        for (int y = firstYear + 1; y < lastYear; ++y) {
            if (isLeap(y))
                d366 += 366;
            else
                d365 += 365;
        }
    }
    const Int128 weighted = static_cast<Int128>(d365) * 366 + static_cast<Int128>(d366) * 365;
    r.amount = Yen(divideRounded(pr * weighted, static_cast<Int128>(rate.denominator()) * 365 * 366,
                                 rounding));
    return r;
}

// 民法489条: a payment short of the whole debt goes to 費用, then 利息 (including 遅延損害金),
// then 元本. No costs are tracked here.
LedgerResult runLateInterestLedger(Yen principal, Rate rate, DayBasis basis, QDate acceleratedOn,
                                   const QList<Payment>& payments, QDate asOf)
{
    LedgerResult out;
    QList<Payment> sorted = payments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });

    Yen owedPrincipal = principal;
    Yen interestDue;
    QDate accrueFrom = acceleratedOn.addDays(1); // the first day of delay

    for (const Payment& p : sorted) {
        if (!p.date.isValid() || p.date > asOf)
            continue;
        LedgerEntry e;
        e.date = p.date;
        e.paid = Yen::max(p.amount, Yen(0)); // a negative amount is no payment
        if (p.date >= accrueFrom) {
            // Interest through the payment day inclusive (円未満切捨て per stretch).
            e.interestAccrued =
                lateInterest(owedPrincipal, rate, accrueFrom, p.date, basis, Rounding::Truncate)
                    .amount;
            accrueFrom = p.date.addDays(1);
        } // else: paid on or before the acceleration day: no late interest has run yet.
        interestDue += e.interestAccrued;
        out.totalInterestAccrued += e.interestAccrued;

        e.toInterest = Yen::min(e.paid, interestDue);
        e.toPrincipal = Yen::min(e.paid - e.toInterest, owedPrincipal);
        interestDue -= e.toInterest;
        owedPrincipal -= e.toPrincipal;
        e.principalAfter = owedPrincipal;
        e.interestDueAfter = interestDue;
        out.totalPaid += e.paid;
        out.entries.append(e);
    }

    if (accrueFrom <= asOf) {
        const Yen tail =
            lateInterest(owedPrincipal, rate, accrueFrom, asOf, basis, Rounding::Truncate).amount;
        interestDue += tail;
        out.totalInterestAccrued += tail;
    }
    out.principal = owedPrincipal;
    out.unpaidInterest = interestDue;
    return out;
}

} // namespace zansai::law
