// Where the client stands, debt by debt: balances by the late-interest ledger, the limitation view,
// the creditor's next step (escalation stages 1–3), court deadlines, the wage-garnishment view and
// the do-nothing projection. Everything evaluate() needs before the options are compared.
// The pieces live apart: the case's facts as the rules take them in case/DebtFacts.h, the stage,
// next step and deadlines in advice/Escalation.h, garnishment and projections in
// advice/Projection.h. The models and the choices made are documented in docs/advice-model.md.
#pragma once

#include "advice/Assessment.h"
#include "advice/Escalation.h"
#include "advice/Projection.h"
#include "case/Case.h"
#include "case/DebtFacts.h"
#include "law/LateInterest.h"
#include "law/LimitationPeriod.h"

#include <QDate>
#include <QList>

namespace zansai {

// Fills asOf, stage, debts, deadlines, garnishment, doNothing and disputedPoints (not options).
// Events dated after asOf are ignored (evaluate --as-of may look at an earlier day than the file).
Assessment analyseCase(const Case& c, QDate asOf);

// Fills `da`'s late-interest basis, rate and text, and, when the contract rate is above the
// 利息制限法 cap, the contract figure beside the lawful one (codes "debt.late_interest_basis",
// "debt.late_interest_capped"). `da.lateInterest` must already hold the lawful figure.
void describeLateInterest(const Debt& d, const LateTerms& terms, QDate asOf, DebtAssessment& da);

// A tax debt: its 延滞税 (national) or 延滞金 (local) by law/TaxLateFee.h, payments to the tax
// first (国税通則法62条1項), in place of the contract-rate ledger.
void assessTaxLateFee(const Debt& d, QDate asOf, DebtAssessment& da);

// Where the law is disputed and the choice made (docs/legal-rules.md §12), for the debts of `a`
// (codes "disputed.<…>").
QList<Message> disputedPoints(const Case& c, const Assessment& a, QDate asOf);

} // namespace zansai
