// Where the client stands, debt by debt: balances by the late-interest ledger, the limitation view,
// the creditor's next step (escalation stages 1–3), court deadlines, the wage-garnishment view and
// the do-nothing projection. Everything evaluate() needs before the options are compared.
// The mapping of a Case onto the rules of core/law lives here: core/law knows no case.
// The models and the choices made are documented in docs/advice-model.md.
#pragma once

#include "advice/Assessment.h"
#include "case/Case.h"
#include "law/LateInterest.h"
#include "law/LimitationPeriod.h"

#include <QDate>
#include <QList>

namespace zansai {

// Fills asOf, stage, debts, deadlines, garnishment, doNothing and disputedPoints (not options).
// Events dated after asOf are ignored (evaluate --as-of may look at an earlier day than the file).
Assessment analyseCase(const Case& c, QDate asOf);

// --- The pieces, exposed for tests and the UI ---

// 1: collection out of court; 2: a court proceeding pending or a 債務名義 exists (lawsuit,
// 支払督促, judgment, court settlement, enforceable deed) and nothing seized; 3: a seizure filed.
int debtStage(const Debt& d, QDate asOf);

// Payments to the ledger: `payment` events with an amount, and the proceeds of a
// `voluntary_sale_settled` event when it carries one (the sale paid to this creditor).
QList<law::Payment> ledgerPayments(const Debt& d, QDate asOf);

// The debt's facts as the limitation rule takes them (event types map one to one).
law::LimitationInput limitationInput(const Debt& d, QDate asOf);

// Every court deadline the debt's events give, passed or not (analyseCase keeps the upcoming ones
// and those passed within kPassedDeadlineDays), each with its article and consequence.
QList<Deadline> debtDeadlines(const Debt& d, QDate asOf);
inline constexpr int kPassedDeadlineDays = 30;

// What the client's net monthly pay would lose to a wage seizure each month (民事執行法152条),
// pensions excluded; see the notes it fills.
GarnishmentView garnishmentView(const Case& c);

// Months until `monthlyPayment` clears principal + interest while late interest keeps accruing at
// `monthlyInterest` per month on `principal` (in proportion as it falls), each payment going to
// interest first (民法489条). 0: never (the payment does not exceed the interest, or > kMaxMonths).
int monthsToClear(Yen principal, Yen interest, Yen monthlyInterest, Yen monthlyPayment);
inline constexpr int kMaxMonths = 1200; // 100 years: beyond that "never" is the honest answer

inline constexpr int kProjectionMonths = 120;

} // namespace zansai
