#include "law/TaxLateFee.h"

#include "law/Period.h"

#include <algorithm>
#include <array>

namespace zansai::law {

namespace {

// Rates in 0.1% (per mille). Sources: 国税庁「延滞税の割合」 (the table of rates by period) and
// the municipal 延滞金 pages that repeat it; docs/legal-rules.md §9.
// - 2000–2013 (旧措置法94条1項): the 7.3% part became 特例基準割合 = the 公定歩合 on the previous
//   30 November + 4% (0.1% below truncated); the 14.6% part stayed.
// - 2014–2020: 特例基準割合 (平均貸付割合 + 1%) + 1% and + 7.3%.
// - 2021– (措置法94条1項): 延滞税特例基準割合 (平均貸付割合 + 1%) + 1% and + 7.3%.
// 2026 (2.8% / 9.1%) is disputed point docs/legal-rules.md §12.7.
struct YearRates {
    int from, to; // calendar years, both included
    int lower, upper;
};
constexpr std::array<YearRates, 13> kTable{{
    {2000, 2001, 45, 146}, // 公定歩合 0.5% + 4%
    {2002, 2006, 41, 146}, // 0.1% + 4%
    {2007, 2007, 44, 146}, // 0.4% + 4%
    {2008, 2008, 47, 146}, // 0.75% + 4% = 4.75% → 4.7%
    {2009, 2009, 45, 146}, // 0.5% + 4%
    {2010, 2013, 43, 146}, // 0.3% + 4%
    {2014, 2014, 29, 92},  // 特例基準割合 1.9%
    {2015, 2016, 28, 91},  // 1.8%
    {2017, 2017, 27, 90},  // 1.7%
    {2018, 2020, 26, 89},  // 1.6%
    {2021, 2021, 25, 88},  // 延滞税特例基準割合 1.5%
    {2022, 2025, 24, 87},  // 1.4%
    {2026, 2026, 28, 91},  // 1.8% (§12.7)
}};

Yen truncateTo(Yen y, std::int64_t unit)
{
    return Yen(y.value() / unit * unit); // 端数切捨て (non-negative amounts only)
}

// The tax the fee runs on (国税通則法118条3項; 地方税法20条の4の2).
Yen feeBase(Yen tax, TaxKind kind)
{
    if (tax <= Yen(0))
        return Yen(0);
    if (kind == TaxKind::National)
        return tax < Yen(10'000) ? Yen(0) : truncateTo(tax, 10'000);
    return tax < Yen(2'000) ? Yen(0) : truncateTo(tax, 1'000);
}

// 国税通則法119条4項; 地方税法20条の4の2: 100-yen units, nothing under 1,000.
Yen roundFee(Yen exact)
{
    return exact < Yen(1'000) ? Yen(0) : truncateTo(exact, 100);
}

// The periods of from..to on `base` (rates change on 1 January and after the lower-rate period).
void addPeriods(Yen base, QDate from, QDate to, QDate lowerEnds, TaxLateFeeResult& out)
{
    QDate start = from;
    while (start <= to) {
        QDate end = std::min(to, QDate(start.year(), 12, 31));
        const bool lower = start <= lowerEnds;
        if (lower)
            end = std::min(end, lowerEnds);
        const TaxLateFeeRates rates = taxLateFeeRates(start.year());
        out.ratesAssumed |= !rates.known;
        TaxLateFeePeriod p;
        p.from = start;
        p.to = end;
        p.base = base;
        p.rate = lower ? rates.lower : rates.upper;
        // base × rate × days / 365, every year alike (昭和45年法律13号25条); below one yen
        // truncated.
        const std::int64_t days = start.daysTo(end) + 1;
        p.amount =
            Yen(divideRounded(static_cast<Int128>(base.value()) * p.rate.numerator() * days,
                              static_cast<Int128>(p.rate.denominator()) * 365, Rounding::Truncate));
        if (base > Yen(0))
            out.periods.append(p);
        out.exact += p.amount;
        start = end.addDays(1);
    }
}

// 国税通則法60条2項: the lower rate through the day 2 months after the due date has passed;
// local taxes: 1 month (e.g. 地方税法326条1項).
QDate lowerRateEnds(QDate due, TaxKind kind)
{
    return periodEndMonths(due, kind == TaxKind::National ? 2 : 1);
}

} // namespace

// 租税特別措置法94条1項 (地方税法附則3条の2第1項: the same rates for 延滞金).
TaxLateFeeRates taxLateFeeRates(int year)
{
    if (year < kTaxLateFeeTableFirstYear)
        return {Rate(73, 1000), Rate(146, 1000), true}; // 国税通則法60条2項の本則
    for (const YearRates& r : kTable)
        if (year >= r.from && year <= r.to)
            return {Rate(r.lower, 1000), Rate(r.upper, 1000), true};
    const YearRates& last = kTable.back();
    return {Rate(last.lower, 1000), Rate(last.upper, 1000), false};
}

TaxLateFeeResult taxLateFee(Yen tax, QDate due, QDate paid, TaxKind kind)
{
    return runTaxLateFeeLedger(tax, due, kind, {Payment{paid, tax}}, paid).fee;
}

TaxLedgerResult runTaxLateFeeLedger(Yen tax, QDate due, TaxKind kind,
                                    const QList<Payment>& payments, QDate asOf)
{
    TaxLedgerResult out;
    QList<Payment> sorted = payments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Payment& a, const Payment& b) { return a.date < b.date; });
    const QDate lowerEnds = lowerRateEnds(due, kind);
    Yen unpaid = Yen::max(tax, Yen(0));
    Yen toFee; // what payments left over after the tax
    QDate from = due.addDays(1);
    for (const Payment& p : sorted) {
        if (!p.date.isValid() || p.date > asOf || p.amount <= Yen(0))
            continue;
        if (p.date >= from && unpaid > Yen(0)) {
            // Through the payment day on the tax unpaid before it (納付の日まで).
            addPeriods(feeBase(unpaid, kind), from, p.date, lowerEnds, out.fee);
            from = p.date.addDays(1);
        }
        // 国税通則法62条1項: to the tax first.
        const Yen toTax = Yen::min(p.amount, unpaid);
        unpaid -= toTax;
        toFee += p.amount - toTax;
    }
    if (unpaid > Yen(0) && from <= asOf)
        addPeriods(feeBase(unpaid, kind), from, asOf, lowerEnds, out.fee);
    out.fee.amount = roundFee(out.fee.exact);
    out.taxUnpaid = unpaid;
    out.feeUnpaid = Yen::max(out.fee.amount - toFee, Yen(0));
    return out;
}

} // namespace zansai::law
