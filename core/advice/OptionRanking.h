// The ranking of the options (docs/option-ranking.md, "Ranking"): consultant practice first (a
// completed limitation, an affordable lump sum, an affordable installment agreement), then cost
// in steps with the drawbacks, then what never clears, what is not eligible, and doing nothing.
// Each option's rankReason states its group in words: sentences with codes rank.*.
#pragma once

#include "advice/Assessment.h"
#include "i18n/Message.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace zansai {

// Ranks `options` in place (rank 1..n, rankReason) and sorts them by rank: see
// docs/option-ranking.md. `preferred` moves that option to rank 1 ("chosen by the consultant").
void rankOptions(QList<OptionAssessment>& options, std::optional<OptionKind> preferred);

// The groups of docs/option-ranking.md, in rank order.
enum class RankTier {
    Limitation,  // limitation, when eligible
    LumpSum,     // an affordable lump sum leaving no other debt
    Installment, // an installment agreement the budget affords at practice levels
    Costed,      // the other eligible options that clear, by cost
    NeverClears, // eligible but never clearing
    Ineligible,
    DoNothing,
};
RankTier rankTier(const OptionAssessment& o);

// What the cost group compares: total paid + debts left owed + assets lost.
Yen rankingCost(const OptionAssessment& o);

// The drawbacks that order options within one cost step (codes rank.drawback.*).
QList<Message> rankingDrawbacks(const OptionAssessment& o);

} // namespace zansai
