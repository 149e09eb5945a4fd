// Where doing nothing leads (docs/advice-model.md §5, §6): what a wage seizure would take each
// month, how long it would take to clear the debts, and the balance month by month.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"

namespace zansai {

// What the client's net monthly pay would lose to a wage seizure each month (民事執行法152条),
// pensions excluded; see the notes it fills (codes "garnishment.<…>").
GarnishmentView garnishmentView(const Case& c);

inline constexpr int kProjectionMonths = 120;

// The do-nothing projection of `a`'s debts (the case's debts, in the same order), with its notes
// (codes "do_nothing.<…>"): a running wage seizure applied, nothing else assumed.
DoNothingProjection projectDoNothing(const Case& c, const Assessment& a, QDate asOf);

} // namespace zansai
