// Warnings about values that are valid but unlikely, shown beside the field in amber (FieldEdit::
// addWarning): the page still proceeds, since the consultant may be copying a contract as it is.
#pragma once

#include "law/LenderKind.h"
#include "money/Rate.h"
#include "money/Yen.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zansai::ui {

struct PlausibilityText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::Plausibility)
};

// A late rate above the 利息制限法 cap for this principal and lender (law/InterestCap.h decides;
// the text names the cap and the article). "" when within the cap or a value is missing.
QString lateRateWarning(std::optional<Yen> principal, std::optional<Rate> rate,
                        law::LenderKind lender);

// Income below expenses "by far": the monthly shortfall is more than a fifth of the income (or
// there is no income at all against some expenses). A small gap is common and not worth a word;
// a large one is usually a figure typed per year or a missing income line.
QString budgetShortfallWarning(Yen income, Yen expenses);

} // namespace zansai::ui
