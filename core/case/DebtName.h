// How a sentence names a debt: by its creditor, never by the case's internal id ("d12" is a key
// for the JSON and the store, not a word for the client). When two debts share a creditor, the
// original creditor tells them apart if it differs, else a short ordinal among them
// (「アコム（2件目）」); a debt whose creditor is not entered yet is named by its place in the list
// (「3件目の債務」). The JSON fields `id` and `debts[]` keep the ids.
#pragma once

#include "case/Case.h"
#include "i18n/Message.h"

#include <QHash>
#include <QString>

namespace zansai {

// The name of every debt of `c` by id (code "debt.name"), in one pass over the debts.
QHash<QString, Message> debtNames(const Case& c);
// The name of debt `debtId` of `c`; a verbatim id if the case has no such debt. One call reads the
// whole case: naming many debts, take debtNames once.
Message debtName(const Case& c, const QString& debtId);

} // namespace zansai
