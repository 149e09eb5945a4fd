// 遅延損害金 (late-payment damages, 民法419条1項) over a span of days, and the running ledger of a
// debt after acceleration with payments applied to interest first (民法489条).
#pragma once

#include "law/DayBasis.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>

namespace zansai::law {

// How the fraction of a yen is settled (docs/legal-rules.md §2, §12.5).
enum class PartRounding {
    OnTotal,  // one rounding on the exact sum of the parts (default)
    EachPart, // "truncate_each_part": each whole year and each calendar-year segment is rounded on
              // its own before adding, as some court calculation sheets print it
};

// One part of a span: a whole year at the annual rate (court basis), or days of one calendar year
// over `yearDays` (365 or 366).
struct LateInterestPart {
    QDate from, to;   // both counted
    int days = 0;     // days in the part
    int yearDays = 0; // 0: a whole year at the annual rate; else the divisor of its days
    Yen amount;       // this part alone, rounded by the call's rounding
};

struct LateInterestResult {
    int days = 0; // from..to, both counted
    Yen amount;
    int wholeYears = 0;            // court basis: whole years taken at the annual rate
    QList<LateInterestPart> parts; // how the amount is made up, in date order
};

// Late interest on `principal` at `rate` for from..to, BOTH days counted (spec; a `to` before
// `from` gives 0 days).
// - Days365: P × rate × days / 365 (one part).
// - Actual: the days are split by calendar year and a day in a leap year is 1/366.
// - Court (東京地裁民事21部 practice, docs/legal-rules.md §2): each whole year counted from `from`
//   (its end found as 民法143条2項 finds it) is P × rate; the remaining days are split by calendar
//   year as under Actual. Actual and Court differ when a whole year straddles a 29 February
//   (2024-03-01..2025-02-28 on 5,000,000 at 14%: Actual 585,245.90 + 113,150.68 → 698,396;
//   Court one whole year → 700,000).
// `parts` OnTotal: one rounding by `rounding` on the exact sum (§12.5: our default); EachPart:
// each part rounded by `rounding`, then added.
LateInterestResult lateInterest(Yen principal, Rate rate, QDate from, QDate to, DayBasis basis,
                                Rounding rounding = Rounding::Truncate,
                                PartRounding parts = PartRounding::OnTotal);

// The last day of `years` whole years counted from `from` inclusive (民法143条2項: the day before
// the corresponding day, or the month's last day when that month has no such day: from 2024-02-29
// one year ends on 2025-02-28).
QDate endOfWholeYears(QDate from, int years);

struct Payment {
    QDate date;
    Yen amount;
};

struct LedgerEntry {
    QDate date;
    Yen paid;
    Yen interestAccrued; // accrued since the previous payment (or acceleration), through `date`
    Yen toInterest;      // part of `paid` applied to accrued interest
    Yen toPrincipal;     // part of `paid` applied to principal
    Yen principalAfter;
    Yen interestDueAfter; // accrued interest still unpaid after this payment
};

struct LedgerResult {
    Yen principal;            // unpaid principal as of asOf
    Yen unpaidInterest;       // accrued late interest unpaid as of asOf (accrued through asOf)
    Yen totalInterestAccrued; // every yen of interest accrued from acceleration through asOf
    Yen totalPaid;            // sum of the payments taken into account
    QList<LedgerEntry> entries;
};

// Interest runs from the day after `acceleratedOn` on the unpaid principal, through each payment
// day inclusive; each payment goes to accrued interest first, then principal (民法489条); after a
// payment day, accrual resumes the next day. Each stretch between payments is truncated below one
// yen (円未満切捨て: the case format's rule). Result as of `asOf` (interest accrued through asOf
// inclusive). Payments after asOf are ignored; those before acceleratedOn + 1 go to principal.
// A payment beyond everything owed leaves the excess unapplied (paid − toInterest − toPrincipal).
LedgerResult runLateInterestLedger(Yen principal, Rate rate, DayBasis basis, QDate acceleratedOn,
                                   const QList<Payment>& payments, QDate asOf);

} // namespace zansai::law
