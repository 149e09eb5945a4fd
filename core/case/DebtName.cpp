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

QHash<QString, Message> debtNames(const Case& c)
{
    QHash<QString, Message> names;
    names.reserve(c.debts.size());
    // The debts of each creditor in the case's order, and how many share each original creditor.
    QHash<QString, QList<int>> byCreditor;
    QHash<QPair<QString, QString>, int> byOriginal;
    QList<QString> creditors;
    creditors.reserve(c.debts.size());
    for (int i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        creditors << creditorOf(d);
        if (creditors.back().isEmpty())
            continue;
        byCreditor[creditors.back()] << i;
        ++byOriginal[{creditors.back(), d.originalCreditor.trimmed()}];
    }
    for (int i = 0; i < c.debts.size(); ++i) {
        const Debt& d = c.debts[i];
        const QString& creditor = creditors[i];
        if (creditor.isEmpty()) {
            names.insert(
                d.id,
                Message(kContext, QT_TRANSLATE_NOOP("zansai::DebtName", "debt no. %1"), {i + 1})
                    .withCode(u"debt.name"_s));
            continue;
        }
        const QList<int>& same = byCreditor[creditor];
        if (same.size() <= 1) {
            names.insert(d.id, Message::verbatim(creditor).withCode(u"debt.name"_s));
            continue;
        }
        const QString original = d.originalCreditor.trimmed();
        if (!original.isEmpty() && original != creditor && byOriginal[{creditor, original}] == 1) {
            names.insert(d.id, Message(kContext,
                                       QT_TRANSLATE_NOOP("zansai::DebtName", "%1 (originally %2)"),
                                       {creditor, original})
                                   .withCode(u"debt.name"_s));
            continue;
        }
        names.insert(d.id, Message(kContext, QT_TRANSLATE_NOOP("zansai::DebtName", "%1 (no. %2)"),
                                   {creditor, int(same.indexOf(i)) + 1})
                               .withCode(u"debt.name"_s));
    }
    return names;
}

Message debtName(const Case& c, const QString& debtId)
{
    const QHash<QString, Message> names = debtNames(c);
    const auto it = names.constFind(debtId);
    return it != names.cend() ? *it : Message::verbatim(debtId);
}

} // namespace zansai
