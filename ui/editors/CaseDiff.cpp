#include "editors/CaseDiff.h"

#include "case/CaseLabels.h"
#include "common/Format.h"

namespace zansai::ui {

namespace {

using T = CaseDiffText;

QString eventText(const DebtEvent& e)
{
    return QStringLiteral("%1 %2").arg(displayName(e.type), dateText(e.date));
}

QString debtName(const Debt& d)
{
    return d.creditor.isEmpty() ? d.id : d.creditor;
}

QStringList clientChanges(const Client& a, const Client& b)
{
    QStringList out;
    if (a.name != b.name)
        out << T::tr("name");
    if (a.nameKana != b.nameKana)
        out << T::tr("kana");
    if (a.birthDate != b.birthDate)
        out << T::tr("birth date");
    if (a.occupation != b.occupation || a.occupations != b.occupations)
        out << T::tr("occupation");
    if (a.dependents != b.dependents)
        out << T::tr("dependents");
    if (a.netMonthlyIncome != b.netMonthlyIncome || a.payCycle != b.payCycle)
        out << T::tr("net income");
    if (a.address != b.address)
        out << T::tr("address");
    return out;
}

QStringList termChanges(const Debt& a, const Debt& b)
{
    QStringList out;
    if (a.creditor != b.creditor)
        out << T::tr("creditor");
    if (a.originalCreditor != b.originalCreditor)
        out << T::tr("original creditor");
    if (a.kind != b.kind || a.lenderKind != b.lenderKind)
        out << T::tr("kind");
    if (a.contractDate != b.contractDate || a.acceleratedOn != b.acceleratedOn)
        out << T::tr("dates");
    if (a.principal != b.principal)
        out << T::tr("principal");
    if (a.lateRate != b.lateRate || a.lateBasis != b.lateBasis)
        out << T::tr("late interest");
    if (a.guarantor != b.guarantor || a.guarantorName != b.guarantorName ||
        a.guarantorRelation != b.guarantorRelation || a.clientRole != b.clientRole ||
        a.principalDebtor != b.principalDebtor)
        out << T::tr("guarantor");
    return out;
}

// Events added, removed and changed: an event that is in one list and not the other, matched by
// date and type first (so an edited note is "changed", not "removed and added").
QStringList eventChanges(const QList<DebtEvent>& a, const QList<DebtEvent>& b)
{
    QList<DebtEvent> gone = a, added = b;
    for (qsizetype i = gone.size() - 1; i >= 0; --i) {
        const qsizetype j = added.indexOf(gone[i]);
        if (j >= 0) {
            gone.removeAt(i);
            added.removeAt(j);
        }
    }
    QStringList changed;
    for (qsizetype i = gone.size() - 1; i >= 0; --i) {
        for (qsizetype j = 0; j < added.size(); ++j) {
            if (added[j].date == gone[i].date && added[j].type == gone[i].type) {
                changed.prepend(eventText(added[j]));
                gone.removeAt(i);
                added.removeAt(j);
                break;
            }
        }
    }
    QStringList out;
    for (const DebtEvent& e : added)
        out << T::tr("event added: %1").arg(eventText(e));
    for (const DebtEvent& e : gone)
        out << T::tr("event removed: %1").arg(eventText(e));
    for (const QString& e : changed)
        out << T::tr("event changed: %1").arg(e);
    return out;
}

} // namespace

QStringList describeChanges(const Case& older, const Case& newer)
{
    QStringList out;
    const QString sep = T::tr(", ");
    if (const QStringList c = clientChanges(older.client, newer.client); !c.isEmpty())
        out << T::tr("Client: %1").arg(c.join(sep));
    if (older.sale != newer.sale)
        out << T::tr("Sale of the home");
    if (older.budget != newer.budget)
        out << T::tr("Budget");
    if (older.assets != newer.assets)
        out << T::tr("Assets");
    if (older.priorDischargeFinalOn != newer.priorDischargeFinalOn)
        out << T::tr("Earlier bankruptcy");
    if (older.asOf != newer.asOf)
        out << T::tr("Consultation date: %1").arg(dateText(newer.asOf));
    if (older.notes != newer.notes || older.consultant != newer.consultant)
        out << T::tr("Consultant's notes");
    if (older.installmentMonthly != newer.installmentMonthly)
        out << T::tr("Installment: %1")
                   .arg(newer.installmentMonthly ? yenText(*newer.installmentMonthly)
                                                 : T::tr("none"));
    if (older.chosenOption != newer.chosenOption)
        out << T::tr("Chosen way out");
    for (const Debt& d : newer.debts) {
        const Debt* before = older.debt(d.id);
        if (!before) {
            out << T::tr("Debt added: %1").arg(debtName(d));
            continue;
        }
        QStringList parts = termChanges(*before, d);
        parts << eventChanges(before->events, d.events);
        if (!parts.isEmpty())
            out << T::tr("Debt %1: %2").arg(debtName(d), parts.join(sep));
    }
    for (const Debt& d : older.debts)
        if (!newer.debt(d.id))
            out << T::tr("Debt removed: %1").arg(debtName(d));
    return out;
}

} // namespace zansai::ui
