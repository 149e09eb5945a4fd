// What the consultant and client read for each case code. label() gives the Message, narrated by
// the caller in its language (a paper in the case's language); displayName() writes it in the UI's
// current language (currentLanguage()), for widgets.
#pragma once

#include "case/Case.h"
#include "i18n/Message.h"

#include <QString>
#include <QStringList>

namespace zansai {

Message label(Occupation v);
Message label(PayCycle v);
Message label(DebtKind v);
Message label(LenderKind v);
Message label(DayBasis v);
Message label(GuarantorKind v);
Message label(DebtEventType v);
Message label(ClientRole v);
Message label(SeizureTarget v);
Message label(SaleKind v);
// 収支表 categories by code ("salary", "rent", …); an unknown code is shown as it is.
Message budgetCategoryLabel(const QString& code);

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
