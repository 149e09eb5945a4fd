#include "editors/CaseDiff.h"

#include "case/CaseLabels.h"
#include "common/Format.h"

namespace zansai::ui {

namespace {

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
        out << CaseDiffText::tr("name");
    if (a.nameKana != b.nameKana)
        out << CaseDiffText::tr("kana");
    if (a.birthDate != b.birthDate)
        out << CaseDiffText::tr("birth date");
    if (a.occupation != b.occupation || a.occupations != b.occupations)
        out << CaseDiffText::tr("occupation");
    if (a.dependents != b.dependents)
        out << CaseDiffText::tr("dependents");
    if (a.netMonthlyIncome != b.netMonthlyIncome || a.payCycle != b.payCycle)
        out << CaseDiffText::tr("net income");
    if (a.address != b.address)
        out << CaseDiffText::tr("address");
    return out;
}

QStringList termChanges(const Debt& a, const Debt& b)
{
    QStringList out;
    if (a.creditor != b.creditor)
        out << CaseDiffText::tr("creditor");
    if (a.originalCreditor != b.originalCreditor)
        out << CaseDiffText::tr("original creditor");
    if (a.kind != b.kind || a.lenderKind != b.lenderKind)
        out << CaseDiffText::tr("kind");
    if (a.contractDate != b.contractDate || a.acceleratedOn != b.acceleratedOn)
        out << CaseDiffText::tr("dates");
    if (a.principal != b.principal)
        out << CaseDiffText::tr("principal");
    if (a.lateRate != b.lateRate || a.lateBasis != b.lateBasis)
        out << CaseDiffText::tr("late interest");
    if (a.guarantor != b.guarantor || a.guarantorName != b.guarantorName ||
        a.guarantorRelation != b.guarantorRelation || a.clientRole != b.clientRole ||
        a.principalDebtor != b.principalDebtor)
        out << CaseDiffText::tr("guarantor");
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
        out << CaseDiffText::tr("event added: %1").arg(eventText(e));
    for (const DebtEvent& e : gone)
        out << CaseDiffText::tr("event removed: %1").arg(eventText(e));
    for (const QString& e : changed)
        out << CaseDiffText::tr("event changed: %1").arg(e);
    return out;
}

} // namespace

QStringList describeChanges(const Case& older, const Case& newer)
{
    QStringList out;
    const QString sep = CaseDiffText::tr(", ");
    if (const QStringList c = clientChanges(older.client, newer.client); !c.isEmpty())
        out << CaseDiffText::tr("Client: %1").arg(c.join(sep));
    if (older.sale != newer.sale)
        out << CaseDiffText::tr("Sale of the home");
    if (older.budget != newer.budget)
        out << CaseDiffText::tr("Budget");
    if (older.assets != newer.assets)
        out << CaseDiffText::tr("Assets");
    if (older.priorDischargeFinalOn != newer.priorDischargeFinalOn)
        out << CaseDiffText::tr("Earlier bankruptcy");
    if (older.asOf != newer.asOf)
        out << CaseDiffText::tr("Consultation date: %1").arg(dateText(newer.asOf));
    if (older.notes != newer.notes || older.consultant != newer.consultant)
        out << CaseDiffText::tr("Consultant's notes");
    if (older.installmentMonthly != newer.installmentMonthly)
        out << CaseDiffText::tr("Installment: %1")
                   .arg(newer.installmentMonthly ? yenText(*newer.installmentMonthly)
                                                 : CaseDiffText::tr("none"));
    if (older.chosenOption != newer.chosenOption)
        out << CaseDiffText::tr("Chosen way out");
    for (const Debt& d : newer.debts) {
        const Debt* before = older.debt(d.id);
        if (!before) {
            out << CaseDiffText::tr("Debt added: %1").arg(debtName(d));
            continue;
        }
        QStringList parts = termChanges(*before, d);
        parts << eventChanges(before->events, d.events);
        if (!parts.isEmpty())
            out << CaseDiffText::tr("Debt %1: %2").arg(debtName(d), parts.join(sep));
    }
    for (const Debt& d : older.debts)
        if (!newer.debt(d.id))
            out << CaseDiffText::tr("Debt removed: %1").arg(debtName(d));
    return out;
}

} // namespace zansai::ui
