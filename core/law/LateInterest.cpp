#include "law/LateInterest.h"

#include <algorithm>

namespace zansai::law {

namespace {

bool isLeap(int year)
{
    return QDate::isLeapYear(year);
}

// The exact amounts are fractions over one common denominator, rate.denominator × 365 × 366, so
// the parts add up exactly before any rounding.
struct ExactPart {
    LateInterestPart part;
    Int128 numerator;
};

// Days from..to (same calendar year) over that year's length: P·r × days × (366 or 365).
ExactPart daySegment(Int128 pr, QDate from, QDate to, int yearDays)
{
    ExactPart e;
    e.part.from = from;
    e.part.to = to;
    e.part.days = static_cast<int>(from.daysTo(to) + 1);
    e.part.yearDays = yearDays;
    // d / 365 = d × 366 / (365 × 366); d / 366 = d × 365 / (365 × 366).
    e.numerator = pr * e.part.days * (yearDays == 365 ? 366 : 365);
    return e;
}

// from..to split at each 1 January; each piece over its own year's length (Actual, and the
// remaining days of Court).
void splitByCalendarYear(Int128 pr, QDate from, QDate to, QList<ExactPart>& out)
{
    QDate start = from;
    while (start <= to) {
        const QDate yearEnd(start.year(), 12, 31);
        const QDate end = std::min(yearEnd, to);
        out.append(daySegment(pr, start, end, isLeap(start.year()) ? 366 : 365));
        start = end.addDays(1);
    }
}

} // namespace

QDate endOfWholeYears(QDate from, int years)
{
    const QDate corresponding = from.addYears(years); // Qt gives 28 February for a missing 29th
    // 民法143条2項: the day before the corresponding day; with no such day, the month's last day.
    return corresponding.day() != from.day() ? corresponding : corresponding.addDays(-1);
}

// 民法419条1項: damages at the agreed (or legal) rate for every day of delay.
LateInterestResult lateInterest(Yen principal, Rate rate, QDate from, QDate to, DayBasis basis,
                                Rounding rounding, PartRounding partRounding)
{
    LateInterestResult r;
    if (!from.isValid() || !to.isValid() || to < from)
        return r;
    const std::int64_t days = from.daysTo(to) + 1; // both ends counted
    r.days = static_cast<int>(days);

    const Int128 pr = static_cast<Int128>(principal.value()) * rate.numerator();
    const Int128 denominator = static_cast<Int128>(rate.denominator()) * 365 * 366;
    QList<ExactPart> exact;
    switch (basis) {
    case DayBasis::Days365: {
        // P × rate × days / 365, every day alike (one part).
        ExactPart e;
        e.part = LateInterestPart{from, to, r.days, 365, Yen()};
        e.numerator = pr * days * 366;
        exact.append(e);
        break;
    }
    case DayBasis::Actual:
        splitByCalendarYear(pr, from, to, exact);
        break;
    case DayBasis::Court: {
        // Each whole year from `from` at the full annual rate, then the rest by calendar year.
        QDate start = from;
        while (endOfWholeYears(from, r.wholeYears + 1) <= to) {
            ++r.wholeYears;
            const QDate end = endOfWholeYears(from, r.wholeYears);
            ExactPart e;
            e.part =
                LateInterestPart{start, end, static_cast<int>(start.daysTo(end) + 1), 0, Yen()};
            e.numerator = pr * 365 * 366; // P × rate × 1 year
            exact.append(e);
            start = end.addDays(1);
        }
        if (start <= to)
            splitByCalendarYear(pr, start, to, exact);
        break;
    }
    }

    Int128 total = 0;
    Yen sumOfParts;
    for (ExactPart& e : exact) {
        e.part.amount = Yen(divideRounded(e.numerator, denominator, rounding));
        sumOfParts += e.part.amount;
        total += e.numerator;
        r.parts.append(e.part);
    }
    // §12.5: one rounding on the exact sum, or each part rounded before adding.
    r.amount = partRounding == PartRounding::EachPart
                   ? sumOfParts
                   : Yen(divideRounded(total, denominator, rounding));
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
