// Every way out compared: eligibility with reasons, the monthly amount, months, total cost with
// typical fees, credit-record years, occupation limits, assets lost, the effect on guarantors and
// on the limitation clock, and the ranking (docs/option-ranking.md). The rules are in core/law; the
// practice figures in advice/PracticeAssumptions.h. Each option is built in its own file under
// advice/options/, the ranking in advice/OptionRanking, payment plans by advice/PaymentPlan.
#pragma once

#include "advice/Assessment.h"
#include "advice/OptionRanking.h"
#include "case/Case.h"
#include "law/OccupationRestriction.h"

#include <QList>
#include <optional>

namespace zansai {

// Fills every OptionKind (installment, lump_sum, voluntary_arrangement, rehabilitation, bankruptcy,
// limitation, do_nothing), eligible or not, with reasons, and ranks them (rank 1 = recommended,
// settings.preferred overrides), returned in rank order.
QList<OptionAssessment> compareOptions(const Case& c, const Assessment& analysed,
                                       const EvaluateSettings& s);

// --- The pieces, exposed for tests and the UI ---

// The licence restricted during bankruptcy for the client's occupation (none: company employees,
// civil servants, self-employed, part-time, pensioners, unemployed, other).
std::optional<law::RestrictedLicence> restrictedLicence(Occupation o);

// A servicer (債権回収会社) holds the debt: a claim_assigned event, or a creditor name with
// 債権回収 / サービサー / "servicer".
bool heldByServicer(const Debt& d);

// Cash the client can spend on fees at once: cash + deposits − one month of budget expenses (a
// living reserve), at least 0. A lump-sum offer is measured against cash + deposits instead,
// with a warning when it leaves less than that reserve.
Yen availableCash(const Case& c);

// What the installment slider defaults to: the budget surplus (income − expenses), at least 0.
Yen affordableMonthly(const Case& c);

// rankOptions (the ranking on its own): advice/OptionRanking.h, included above.

} // namespace zansai
