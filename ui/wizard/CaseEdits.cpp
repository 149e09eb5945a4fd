#include "wizard/CaseEdits.h"

#include <algorithm>

namespace zansai::ui {

std::optional<EventRef> findLatestEvent(const Case& c, const QList<DebtEventType>& types,
                                        const QString& debtId)
{
    std::optional<EventRef> found;
    for (const Debt& d : c.debts) {
        if (!debtId.isEmpty() && d.id != debtId)
            continue;
        for (const DebtEvent& e : d.events)
            if (types.contains(e.type) && (!found || e.date >= found->event.date))
                found = EventRef{d.id, e};
    }
    return found;
}

bool hasEvent(const Case& c, const QList<DebtEventType>& types)
{
    return findLatestEvent(c, types).has_value();
}

Debt* findDebt(Case& c, const QString& id)
{
    for (Debt& d : c.debts)
        if (d.id == id)
            return &d;
    return nullptr;
}

bool removeEvent(Case& c, const EventRef& ref)
{
    Debt* d = findDebt(c, ref.debtId);
    if (!d)
        return false;
    for (qsizetype i = 0; i < d->events.size(); ++i) {
        if (d->events[i] == ref.event) {
            d->events.removeAt(i);
            return true;
        }
    }
    return false;
}

void insertEvent(Case& c, const QString& debtId, const DebtEvent& e)
{
    Debt* d = findDebt(c, debtId);
    if (!d)
        return;
    const auto at = std::upper_bound(d->events.begin(), d->events.end(), e.date,
                                     [](QDate date, const DebtEvent& x) { return date < x.date; });
    d->events.insert(at, e);
}

EventRef replaceEvent(Case& c, const std::optional<EventRef>& mine, const QString& debtId,
                      const DebtEvent& e)
{
    if (mine && mine->debtId == debtId && mine->event == e)
        return *mine; // unchanged: keep its place among events of the same day
    if (mine)
        removeEvent(c, *mine);
    insertEvent(c, debtId, e);
    return EventRef{debtId, e};
}

QDate earliestEventDate(const Debt& d)
{
    QDate earliest;
    for (const DebtEvent& e : d.events)
        if (e.date.isValid() && (!earliest.isValid() || e.date < earliest))
            earliest = e.date;
    return earliest;
}

} // namespace zansai::ui
