// 延滞税 (国税通則法60条) and 延滞金 (地方税法) of a tax paid late, at the statutory rate of each
// period (租税特別措置法94条1項, 地方税法附則3条の2), with the statute's rounding
// (docs/legal-rules.md §9).
#pragma once

#include "law/LateInterest.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>

namespace zansai::law {

enum class TaxKind {
    National, // 国税: 延滞税 (国税通則法60条2項; the lower rate until 2 months after the due date)
    Local, // 地方税: 延滞金 (e.g. 地方税法326条, 369条; the lower rate until 1 month after)
};

// The two rates of a calendar year: the lower one (本則 7.3%) for the first months after the due
// date, the upper one (本則 14.6%) after that. `known` is false for a year after the table's last
// (the last year's rates are assumed: the 財務大臣's 告示 comes each December).
struct TaxLateFeeRates {
    Rate lower, upper;
    bool known = true;
};
TaxLateFeeRates taxLateFeeRates(int year);
inline constexpr int kTaxLateFeeTableFirstYear = 2000; // 特例 from 平成12年1月1日
inline constexpr int kTaxLateFeeTableLastYear = 2026;

struct TaxLateFeePeriod {
    QDate from, to; // both counted
    Yen base;       // the tax the period runs on, after the statute's truncation
    Rate rate;
    Yen amount; // base × rate × days / 365, below one yen truncated
};

struct TaxLateFeeResult {
    Yen amount; // the total after the statute's rounding (100-yen units; under 1,000 → 0)
    Yen exact;  // the sum of the periods before that rounding
    QList<TaxLateFeePeriod> periods;
    bool ratesAssumed = false; // a period lies in a year after the table
};

// The 延滞税/延滞金 on `tax` due on `due` and paid in full on `paid` (from due + 1 through paid,
// both counted; 365 days a year even in leap years, 昭和45年法律13号25条). Rounding: national —
// the base truncated to 10,000 yen units, a tax under 10,000 none (国税通則法118条3項), the fee in
// 100-yen units, under 1,000 none (119条4項); local — the base in 1,000-yen units, under 2,000
// none, the fee the same as national (地方税法20条の4の2).
TaxLateFeeResult taxLateFee(Yen tax, QDate due, QDate paid, TaxKind kind);

struct TaxLedgerResult {
    Yen taxUnpaid;        // the tax still owed on asOf
    Yen feeUnpaid;        // the 延滞税 accrued through asOf less what payments left over for it
    TaxLateFeeResult fee; // every period, through asOf
};

// A tax with part payments: each payment goes to the tax itself first (国税通則法62条1項; 地方税法
// likewise), so the fee runs on the unpaid tax, period by period; what a payment leaves over goes
// to the fee. The fee is rounded once on its total as of asOf.
TaxLedgerResult runTaxLateFeeLedger(Yen tax, QDate due, TaxKind kind,
                                    const QList<Payment>& payments, QDate asOf);

} // namespace zansai::law
