#include "case/DebtName.h"

#include <QCoreApplication>

namespace zansai {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "zansai::DebtName";

// The creditor as entered; empty when it is missing. Consultation's evaluable case stands the id
// in for a missing creditor: that is no name either.
QString creditorOf(const Debt& d)
{
    const QString c = d.creditor.trimmed();
    return c == d.id ? QString() : c;
}

} // namespace

Message debtName(const Case& c, const QString& debtId)
{
    const Debt* debt = c.debt(debtId);
    if (!debt)
        return Message::verbatim(debtId);
    const QString creditor = creditorOf(*debt);
    if (creditor.isEmpty()) {
        int place = 0;
        for (int i = 0; i < c.debts.size(); ++i)
            if (c.debts[i].id == debtId)
                place = i + 1;
        return Message(kContext, QT_TRANSLATE_NOOP("zansai::DebtName", "debt no. %1"), {place})
            .withCode(u"debt.name"_s);
    }
    // The debts of the same creditor, in the case's order.
    QList<const Debt*> same;
    for (const Debt& d : c.debts)
        if (creditorOf(d) == creditor)
            same << &d;
    if (same.size() <= 1)
        return Message::verbatim(creditor).withCode(u"debt.name"_s);
    const QString original = debt->originalCreditor.trimmed();
    if (!original.isEmpty() && original != creditor) {
        int alike = 0;
        for (const Debt* d : same)
            alike += d->originalCreditor.trimmed() == original ? 1 : 0;
        if (alike == 1)
            return Message(kContext, QT_TRANSLATE_NOOP("zansai::DebtName", "%1 (originally %2)"),
                           {creditor, original})
                .withCode(u"debt.name"_s);
    }
    const int ordinal = int(same.indexOf(debt)) + 1;
    return Message(kContext, QT_TRANSLATE_NOOP("zansai::DebtName", "%1 (no. %2)"),
                   {creditor, ordinal})
        .withCode(u"debt.name"_s);
}

} // namespace zansai
