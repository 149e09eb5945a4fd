// Where doing nothing leads (docs/advice-model.md §5, §6): what a wage seizure would take each
// month, how long it would take to clear the debts, and the balance month by month.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"

namespace zansai {

// What the client's net monthly pay would lose to a wage seizure each month (民事執行法152条),
// pensions excluded; see the notes it fills (codes "garnishment.<…>").
// Per creditor class too (`byClass`, the combined figure; codes "garnishment.shared", ".support",
// ".tax"); `monthlySeizableRunning` is left to the caller, who knows as_of.
GarnishmentView garnishmentView(const Case& c);

// "ordinary", "support" (child support) or "tax" (a tax or a public authority's charge).
QString garnishmentClass(const Debt& d);

inline constexpr int kProjectionMonths = 120;

// The do-nothing projection of `a`'s debts (the case's debts, in the same order), with its notes
// (codes "do_nothing.<…>"): a running wage seizure applied, nothing else assumed.
DoNothingProjection projectDoNothing(const Case& c, const Assessment& a, QDate asOf);

} // namespace zansai
