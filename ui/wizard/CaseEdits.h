// Small edits of a Case that several interview pages make: the events a page answers for, found,
// replaced and removed on the right debt. A page remembers the event it stands for (EventRef) and
// replaces exactly that one, so events it does not ask about are never touched.
#pragma once

#include "case/Case.h"

#include <QList>
#include <optional>

namespace zansai::ui {

struct EventRef {
    QString debtId;
    DebtEvent event;
};

// The latest event of one of `types` (on `debtId` only, when given).
std::optional<EventRef> findLatestEvent(const Case& c, const QList<DebtEventType>& types,
                                        const QString& debtId = QString());
bool hasEvent(const Case& c, const QList<DebtEventType>& types);
// Removes the first event on ref.debtId equal to ref.event; false when there is none.
bool removeEvent(Case& c, const EventRef& ref);
// Adds the event to the debt, keeping the debt's events sorted by date (stable).
void insertEvent(Case& c, const QString& debtId, const DebtEvent& e);
// Replaces `mine` (if any) by `e` on `debtId` and returns the new reference.
EventRef replaceEvent(Case& c, const std::optional<EventRef>& mine, const QString& debtId,
                      const DebtEvent& e);
Debt* findDebt(Case& c, const QString& id);
// The earliest event date on a debt (invalid when it has none).
QDate earliestEventDate(const Debt& d);

} // namespace zansai::ui
