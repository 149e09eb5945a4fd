// A case part-way through the interview is still a valid zansai-case/1 document, so every edit can
// be saved at once (autosave) and read back exactly. A debt whose required answers are not given
// yet names those fields in Debt::incompleteFields ("incomplete_fields", e.g.
// ["contract_date", "late_rate_percent"]) and carries stand-in values that pass validation; the
// wizard shows such a field empty and the results leave such a debt out, saying so.
#pragma once

#include "case/Case.h"

#include <QStringList>

namespace zansai::draft {

inline constexpr const char* kCreditor = "creditor";
inline constexpr const char* kContractDate = "contract_date";
inline constexpr const char* kAcceleratedOn = "accelerated_on";
inline constexpr const char* kPrincipal = "principal";
inline constexpr const char* kLateRate = "late_rate_percent";

// The fields a draft may leave unanswered, in the fixed order "incomplete_fields" lists them.
const QStringList& requiredFields();
// `fields` in that order, each once; names that are not required fields are dropped.
QStringList inRequiredOrder(const QStringList& fields);

QStringList missingFields(const Debt& d);
bool isMissing(const Debt& d, const char* field);
void setMissing(Debt& d, const char* field, bool missing);
bool isComplete(const Debt& d);

// A new debt with a fresh id ("d3"), every required answer missing.
Debt newDebt(const Case& c, const QString& creditor = QString());
QString nextDebtId(const Case& c);

// Gives every missing field of every debt a stand-in that passes validation: the contract date and
// the acceleration date become the earliest of the debt's known dates and the consultation date;
// amounts and rates 0; a blank creditor its id. Call after every edit.
void fillStandIns(Case& c);

// The case as the advice should see it: debts with missing answers left out.
Case withoutIncompleteDebts(const Case& c);

} // namespace zansai::draft
