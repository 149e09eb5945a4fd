// 遅延損害金 (late-payment damages, 民法419条1項) over a span of days, and the running ledger of a
// debt after acceleration with payments applied to interest first (民法489条).
#pragma once

#include "law/DayBasis.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QDate>
#include <QList>

namespace zansai::law {

struct LateInterestResult {
    int days = 0; // from..to, both counted
    Yen amount;
};

// Late interest on `principal` at `rate` for from..to, BOTH days counted (spec; a `to` before
// `from` gives 0 days). Days365: P × rate × days / 365. Actual: the days are split by calendar year
// and a day in a leap year is 1/366. One rounding at the end by `rounding`: docs/legal-rules.md
// (§12.5) leaves open whether each calendar-year segment is truncated on its own; we settle once,
// on the exact sum. "Actual" is the per-day split of the case format. Some 執行 practice first
// charges each whole year from `from` at the full rate and splits only the remaining days; the two
// differ when a whole year straddles a leap day (2024-03-01..2025-02-28 on 5,000,000 at 14%:
// 698,396 here, 700,000 there).
LateInterestResult lateInterest(Yen principal, Rate rate, QDate from, QDate to, DayBasis basis,
                                Rounding rounding = Rounding::Truncate);

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
