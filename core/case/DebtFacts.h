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

// Facts about a debt's court history as of a day, for the stage, the creditor's next step and
// the deadlines. The proceedings are those still running: a withdrawal, dismissal, lapse,
// objection or the end of a seizure (format revision 2) ends them.
struct CourtFacts {
    bool lawsuit = false;      // a lawsuit pending (served, or a payment order after 督促異議)
    bool paymentOrder = false; // a 支払督促 pending: no objection, lapse or finality yet
    bool provisional = false;  // a 仮執行宣言付支払督促 in force (a 債務名義)
    bool judgmentServed = false, judgmentFinal = false, settlement = false, deed = false;
    bool objection = false; // 督促異議 filed: the order became a lawsuit (民事訴訟法395条)
    bool suitEnded = false;   // a lawsuit or order ended without a title (withdrawn, dismissed)
    bool orderLapsed = false; // 支払督促の失効 (民事訴訟法392条), recorded or inferred
    bool orderLapseInferred = false;
    // Seizures running: filed and not yet withdrawn, cancelled or carried through.
    bool seizedWages = false, seizedDeposits = false, seizedOther = false;
    bool seizureEnded = false; // a seizure was withdrawn or carried through
    QDate provisionalOn, judgmentServedOn, orderServedOn, orderLapsedOn;
    bool seized() const { return seizedWages || seizedDeposits || seizedOther; }
    // A proceeding pending or a 債務名義 (the spec's stage 2).
    bool courtOrTitle() const
    {
        return lawsuit || paymentOrder || provisional || judgmentServed || judgmentFinal ||
               settlement || deed;
    }
};
// A judgment served and not appealed within 2 weeks counts as final (民事訴訟法285条, 116条); a
// payment order followed by nothing past the 30 days of 民事訴訟法392条 counts as lapsed
// (docs/legal-rules.md §12.9).
CourtFacts courtFacts(const Debt& d, QDate asOf);

// An event of one of `types` dated on or after `from` (and by `asOf`): a later step that
// supersedes an earlier deadline.
bool laterEventOf(const Debt& d, QDate from, QDate asOf,
                  std::initializer_list<DebtEventType> types);

// A wage seizure (seizure_filed on wages) is running for the debt on `asOf`: filed, and not
// withdrawn or carried through (seizure_withdrawn / seizure_completed).
bool wageSeizureRunning(const Debt& d, QDate asOf);

} // namespace zansai
