#include "case/Draft.h"

#include <algorithm>

namespace zansai::draft {

const QStringList& requiredFields()
{
    static const QStringList fields{QLatin1String(kCreditor), QLatin1String(kContractDate),
                                    QLatin1String(kAcceleratedOn), QLatin1String(kPrincipal),
                                    QLatin1String(kLateRate)};
    return fields;
}

QStringList inRequiredOrder(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : requiredFields())
        if (fields.contains(f))
            out << f;
    return out;
}

QStringList missingFields(const Debt& d)
{
    return d.incompleteFields;
}

bool isMissing(const Debt& d, const char* field)
{
    return missingFields(d).contains(QLatin1String(field));
}

void setMissing(Debt& d, const char* field, bool missing)
{
    QStringList fields = missingFields(d);
    const QString f = QLatin1String(field);
    if (missing == fields.contains(f))
        return;
    if (missing)
        fields << f;
    else
        fields.removeAll(f);
    // A fixed order, so the same answers always give the same document.
    d.incompleteFields = inRequiredOrder(fields);
}

bool isComplete(const Debt& d)
{
    return d.incompleteFields.isEmpty();
}

QString nextDebtId(const Case& c)
{
    int highest = 0;
    for (const Debt& d : c.debts) {
        if (d.id.startsWith(QLatin1Char('d'))) {
            bool ok = false;
            const int n = d.id.mid(1).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    QString id;
    do { // ids that are not "dN" cannot collide with the next number, but check anyway
        id = QStringLiteral("d%1").arg(++highest);
    } while (c.debt(id));
    return id;
}

Debt newDebt(const Case& c, const QString& creditor)
{
    Debt d;
    d.id = nextDebtId(c);
    d.creditor = creditor.trimmed();
    if (d.creditor.isEmpty())
        setMissing(d, kCreditor, true);
    setMissing(d, kContractDate, true);
    setMissing(d, kAcceleratedOn, true);
    setMissing(d, kPrincipal, true);
    setMissing(d, kLateRate, true);
    return d;
}

void fillStandIns(Case& c)
{
    for (Debt& d : c.debts) {
        if (isComplete(d))
            continue;
        if (isMissing(d, kCreditor))
            d.creditor = d.id;
        if (isMissing(d, kPrincipal))
            d.principal = Yen(0);
        if (isMissing(d, kLateRate))
            d.lateRate = Rate(0, 1);
        // The file format wants contract ≤ every event, contract ≤ acceleration ≤ as_of.
        QDate earliest = c.asOf;
        for (const DebtEvent& e : d.events)
            if (e.date.isValid() && (!earliest.isValid() || e.date < earliest))
                earliest = e.date;
        const bool noContract = isMissing(d, kContractDate) || !d.contractDate.isValid();
        const bool noAcceleration = isMissing(d, kAcceleratedOn) || !d.acceleratedOn.isValid();
        if (noContract) {
            QDate contract = earliest;
            if (!noAcceleration && d.acceleratedOn < contract)
                contract = d.acceleratedOn;
            d.contractDate = contract;
        }
        if (noAcceleration)
            d.acceleratedOn = d.contractDate;
    }
}

Case withoutIncompleteDebts(const Case& c)
{
    Case out = c;
    out.debts.erase(std::remove_if(out.debts.begin(), out.debts.end(),
                                   [](const Debt& d) { return !isComplete(d); }),
                    out.debts.end());
    return out;
}

} // namespace zansai::draft
