#include "case/Case.h"

namespace zansai {

namespace {
Yen sum(const QMap<QString, Yen>& m)
{
    Yen total;
    for (const Yen& y : m)
        total += y;
    return total;
}
} // namespace

Yen Budget::totalIncome() const
{
    return sum(income);
}

Yen Budget::totalExpenses() const
{
    return sum(expenses);
}

Yen Assets::total() const
{
    return cash + deposits + car + insuranceSurrender + retirementAllowanceEstimate + other;
}

QList<Occupation> Client::occupationsOrMain() const
{
    if (occupations.isEmpty())
        return {occupation};
    QList<Occupation> out = occupations;
    if (!out.contains(occupation))
        out.prepend(occupation);
    return out;
}

Yen Case::totalPrincipal() const
{
    Yen total;
    for (const Debt& d : debts)
        total += d.principal;
    return total;
}

const Debt* Case::debt(const QString& id) const
{
    for (const Debt& d : debts) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace zansai
