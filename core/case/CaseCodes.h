// The spec's codes for each case enum ("company_employee", "housing_loan", "bank", …).
#pragma once

#include "case/Case.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace zansai {

QString toCode(Occupation v);
QString toCode(PayCycle v);
QString toCode(DebtKind v);
QString toCode(LenderKind v);
QString toCode(DayBasis v);
QString toCode(GuarantorKind v);
QString toCode(DebtEventType v);
QString toCode(SeizureTarget v);
QString toCode(SaleKind v);

template <typename E> std::optional<E> fromCode(const QString& code);
template <typename E> QStringList allCodes(); // for messages ("use one of: …") and the wizard

} // namespace zansai
