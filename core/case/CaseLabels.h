// What the consultant and client read for each case code, in the current language (tr()).
#pragma once

#include "case/Case.h"

#include <QString>
#include <QStringList>

namespace zansai {

QString displayName(Occupation v);
QString displayName(PayCycle v);
QString displayName(DebtKind v);
QString displayName(LenderKind v);
QString displayName(DayBasis v);
QString displayName(GuarantorKind v);
QString displayName(DebtEventType v);
QString displayName(SeizureTarget v);
QString displayName(SaleKind v);
// 収支表 categories by code ("salary", "rent", …); an unknown code is shown as it is.
QString budgetCategoryName(const QString& code);
// The standard 収支表 categories, in the order creditors' forms list them.
QStringList standardIncomeCategories();
QStringList standardExpenseCategories();

} // namespace zansai
