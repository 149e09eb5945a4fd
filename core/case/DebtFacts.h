// A debt's facts as the rules of core/law take them, as of a day: the payments for the
// late-interest ledger, the events for the limitation period, and its court history (suits,
// titles, seizures) for the stage, the creditor's next step and the court deadlines. Events dated
// after `asOf` are ignored throughout (evaluate --as-of may look at an earlier day than the file).
#pragma once

#include "case/Case.h"
#include "law/InterestCap.h"
#include "law/LateInterest.h"
#include "law/LimitationPeriod.h"
#include "law/TaxLateFee.h"

#include <QDate>
#include <QList>
#include <initializer_list>

namespace zansai {

// The event has a date and happened on or before `asOf`.
bool onOrBefore(const DebtEvent& e, QDate asOf);

// Payments to the ledger: `payment` events with an amount, and the proceeds of a
// `voluntary_sale_settled` event when it carries one (the sale paid to this creditor).
QList<law::Payment> ledgerPayments(const Debt& d, QDate asOf);

// The debt's facts as the limitation rule takes them (event types map one to one).
law::LimitationInput limitationInput(const Debt& d, QDate asOf);

// Events that open a court proceeding or create a 債務名義 (the spec's stage 2).
bool isCourtOrTitle(DebtEventType t);

// 利息制限法7条 applies to 営業的金銭消費貸借: the creditor lends as a business.
bool businessLender(LenderKind k);

// The terms late interest runs on, as the law allows them (docs/legal-rules.md §2): the contract
// rate cut to the 利息制限法 cap (4条1項, 7条1項: the part above is void) for a loan, the day basis
// of the case. Taxes and child support are not loans: no cap is checked (`checked` false).
struct LateTerms {
    Rate contractRate; // late_rate_percent
    Rate rate;         // the lawful rate: contractRate, or the cap when contractRate exceeds it
    law::DayBasis basis = law::DayBasis::Days365;
    bool checked = false; // the 利息制限法 cap applies to this debt
    law::InterestCapCheck cap;
    bool capped() const { return checked && cap.exceeds; }
};
LateTerms lateTerms(const Debt& d);

// A tax debt's 延滞税 (national) or 延滞金 (local). The case format has no field for it: a creditor
// named as a 税務署 or 国税局 (or "国税") is national, any other tax local (住民税, 固定資産税 are
// the usual arrears after a sale) — an assumption said beside the figure.
law::TaxKind taxKind(const Debt& d);

// Facts about a debt's court history as of a day, for the creditor's next step.
struct CourtFacts {
    bool lawsuit = false, paymentOrder = false, provisional = false, judgmentServed = false,
         judgmentFinal = false, settlement = false, deed = false;
    bool seizedWages = false, seizedDeposits = false, seizedOther = false;
    QDate provisionalOn, judgmentServedOn;
};
// A judgment served and not appealed within 2 weeks counts as final (民事訴訟法285条, 116条).
CourtFacts courtFacts(const Debt& d, QDate asOf);

// An event of one of `types` dated on or after `from` (and by `asOf`): a later step that
// supersedes an earlier deadline.
bool laterEventOf(const Debt& d, QDate from, QDate asOf,
                  std::initializer_list<DebtEventType> types);

// A wage seizure (seizure_filed on wages) has been filed for the debt by `asOf`.
bool wageSeizureRunning(const Debt& d, QDate asOf);

} // namespace zansai
